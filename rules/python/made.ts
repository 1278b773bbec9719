// The call that made an object, as the object's uses see it.
import type { Node, PyCall, PyObject, PyRuleContext, PyValue } from './api.js';

/**
 * The call that made `obj` when its value is `made` (an instance of the object's value, or of one
 * of its branches). `madeBy` is a variable's assignment, but an attribute path's first `=` write,
 * while its value is the write that reaches its uses: after `if d: self.c = SMTP_SSL(…)` then
 * `self.c = FTP(…)`, the FTP fix rewrote the SMTP_SSL call, on every pass of fix-all (found by
 * fuzzing), and pyOpenSSL's set_verify() went after the context the uses never see. Then the
 * call of the write that made the value.
 */
export function madeCall(ctx: PyRuleContext, obj: PyObject, made: PyValue = obj.value): PyCall | undefined {
  const own = callOf(ctx, obj.madeBy);
  if (!own || made.kind !== 'instance' || made.call.id === own.node.id) return own;
  const rewritten = ctx.attributeWrites.some((w) => w.operator === '=' && unwrap(w.valueNode).id === made.call.id && ctx.objectOf(w.target) === obj);
  return rewritten ? callOf(ctx, made.call) : own;
}

function callOf(ctx: PyRuleContext, node: Node | undefined): PyCall | undefined {
  return node ? ctx.calls.find((c) => c.node.id === node.id) : undefined;
}

function unwrap(node: Node): Node {
  let n = node;
  while (n.type === 'parenthesized_expression' || n.type === 'await') n = n.namedChild(0) ?? n;
  return n;
}
