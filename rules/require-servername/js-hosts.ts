// require-servername: where a connection's host comes from (a URL, a host option, a positional
// argument, a list of servers, a net socket) and whether it is a name SNI applies to.
import ts from 'typescript';
import type { Prop, SinkCall, Value } from '../js/api.js';
import type { JsRuleContext } from '../js/api.js';
import { isIpLiteral } from '../js/strings.js';
import { HOLE, piecesOf, staticText, writtenString } from '../js/static-text.js';
import { argValue, branchesOf, literalString, type ValueBranch } from '../js/values.js';
import type { Messages } from './meta.js';
import { urlParts } from '../common/urls.js';
import { unwrap } from '../js/syntax.js';

type Ctx = JsRuleContext<Messages>;

export interface Host {
  /** Source text to put in `servername:`; absent when the expression is not safe to repeat. */
  text?: string;
  /** For the message. */
  shown: string;
  /** When the host is a name only under a condition. */
  condition?: string;
  /** Several servers with different names: one servername fits none of them all. */
  many?: boolean;
}

/** What a call connects to: a host name, nothing SNI applies to (IP, localhost), or unknown. */
export type HostResult = Host | 'ip-or-local' | undefined;

export type ObjectValue = Value & { kind: 'object' };

/** The connection URL of a call, when the sink takes one and it is a string here. */
export function connectionUrl(ctx: Ctx, call: SinkCall, options: ObjectValue | undefined, args: ts.NodeArray<ts.Expression>): { expr: ts.Expression; value: Value } | undefined {
  const spec = call.sink.url;
  if (!spec) return undefined;
  if (spec.path) {
    const prop = valueAt(options, spec.path);
    const expr = prop && (ts.isShorthandPropertyAssignment(prop.node) ? prop.node.name : prop.valueNode);
    if (!prop || !expr) return undefined;
    const known = branchesOf(prop.value).every((b) => literalString(b.value) !== undefined) ? undefined : urlWithUnknownCredentials(ctx, expr);
    return { expr, value: known ?? prop.value };
  }
  const arg = spec.arg !== undefined ? args[spec.arg] : undefined;
  if (!arg || ts.isSpreadElement(arg)) return undefined;
  let value = argValue(ctx, call, arg);
  if (!branchesOf(value).every((b) => literalString(b.value) !== undefined)) {
    const known = urlWithUnknownCredentials(ctx, arg);
    if (!known) return undefined;
    value = known;
  }
  // An argument after the URL that is neither options we can see nor a callback may set servername.
  for (const a of args.slice(spec.arg! + 1)) {
    const v = argValue(ctx, call, a);
    if (v.kind !== 'function' && v.kind !== 'object') return undefined;
  }
  return { expr: arg, value };
}

/**
 * A URL written here with `+` or a template whose only unknown part is its credentials
 * (`'rediss://default:' + process.env.PW + '@cache.example.com:6380'`): the scheme, the host and
 * the path are what the file says, and no query can add options. The URL without the credentials.
 */
