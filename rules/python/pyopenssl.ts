// pyOpenSSL (OpenSSL.SSL): `Context.set_verify(VERIFY_NONE)` on a client, and verify callbacks
// that accept every certificate whatever OpenSSL found.
import type { PyCall, PyObject, PyRuleContext, Node } from './api.js';
import { replaceNode } from './edits.js';

const VERIFY_NONE = 'OpenSSL.SSL.VERIFY_NONE';
const SERVER_METHODS = ['set_accept_state', 'accept', 'listen', 'bind'];

/** Reports on the no-unverified-certificate rule's messages pyVerifyNone and pyAcceptAll. */
export function checkPyOpenSsl(ctx: PyRuleContext<'pyVerifyNone' | 'pyAcceptAll' | string>): void {
  for (const call of ctx.calls) {
    if (call.method !== 'set_verify' || call.positional.length === 0) continue;
    const onContext = call.name === 'OpenSSL.SSL.Context.set_verify';
    const mode = ctx.nameOf(call.positional[0]);
    if (!onContext && !mode?.startsWith('OpenSSL.SSL.')) continue;
    if (isServer(ctx, call)) continue;
    if (mode === VERIFY_NONE) {
      const node = call.positional[0];
      const attr = node.type === 'attribute' ? node.childForFieldName('attribute') : null;
      ctx.report({ node: call.node, messageId: 'pyVerifyNone', fixes: attr ? [{ title: 'Use VERIFY_PEER (verify certificates)', kind: 'suggestion', edits: [replaceNode(attr, 'VERIFY_PEER')] }] : [] });
      continue;
    }
    const callback = call.argument('callback', 1);
    if (callback && acceptsAll(ctx, callback.valueNode)) ctx.report({ node: callback.node, messageId: 'pyAcceptAll' });
  }
}

/** A callback whose every return is a true constant (`lambda *a: True`, `def cb(...): return True`). */
function acceptsAll(ctx: PyRuleContext, node: Node): boolean {
  const v = ctx.valueOf(node);
  if (v.kind !== 'function') return false;
  const fn = v.node;
  if (fn.type === 'lambda') return isTrue(fn.childForFieldName('body'));
  const body = fn.childForFieldName('body');
  if (!body) return false;
  const returns = body.descendantsOfType('return_statement').filter((r): r is Node => !!r);
  return returns.length > 0 && returns.every((r) => isTrue(r.namedChild(0)));
}

function isTrue(node: Node | null): boolean {
  return !!node && (node.type === 'true' || (node.type === 'integer' && node.text !== '0'));
}

/** A context whose connections accept: set_accept_state(), accept(), or a listening socket. */
function isServer(ctx: PyRuleContext, call: PyCall): boolean {
  const context = call.receiver && ctx.objectOf(call.receiver);
  if (!context) return false;
  return context.uses.some((u) => {
    const conn: PyObject | undefined = ctx.objectMadeBy(u.call.node);
    return !!conn && conn.calls.some((c) => !!c.method && SERVER_METHODS.includes(c.method));
  }) || context.calls.some((c) => c.method === 'use_privatekey_file' || c.method === 'use_privatekey') && !context.calls.some((c) => c.method === 'load_verify_locations' || c.method === 'set_default_verify_paths');
}
