// Keyword hits (sinks.ts) a subclass causes: a base class's method passes a value it reads from
// `self` (`verify=self.verify_ssl`, `**self.client_kwargs`), and a subclass's class body sets it.
// Reported at the subclass's literal, for that class; no fix (one at the base would change every class).
import type { KeywordSink } from '../data/python/sink-types.js';
import type { Argument, Node, PyCall, PyRuleContext, PyValue } from './api.js';
import { branchesOf } from './branches.js';
import { forSubclass, isOwnClassRead, subclassBranches, subclassValues } from './classes.js';
import type { KeywordHit } from './sinks.js';
import { findBranches, isConst } from './values.js';

/** `verify=self.verify_ssl` in a base class's method, a subclass's body setting `verify_ssl = False`: there, for that class. */
export function subclassHits(ctx: PyRuleContext, sink: KeywordSink, owner: string, call: PyCall, argument: Argument): KeywordHit[] {
  const read = selfRead(argument.valueNode);
  if (!read) return [];
  const accept = (whole: PyValue) => !read.op || shortCircuits(whole, read.op);
  return subclassBranches(ctx, read.node, (v) => isConst(v, sink.insecure), accept).map((b) => ({ sink, owner, call, argument, node: argument.node, at: b.at, value: b.value, condition: b.condition, subclass: b.cls }));
}

/**
 * The `self.attr` an argument reads: the whole argument, a lookup falling back to it, or the left
 * operand of `and`/`or` (`verify=self.verify_tls and self.ca_bundle`), which is the value when it
 * short-circuits.
 */
function selfRead(node: Node): { node: Node; op?: 'and' | 'or' } | undefined {
  // `extras.get("verify", self.verify_ssl)`: subclassBranches reads the lookup's default.
  if (isOwnClassRead(node) || (node.type === 'call' && isOwnClassRead(node.childForFieldName('arguments')?.namedChildren.filter((a) => a?.type !== 'comment')[1] ?? null))) return { node };
  const op = node.type === 'boolean_operator' ? node.childForFieldName('operator')?.text : undefined;
  const left = node.childForFieldName('left');
  return left && (op === 'and' || op === 'or') && isOwnClassRead(left) ? { node: left, op } : undefined;
}

/** `False and x` is False, `True or x` is True: a constant that is the operation's value whatever x is. */
function shortCircuits(v: PyValue, op: 'and' | 'or'): boolean {
  return v.kind === 'literal' && typeof v.value !== 'string' && !!v.value === (op === 'or');
}

/**
 * `MongoClient(uri, **self.client_kwargs)` in a base class's method, a subclass's body setting
 * `client_kwargs = {…, "tlsAllowInvalidHostnames": True}`: at that entry, for that class.
 */
export function subclassSplatHits(ctx: PyRuleContext, sink: KeywordSink, owner: string, call: PyCall): KeywordHit[] {
  if (call.args.type !== 'argument_list') return [];
  const out: KeywordHit[] = [];
  for (const a of call.args.namedChildren) {
    const inner = a?.type === 'dictionary_splat' ? a.namedChild(0) : null;
    if (!inner || !isOwnClassRead(inner)) continue;
    for (const sub of subclassValues(ctx, inner)) {
      for (const d of branchesOf(sub.value)) {
        const e = d.value.kind === 'dict' ? d.value.entries.get(sink.keyword) : undefined;
        if (!e) continue;
        const argument: Argument = { value: e.value, node: e.node, valueNode: e.valueNode, via: 'splat' };
        for (const bad of findBranches(e.value, (v) => isConst(v, sink.insecure))) {
          if (bad.via) continue;
          const when = [d.condition, bad.condition].filter(Boolean).join(' and ') || undefined;
          out.push({ sink, owner, call, argument, node: e.node, value: bad.value, condition: forSubclass(sub.cls, when), subclass: sub.cls });
        }
      }
    }
  }
  return out;
}
