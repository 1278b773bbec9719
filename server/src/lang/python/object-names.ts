// What object a name stands for in the object model (objects.ts): the one binding that reaches
// it, or for `self`/`cls` (a method's first parameter) the class whose method it is; and what an
// expression around it stands for (`(x)`, `await x`, `x or Y()`, an attribute chain's depth).
import type { Node } from 'web-tree-sitter';
import { reachingBindings } from './names.js';
import type { Binding, ScopeIndex } from './scope.js';

/** The binding a name has at its place, when exactly one reaches it. */
export function singleBinding(index: ScopeIndex, node: Node): Binding | undefined {
  const r = reachingBindings(index, node);
  return r.length === 1 ? r[0].binding : undefined;
}

/** methodClass's answer by parameter binding: every `self` of a method asks it, and each parent read crosses into WebAssembly. */
const classOfParam = new WeakMap<Binding, Node | null>();

/** The class whose method has the name (its bindings given) as its first parameter (`self`, `cls`), if it is one. */
export function methodClass(reaching: ReturnType<typeof reachingBindings>): Node | undefined {
  const b = reaching[0]?.binding;
  if (!b || b.kind !== 'param' || reaching.length !== 1) return undefined;
  let cls = classOfParam.get(b);
  if (cls === undefined) classOfParam.set(b, (cls = classOfFirstParam(b) ?? null));
  return cls ?? undefined;
}

function classOfFirstParam(b: Binding): Node | undefined {
  const fn = b.scope.node;
  if (fn.type !== 'function_definition') return undefined;
  const params = fn.childForFieldName('parameters');
  const first = params?.namedChildren.find((p) => !!p);
  if (!first || first.id !== b.statement.id) return undefined;
  // Each `parent` read crosses into WebAssembly (and costs tree-sitter a descent from the root): once per node.
  const up = fn.parent;
  const above = up?.parent;
  const cls = up?.type === 'block' ? above : up?.type === 'decorated_definition' && above?.type === 'block' ? above.parent : undefined;
  if (cls?.type !== 'class_definition') return undefined;
  return cls;
}

export const MAX_ATTRIBUTE_CHAIN = 32;

/** How many attribute accesses a chain holds (`a.b.c`: 2), counted up to one past the limit. */
export function attributeDepth(node: Node): number {
  let depth = 0;
  for (let n: Node | null = node; n?.type === 'attribute' && depth <= MAX_ATTRIBUTE_CHAIN; n = n.childForFieldName('object')) depth++;
  return depth;
}

/** `(x)` and `await x` stand for x. */
export function unwrap(node: Node | undefined): Node | undefined {
  let n = node;
  while (n && (n.type === 'parenthesized_expression' || n.type === 'await')) n = n.namedChild(0) ?? undefined;
  return n;
}

/** The right of `x or Y(…)`, a call; else the node. */
export function orFallback(node: Node | undefined): Node | undefined {
  if (node?.type !== 'boolean_operator' || node.childForFieldName('operator')?.text !== 'or') return node;
  const right = unwrap(node.childForFieldName('right') ?? undefined);
  return right?.type === 'call' ? right : node;
}
