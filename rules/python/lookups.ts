// A lookup with a constant default on a mapping or object the file does not fix (`extras.get("sslmode",
// "require")`, `conn.extra_dejson.get("verify", self.default_verify)`, `getattr(conf, "VERIFY", False)`,
// configparser's `cfg.getboolean("erx", "verify", fallback=False)`): the default holds when the
// mapping lacks the key. The value model makes such a call the default "when extras has no
// 'sslmode'" or unknown (or, for an object it knows whole, its attribute or the default outright);
// string holes (holes.ts) fill the default in.
import type { Node, PyValue } from './api.js';

export interface DefaultedLookup {
  /** The key, a name-like string constant. */
  key: string;
  /** The mapping expression (`extras`, `conn.extra_dejson`, getattr's object). */
  mapping: Node;
  /** The default's expression. */
  fallback: Node;
  /** "when extras has no 'sslmode'". */
  condition: string;
  /** `getattr(obj, "NAME", default)`: an attribute of an object, which the value model may know. */
  attribute?: true;
}

/** configparser's getters that take `fallback=` (on the parser with a section, or on a section). */
const CONFIG_GETTERS = new Set(['get', 'getboolean', 'getint', 'getfloat']);

interface LookupShape {
  mapping: Node;
  /** The section's and the option's expressions (configparser), or the key's. */
  keys: Node[];
  fallback: Node;
  attribute?: true;
}

/** The parts of a lookup call by its syntax alone: `m.get(k, d)`, `getattr(o, k, d)`, `cfg.get…(s, k, fallback=d)`. */
function lookupShape(expr: Node): LookupShape | undefined {
  if (expr.type !== 'call') return undefined;
  const callee = expr.childForFieldName('function');
  const all = expr.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a && a.type !== 'comment') ?? [];
  if (all.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat')) return undefined;
  const args = all.filter((a) => a.type !== 'keyword_argument');
  const keywords = all.filter((a) => a.type === 'keyword_argument');
  if (callee?.type === 'identifier' && callee.text === 'getattr') return args.length === 3 && keywords.length === 0 ? { mapping: args[0], keys: [args[1]], fallback: args[2], attribute: true } : undefined;
  const method = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
  const mapping = callee?.childForFieldName('object');
  if (!mapping || !method) return undefined;
  const fallback = keywords.find((k) => k.childForFieldName('name')?.text === 'fallback')?.childForFieldName('value');
  if (fallback && CONFIG_GETTERS.has(method) && (args.length === 1 || args.length === 2)) return { mapping, keys: args, fallback };
  return method === 'get' && args.length === 2 && keywords.length === 0 ? { mapping, keys: [args[0]], fallback: args[1] } : undefined;
}

/**
 * A lookup (lookupShape) with name-like string keys on a mapping that is not a dict the file builds
 * (that one answers the lookup itself), and for getattr, not on the getattr the file defines.
 * Undefined for anything else.
 */
export function defaultedLookup(expr: Node, valueOf: (n: Node) => PyValue): DefaultedLookup | undefined {
  const shape = lookupShape(expr);
  if (!shape || shape.mapping.text.length > 40 || valueOf(shape.mapping).kind === 'dict') return undefined;
  if (shape.attribute && valueOf(expr.childForFieldName('function')!).kind !== 'unknown') return undefined;
  const keys: string[] = [];
  for (const k of shape.keys) {
    const v = valueOf(k);
    if (v.kind !== 'literal' || typeof v.value !== 'string' || !/^[A-Za-z_][\w.-]{0,63}$/.test(v.value)) return undefined;
    keys.push(v.value);
  }
  const key = keys[keys.length - 1];
  const where = keys.length === 2 ? ` in [${keys[0]}]` : '';
  return { key, mapping: shape.mapping, fallback: shape.fallback, condition: `when ${shape.mapping.text} has no '${key}'${where}`, ...(shape.attribute ? { attribute: true as const } : {}) };
}

/** Whether a value's node is the default of a lookup (lookupShape): the mapping may hold a safe value instead. */
export function isLookupDefault(node: Node | undefined): boolean {
  let call = node?.parent?.type === 'argument_list' ? node.parent.parent : null;
  if (node?.parent?.type === 'keyword_argument') call = node.parent.parent?.parent ?? null;
  return !!call && lookupShape(call)?.fallback.id === node!.id;
}

/** `(key, False)`: a key and a constant default written out, what makes a `.get` of an imported API's mapping worth reading as a lookup. */
export function literalDefault(args: Node | null | undefined): boolean {
  const a = args?.namedChildren.filter((c) => c?.type !== 'comment') ?? [];
  return a.length === 2 && a[0]?.type === 'string' && ['true', 'false', 'string', 'integer', 'float'].includes(a[1]?.type ?? '');
}

/** `cfg.getboolean("s", "k", fallback=False)`: a configparser read, whatever the receiver's value says it is. */
export function isConfigRead(expr: Node): boolean {
  const shape = lookupShape(expr);
  return !!shape && !shape.attribute && shape.fallback.parent?.type === 'keyword_argument';
}

/** `getattr(obj, "NAME", default)`: a read of an attribute, written where the object sets it. */
export function isAttributeLookup(expr: Node): boolean {
  return !!lookupShape(expr)?.attribute;
}
