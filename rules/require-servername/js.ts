// require-servername: connections that send no SNI (TLS-FACTS.md 1.1 #1-#3). An interop problem
// (multi-tenant servers answer with the wrong certificate), not a verification bypass.
import ts from 'typescript';
import type { Fix, TextEdit } from '../api.js';
import type { Prop, SinkCall, Value } from '../js/api.js';
import { callRange } from '../js/syntax.js';
import { SINKS } from '../data/node/sinks.js';
import { compact } from '../common/compact.js';
import { conditionsSuffix, joinConditions } from '../common/conditions.js';
import { addOptionEdit, removeOptionFix, replaceValueFix } from '../js/option-fixes.js';
import { moduleNeedles } from '../js/needles.js';
import { isIpLiteral } from '../js/strings.js';
import { truthy } from '../js/truthy.js';
import { branchesOf, conditionSuffix, entryVersions, findBranch, literalString } from '../js/values.js';
import type { JsPart, JsRuleContext } from '../js/api.js';
import type { Messages } from './meta.js';
import { connectionUrl, findHost, socketHost, urlBranches, urlScheme, valueAt, type Host, type ObjectValue } from './js-hosts.js';


type Ctx = JsRuleContext<Messages>;

export const js: JsPart<Messages> = {
  needles: moduleNeedles(SINKS.filter((s) => s.sni === 'none').flatMap((s) => s.modules)),
  // "Apply safe TLS settings" on the same options adds the servername this rule asks for.
  optionAdditions: [{ key: 'servername', propertyFor: servernameFor }],
  check(ctx) {
    for (const call of ctx.sinkCalls) {
      if (call.sink.sni !== 'none') continue;
      // A sink in a helper of another file (reached by a call here) is ranged in its own file.
      const range = callRange(call);
      for (const { host, when, fix, entryUrl } of missingServernames(ctx, call, true)) {
        const related = entryUrl ? [{ node: entryUrl, message: 'the table entry\'s URL' }] : undefined;
        ctx.report({ range, node: call.node, messageId: host.many ? 'missingMany' : 'missing', data: { sink: call.sink.id, host: host.shown, condition: conditionsSuffix(when, host.condition) }, fixes: fix ? [fix] : [], ...(related ? { related } : {}) });
      }
    }
  },
};

/**
 * The servername this rule's fixes would add, by the literal they add it to, per file: made once,
 * since every finding's "Apply safe TLS settings" asks (3,000 findings asked about 3,000 calls each).
 */
const SERVERNAMES = new WeakMap<ts.SourceFile, Map<ts.Node, string>>();

/** `servername: <host>` when this rule's fix would add it to this literal (see OptionAddition). */
function servernameFor(ctx: JsRuleContext, literal: ts.ObjectLiteralExpression): string | undefined {
  let byTarget = SERVERNAMES.get(ctx.sourceFile);
  if (!byTarget) {
    byTarget = new Map();
    for (const call of ctx.sinkCalls) {
      if (call.sink.sni !== 'none') continue;
      for (const m of missingServernames(ctx, call, false)) {
        if (m.fix && m.target && m.host.text !== undefined && !byTarget.has(m.target)) byTarget.set(m.target, `servername: ${m.host.text}`);
      }
    }
    SERVERNAMES.set(ctx.sourceFile, byTarget);
  }
  return byTarget.get(literal);
}


/** A "missing servername" finding for one options object, before the branches are put together. */
interface Missing {
  host: Host;
  /** When these options are the ones used. */
  when?: string;
  /** The URL an entry of a table gives (entryVersions), when written in another file: shown as related. */
  entryUrl?: ts.Node;
  fix?: Fix;
  /** The node of the TLS options object the fix adds servername to, when it has one. */
  target?: ts.Node;
}

/**
 * The servernames a call lacks, one per finding. `emit` reports the findings met on the way
 * (an IP servername, a socket of unknown host); off for "Apply safe TLS settings", which only asks.
 */
