// no-legacy-tls-version: SSLv3 / TLS 1.0 / TLS 1.1 allowed or forced (CWE-327, CWE-757).
import ts from 'typescript';
import type { Fix, Prop, Rule, RuleContext, Value } from './api.js';
import { LEGACY_VERSIONS, SAFE_MIN_VERSION, SECURE_PROTOCOL_METHODS } from './data/protocols.js';
import { compact } from './util/compact.js';
import { replaceNode } from './util/edits.js';
import { removeOptionEdit, removeOptionFix, replaceValueFix } from './util/option-fixes.js';
import { optionSites } from './util/option-sites.js';
import { literalOf, propertyKey } from './util/props.js';
import { safeSettingsFixFor } from './util/safe-settings.js';
import { tlsDefaultWrites } from './util/tls-defaults.js';
import { branchesOf, conditionSuffix, findBranch, literalString, type ValueBranch } from './util/values.js';

const ID = 'no-legacy-tls-version';
const NAMES = new Set(['secureProtocol', 'minVersion', 'maxVersion']);
const GLOBAL_DEFAULTS = new Set(['DEFAULT_MIN_VERSION', 'DEFAULT_MAX_VERSION']);

export const noLegacyTlsVersion: Rule = {
  meta: {
    id: ID,
    description: 'SSL 3.0, TLS 1.0 and TLS 1.1 must not be enabled.',
    rationale:
      'TLS 1.0 and 1.1 are deprecated (RFC 8996) and SSL 3.0 is broken (POODLE): they rely on SHA-1 and MD5, CBC constructions with known attacks, and no modern cipher suites. Allowing them lets an attacker who can interfere with the handshake push a connection down to them. Node already defaults to TLS 1.2 as the minimum; code that names an older version undoes that.',
    category: 'protocol',
    defaultSeverity: 'error',
    cwe: [327, 757],
    fixKinds: ['suggestion'],
    precision: 'very-high',
    // The values, not the option names: minVersion is common outside TLS (a QR code's, a schema's),
    // 'TLSv1' and 'SSLv3_method' are not, and every finding needs one of them written somewhere.
    needles: [...LEGACY_VERSIONS, ...SECURE_PROTOCOL_METHODS.keys()],
    messages: {
      secureProtocol: "secureProtocol: '{value}'{condition} {effect}, so a network attacker can break or downgrade the connection. Use minVersion: 'TLSv1.2' instead.",
      weakerProtocol: "secureProtocol: '{value}'{condition} {effect}, weaker than Node's default (TLS 1.2 to 1.3). Remove it, or use minVersion: 'TLSv1.2'.",
      minVersion: "minVersion: '{value}'{condition} allows {protocol}, a deprecated protocol (RFC 8996) that a network attacker can downgrade the connection to. Use 'TLSv1.2'.",
      maxVersion: "maxVersion: '{value}'{condition} caps connections at {protocol}, a deprecated protocol (RFC 8996) with known attacks. Remove the cap.",
      globalDefault: "Setting tls.{name} to '{value}'{condition} makes every later TLS context of the process {effect} {protocol}, a deprecated protocol (RFC 8996). Remove the assignment.",
    },
  },
  check(ctx) {
    for (const site of optionSites(ctx, NAMES)) checkOption(ctx, site.prop, site.condition);
    for (const w of tlsDefaultWrites(ctx, GLOBAL_DEFAULTS)) checkGlobalDefault(ctx, w.node, w.name, w.value, w.removal);
  },
};

function checkGlobalDefault(ctx: RuleContext, node: ts.Node, name: string, value: Value, fix: Fix | undefined): void {
  const bad = findBranch(value, (v) => LEGACY_VERSIONS.has(literalString(v) ?? ''));
  if (!bad) return;
  const version = literalString(bad.value)!;
  ctx.report({
    node,
    messageId: 'globalDefault',
    data: { name, value: version, condition: conditionSuffix(bad), effect: name === 'DEFAULT_MIN_VERSION' ? 'accept' : 'stop at', protocol: protocolName(version) },
    fixes: compact([fix]),
  });
}