function urlWithUnknownCredentials(ctx: Ctx, arg: ts.Expression): Value | undefined {
  // Written here, or held by a name (a constant of another file).
  const written = writtenString(ctx, arg);
  if (piecesOf(written).length === 0) return undefined;
  const url = urlParts(staticText(ctx, written));
  // The credentials hold a hole; the host, port and path are written out, with no query that could add options.
  if (!url?.userinfo?.includes(HOLE) || !url.authority || /[@\0]/.test(url.authority) || /[?#\0]/.test(url.rest)) return undefined;
  return { kind: 'literal', value: `${url.scheme}//${url.authority}${url.rest}`, node: arg };
}

/** The URLs a value may hold: each branch, and each element of a list of servers (ldapjs `url: [a, b]`). */
export function urlBranches(v: Value): ValueBranch[] {
  return branchesOf(v).flatMap((b) => (b.value.kind === 'array' ? b.value.elements.map((e) => ({ value: e, condition: b.condition })) : [b]));
}

export function urlScheme(s: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*:)\/\//i.exec(s);
  return m ? m[1].toLowerCase() : undefined;
}

/** The property at a path inside the options. */
export function valueAt(options: ObjectValue | undefined, path: readonly string[]): Prop | undefined {
  let prop: Prop | undefined;
  let v: Value | undefined = options;
  for (const k of path) {
    prop = v?.kind === 'object' ? v.props.get(k) : undefined;
    v = prop?.value;
  }
  return prop;
}

/** The host the call connects to: the URL's host (it wins in ioredis and node-redis), a host option, or a positional host. */
export function findHost(ctx: Ctx, call: SinkCall, options: ObjectValue | undefined, args: ts.NodeArray<ts.Expression>): HostResult {
  const url = connectionUrl(ctx, call, options, args);
  if (url && url.value.kind === 'array') return serverListHost(url.value);
  if (url && urlScheme(literalString(branchesOf(url.value)[0].value) ?? '')) return hostOf(ctx, url.expr, url.value);
  const prop = call.sink.hostPath && valueAt(options, call.sink.hostPath);
  if (prop) {
    const expr = ts.isShorthandPropertyAssignment(prop.node) ? prop.node.name : prop.valueNode;
    return expr ? hostOf(ctx, expr, prop.value) : undefined;
  }
  const hostArg = positionalHost(ctx, call, args);
  return hostArg ? hostOf(ctx, hostArg, ctx.valueOf(hostArg)) : undefined;
}

/**
 * A list of servers tried in turn (ldapjs `url: ['ldaps://a', 'ldaps://b']`): every one is
 * connected to without SNI. One servername cannot fit several names, so no fix is offered then.
 */
function serverListHost(list: Value & { kind: 'array' }): HostResult {
  const names: string[] = [];
  for (const el of list.elements) {
    const kind = classify(el);
    if (kind === 'unknown') return undefined;
    if (kind === 'name') names.push(hostName(literalString(el)!)!);
  }
  const distinct = [...new Set(names)];
  if (distinct.length === 0) return 'ip-or-local';
  const shown = distinct.length === 1 ? `'${distinct[0]}'` : `'${distinct[0]}' and ${distinct.length - 1} more`;
  return { text: distinct.length === 1 ? `'${distinct[0]}'` : undefined, shown, many: distinct.length > 1 };
}

/**
 * `tls.connect(port, host[, options][, callback])`: the host argument, when the call has that
 * form. `tls.connect(options, callback)` looks the same when nothing is known about its
 * arguments, so an unknown first argument counts as a port only if its name says so or the
 * second is a string; and an unknown argument after the host may be options that set servername.
 */
function positionalHost(ctx: Ctx, call: SinkCall, args: ts.NodeArray<ts.Expression>): ts.Expression | undefined {
  const i = call.sink.positionalHost;
  if (i === undefined || args.length <= i || ts.isObjectLiteralExpression(args[i])) return undefined;
  const first = ctx.valueOf(args[0]);
  const host = ctx.valueOf(args[i]);
  const isPort =
    (first.kind === 'literal' && typeof first.value === 'number') ||
    ((first.kind === 'unknown' || first.kind === 'instance') && (literalString(host) !== undefined || /port$/i.test(nameOf(args[0]) ?? '')));
  if (!isPort) return undefined;
  for (const a of args.slice(i + 1)) {
    const v = ctx.valueOf(a);
    if (v.kind !== 'function' && v.kind !== 'object') return undefined;
  }
  return args[i];
}

function nameOf(e: ts.Expression): string | undefined {
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

/** Classifies a host expression and its value. */
function hostOf(ctx: Ctx, expr: ts.Expression, value: Value): HostResult {
  const branches = branchesOf(value);
  let named: ValueBranch | undefined;
  let hasIp = false;
  let hasUnknown = false;
  for (const b of branches) {
    const kind = classify(b.value);
    if (kind === 'name') named ??= b;
    else if (kind === 'unknown') hasUnknown = true;
    // localhost, '' and undefined are harmless as servername; an IP literal is not (DEP0123).
    if (kind === 'ip-or-local' && isIpLiteral(hostName(literalString(b.value) ?? '') ?? '')) hasIp = true;
  }
  if (!named && !hasUnknown) return 'ip-or-local';
  // A value the file does not know, named for an IP address (`legacyPlc(ip)`, `device.ipAddress`): no SNI to send.
  if (!named && namedForIp(expr)) return 'ip-or-local';
  const name = named && hostName(literalString(named.value)!)!;
  // A single literal name (or URL) is repeated as a literal; anything else as the expression.
  if (name !== undefined && branches.length === 1) return { text: `'${name}'`, shown: `'${name}'` };
  // An expression of another file (options imported from a config module) names nothing here.
  const own = expr.getSourceFile() === ctx.sourceFile;
  const repeatable = own && !hasIp && isPure(expr) && !(named && literalString(named.value)!.includes('://'));
  const text = expr.getText(expr.getSourceFile());
  // Messages carry no Markdown: a template's backticks go too (a panel would show them).
  const shown = name !== undefined && !hasUnknown ? `'${name}'` : snippet(elideHoles(text)).replace(/`/g, '');
  return { text: repeatable ? text : undefined, shown, condition: name !== undefined && !hasUnknown ? named!.condition : undefined };
}

/** `ip`, `ipv4`, `ipAddress`, `ip_addr`, `plcIp`, `hostIP`, `gateway_ip`: a name that says it holds an IP address. */
const IP_NAME = /^(ip|ipv[46]|ip_?addr(ess)?|ipAddress)$|[a-z0-9](Ip|IP|IpAddress|IPAddress|Ipv4|IPv4)$|_ip(v4)?$/;

function namedForIp(e: ts.Expression): boolean {
  const n = nameOf(unwrap(e));
  return n !== undefined && IP_NAME.test(n);
}

/** 'name' for a host name, 'ip-or-local' where SNI does not apply, 'none' for no host at all. */
function classify(v: Value): 'name' | 'ip-or-local' | 'none' | 'unknown' {
  if (v.kind === 'literal') {
    if (v.value === undefined || v.value === null) return 'ip-or-local';
    if (typeof v.value !== 'string') return 'none';
    const h = hostName(v.value);
    if (h === undefined) return 'none';
    return h === '' || h === 'localhost' || isIpLiteral(h) ? 'ip-or-local' : 'name';
  }
  return v.kind === 'function' || v.kind === 'object' || v.kind === 'array' ? 'none' : 'unknown';
}

/** The host of a host string or of a URL. */
function hostName(s: string): string | undefined {
  if (!s.includes('://')) return s;
  try {
    return new URL(s).hostname;
  } catch {
    return undefined;
  }
}

/** Whether repeating an expression cannot run code twice: names, member reads, templates of those. */
function isPure(e: ts.Expression): boolean {
  if (ts.isIdentifier(e) || ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return true;
  if (ts.isPropertyAccessExpression(e)) return isPure(e.expression);
  if (ts.isElementAccessExpression(e)) return isPure(e.expression) && (ts.isStringLiteral(e.argumentExpression) || ts.isNumericLiteral(e.argumentExpression));
  if (ts.isTemplateExpression(e)) return e.templateSpans.every((s) => isPure(s.expression));
  if (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e)) return isPure(e.expression);
  if (ts.isConditionalExpression(e)) return isPure(e.condition) && isPure(e.whenTrue) && isPure(e.whenFalse);
  return e.kind === ts.SyntaxKind.ThisKeyword;
}

/** Template holes shortened for messages: `${region}.example.com` reads as `${…}.example.com`. */
function elideHoles(text: string): string {
  return text.replace(/\$\{[^}]*\}/g, '${…}');
}

function snippet(text: string): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}

/**
 * `tls.connect({ socket })` over a socket this file opened with net.connect / net.createConnection:
 * the host that socket connects to.
 */
export function socketHost(ctx: Ctx, socket: Value): HostResult {
  if (socket.kind !== 'instance' || socket.ref?.module !== 'net' || !ts.isCallExpression(socket.node)) return undefined;
  if (socket.ref.path.length !== 1 || !['connect', 'createConnection'].includes(socket.ref.path[0])) return undefined;
  const [first, second] = socket.node.arguments;
  if (!first) return undefined;
  const opts = ctx.valueOf(first);
  if (opts.kind === 'object') {
    const h = opts.props.get('host');
    const expr = h && (ts.isShorthandPropertyAssignment(h.node) ? h.node.name : h.valueNode);
    return h && expr ? hostOf(ctx, expr, h.value) : opts.open ? undefined : 'ip-or-local';
  }
  return second ? hostOf(ctx, second, ctx.valueOf(second)) : 'ip-or-local';
}