function missingServernames(ctx: JsRuleContext, call: SinkCall, emit: boolean): Missing[] {
  const options = call.options;
  const missing: Missing[] = [];
  if (!options) {
    const m = checkOptions(ctx, call, undefined, undefined, emit);
    if (m) missing.push(m);
  } else {
    // `tls.connect(secure ? a : b)`: each options object on its own, saying when it applies; so is
    // each entry of a table whose URL and TLS options the object reads (entryVersions).
    const objects = branchesOf(options).flatMap((b) => (b.value.kind !== 'object' ? [] : (entryVersions(b.value)?.map((v) => ({ value: v.value, condition: joinConditions(b.condition, v.condition), entry: true })) ?? [b])));
    for (const b of objects) {
      const m = checkOptions(ctx, call, b.value as ObjectValue, b.condition, emit);
      const url = m && 'entry' in b ? connectionUrl(ctx as Ctx, call, b.value as ObjectValue, call.node.arguments ?? ts.factory.createNodeArray())?.value.node : undefined;
      if (m) missing.push(url && url.getSourceFile() !== ctx.sourceFile ? { ...m, entryUrl: url } : m);
    }
    // Every version of the options lacks servername (a write under an `if` split them): one
    // finding that holds whatever the condition, fixed in each literal the versions come from.
    if (missing.length > 1 && missing.length === objects.length && missing.every((m) => m.host.shown === missing[0].host.shown && m.host.text === missing[0].host.text)) {
      const edits = uniqueEdits(missing.flatMap((m) => m.fix?.edits ?? []));
      const fixed = missing.every((m) => m.fix) && edits ? { ...missing[0].fix!, edits } : undefined;
      missing.splice(0, missing.length, { host: missing[0].host, when: sharedConditions(missing.map((m) => m.when)), fix: fixed });
    }
  }
  return missing;
}

/** Edits without repeats; undefined when two of them overlap. */
function uniqueEdits(edits: readonly TextEdit[]): TextEdit[] | undefined {
  const out: TextEdit[] = [];
  for (const e of edits) if (!out.some((o) => o.start === e.start && o.end === e.end && o.text === e.text)) out.push(e);
  out.sort((a, b) => a.start - b.start);
  return out.every((e, i) => i === 0 || out[i - 1].end <= e.start) ? out : undefined;
}

/** The conditions every version shares: "when `a` is truthy" out of "when `a` is truthy and when `b` is falsy". */
function sharedConditions(conditions: readonly (string | undefined)[]): string | undefined {
  if (conditions.some((c) => !c)) return undefined;
  const parts = conditions.map((c) => c!.split(/ and (?=when )/));
  const shared = parts[0].filter((p) => parts.every((ps) => ps.includes(p)));
  return shared.length ? shared.join(' and ') : undefined;
}

function checkOptions(ctx: JsRuleContext, call: SinkCall, options: ObjectValue | undefined, optionsWhen: string | undefined, emit: boolean): Missing | undefined {
  let when = optionsWhen;
  const { sink } = call;
  const args = call.node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  const tlsOn = tlsEnabled(ctx, call, options, args);
  if (tlsOn === false) return undefined;
  if (typeof tlsOn === 'string') when = when ? `${when} and ${tlsOn}` : tlsOn;
  const tls = tlsObject(options, sink.tlsPaths[0]);
  if (tls === 'unknown') return undefined;
  const servername = tls?.props.get('servername');
  if (servername) {
    if (emit) checkIpServername(ctx as Ctx, call, options, args, servername);
    return undefined;
  }
  if (tls?.open) return undefined;
  let host = findHost(ctx, call, options, args);
  if (host === undefined && sink.id === 'tls.connect' && options?.props.has('socket')) {
    host = socketHost(ctx, options.props.get('socket')!.value);
    if (host === undefined && emit) (ctx as Ctx).report({ range: callRange(call), node: call.node, messageId: 'missingSocket', data: { sink: sink.id } });
  }
  if (host === undefined || host === 'ip-or-local') return undefined;
  const fix = host.text === undefined ? undefined : addServernameFix(ctx, call, options, tls, args, host.text);
  return { host, when, fix, ...(tls ? { target: tls.node } : {}) };
}


/**
 * The object holding the Node TLS options at `path` in the options: undefined when the key is
 * absent or not an object ('tls: true'), 'unknown' when it is a value we cannot see into.
 */
