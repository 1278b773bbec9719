// Where a connection goes, when the code says: the host of the options an option sits in, of the
// sink's options, or of the URL the sink is called with. Findings on connections that stay on this
// machine (localhost, 127.0.0.0/8, ::1) are weaker: users call them noise (rules/common/loopback.ts).
import ts from 'typescript';
import type { JsRuleContext, SinkCall, Value } from './api.js';
import { isLoopbackHost } from '../common/loopback.js';
import type { OptionSite } from './option-sites.js';
import { argValue, branchesOf, literalString } from './values.js';
import { urlParts } from '../common/urls.js';
import { readsOfName } from './name-reads.js';

/** Option keys that name the peer: a host, or a URL or connection string holding one. */
const HOST_KEYS = ['host', 'hostname', 'server', 'url', 'uri', 'baseURL', 'baseUrl', 'target', 'connectionString', 'servers', 'node', 'nodes'];

/**
 * The local host every connection of a site goes to ('localhost', '127.0.0.1'), or undefined when
 * one of them may leave the machine or the code does not say.
 */
export function localTarget(ctx: JsRuleContext, site: Pick<OptionSite, 'owner' | 'sink'>): string | undefined {
  // A local port with a remote servername is a tunnel or a forwarder to that server.
  const servername = site.owner?.props.get('servername');
  if (servername && !branchesOf(servername.value).every((b) => isLoopbackHost(literalString(b.value) ?? ''))) return undefined;
  const hosts = site.owner ? (hostsIn(site.owner) ?? (site.sink ? undefined : entryHosts(ctx, site.owner))) : undefined;
  const found = hosts ?? (site.sink ? (sinkHosts(ctx, site.sink) ?? agentUseHosts(ctx, site.sink)) : undefined);
  if (!found || found.length === 0 || !found.every((h) => h !== undefined && isLoopbackHost(h))) return undefined;
  return found[0];
}

/** The local host of an options object (with a sink's URL argument), for findings outside optionSites. */
export function localHostOf(ctx: JsRuleContext, options: Value & { kind: 'object' }, sink?: SinkCall): string | undefined {
  return localTarget(ctx, { owner: options, sink });
}

/** Hosts named by an options object's host keys; undefined when it names none. */
function hostsIn(o: Value & { kind: 'object' }): (string | undefined)[] | undefined {
  let out: (string | undefined)[] | undefined;
  for (const key of HOST_KEYS) {
    const p = o.props.get(key);
    if (!p) continue;
    out ??= [];
    for (const b of branchesOf(p.value)) {
      if (b.value.kind === 'array') out.push(...b.value.elements.map((e) => hostOfString(literalString(e))));
      else out.push(hostOfString(literalString(b.value)));
    }
  }
  return out;
}

/**
 * The hosts named by the entries a loose options object is written in, up to two objects up:
 * `{ node: 'https://localhost:9200', tls: { rejectUnauthorized: false } }` for its `tls`.
 */
function entryHosts(ctx: JsRuleContext, owner: Value & { kind: 'object' }): (string | undefined)[] | undefined {
  let lit: ts.Node = owner.node;
  for (let depth = 0; depth < 2 && ts.isObjectLiteralExpression(lit) && ts.isPropertyAssignment(lit.parent) && ts.isObjectLiteralExpression(lit.parent.parent); depth++) {
    lit = lit.parent.parent;
    const entry = ctx.valueOf(lit as ts.ObjectLiteralExpression);
    const hosts = entry.kind === 'object' ? hostsIn(entry) : undefined;
    if (hosts) return hosts;
  }
  return undefined;
}

/** The hosts a sink call names: in its options, or in a string argument (a URL, or a host after a port). */
function sinkHosts(ctx: JsRuleContext, call: SinkCall): (string | undefined)[] | undefined {
  const opts = call.options && branchesOf(call.options);
  if (opts?.every((b) => b.value.kind === 'object')) {
    const inOptions = opts.flatMap((b) => hostsIn(b.value as Value & { kind: 'object' }) ?? []);
    if (inOptions.length) return inOptions;
  }
  for (const a of call.node.arguments ?? []) {
    if (ts.isSpreadElement(a) || a === call.optionsArg) continue;
    const s = literalString(argValue(ctx, call, a));
    if (s !== undefined) return [hostOfString(s)];
  }
  return undefined;
}

/** The host of 'localhost', 'localhost:8443', 'https://127.0.0.1/x', 'postgres://u@[::1]/db'. */
export function hostOfString(s: string | undefined): string | undefined {
  if (s === undefined || s === '') return undefined;
  const url = urlParts(s);
  if (url) return url.host || undefined;
  if (s.startsWith('[')) return s.slice(0, s.indexOf(']') + 1);
  return (s.split(':').length === 2 ? s.slice(0, s.indexOf(':')) : s).split(/[\\/]/)[0];
}

/** Option keys that hand a request its agent or dispatcher. */
const AGENT_KEYS: ReadonlySet<string> = new Set(['agent', 'dispatcher', 'httpsAgent', 'httpAgent']);

/**
 * The hosts an agent is used for, when it is a constant of this file (not exported) used only as
 * the agent of calls to a URL (`request('http://127.0.0.1:7070/x', { dispatcher: sidecar })`);
 * undefined when it is used any other way, or nowhere.
 */
function agentUseHosts(ctx: JsRuleContext, call: SinkCall): (string | undefined)[] | undefined {
  // Made in place (`request(url, { dispatcher: new Agent({ … }) })`): that call is its only use.
  if (ts.isNewExpression(call.node) && ts.isPropertyAssignment(call.node.parent) && call.node.parent.initializer === call.node) {
    const host = usedForHost(ctx, call.node);
    return host === null ? undefined : [host];
  }
  const decl = call.node.parent;
  if (!ts.isNewExpression(call.node) || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name) || !ts.isVariableDeclarationList(decl.parent)) return undefined;
  if (!(decl.parent.flags & ts.NodeFlags.Const) || ts.getModifiers(decl.parent.parent as ts.VariableStatement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return undefined;
  const out: (string | undefined)[] = [];
  for (const n of readsOfName(decl.name)) {
    // A name declared again in an inner scope holds something else: only this agent's reads count.
    const v = ctx.valueOf(n);
    if (v.kind !== 'instance' || v.node !== call.node) continue;
    const host = usedForHost(ctx, n);
    if (host === null) return undefined;
    out.push(host);
  }
  return out.length === 0 ? undefined : out;
}

/** The host of the call an agent is handed to as `{ dispatcher: agent }` with a URL first; null for any other use. */
function usedForHost(ctx: JsRuleContext, use: ts.Expression): string | undefined | null {
  const entry = use.parent;
  const key = ts.isShorthandPropertyAssignment(entry) ? entry.name.text : ts.isPropertyAssignment(entry) && entry.initializer === use && (ts.isIdentifier(entry.name) || ts.isStringLiteral(entry.name)) ? entry.name.text : undefined;
  if (key === undefined || !AGENT_KEYS.has(key) || !ts.isObjectLiteralExpression(entry.parent)) return null;
  const target = entry.parent.parent;
  if (!ts.isCallExpression(target) || target.arguments[0] === entry.parent || !target.arguments.includes(entry.parent)) return null;
  const first = target.arguments[0];
  return ts.isSpreadElement(first) ? null : hostOfString(literalString(ctx.valueOf(first)));
}