/** 'TLSv1.1' as people say it: 'TLS 1.1'. */
function protocolName(version: string): string {
  return version.replace(/^(TLS|SSL)v(\d)(\.\d)?$/, (_all, family: string, major: string, minor: string | undefined) => `${family} ${major}${minor ?? '.0'}`);
}

function checkOption(ctx: RuleContext, prop: Prop, siteCondition: string | undefined): void {
  const bad = prop.key === 'secureProtocol' ? worstMethod(prop.value) : findBranch(prop.value, (v) => LEGACY_VERSIONS.has(literalString(v) ?? ''));
  if (!bad) return;
  const value = literalString(bad.value)!;
  const condition = conditionSuffix({ value: bad.value, condition: [siteCondition, bad.condition].filter(Boolean).join(' and ') || undefined });
  const safe = safeSettingsFixFor(ctx, prop.node);
  if (prop.key === 'secureProtocol') {
    const { verdict, effect } = SECURE_PROTOCOL_METHODS.get(value)!;
    const weaker = verdict === 'weaker';
    ctx.report({ node: prop.node, messageId: weaker ? 'weakerProtocol' : 'secureProtocol', severity: weaker ? 'warning' : undefined, data: { value, effect, condition }, fixes: compact([secureProtocolFix(ctx, prop), safe]) });
  } else if (prop.key === 'minVersion') {
    ctx.report({ node: prop.node, messageId: 'minVersion', data: { value, condition, protocol: protocolName(value) }, fixes: compact([raiseMinVersionFix(ctx, prop), safe]) });
  } else {
    ctx.report({ node: prop.node, messageId: 'maxVersion', data: { value, condition, protocol: protocolName(value) }, fixes: compact([removeOptionFix(ctx, prop, 'Remove the maxVersion cap'), safe]) });
  }
}

/** The branch with the worst secureProtocol method: a legacy one wins over a merely weaker one. */
function worstMethod(v: Value): ValueBranch | undefined {
  const known = branchesOf(v).filter((b) => SECURE_PROTOCOL_METHODS.has(literalString(b.value) ?? ''));
  return known.find((b) => SECURE_PROTOCOL_METHODS.get(literalString(b.value)!)!.verdict !== 'weaker') ?? known[0];
}

function raiseMinVersionFix(ctx: RuleContext, prop: Prop): Fix | undefined {
  const title = `Raise minVersion to '${SAFE_MIN_VERSION}'`;
  // `{ minVersion }` has no value expression of its own to replace.
  if (ts.isShorthandPropertyAssignment(prop.node)) return { title, kind: 'suggestion', edits: [replaceNode(ctx.sourceFile, prop.node, `minVersion: '${SAFE_MIN_VERSION}'`)] };
  return replaceValueFix(ctx, prop, `'${SAFE_MIN_VERSION}'`, title);
}

/** secureProtocol becomes minVersion: 'TLSv1.2', or is just removed when minVersion is already there. */
function secureProtocolFix(ctx: RuleContext, prop: Prop): Fix | undefined {
  const lit = literalOf(prop.node);
  const title = `Replace secureProtocol with minVersion: '${SAFE_MIN_VERSION}'`;
  if (lit?.properties.some((p) => propertyKey(p) === 'minVersion')) return removeOptionFix(ctx, prop, 'Remove secureProtocol (minVersion is already set)');
  if (lit && (ts.isPropertyAssignment(prop.node) || ts.isShorthandPropertyAssignment(prop.node))) {
    return { title, kind: 'suggestion', edits: [{ start: prop.node.getStart(ctx.sourceFile), end: prop.node.end, text: `minVersion: '${SAFE_MIN_VERSION}'` }] };
  }
  const n = prop.node;
  if (ts.isBinaryExpression(n) && (ts.isPropertyAccessExpression(n.left) || ts.isElementAccessExpression(n.left))) {
    return { title, kind: 'suggestion', edits: [{ start: n.getStart(ctx.sourceFile), end: n.end, text: `${n.left.expression.getText(ctx.sourceFile)}.minVersion = '${SAFE_MIN_VERSION}'` }] };
  }
  const edit = removeOptionEdit(ctx, prop);
  return edit ? { title: 'Remove secureProtocol', kind: 'suggestion', edits: [edit] } : undefined;
}
