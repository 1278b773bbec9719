// no-unverified-hostname: the certificate is checked, but not that it belongs to the host (CWE-297).
import type { Fix } from '../api.js';
import type { Prop, SinkCall, Value } from '../js/api.js';
import { callRange } from '../js/syntax.js';
import { localHostOf } from '../js/targets.js';
import { INSECURE_SETTERS, INSECURE_URI_PARAMS, SINKS, TLS_ONLY_OPTIONS } from '../data/node/sinks.js';
import { reportInsecureSetters } from '../js/setters.js';
import { compact } from '../common/compact.js';
import ts from 'typescript';
import { conditionsSuffix, joinConditions } from '../common/conditions.js';
import { removeStatement } from '../js/edits.js';
import { returnsNothing } from '../js/functions.js';
import { guards } from '../js/guards.js';
import { skippedHosts, type Skips } from '../js/identity-checks.js';
import { addOptionEdit, removeOptionFix, replaceValueFix } from '../js/option-fixes.js';
import { optionSites } from '../js/option-sites.js';
import { foreignScheme } from '../js/plain-connections.js';
import { moduleNeedles } from '../js/needles.js';
import { safeSettingsFixFor } from '../js/safe-settings.js';
import { reportUriParams } from '../js/uri-params.js';
import { branchesOf, findBranch, isOneOf, literalString, optionCheck, propAt } from '../js/values.js';
import type { JsPart, JsRuleContext } from '../js/api.js';
import type { Messages } from './meta.js';

const ID = 'no-unverified-hostname';
const FLAGS = TLS_ONLY_OPTIONS.filter((o) => o.rule === ID);
const NAMES = new Set(['checkServerIdentity', ...FLAGS.map((o) => o.name)]);

type Ctx = JsRuleContext<Messages>;

/** An ORM configuration file names its dialect as a plain string (`client: 'mysql2'`), not as a module. */
const ORM_DIALECT_NEEDLES = SINKS.flatMap((s) => {
  const d = s.mysqlSsl?.dialect;
  return d ? d.values.flatMap((v) => ["'", '"'].flatMap((q) => [': ', ':'].map((sep) => `${d.path[d.path.length - 1]}${sep}${q}${v}${q}`))) : [];
});

export const js: JsPart<Messages> = {
  needles: [...NAMES, ...INSECURE_SETTERS.flatMap((s) => Object.keys(s.keys).filter((k) => s.keys[k] === ID)), ...INSECURE_URI_PARAMS.filter((p) => p.rule === ID).map((p) => p.param), ...moduleNeedles(SINKS.filter((s) => s.mysqlSsl).flatMap((s) => s.modules)), ...ORM_DIALECT_NEEDLES],
  optionChecks: [optionCheck('checkServerIdentity', returnsNothing), ...FLAGS.map((f) => optionCheck(f.name, (v) => isOneOf(v, f.insecure)))],
  check(ctx) {
    for (const site of optionSites(ctx, NAMES)) {
      const { prop } = site;
      const fixes: (Fix | undefined)[] = [];
      if (prop.key === 'checkServerIdentity') {
        if (isGlobalPatch(ctx, prop.node)) continue;
        const bad = findBranch(prop.value, returnsNothing);
        if (!bad) {
          checkPartialSkip(ctx, prop, site.sink ? ` in ${site.sink.sink.id}` : '', site.condition);
          continue;
        }
        fixes.push(removeOptionFix(ctx, prop, 'Remove checkServerIdentity (use the default host name check)'), safeSettingsFixFor(ctx, prop.node));
        ctx.report({ node: prop.node, messageId: 'noopCheck', data: { where: site.sink ? ` in ${site.sink.sink.id}` : '', condition: conditionsSuffix(site.condition, bad.condition) }, fixes: compact(fixes) });
        continue;
      }
      const flag = FLAGS.find((f) => f.name === prop.key)!;
      if (!site.sink && foreignScheme(site.owner, flag.schemes)) continue;
      const bad = findBranch(prop.value, (v) => isOneOf(v, flag.insecure));
      if (!bad) continue;
      const shown = `${flag.name}: ${String((bad.value as { value?: unknown }).value)}`;
      fixes.push(removeOptionFix(ctx, prop, `Remove ${shown}`), safeSettingsFixFor(ctx, prop.node));
      ctx.report({ node: prop.node, messageId: 'flag', data: { option: shown, condition: conditionsSuffix(site.condition, bad.condition), owner: flag.owner }, fixes: compact(fixes) });
    }
    reportUriParams(ctx, INSECURE_URI_PARAMS.filter((p) => p.rule === ID), 'uri');
    checkMysql2(ctx);
    checkGlobalPatches(ctx);
    reportInsecureSetters(ctx, ID, 'check the host name');
  },
};

