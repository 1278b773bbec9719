// no-weak-key-exchange: small Diffie-Hellman groups and elliptic curves (CWE-326; TLS-FACTS.md 1.3).
import ts from 'typescript';
import type { Fix } from '../api.js';
import { MIN_DH_BITS, NODE_REFUSED_DH_BITS, weakCurves } from '../data/key-exchange.js';
import { compact } from '../common/compact.js';
import { conditionsSuffix } from '../common/conditions.js';
import { dhPrimeBits } from '../common/dh-params.js';
import { replaceNode } from '../js/edits.js';
import { replaceValueFix } from '../js/option-fixes.js';
import { optionSites, type OptionSite } from '../js/option-sites.js';
import { safeSettingsFixFor } from '../js/safe-settings.js';
import { tlsDefaultWrites, type TlsDefaultWrite } from '../js/tls-defaults.js';
import { branchesOf, findBranch, literalString, optionCheck, type ValueBranch } from '../js/values.js';
import type { Value } from '../js/api.js';
import type { JsPart, JsRuleContext } from '../js/api.js';
import type { Messages } from './meta.js';

const NAMES = new Set(['minDHSize', 'ecdhCurve', 'dhparam']);
const GLOBAL_CURVE = new Set(['DEFAULT_ECDH_CURVE']);
const hasWeakCurve = (v: Value) => weakCurves(literalString(v) ?? '').length > 0;
const dhBits = (v: Value) => dhPrimeBits(literalString(v) ?? '');

type Ctx = JsRuleContext<Messages>;

export const js: JsPart<Messages> = {
  needles: [...NAMES, ...GLOBAL_CURVE],
  // Removal gives Node's defaults, which this rule does not report: ecdhCurve 'auto', no DHE
  // (ECDHE only). minDHSize falls back to 1024, so only values under 1024 are removed.
  optionChecks: [
    optionCheck('minDHSize', (v) => v.kind === 'literal' && typeof v.value === 'number' && v.value < NODE_REFUSED_DH_BITS),
    optionCheck('ecdhCurve', hasWeakCurve),
    optionCheck('dhparam', (v) => (dhBits(v) ?? MIN_DH_BITS) < MIN_DH_BITS),
  ],
  check(ctx) {
    if (!ctx.holds(/minDHSize|ecdhCurve|dhparam|DEFAULT_ECDH_CURVE/)) return;
    for (const site of optionSites(ctx, NAMES)) {
      if (site.prop.key === 'minDHSize') checkMinDHSize(ctx, site);
      else if (site.prop.key === 'ecdhCurve') checkEcdhCurve(ctx, site);
      else checkDhparam(ctx, site);
    }
    for (const w of tlsDefaultWrites(ctx, GLOBAL_CURVE)) checkGlobalCurve(ctx, w);
  },
};

/** The role of the sink whose TLS options hold the site, when the site is one of them. */
function roleOf(site: OptionSite): string | undefined {
  return site.sink && site.atTlsPath ? site.sink.sink.role : undefined;
}

function condition(site: OptionSite, b: ValueBranch): string {
  return conditionsSuffix(site.condition, b.condition);
}

function checkMinDHSize(ctx: Ctx, site: OptionSite): void {
  // Only tls.connect checks minDHSize (in onConnectSecure): servers, contexts and TLSSockets ignore it.
  const role = roleOf(site);
  if (role === 'server' || role === 'context' || role === 'tlssocket') return;
  const { prop } = site;
  const bad = findBranch(prop.value, (v) => v.kind === 'literal' && typeof v.value === 'number' && v.value < MIN_DH_BITS);
  if (!bad || bad.value.kind !== 'literal') return;
  const title = `Raise minDHSize to ${MIN_DH_BITS}`;
  const raise: Fix | undefined = ts.isShorthandPropertyAssignment(prop.node)
    ? { title, kind: 'suggestion', edits: [replaceNode(ctx.sourceFile, prop.node, `minDHSize: ${MIN_DH_BITS}`)] }
    : replaceValueFix(ctx, prop, String(MIN_DH_BITS), title);
  // Safe settings remove only values Node would refuse anyway (under 1024); for 1024–2047 they
  // would leave this finding in place.
  const safe = safeSettingsFixFor(ctx, prop.node);
  ctx.report({ node: prop.node, messageId: 'minDHSize', data: { value: String(bad.value.value), condition: condition(site, bad) }, fixes: compact([raise, safe]) });
}

