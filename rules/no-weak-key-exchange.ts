// no-weak-key-exchange: small Diffie-Hellman groups and elliptic curves (CWE-326; TLS-FACTS.md 1.3).
import ts from 'typescript';
import type { Fix, Rule, RuleContext } from './api.js';
import { MIN_CURVE_BITS, MIN_DH_BITS, NODE_REFUSED_DH_BITS, weakCurves } from './data/key-exchange.js';
import { compact } from './util/compact.js';
import { conditionsSuffix } from './util/conditions.js';
import { dhPrimeBits } from './util/dh-params.js';
import { replaceNode } from './util/edits.js';
import { replaceValueFix } from './util/option-fixes.js';
import { optionSites, type OptionSite } from './util/option-sites.js';
import { safeSettingsFixFor } from './util/safe-settings.js';
import { branchesOf, findBranch, literalString, type ValueBranch } from './util/values.js';

const ID = 'no-weak-key-exchange';
const NAMES = new Set(['minDHSize', 'ecdhCurve', 'dhparam']);

export const noWeakKeyExchange: Rule = {
  meta: {
    id: ID,
    description: 'Diffie-Hellman groups must have at least 2048 bits and elliptic curves at least 224.',
    rationale:
      'The key exchange protects every byte of the session: whoever can solve it reads the traffic, recorded or live. Finite-field groups of 1024 bits and less are within reach of nation-state precomputation (Logjam, 2015), and curves under 224 bits offer less than 112-bit security. Node only refuses groups under 1024 bits; a client still accepts 1024-bit servers by default, and weak curves can be configured without a warning.',
    category: 'key-exchange',
    defaultSeverity: 'warning',
    cwe: [326],
    fixKinds: ['suggestion'],
    precision: 'very-high',
    needles: ['minDHSize', 'ecdhCurve', 'dhparam'],
    messages: {
      minDHSize: `minDHSize: {value}{condition} lets this client accept servers whose Diffie-Hellman group has only {value} bits, small enough for a well-funded attacker to break the key exchange (Logjam). Raise it to ${MIN_DH_BITS}.`,
      ecdhCurve: `ecdhCurve: '{value}'{condition} offers {curves}, {curveWord} under ${MIN_CURVE_BITS} bits whose key exchange offers less than 112-bit security. Use 'auto' (Node's default) or X25519, P-256 and P-384.`,
      dhparam: `dhparam{condition} is a {bits}-bit Diffie-Hellman group, below the ${MIN_DH_BITS} bits under which Node itself warns, so a well-funded attacker can break the key exchange of DHE suites (Logjam). Use 'auto' or a group of at least ${MIN_DH_BITS} bits (ffdhe2048).`,
      dhparamRefused: `dhparam{condition} is a {bits}-bit Diffie-Hellman group: current Node refuses it (it throws under ${NODE_REFUSED_DH_BITS} bits), and with older versions anyone could break the key exchange of DHE suites (Logjam). Use 'auto' or a group of at least ${MIN_DH_BITS} bits (ffdhe2048).`,
    },
  },
  check(ctx) {
    if (!/minDHSize|ecdhCurve|dhparam/.test(ctx.text)) return;
    for (const site of optionSites(ctx, NAMES)) {
      if (site.prop.key === 'minDHSize') checkMinDHSize(ctx, site);
      else if (site.prop.key === 'ecdhCurve') checkEcdhCurve(ctx, site);
      else checkDhparam(ctx, site);
    }
  },
};

/** The role of the sink whose TLS options hold the site, when the site is one of them. */
function roleOf(site: OptionSite): string | undefined {
  return site.sink && site.atTlsPath ? site.sink.sink.role : undefined;
}

function condition(site: OptionSite, b: ValueBranch): string {
  return conditionsSuffix(site.condition, b.condition);
}

function checkMinDHSize(ctx: RuleContext, site: OptionSite): void {
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

function checkEcdhCurve(ctx: RuleContext, site: OptionSite): void {
  const { prop } = site;
  const bad = findBranch(prop.value, (v) => weakCurves(literalString(v) ?? '').length > 0);
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
    data: { value: list, condition: condition(site, bad), curves: weak.join(', '), curveWord: weak.length === 1 ? 'a curve' : 'curves' },
    fixes: compact(fixes),
  });
}

function checkDhparam(ctx: RuleContext, site: OptionSite): void {
  // dhparam is used by the side that picks the group: a client's is never used.
  if (roleOf(site) === 'client') return;
  const { prop } = site;
  const bad = branchesOf(prop.value)
    .map((b) => ({ branch: b, bits: dhPrimeBits(literalString(b.value) ?? '') }))
    .find((x) => x.bits !== undefined && x.bits < MIN_DH_BITS);
  if (!bad) return;
  const bits = bad.bits!;
  const fixes = ts.isShorthandPropertyAssignment(prop.node)
    ? [{ title: "Replace dhparam with 'auto'", kind: 'suggestion' as const, edits: [replaceNode(ctx.sourceFile, prop.node, "dhparam: 'auto'")] }]
    : [replaceValueFix(ctx, prop, "'auto'", "Replace dhparam with 'auto'")];
  ctx.report({ node: prop.node, messageId: bits < NODE_REFUSED_DH_BITS ? 'dhparamRefused' : 'dhparam', data: { bits, condition: condition(site, bad.branch) }, fixes: compact([...fixes, safeSettingsFixFor(ctx, prop.node)]) });
}

/** A string literal's text in the quotes of the literal it replaces. */
function quoteLike(ctx: RuleContext, literal: ts.Expression | undefined, text: string): string {
  const q = literal ? ctx.text[literal.getStart(ctx.sourceFile)] : "'";
  return `${q}${text}${q}`;
}
