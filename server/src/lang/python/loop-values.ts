// A loop target's value: each element of what the loop walks, when the file knows it whole (`for
// t in TARGETS`, `for name, t in TARGETS.items()`, `.values()`, `.keys()`), one branch per element,
// so that a rule reads `verify=t["verify"]` in each entry (`"verify": False` among them); and a
// subscript with a known key or index of what such a name (or any known dict or sequence) holds.
import type { Node } from 'web-tree-sitter';
import type { Branch, PyValue } from '../../../../rules/python/api.js';
import type { Binding } from './scope.js';

/** A loop over more elements than this is not split into one value per element. */
const MAX_ELEMENTS = 16;

const PATTERNS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'expression_list', 'parenthesized_expression']);

export function loopValue(b: Binding, use: Node, valueOf: (n: Node) => PyValue): PyValue {
  const unknown: PyValue = { kind: 'unknown', node: use };
  const left = b.statement.childForFieldName('left');
  const right = b.statement.childForFieldName('right');
  const path = left && right ? pathTo(left, b.target) : undefined;
  const elements = path ? walked(right!, valueOf) : undefined;
  if (!path || !elements || elements.length === 0 || elements.length > MAX_ELEMENTS) return unknown;
  const branches: Branch[] = [];
  for (const e of elements) {
    const v = path.reduce<PyValue | undefined>((x, i) => (x?.kind === 'sequence' ? x.elements[i] : undefined), e.value);
    if (!v) return unknown;
    // A dict's value walked by `.values()` or `.items()`: its pair is where it is written.
    const via = e.via && (e.at === undefined ? path.length === 0 : path.length === 1 && path[0] === e.at) ? e.via : undefined;
    branches.push({ value: v, condition: '', ...(via ? { via } : {}) });
  }
  return branches.length === 1 ? branches[0].value : { kind: 'either', branches, node: use };
}

/** An element a loop walks; `via`: the dict pair that writes it (at position `at` of an `.items()` pair). */
interface Walked {
  value: PyValue;
  via?: Node;
  at?: number;
}

/** The positions that lead from the loop's target list to the name (`for name, t in …`: [1] for t); undefined past a starred name. */
function pathTo(left: Node, target: Node): number[] | undefined {
  const path: number[] = [];
  let n = target;
  while (n.id !== left.id) {
    const up = n.parent;
    if (!up || !PATTERNS.has(up.type)) return undefined;
    if (up.type !== 'parenthesized_expression') {
      const items = up.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
      if (items.some((c) => c.type === 'list_splat_pattern' || c.type === 'list_splat')) return undefined;
      path.unshift(items.findIndex((c) => c.id === n.id));
    }
    n = up;
  }
  return path;
}

/** The elements a loop walks: a sequence's, a closed dict's keys, or its `.items()`, `.values()`, `.keys()`. */
function walked(right: Node, valueOf: (n: Node) => PyValue): Walked[] | undefined {
  const callee = right.type === 'call' ? right.childForFieldName('function') : null;
  const method = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
  const noArgs = right.childForFieldName('arguments')?.namedChildren.every((c) => c?.type === 'comment');
  if (callee && method && noArgs && ['items', 'values', 'keys'].includes(method)) {
    const d = valueOf(callee.childForFieldName('object')!);
    if (d.kind !== 'dict' || d.open) return undefined;
    return [...d.entries.values()].map((e): Walked => {
      const key: PyValue = { kind: 'literal', value: e.key, node: e.node };
      if (method === 'items') return { value: { kind: 'sequence', elements: [key, e.value], node: e.node }, via: e.node, at: 1 };
      return method === 'values' ? { value: e.value, via: e.node } : { value: key };
    });
  }
  const v = valueOf(right);
  if (v.kind === 'sequence') return v.elements.map((value) => ({ value }));
  if (v.kind === 'dict' && !v.open) return [...v.entries.values()].map((e) => ({ value: { kind: 'literal', value: e.key, node: e.node } }));
  return undefined;
}

/**
 * `d["verify"]`, `rows[0]`: the entry of a dict (a string key) or the element of a sequence (an
 * integer index) the file knows; of each branch of one that is one of several (a loop's element).
 */
export function subscripted(container: PyValue, key: PyValue, node: Node): PyValue {
  const unknown: PyValue = { kind: 'unknown', node };
  if (key.kind !== 'literal') return unknown;
  if (container.kind === 'dict' && typeof key.value === 'string') return container.entries.get(key.value)?.value ?? unknown;
  if (container.kind === 'sequence' && typeof key.value === 'number' && Number.isInteger(key.value) && container.node.type !== 'set') {
    const i = key.value < 0 ? container.elements.length + key.value : key.value;
    return container.elements[i] ?? unknown;
  }
  // Each of several dicts (a loop's entry): the pair that writes the key is where the value is, as a caller's argument is for a parameter.
  if (container.kind === 'either') return { kind: 'either', node, branches: container.branches.map((b) => ({ ...b, value: subscripted(b.value, key, node), ...entryVia(b.value, key) })) };
  return unknown;
}

function entryVia(container: PyValue, key: PyValue & { kind: 'literal' }): { via?: Node } {
  const entry = container.kind === 'dict' && typeof key.value === 'string' ? container.entries.get(key.value) : undefined;
  return entry ? { via: entry.node } : {};
}
