// The calls a data table's callee names: the qualified name, and for a method of a class
// (`OpenSSL.SSL.Context.set_cipher_list`) also the same method on a receiver whose class the file
// does not show (`self.ctx.set_cipher_list(...)`): the values the rules then look for (a pyOpenSSL
// constant, a cipher string) say which API it is. `anyReceiver`: a method whose name only TLS
// APIs have (`set_ciphers`) on any receiver, also one a function of another module returns
// (`ctx = verified_context(); ctx.set_ciphers(...)`).
import type { PyCall, PyRuleContext } from './api.js';

export function callsOfParam(ctx: PyRuleContext, callee: string, anyReceiver = false): PyCall[] {
  const out = ctx.callsTo([callee]);
  const parts = callee.split('.');
  if (parts.length >= 2 && /^_?[A-Z]/.test(parts[parts.length - 2])) {
    const method = parts[parts.length - 1];
    for (const c of ctx.calls) if (c.method === method && !out.includes(c) && (c.name === undefined || c.declared || anyReceiver)) out.push(c);
  }
  return out;
}

/**
 * `self.tls_insecure_set(True)` in a class that defines `tls_insecure_set`: the class's own method
 * (a library's implementation calling itself), not the library's API the method name stands for.
 */
export function callsOwnMethod(c: PyCall): boolean {
  if (c.receiver?.type !== 'identifier' || c.receiver.text !== 'self') return false;
  let n = c.node.parent;
  while (n && n.type !== 'class_definition') n = n.parent;
  const body = n?.childForFieldName('body');
  return !!body && body.namedChildren.some((d) => {
    const fn = d?.type === 'decorated_definition' ? d.childForFieldName('definition') : d;
    return fn?.type === 'function_definition' && fn.childForFieldName('name')?.text === c.method;
  });
}
