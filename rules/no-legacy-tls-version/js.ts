// no-legacy-tls-version: SSLv3 / TLS 1.0 / TLS 1.1 allowed or forced (CWE-327, CWE-757).
import ts from 'typescript';
import type { Fix } from '../api.js';
import type { Prop, Value } from '../js/api.js';
import { LEGACY_VERSIONS, PROTOCOL_FLAGS, SAFE_MIN_VERSION, SECURE_PROTOCOL_METHODS } from '../data/node/protocols.js';
import { conditionsSuffix } from '../common/conditions.js';
import { nodeArgs } from '../js/node-args.js';
import { compact } from '../common/compact.js';
import { replaceNode } from '../js/edits.js';
import { removeOptionEdit, removeOptionFix, replaceValueFix } from '../js/option-fixes.js';
import { optionSites } from '../js/option-sites.js';
import { literalOf, propertyKey } from '../js/props.js';
import { safeSettingsFixFor } from '../js/safe-settings.js';
import { tlsDefaultWrites } from '../js/tls-defaults.js';
import { branchesOf, conditionSuffix, findBranch, literalString, optionCheck, writtenBranch, type ValueBranch } from '../js/values.js';
import type { JsPart, JsRuleContext } from '../js/api.js';
import type { Messages } from './meta.js';
import { files } from './files.js';
import { checkPm2 } from '../js/pm2.js';
import { checkExecStrings } from '../js/exec-strings.js';

const NAMES = new Set(['secureProtocol', 'minVersion', 'maxVersion']);
const GLOBAL_DEFAULTS = new Set(['DEFAULT_MIN_VERSION', 'DEFAULT_MAX_VERSION']);
const isLegacyVersion = (v: Value) => LEGACY_VERSIONS.has(literalString(v) ?? '');
const isKnownMethod = (v: Value) => SECURE_PROTOCOL_METHODS.has(literalString(v) ?? '');

type Ctx = JsRuleContext<Messages>;

export const js: JsPart<Messages> = {
  needles: [...LEGACY_VERSIONS, ...SECURE_PROTOCOL_METHODS.keys(), ...PROTOCOL_FLAGS.keys()],
  optionChecks: [optionCheck('secureProtocol', isKnownMethod), optionCheck('minVersion', isLegacyVersion), optionCheck('maxVersion', isLegacyVersion)],
  check(ctx) {
    // pm2's ecosystem.config.js: its apps' env and node_args, judged as in project files.
    checkPm2(ctx, files);
    // exec('node --tls-min-v1.0 client.js'): the command line, judged as in project files.
    checkExecStrings(ctx, files);
    for (const site of optionSites(ctx, NAMES)) checkOption(ctx, site.prop, site.condition);
    for (const w of tlsDefaultWrites(ctx, GLOBAL_DEFAULTS)) if (!w.append) checkGlobalDefault(ctx, w.node, w.name, w.value, w.removal, w.condition);
    if (ctx.holds('--tls-m')) checkFlags(ctx);
  },
};

/** `--tls-min-v1.0` and friends in NODE_OPTIONS, execArgv or node's arguments. */
function checkFlags(ctx: Ctx): void {
  const reported = new Set<string>();
  for (const arg of nodeArgs(ctx)) {
    const flag = PROTOCOL_FLAGS.get(arg.text);
    const key = `${arg.range.start}:${arg.range.end}`;
    if (!flag || reported.has(key)) continue;
    reported.add(key);
    const max = flag.bound === 'max';
    ctx.report({
      node: arg.elsewhere,
      range: arg.range,
      messageId: max ? 'flagMax' : 'nodeFlag',
      severity: max ? 'warning' : undefined,
      data: { flag: arg.text, where: arg.where, condition: conditionsSuffix(arg.condition), protocol: flag.protocol },
      fixes: arg.removal ? [{ title: `Remove ${arg.text}`, kind: 'suggestion', edits: [arg.removal] }] : [],
    });
  }
}

function checkGlobalDefault(ctx: Ctx, node: ts.Node, name: string, value: Value, fix: Fix | undefined, guard: string | undefined): void {
  const bad = findBranch(value, isLegacyVersion);
  if (!bad) return;
  const version = literalString(bad.value)!;
  ctx.report({
    node,
    messageId: 'globalDefault',
    data: { name, value: version, condition: conditionsSuffix(guard, bad.condition), effect: name === 'DEFAULT_MIN_VERSION' ? 'accept' : 'stop at', protocol: protocolName(version) },
    fixes: compact([fix]),
  });
}

/** 'TLSv1.1' as people say it: 'TLS 1.1'. */
function protocolName(version: string): string {
  return version.replace(/^(TLS|SSL)v(\d)(\.\d)?$/, (_all, family: string, major: string, minor: string | undefined) => `${family} ${major}${minor ?? '.0'}`);
}

function checkOption(ctx: Ctx, prop: Prop, siteCondition: string | undefined): void {
  const bad = prop.key === 'secureProtocol' ? worstMethod(prop.value) : findBranch(prop.value, isLegacyVersion);
  if (!bad) return;
  const value = literalString(bad.value)!;
  const condition = conditionSuffix({ value: bad.value, condition: [siteCondition, bad.condition].filter(Boolean).join(' and ') || undefined });
  const safe = safeSettingsFixFor(ctx, prop.node);
  if (prop.key === 'secureProtocol') {
    const { verdict, effect } = SECURE_PROTOCOL_METHODS.get(value)!;
    const weaker = verdict === 'weaker';
    ctx.report({ node: prop.node, messageId: weaker ? 'weakerProtocol' : 'secureProtocol', severity: weaker ? 'warning' : undefined, data: { value, effect, condition }, fixes: compact([secureProtocolFix(ctx, prop), safe]), ...writtenBranch(prop.value, bad.value) });
  } else if (prop.key === 'minVersion') {
    ctx.report({ node: prop.node, messageId: 'minVersion', data: { value, condition, protocol: protocolName(value) }, fixes: compact([raiseMinVersionFix(ctx, prop), safe]), ...writtenBranch(prop.value, bad.value) });
  } else {
    ctx.report({ node: prop.node, messageId: 'maxVersion', data: { value, condition, protocol: protocolName(value) }, fixes: compact([removeOptionFix(ctx, prop, 'Remove the maxVersion cap'), safe]), ...writtenBranch(prop.value, bad.value) });
  }
}

/** The branch with the worst secureProtocol method: a legacy one wins over a merely weaker one. */
function worstMethod(v: Value): ValueBranch | undefined {
  const known = branchesOf(v).filter((b) => isKnownMethod(b.value));
  return known.find((b) => SECURE_PROTOCOL_METHODS.get(literalString(b.value)!)!.verdict !== 'weaker') ?? known[0];
}

function raiseMinVersionFix(ctx: Ctx, prop: Prop): Fix | undefined {
  const title = `Raise minVersion to '${SAFE_MIN_VERSION}'`;
  // `{ minVersion }` has no value expression of its own to replace.
  if (ts.isShorthandPropertyAssignment(prop.node)) return { title, kind: 'suggestion', edits: [replaceNode(ctx.sourceFile, prop.node, `minVersion: '${SAFE_MIN_VERSION}'`)] };
  return replaceValueFix(ctx, prop, `'${SAFE_MIN_VERSION}'`, title);
}

/** secureProtocol becomes minVersion: 'TLSv1.2', or is just removed when minVersion is already there. */
function secureProtocolFix(ctx: Ctx, prop: Prop): Fix | undefined {
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
