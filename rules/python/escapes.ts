// Whether an object leaves the code the file shows before a rule judges it: passed to a call as
// an argument (`configure(conn)`, `register(server)`), where the callee may do what the rule looks
// for (call set_tlsext_host_name, starttls). PyObject.uses records only TLS-context arguments.
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

export function isPassedOn(ctx: PyRuleContext, obj: PyObject): boolean {
  const args = argumentsByText(ctx.calls).get(obj.name);
  return !!args && args.some((expr) => ctx.objectOf(expr) === obj);
}
