// A lookup with a constant default on a mapping the file does not fix (`extras.get("sslmode",
// "require")`, `conn.extra_dejson.get("verify", self.default_verify)`): the default holds when the
// mapping lacks the key. The value model makes such a call the default "when extras has no
// 'sslmode'" or unknown; string holes (holes.ts) fill the default in.
import type { Node, PyValue } from './api.js';

export interface DefaultedLookup {
  /** The key, a name-like string constant. */
  key: string;
  /** The mapping expression (`extras`, `conn.extra_dejson`). */
  mapping: Node;
  /** The default's expression. */
  fallback: Node;
  /** "when extras has no 'sslmode'". */
  condition: string;
}

/**
 * `m.get("key", default)` with two positional arguments, a name-like key and a mapping that is not
 * a dict the file builds (that one answers the lookup itself). Undefined for anything else.
 */
export function defaultedLookup(expr: Node, valueOf: (n: Node) => PyValue): DefaultedLookup | undefined {
  if (expr.type !== 'call') return undefined;
  const callee = expr.childForFieldName('function');
  if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'get') return undefined;
  const mapping = callee.childForFieldName('object');
  const args = expr.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a && a.type !== 'comment') ?? [];
  if (!mapping || mapping.text.length > 40 || args.length !== 2 || args.some((a) => a.type === 'keyword_argument' || a.type === 'list_splat' || a.type === 'dictionary_splat')) return undefined;
  if (valueOf(mapping).kind === 'dict') return undefined;
  const k = valueOf(args[0]);
  const key = k.kind === 'literal' && typeof k.value === 'string' ? k.value : undefined;
  if (key === undefined || !/^[A-Za-z_][\w.-]{0,63}$/.test(key)) return undefined;
  return { key, mapping, fallback: args[1], condition: `when ${mapping.text} has no '${key}'` };
}

/** Whether a value's node is the default of a `m.get("key", default)` lookup: the mapping may hold a safe value instead. */
export function isLookupDefault(node: Node | undefined): boolean {
  const call = node?.parent?.type === 'argument_list' ? node.parent.parent : null;
  const callee = call?.type === 'call' ? call.childForFieldName('function') : null;
  return callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'get' && node!.parent!.namedChildren.filter((a) => a?.type !== 'comment')[1]?.id === node!.id;
}

/** `(key, False)`: a key and a constant default written out, what makes a `.get` of an imported API's mapping worth reading as a lookup. */
export function literalDefault(args: Node | null | undefined): boolean {
  const a = args?.namedChildren.filter((c) => c?.type !== 'comment') ?? [];
  return a.length === 2 && a[0]?.type === 'string' && ['true', 'false', 'string', 'integer', 'float'].includes(a[1]?.type ?? '');
}