/** `tls.checkServerIdentity = …`, however tls was reached. */
function isGlobalPatch(ctx: Ctx, node: ts.Node): node is ts.BinaryExpression {
  if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return false;
  const ref = ctx.refOf(node.left);
  return ref?.module === 'tls' && ref.path.length === 1 && ref.path[0] === 'checkServerIdentity';
}

/**
 * A patched tls.checkServerIdentity is what every later connection without its own uses
 * (TLS-FACTS 7.1): one that returns nothing for some hosts accepts any certificate name for them.
 */
function checkGlobalPatches(ctx: Ctx): void {
  if (!ctx.holds('checkServerIdentity')) return;
  for (const a of ctx.nodes.assignments) {
    if (!isGlobalPatch(ctx, a)) continue;
    const skips = mergeSkips(branchesOf(ctx.valueOf(a.right)).map((b) => ({ skips: skippedHosts(ctx, b.value), condition: b.condition })));
    if (!skips) continue;
    const edit = removeStatement(ctx.sourceFile, a);
    const fixes: Fix[] = edit ? [{ title: 'Remove the tls.checkServerIdentity patch', kind: 'suggestion', edits: [edit] }] : [];
    const guard = joinConditions(...guards(ctx.sourceFile, a));
    if (skips === 'all') ctx.report({ node: a, messageId: 'patchAll', data: { condition: conditionsSuffix(guard) }, fixes });
    else ctx.report({ node: a, messageId: 'patchSome', data: { condition: conditionsSuffix(skips, guard) }, fixes });
  }
}

/** The skips of each branch of a value, as one: 'all', the conditions joined with "or", or none. */
function mergeSkips(list: { skips: Skips; condition?: string }[]): 'all' | string | undefined {
  if (list.some((x) => x.skips === 'all' && !x.condition)) return 'all';
  const parts = list.flatMap((x) => (x.skips === 'all' ? [x.condition!] : x.skips.map((s) => joinConditions(x.condition, s || undefined) ?? '')));
  if (parts.length === 0) return undefined;
  return parts.every((p) => p === '') ? 'all' : parts.filter(Boolean).join(' or ');
}

/** A checkServerIdentity option that skips the check for some hosts only: reported with the hosts' condition. */
function checkPartialSkip(ctx: Ctx, prop: Prop, where: string, siteCondition: string | undefined): void {
  const skips = mergeSkips(branchesOf(prop.value).map((b) => ({ skips: skippedHosts(ctx, b.value), condition: b.condition })));
  if (!skips || skips === 'all') return;
  ctx.report({ node: prop.node, messageId: 'partialCheck', severity: 'warning', data: { where, condition: conditionsSuffix(skips, siteCondition) } });
}

/** The ssl options already judged, with the calls they were judged for. */
type Seen = Map<Prop, Set<ts.Node>>;

/**
 * mysql2 checks no host name without ssl.verifyIdentity (TLS-FACTS 3): its own calls, and ORMs
 * that hand it their ssl options (Sequelize dialectOptions, TypeORM ssl/extra, Knex connection).
 */
function checkMysql2(ctx: Ctx): void {
  const seen: Seen = new Map();
  for (const call of ctx.sinkCalls) {
    const spec = call.sink.mysqlSsl;
    if (!spec || !call.options) continue;
    for (const o of branchesOf(call.options)) {
      if (o.value.kind !== 'object' || (spec.dialect && !usesDialect(ctx, call, o.value, spec.dialect))) continue;
      checkMysqlOptions(ctx, call.sink.id, spec.paths, o.value, o.condition, call, seen);
    }
  }
  checkOrmConfigs(ctx, seen);
}

/**
 * ORM configuration files export their options for a CLI or another file to use (knexfile.js,
 * Sequelize's config.js, ormconfig.js): an object that names the mysql2 dialect the way the
 * ORM does, next to the options that only it has, is judged as if given to it.
 */
