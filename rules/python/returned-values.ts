// What a call of a function of the file may hand back, return by return: `verify=_verify_setting()`
// with `def _verify_setting(): if value == "false": return False; return value`. Each return's value
// with the condition it runs under inside the function, for rules that report the unsafe one where
// it is written.
import type { KeywordSink } from '../data/python/sink-types.js';
import type { Argument, Node, PyCall, PyRuleContext, PyValue } from './api.js';
import type { KeywordHit } from './sinks.js';
import { findBranches, isConst } from './values.js';
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

/** `verify=_verify_setting()`, a function of the file that may `return False`: at that return, saying when it runs. */
export function returnedHits(ctx: PyRuleContext, sink: KeywordSink, owner: string, call: PyCall, argument: Argument): KeywordHit[] {
  const v = argument.value;
  const made = v.kind === 'unknown' && v.node?.type === 'call' ? v.node : undefined;
  const out: KeywordHit[] = [];
  for (const r of returnedValues(ctx, made)) {
    for (const bad of findBranches(r.value, (x) => isConst(x, sink.insecure))) {
      if (bad.via) continue;
      const n = bad.value.node;
      const at = n && n.startIndex >= r.node.startIndex && n.endIndex <= r.node.endIndex ? n : r.node;
      out.push({ sink, owner, call, argument, node: argument.node, at, value: bad.value, condition: [r.condition, bad.condition].filter(Boolean).join(' and ') || undefined, returned: true });
    }
  }
  return out;
}
