// What a function of the file hands back to its caller: `def ctx_for(): ctx = …; return ctx` read
// at `x = ctx_for()`, `**_request_options()`. Only a function whose one return (in its own body,
// not a nested function's) returns a plain name: anything else may hand back something else.
import type { Node, PyRuleContext } from './api.js';

/** The name the called function's only return returns, for a call of a function the file defines. */
export function returnedBy(ctx: PyRuleContext, call: Node): Node | undefined {
  if (call.type !== 'call') return undefined;
  const callee = call.childForFieldName('function');
  const fn = callee?.type === 'identifier' ? ctx.valueOf(callee) : undefined;
  if (fn?.kind !== 'function' || fn.node.type !== 'function_definition') return undefined;
  const returns = fn.node.descendantsOfType('return_statement').filter((r): r is Node => !!r && enclosingScope(r).id === fn.node.id);
  const value = returns.length === 1 ? returns[0].namedChild(0) : null;
  return value?.type === 'identifier' ? value : undefined;
}

/** The function (or module) a node is in. */
export function enclosingScope(node: Node): Node {
  let p = node.parent;
  while (p && p.type !== 'function_definition' && p.type !== 'module') p = p.parent;
  return p ?? node;
}
