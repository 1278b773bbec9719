// pyOpenSSL clients that verify the chain but never the host name (PYTHON-TLS-FACTS.md H9):
// pyOpenSSL has no host name check of its own; service_identity.pyopenssl.verify_hostname(conn,
// host) after the handshake is the usual one. Reported only where it is plain: a Context the file
// makes with set_verify(VERIFY_PEER…), used by nothing but SSL.Connection, a Connection that
// connects and stays in this code, and a file that shows no name or certificate check of any kind.
import type { PyCall, PyObject, PyRuleContext } from './api.js';
import { isPassedOn } from './escapes.js';
import { acceptsAll, CLIENT_METHODS, CONNECTION, CONTEXT, passes, SERVER_METHODS } from './pyopenssl.js';

/**
 * What a file that checks the name (or pins the certificate) some other way shows: service_identity,
 * ssl.match_hostname, OpenSSL's X509_VERIFY_PARAM_set1_host through the bindings, reading the
 * peer's subject, extensions or certificate, a fingerprint.
 */
const OWN_CHECK = /verify_hostname|match_hostname|set1_host|get_subject|get_extension|subjectAltName|commonName|\bCN\b|get_peer_certificate|get_peer_cert_chain|to_cryptography|\.digest\(/;

/** The SSL.Connection calls of such clients. */
export function connectionsWithoutNameCheck(ctx: PyRuleContext): PyCall[] {
  if (OWN_CHECK.test(ctx.text)) return [];
  // What it returns are SSL.Connection calls: a file without one needs no object resolved.
  if (ctx.callsTo([CONNECTION]).length === 0) return [];
  const out: PyCall[] = [];
  for (const o of ctx.objects) {
    if (!o.madeBy || o.value.kind !== 'instance' || o.value.type !== CONTEXT || !verifiesPeer(ctx, o)) continue;
    const connections: PyCall[] = [];
    let plain = true;
    for (const call of ctx.calls) {
      if (!passes(ctx, call, o)) continue;
      if (call.name !== CONNECTION) plain = false;
      else connections.push(call);
    }
    if (!plain) continue;
    for (const call of connections) {
      const conn = ctx.objectMadeBy(call.node);
      if (!conn || isPassedOn(ctx, conn) || isReturned(ctx, conn)) continue;
      if (conn.calls.some((c) => !!c.method && SERVER_METHODS.includes(c.method))) continue;
      if (conn.calls.some((c) => !!c.method && CLIENT_METHODS.includes(c.method))) out.push(call);
    }
  }
  return out;
}

/** set_verify(VERIFY_PEER…) on the context, with a callback that keeps OpenSSL's verdict (an accept-all one is the certificate rule's). */
function verifiesPeer(ctx: PyRuleContext, o: PyObject): boolean {
  const calls = o.calls.filter((c) => c.method === 'set_verify');
  const last = calls[calls.length - 1];
  if (!last || last.positional.length === 0 || !/\bVERIFY_PEER\b/.test(last.positional[0].text)) return false;
  const callback = last.argument('callback', 1);
  return !callback || !acceptsAll(ctx, callback.valueNode);
}

/** `return conn`: the caller may check the name. */
function isReturned(ctx: PyRuleContext, o: PyObject): boolean {
  return ctx.root.descendantsOfType('return_statement').some((r) => r?.namedChildren.some((c) => c?.text === o.name));
}
