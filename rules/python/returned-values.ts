// What a call of a function of the file may hand back, return by return: `verify=_verify_setting()`
// with `def _verify_setting(): if value == "false": return False; return value`. Each return's value
// with the condition it runs under inside the function, for rules that report the unsafe one where
// it is written.
import type { KeywordSink } from '../data/python/sink-types.js';
import type { Argument, Node, PyCall, PyRuleContext, PyValue } from './api.js';
import type { KeywordHit } from './sinks.js';
import { findBranches, isConst } from './values.js';
import { ancestors } from './ancestors.js';
import { enclosingScope } from './returns.js';
import { writeCondition } from './written.js';

export interface ReturnedValue {
  value: PyValue;
  /** The returned expression. */
  node: Node;
  /** "when value.lower() == "false"": the innermost if/elif/else of the function holding the return. */
  condition?: string;
}

/**
 * The returns of the function the file defines and `call` calls by its name, or of the method of
 * the caller's own class a `self.name()` call calls (not a lambda).
 */
export function returnedValues(ctx: PyRuleContext, call: Node | undefined): ReturnedValue[] {
  const fn = call?.type === 'call' ? calledDefinition(ctx, call) : undefined;
  if (!call || !fn) return [];
  const out: ReturnedValue[] = [];
  for (const r of fn.descendantsOfType('return_statement')) {
    const expr = r?.namedChild(0);
    if (!r || !expr || enclosingScope(r).id !== fn.id) continue;
    out.push({ value: ctx.valueOf(expr), node: expr, condition: writeCondition(r, call) });
  }
  return out;
}

function calledDefinition(ctx: PyRuleContext, call: Node): Node | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type === 'identifier') {
    const fn = ctx.valueOf(callee);
    return fn.kind === 'function' && fn.node.type === 'function_definition' ? fn.node : undefined;
  }
  // `self.get_uri()` in a method: the method of that name its class's body defines.
  const name = callee?.type === 'attribute' && callee.childForFieldName('object')?.text === 'self' ? callee.childForFieldName('attribute')?.text : undefined;
  const cls = name ? ancestors(call).find((n) => n.type === 'class_definition') : undefined;
  for (const c of cls?.childForFieldName('body')?.namedChildren ?? []) {
    const def = c?.type === 'decorated_definition' ? c.childForFieldName('definition') : c;
    if (def?.type === 'function_definition' && def.childForFieldName('name')?.text === name) return def;
  }
  return undefined;
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