function checkOrmConfigs(ctx: Ctx, seen: Seen): void {
  const orms = SINKS.filter((s) => s.mysqlSsl?.dialect);
  const keys = new Set(orms.map((s) => s.mysqlSsl!.dialect!.path[0]));
  if (!ORM_DIALECT_NEEDLES.some((n) => ctx.holds(n))) return;
  for (const site of optionSites(ctx, keys)) {
    if (site.sink || !site.owner) continue;
    for (const orm of orms) {
      const { paths, dialect } = orm.mysqlSsl!;
      if (dialect!.path.length !== 1 || dialect!.path[0] !== site.prop.key || !findBranch(site.prop.value, (v) => dialect!.values.includes(literalString(v) ?? ''))) continue;
      checkMysqlOptions(ctx, orm.id, paths, site.owner, site.condition, undefined, seen);
    }
  }
}

function checkMysqlOptions(ctx: Ctx, sink: string, paths: string[][], o: Value & { kind: 'object' }, condition: string | undefined, call: SinkCall | undefined, seen: Seen): void {
  const path = paths.find((p) => propAt(o, p) !== undefined);
  const ssl = path && propAt(o, path);
  // The host sits next to the ssl options (Knex's `connection`) or at the top.
  const around = path && path.length > 1 ? propAt(o, path.slice(0, -1))?.value : undefined;
  const holder = around?.kind === 'object' ? around : o;
  // A server on this machine: no one else can present its certificate.
  // Each call that connects with these ssl options (the finding sits on the call); an ORM
  // configuration file's options only when no call of this file used them.
  const calls = ssl && seen.get(ssl);
  if (!ssl || (calls && (!call || calls.has(call.node))) || localHostOf(ctx, holder, call) || localHostOf(ctx, o, call)) return;
  if (!calls) seen.set(ssl, new Set(call ? [call.node] : []));
  else if (call) calls.add(call.node);
  // `ssl: useTls ? { ca } : undefined`: each object on its own, saying when it applies.
  for (const s of branchesOf(ssl.value)) {
    if (s.value.kind === 'object') checkMysql2Ssl(ctx, sink, ssl, s.value, [condition, s.condition], call);
  }
}

/** `dialect: 'mysql'`, `type: 'mysql'`, `client: 'mysql2'`, or a `mysql://` URL argument. */
function usesDialect(ctx: Ctx, call: SinkCall, o: Value & { kind: 'object' }, d: { path: string[]; values: string[]; urlSchemes: string[] }): boolean {
  const named = propAt(o, d.path);
  if (named) return !!findBranch(named.value, (v) => d.values.includes(literalString(v) ?? ''));
  const url = (call.node.arguments ?? []).map((a) => (ts.isSpreadElement(a) ? undefined : literalString(ctx.valueOf(a)))).find((s) => s !== undefined && s.includes('://'));
  return !!url && d.urlSchemes.some((scheme) => url.toLowerCase().startsWith(`${scheme}//`));
}

function checkMysql2Ssl(ctx: Ctx, sink: string, ssl: Prop, value: Value & { kind: 'object' }, conditions: (string | undefined)[], call: SinkCall | undefined): void {
  const vi = value.props.get('verifyIdentity');
  if (!vi && value.open) return;
  // `rejectUnauthorized: false` checks no certificate at all: no-unverified-certificate says so,
  // and a host name check would not help.
  const ru = value.props.get('rejectUnauthorized');
  if (ru && branchesOf(ru.value).every((b) => b.value.kind === 'literal' && b.value.value === false)) return;
  const off = vi && findBranch(vi.value, (v) => v.kind === 'literal' && !v.value);
  if (vi && !off) return;
  // Added to the literal the ssl options were written in (maybe via a variable).
  const added = vi ? undefined : addOptionEdit(ctx, value, 'verifyIdentity', 'verifyIdentity: true');
  const fix = vi ? replaceValueFix(ctx, vi, 'true', 'Set verifyIdentity: true') : added && { title: 'Add verifyIdentity: true', kind: 'suggestion' as const, edits: [added] };
  const orm = sink !== 'mysql2';
  // verifyIdentity: false sits where it is written; a missing one on the call that connects (an
  // ORM configuration file no call here uses: on its ssl options).
  const at = vi ? { node: vi.node } : call ? { node: call.node, range: callRange(call) } : { node: ssl.node };
  ctx.report({ ...at, messageId: orm ? 'mysqlOrm' : 'mysql2', data: { sink, condition: conditionsSuffix(...conditions, off?.condition) }, fixes: fix ? [fix] : [] });
}

