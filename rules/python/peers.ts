// The host a plain socket connects to, as far as the file shows, for findings and fixes that name
// it (server_hostname, set_tlsext_host_name): `socket.create_connection((host, port))`, or a
// `sock.connect((host, port))` on the socket or on what wraps it.
import { isIpLiteral } from '../js/strings.js';
import type { Node, PyObject, PyRuleContext } from './api.js';

export interface Peer {
  /** The host expression. */
  node: Node;
  /** Its text when it can be written at the place of a fix (a literal, or a name visible there). */
  text?: string;
  /** The host when the file fixes it. */
  literal?: string;
}

const CREATE_CONNECTION = new Set(['socket.create_connection']);

/** The first element of a `(host, port)` tuple argument. */
function hostOfAddress(ctx: PyRuleContext, address: Node | undefined): Node | undefined {
  if (!address) return undefined;
  const n = address.type === 'parenthesized_expression' ? address.namedChildren[0] : address;
  if (n?.type === 'tuple') return n.namedChildren.find((c) => c && c.type !== 'comment') ?? undefined;
  // A name bound to a tuple: `ADDR = ("example.com", 443)`.
  const v = ctx.valueOf(n ?? address);
  if (v.kind === 'sequence' && v.node.type === 'tuple') return v.node.namedChildren.find((c) => c && c.type !== 'comment') ?? undefined;
  return undefined;
}

/** The peer of a socket expression, or of the object a wrapped socket became. */
export function peerOf(ctx: PyRuleContext, sock: Node, wrapped?: PyObject): Peer | undefined {
  let host: Node | undefined;
  const v = ctx.valueOf(sock);
  if (v.kind === 'instance' && v.call.type === 'call') {
    const call = ctx.calls.find((c) => c.node.id === v.call.id);
    if (call?.name && CREATE_CONNECTION.has(call.name)) host = hostOfAddress(ctx, call.argument('address', 0)?.valueNode);
  }
  const objects = [sock.type === 'identifier' || sock.type === 'attribute' ? ctx.objectOf(sock) : undefined, wrapped];
  for (const o of objects) {
    if (host || !o) continue;
    const connect = o.calls.find((c) => c.method === 'connect' || c.method === 'connect_ex');
    host = hostOfAddress(ctx, connect?.argument('address', 0)?.valueNode);
  }
  if (!host) return undefined;
  const hv = ctx.valueOf(host);
  const literal = hv.kind === 'literal' && typeof hv.value === 'string' ? hv.value : undefined;
  return { node: host, literal, text: writable(ctx, host, sock) };
}

/** The host's text where `at` is, if it means the same there. */
function writable(ctx: PyRuleContext, host: Node, at: Node): string | undefined {
  if (host.type === 'string' && !host.namedChildren.some((c) => c?.type === 'interpolation')) return host.text;
  if (host.type !== 'identifier' && host.type !== 'attribute') return undefined;
  // A module-level constant, or a name of the same function read before the fix's place.
  const fnOf = (n: Node) => {
    for (let p = n.parent; p; p = p.parent) if (p.type === 'function_definition' || p.type === 'lambda') return p.id;
    return undefined;
  };
  const v = ctx.valueOf(host);
  const moduleConstant = v.kind === 'literal' && v.node && fnOf(v.node) === undefined;
  return moduleConstant || fnOf(host) === fnOf(at) ? host.text : undefined;
}

/** Whether a host is an IP address (SNI carries names only, RFC 6066). */
export function isIpHost(peer: Peer | undefined): boolean {
  return peer?.literal !== undefined && isIpLiteral(peer.literal);
}
