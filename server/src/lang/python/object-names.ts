// What object a name stands for in the object model (objects.ts): the one binding that reaches
// it, or for `self`/`cls` (a method's first parameter) the class whose method it is.
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
