// require-servername, Python part (PYTHON-TLS-FACTS.md 1.5 S1, S3): client sockets wrapped without
// a server name, and pyOpenSSL client connections without set_tlsext_host_name(). S2
// (ssl.wrap_socket, which cannot send SNI at all) is reported by no-deprecated-tls-api, whose
// message says so; S4 (asyncio server_hostname="") by no-unverified-hostname (H2): one finding each.

import { CONTEXT_WRAPPERS, PYOPENSSL_CONNECTION } from '../data/python/sni.js';
import { addKeyword, editIn, lineIndent, statementOf } from '../python/edits.js';
import { isPassedOn } from '../python/escapes.js';
import { isIpHost, peerOf } from '../python/peers.js';
import { PYOPENSSL_MODULE } from '../python/sinks.js';
import { sideOfMade, sideOfObject } from '../python/sides.js';
import { factoryMade, factoryObject, returnedName } from '../python/factories.js';
import type { Node, PyCall, PyFix, PyObject, PyPart, PyRuleContext } from '../python/api.js';
import type { Messages } from './meta.js';

type Ctx = PyRuleContext<Messages>;

export const python: PyPart<Messages> = {
  needles: ['wrap_socket', 'wrap_bio', 'OpenSSL'],
  moduleNeedles: PYOPENSSL_MODULE,
  check(ctx) {
    for (const w of CONTEXT_WRAPPERS) {
      for (const call of ctx.callsTo([`ssl.SSLContext.${w.method}`])) if (!factoryResult(ctx, call)) checkWrap(ctx, call, w, call.receiver && ctx.objectOf(call.receiver));
      // A context a function of the file makes and returns (`vault_context().wrap_socket(raw)`): its
      // type at the call is unknown, or declared (the class the function's returns make).
      for (const call of ctx.calls) {
        if (call.method !== w.method || !call.receiver || (call.name !== undefined && !factoryResult(ctx, call))) continue;
        const object = factoryObject(ctx, call.receiver);
        const made = object ? undefined : factoryMade(ctx, call.receiver);
        if (object || made) checkWrap(ctx, call, w, object, made?.call.node);
      }
    }
    checkPyOpenSsl(ctx);
  },
};

/** A method called on what a function of the file returns (factories.ts), whose type is declared. */
function factoryResult(ctx: Ctx, call: PyCall): boolean {
  return !!call.declared && !!call.receiver && returnedName(ctx, call.receiver) !== undefined;
}

/** `context`: the context object wrapping, when the file tracks one; `made`: the call that made it, when it tracks none. */
function checkWrap(ctx: Ctx, call: PyCall, w: (typeof CONTEXT_WRAPPERS)[number], context: PyObject | undefined, made?: Node): void {
  if (call.argument('server_hostname', w.hostPosition) || call.starArgs || call.openKeywords) return;
  const side = call.argument('server_side', w.serverSidePosition);
  // A server, or a side the file does not fix.
  if (side && !(side.value.kind === 'literal' && side.value.value === false)) return;
  if (context ? sideOfObject(ctx, context) === 'server' : made && sideOfMade(ctx, made) !== 'client') return;
  const sock = call.positional[0];
  const peer = sock && w.method === 'wrap_socket' ? peerOf(ctx, sock, ctx.objectMadeBy(call.node)) : undefined;
  if (isIpHost(peer)) return;
  // Name checks turned off on purpose and a peer the file does not name: most often an IP address,
  // which SNI cannot carry; no-unverified-hostname reports the check.
  if (peer?.literal === undefined && context?.writes.some((x) => x.attribute === 'check_hostname' && x.value.kind === 'literal' && x.value.value === false)) return;
  const fixes: PyFix[] = [];
  const edit = peer?.text ? addKeyword(ctx, call, `server_hostname=${peer.text}`) : undefined;
  if (edit) fixes.push({ title: `Add server_hostname=${peer!.text}`, kind: 'suggestion', edits: [edit] });
  ctx.report({ node: call.node, messageId: 'pyMissing', data: { method: w.method }, fixes });
}

/** `SSL.Connection(ctx, sock)` used as a client with no set_tlsext_host_name() on it. */
function checkPyOpenSsl(ctx: Ctx): void {
  for (const call of ctx.callsTo([PYOPENSSL_CONNECTION.callee])) {
    const conn = ctx.objectMadeBy(call.node);
    // Code the connection is handed to before its handshake may set the name; after it, too late.
    const handshake = conn?.calls.find((c) => c.method && (PYOPENSSL_CONNECTION.handshakeMethods as readonly string[]).includes(c.method));
    if (!conn || isPassedOn(ctx, conn, handshake?.node)) continue;
    const methods = conn.calls.map((c) => c.method);
    if (methods.includes(PYOPENSSL_CONNECTION.sniMethod)) continue;
    if (!methods.some((m) => m && (PYOPENSSL_CONNECTION.clientMethods as readonly string[]).includes(m))) continue;
    if (methods.some((m) => m && (PYOPENSSL_CONNECTION.serverMethods as readonly string[]).includes(m))) continue;
    const sock = call.argument('socket', 1)?.valueNode;
    const peer = sock ? peerOf(ctx, sock, conn) : undefined;
    if (isIpHost(peer)) continue;
    const fixes: PyFix[] = [];
    const stmt = statementOf(call.node);
    const target = stmt.type === 'expression_statement' ? stmt.namedChildren[0] : undefined;
    const left = target?.type === 'assignment' ? target.childForFieldName('left') : undefined;
    const hostBytes = peer?.literal !== undefined && peer.node.type === 'string' ? `b${peer.node.text}` : peer?.text ? `${peer.text}.encode()` : undefined;
    const indent = lineIndent(ctx.text, stmt)?.indent;
    if (left && hostBytes && indent !== undefined) {
      const line = `${left.text}.set_tlsext_host_name(${hostBytes})`;
      fixes.push({ title: `Add ${line}`, kind: 'suggestion', edits: [editIn(stmt, stmt.endIndex, stmt.endIndex, `\n${indent}${line}`)] });
    }
    ctx.report({ node: call.node, messageId: 'pyConnection', fixes });
  }
}