function tlsObject(options: ObjectValue | undefined, path: string[]): ObjectValue | 'unknown' | undefined {
  let v: Value | undefined = options;
  for (const k of path) {
    if (v?.kind !== 'object') return undefined;
    const p: Prop | undefined = v.props.get(k);
    if (!p) return v.open ? 'unknown' : undefined;
    v = p.value;
  }
  if (v?.kind === 'object') return v;
  return v && (v.kind === 'unknown' || v.kind === 'either' || v.kind === 'instance' || v.kind === 'module') ? 'unknown' : undefined;
}

/** A servername that is an IP literal: replaced by the host name when there is one, else removed. */
function checkIpServername(ctx: Ctx, call: SinkCall, options: ObjectValue | undefined, args: ts.NodeArray<ts.Expression>, servername: Prop): void {
  const bad = findBranch(servername.value, (v) => {
    const s = literalString(v);
    return s !== undefined && s !== '' && isIpLiteral(s);
  });
  if (!bad) return;
  const host = findHost(ctx, call, options, args);
  let fix: Fix | undefined;
  if (host === undefined || host === 'ip-or-local') fix = removeOptionFix(ctx, servername, 'Remove the IP servername');
  else if (host.text !== undefined && !host.condition) fix = replaceValueFix(ctx, servername, host.text, `Use the host name: servername: ${host.text}`);
  ctx.report({ node: servername.node, messageId: 'ipServername', data: { value: literalString(bad.value)!, condition: conditionSuffix(bad) }, fixes: compact([fix]) });
}

/**
 * Whether the connection uses TLS: always for tls.connect; for libraries where TLS is optional,
 * when the option that turns it on is truthy or the URL's scheme is a TLS one (`rediss://`). A
 * string is the condition under which it does (`url: secure ? 'ldaps://…' : 'ldap://…'`).
 */
function tlsEnabled(ctx: Ctx, call: SinkCall, options: ObjectValue | undefined, args: ts.NodeArray<ts.Expression>): boolean | string {
  const { sink } = call;
  if (!sink.tlsEnabledBy && !sink.url) return true;
  const v = sink.tlsEnabledBy && valueAt(options, sink.tlsEnabledBy)?.value;
  if (v && truthy(v) === true) return true;
  const url = connectionUrl(ctx, call, options, args);
  const branches = url ? urlBranches(url.value) : [];
  const secure = branches.filter((b) => sink.url!.tlsSchemes.includes(urlScheme(literalString(b.value) ?? '') ?? ''));
  if (secure.length > 0 && secure.length === branches.length) return true;
  return secure.length === 1 && secure[0].condition ? secure[0].condition : false;
}

function addServernameFix(ctx: Ctx, call: SinkCall, options: ObjectValue | undefined, tls: ObjectValue | undefined, args: ts.NodeArray<ts.Expression>, hostText: string): Fix | undefined {
  const title = `Add servername: ${hostText}`;
  const prop = `servername: ${hostText}`;
  const tlsPath = call.sink.tlsPaths[0];
  if (options) {
    const added = (edit: TextEdit | undefined): Fix | undefined => edit && { title, kind: 'suggestion', edits: [edit] };
    if (tls) return added(addOptionEdit(ctx, tls, 'servername', prop));
    if (tlsPath.length !== 1) return undefined;
    // `tls: true` becomes `tls: { servername }`; a missing key is added.
    const existing = options.props.get(tlsPath[0]);
    if (!existing) return added(addOptionEdit(ctx, options, tlsPath[0], `${tlsPath[0]}: { ${prop} }`));
    return replaceValueFix(ctx, existing, `{ ${prop} }`, title);
  }
  // Positional tls.connect(port, host[, cb]) or new Redis('rediss://…'): the options go after the
  // host or the URL, with servername at the TLS path (`{ tls: { servername } }` for ioredis).
  const url = call.sink.url?.arg !== undefined ? connectionUrl(ctx, call, options, args) : undefined;
  const after = url?.expr ?? (call.sink.positionalHost !== undefined ? args[call.sink.positionalHost] : undefined);
  if (!after) return undefined;
  const nested = tlsPath.reduceRight((inner, key) => `${key}: { ${inner} }`, prop);
  return { title, kind: 'suggestion', edits: [{ start: after.end, end: after.end, text: `, { ${nested} }` }] };
}
