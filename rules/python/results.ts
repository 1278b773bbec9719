// What a call of a function of the file may hand back, return by return: `verify=_verify_setting()`
// with `def _verify_setting(): if value == "false": return False; return value`. Each return's value
// with the condition it runs under inside the function, for rules that report the unsafe one where
// it is written.
import type { Node, PyRuleContext, PyValue } from './api.js';
import { enclosingScope } from './returns.js';
import { writeCondition } from './written.js';

export interface ReturnedValue {
  value: PyValue;
  /** The returned expression. */
  node: Node;
  /** "when value.lower() == "false"": the innermost if/elif/else of the function holding the return. */
  condition?: string;
}

/** The returns of the function the file defines and `call` calls by its name (not a method, not a lambda). */
export function returnedValues(ctx: PyRuleContext, call: Node | undefined): ReturnedValue[] {
  if (call?.type !== 'call') return [];
  const callee = call.childForFieldName('function');
  const fn = callee?.type === 'identifier' ? ctx.valueOf(callee) : undefined;
  if (fn?.kind !== 'function' || fn.node.type !== 'function_definition') return [];
  const out: ReturnedValue[] = [];
  for (const r of fn.node.descendantsOfType('return_statement')) {
    const expr = r?.namedChild(0);
    if (!r || !expr || enclosingScope(r).id !== fn.node.id) continue;
    out.push({ value: ctx.valueOf(expr), node: expr, condition: writeCondition(r, call) });
  }
  return out;
}