function checkEcdhCurve(ctx: Ctx, site: OptionSite): void {
  const { prop } = site;
  const bad = findBranch(prop.value, hasWeakCurve);
  if (!bad) return;
  const list = literalString(bad.value)!;
  const weak = weakCurves(list);
  const strong = list.split(':').map((c) => c.trim()).filter((c) => c && !weak.includes(c));
  const fixes: (Fix | undefined)[] = [];
  // Only a list written right there is rewritten; a list from elsewhere may be shared.
  const written = prop.valueNode && (ts.isStringLiteral(prop.valueNode) || ts.isNoSubstitutionTemplateLiteral(prop.valueNode)) ? prop.valueNode : undefined;
  if (written && strong.length > 0) fixes.push(replaceValueFix(ctx, prop, quoteLike(ctx, written, strong.join(':')), 'Remove the weak curves from ecdhCurve'));
  fixes.push(replaceValueFix(ctx, prop, quoteLike(ctx, written, 'auto'), "Replace ecdhCurve with 'auto'"));
  fixes.push(safeSettingsFixFor(ctx, prop.node));
  ctx.report({
    node: prop.node,
    messageId: 'ecdhCurve',
    data: { condition: condition(site, bad), curves: weak.join(', '), curveWord: weak.length === 1 ? 'a curve' : 'curves' },
    fixes: compact(fixes),
  });
}

/** `tls.DEFAULT_ECDH_CURVE = 'P-256:secp192k1'`: every later context without its own ecdhCurve offers the weak curve. */
function checkGlobalCurve(ctx: Ctx, w: TlsDefaultWrite): void {
  if (w.append) return;
  const bad = findBranch(w.value, hasWeakCurve);
  if (!bad) return;
  const list = literalString(bad.value)!;
  const weak = weakCurves(list);
  const strong = list.split(':').map((c) => c.trim()).filter((c) => c && !weak.includes(c));
  const lit = ts.isStringLiteral(w.valueNode) || ts.isNoSubstitutionTemplateLiteral(w.valueNode) ? w.valueNode : undefined;
  const keep: Fix | undefined = lit && strong.length > 0 ? { title: 'Remove the weak curves from tls.DEFAULT_ECDH_CURVE', kind: 'suggestion', edits: [replaceNode(ctx.sourceFile, lit, quoteLike(ctx, lit, strong.join(':')))] } : undefined;
  ctx.report({ node: w.node, messageId: 'globalCurve', data: { value: list, curves: weak.join(', '), condition: conditionsSuffix(w.condition, bad.condition) }, fixes: compact([keep, w.removal]) });
}

function checkDhparam(ctx: Ctx, site: OptionSite): void {
  // dhparam is used by the side that picks the group: a client's is never used.
  if (roleOf(site) === 'client') return;
  const { prop } = site;
  const bad = branchesOf(prop.value)
    .map((b) => ({ branch: b, bits: dhBits(b.value) }))
    .find((x) => x.bits !== undefined && x.bits < MIN_DH_BITS);
  if (!bad) return;
  const bits = bad.bits!;
  const fixes = ts.isShorthandPropertyAssignment(prop.node)
    ? [{ title: "Replace dhparam with 'auto'", kind: 'suggestion' as const, edits: [replaceNode(ctx.sourceFile, prop.node, "dhparam: 'auto'")] }]
    : [replaceValueFix(ctx, prop, "'auto'", "Replace dhparam with 'auto'")];
  ctx.report({ node: prop.node, messageId: bits < NODE_REFUSED_DH_BITS ? 'dhparamRefused' : 'dhparam', data: { bits, condition: condition(site, bad.branch) }, fixes: compact([...fixes, safeSettingsFixFor(ctx, prop.node)]) });
}

/** A string literal's text in the quotes of the literal it replaces. */
function quoteLike(ctx: Ctx, literal: ts.Expression | undefined, text: string): string {
  const q = literal ? ctx.text[literal.getStart(ctx.sourceFile)] : "'";
  return `${q}${text}${q}`;
}
