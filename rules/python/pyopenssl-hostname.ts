// pyOpenSSL clients that verify the chain but never the host name (PYTHON-TLS-FACTS.md H9):
// pyOpenSSL has no host name check of its own; service_identity.pyopenssl.verify_hostname(conn,
// host) after the handshake is the usual one. Reported only where it is plain: a Context the file
// makes with set_verify(VERIFY_PEER…), used by nothing but SSL.Connection, a Connection that
// connects and stays in this code, and a file that shows no name or certificate check of any kind.
// Reported at the set_verify() call (three outside testers' keys put it there: the context is
// where the client's checks are chosen), with each Connection that connects as a related place.
import type { Node, PyCall, PyObject, PyRuleContext } from './api.js';
import { isPassedOn } from './escapes.js';
import { enclosingScope, returnedBy } from './returns.js';
import { acceptsAll, CLIENT_METHODS, CONNECTION, CONTEXT, passes, SERVER_METHODS } from './pyopenssl.js';

/**
 * What a file that checks the name (or pins the certificate) some other way shows: service_identity,
 * ssl.match_hostname, OpenSSL's X509_VERIFY_PARAM_set1_host through the bindings, reading the
 * peer's subject, extensions or certificate, a fingerprint.
 */
const OWN_CHECK = /verify_hostname|match_hostname|set1_host|get_subject|get_extension|subjectAltName|commonName|\bCN\b|get_peer_certificate|get_peer_cert_chain|to_cryptography|\.digest\(/;

/** Such a client: the context's set_verify(VERIFY_PEER…) call and the SSL.Connection calls that connect with it. */
export interface UncheckedClient {
  setVerify: PyCall;
  connections: PyCall[];
}

export function clientsWithoutNameCheck(ctx: PyRuleContext): UncheckedClient[] {
  if (OWN_CHECK.test(ctx.text)) return [];
  // What it returns are SSL.Connection calls: a file without one needs no object resolved.
  if (ctx.callsTo([CONNECTION]).length === 0) return [];
  const out: UncheckedClient[] = [];
  for (const o of ctx.objects) {
    const setVerify = o.madeBy && o.value.kind === 'instance' && o.value.type === CONTEXT ? verifiesPeer(ctx, o) : undefined;
    if (!setVerify) continue;
    const callers = factoryCalls(ctx, o);
    const holders = [o, ...callers.held];
    const connections: PyCall[] = [];
    let plain = true;
    for (const call of ctx.calls) {
      if (!holders.some((h) => passes(ctx, call, h))) continue;
      if (call.name !== CONNECTION) plain = false;
      else connections.push(call);
    }
    // `SSL.Connection(_context(), sock)`: the factory's call is the Connection's context.
    for (const inline of callers.inline) {
      const user = inline.parent?.type === 'argument_list' ? ctx.calls.find((c) => c.args.id === inline.parent!.id) : undefined;
      if (user?.name === CONNECTION && user.positional[0]?.id === inline.id) connections.push(user);
      else plain = false;
    }
    if (!plain) continue;
    const clients = connections.filter((call) => {
      const conn = ctx.objectMadeBy(call.node);
      if (!conn || isPassedOn(ctx, conn) || isReturned(ctx, conn)) return false;
      if (conn.calls.some((c) => !!c.method && SERVER_METHODS.includes(c.method))) return false;
      return conn.calls.some((c) => !!c.method && CLIENT_METHODS.includes(c.method));
    });
    if (clients.length > 0) out.push({ setVerify, connections: clients });
  }
  return out;
}

/**
 * `def reefer_context(): ctx = SSL.Context(…); …; return ctx` and `ctx = reefer_context()` in the
 * file: the callers' objects hold the same context, unless a caller changes its verification;
 * a call bound to no name (`SSL.Connection(reefer_context(), sock)`) is `inline`.
 */
function factoryCalls(ctx: PyRuleContext, o: PyObject): { held: PyObject[]; inline: Node[] } {
  const out = { held: [] as PyObject[], inline: [] as Node[] };
  const fn = o.madeBy && enclosingScope(o.madeBy);
  const name = fn?.type === 'function_definition' ? fn.childForFieldName('name')?.text : undefined;
  if (!fn || !name) return out;
  for (const call of ctx.calls) {
    if (call.callee.type !== 'identifier' || call.callee.text !== name) continue;
    const returned = returnedBy(ctx, call.node);
    if (returned?.text !== o.name || enclosingScope(returned).id !== fn.id) continue;
    const held = ctx.objectMadeBy(call.node);
    if (!held) out.inline.push(call.node);
    else if (!held.calls.some((c) => c.method === 'set_verify')) out.held.push(held);
  }
  return out;
}

/** The last set_verify(VERIFY_PEER…) on the context, with a callback that keeps OpenSSL's verdict (an accept-all one is the certificate rule's). */
function verifiesPeer(ctx: PyRuleContext, o: PyObject): PyCall | undefined {
  const calls = o.calls.filter((c) => c.method === 'set_verify');
  const last = calls[calls.length - 1];
  if (!last || last.positional.length === 0 || !/\bVERIFY_PEER\b/.test(last.positional[0].text)) return undefined;
  const callback = last.argument('callback', 1);
  return !callback || !acceptsAll(ctx, callback.valueNode) ? last : undefined;
}

/** `return conn`: the caller may check the name. */
function isReturned(ctx: PyRuleContext, o: PyObject): boolean {
  return ctx.root.descendantsOfType('return_statement').some((r) => r?.namedChildren.some((c) => c?.text === o.name));
}
