// Whether an object leaves the code the file shows before a rule judges it: passed to a call as
// an argument (`configure(conn)`, `register(server)`), where the callee may do what the rule looks
// for (call set_tlsext_host_name, starttls), unless it runs only after the call a rule judges.
// PyObject.uses records only TLS-context arguments.
import type { Node, PyCall, PyObject, PyRuleContext } from './api.js';

/**
 * The file's call arguments that are names or attributes (`conn`, `self.conn`), by their text,
 * built once per file: keyed by the model's call list, which every part of one file shares. A
 * scan of every argument for each object asked about was objects × arguments.
 */
const argumentIndex = new WeakMap<readonly PyCall[], Map<string, Node[]>>();

function argumentsByText(calls: readonly PyCall[]): Map<string, Node[]> {
  let index = argumentIndex.get(calls);
  if (index) return index;
  index = new Map();
  for (const call of calls) {
    if (call.args.type !== 'argument_list') continue;
    for (const a of call.args.namedChildren) {
      const type = a?.type;
      const expr = type === 'keyword_argument' ? a!.childForFieldName('value') : type === 'list_splat' || type === 'dictionary_splat' ? a!.namedChildren[0] : a;
      if (!expr) continue;
      const exprType = expr.type;
      if (exprType !== 'identifier' && exprType !== 'attribute') continue;
      const text = expr.text;
      const list = index.get(text);
      if (list) list.push(expr);
      else index.set(text, [expr]);
    }
  }
  argumentIndex.set(calls, index);
  return index;
}

/**
 * Whether the object is handed to other code. With `before` (the call a rule judges, a login):
 * only a hand-off that may run before it counts; one written after it in the same function comes
 * too late to change what that call already sent (`conn.login(u, pw); return _unseen(conn)`).
 */
export function isPassedOn(ctx: PyRuleContext, obj: PyObject, before?: Node): boolean {
  const args = argumentsByText(ctx.calls).get(obj.name);
  return !!args && args.some((expr) => ctx.objectOf(expr) === obj && !(before && runsAfter(expr, before)));
}

/**
 * `later` is written after `earlier` in the same function (or both at module level). Across
 * functions source order says nothing about the order of the calls.
 */
export function runsAfter(later: Node, earlier: Node): boolean {
  return later.startIndex > earlier.endIndex && enclosingFunction(later) === enclosingFunction(earlier);
}

/** The function or lambda a node is in, by id; undefined at module (or class) level. */
export function enclosingFunction(node: Node): number | undefined {
  for (let p = node.parent; p; p = p.parent) if (p.type === 'function_definition' || p.type === 'lambda') return p.id;
  return undefined;
}
