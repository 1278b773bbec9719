// Following a name to the bindings that reach a use of it: the scope Python looks it up in, and
// the assignments of that scope that may hold at the use (the last one, and the ones before it
// while the last sits in an if/elif/else branch the use is not in), each with its condition.
import type { Node } from 'web-tree-sitter';
import { scopeNodeOf, type Binding, type Scope, type ScopeIndex } from './scope.js';

export interface Reaching {
  binding: Binding;
  /** "when `DEBUG`", "unless `DEBUG`"; absent when the binding holds whatever branch ran. */
  condition?: string;
}

const MAX_BRANCHES = 4;

export function scopeOf(index: ScopeIndex, node: Node): Scope {
  return index.byNode.get(scopeNodeOf(node).id) ?? index.root;
}

/** The scope that holds `name` as seen from `from` (LEGB; class bodies are skipped from inside functions). */
export function lookupScope(from: Scope, name: string): Scope | undefined {
  if (from.globals.has(name)) return from.module().bindings.has(name) ? from.module() : undefined;
  let s: Scope | undefined = from;
  let first = true;
  while (s) {
    if ((first || s.kind !== 'class') && s.bindings.has(name)) return s;
    first = false;
    s = s.parent;
  }
  return undefined;
}

/** The bindings of the identifier `use` that may hold where it is evaluated. */
export function reachingBindings(index: ScopeIndex, use: Node, at = use.startIndex): Reaching[] {
  const name = use.text;
  const from = scopeOf(index, use);
  const scope = lookupScope(from, name);
  if (!scope) return [];
  const all = scope.bindings.get(name)!;
  // A name of an enclosing scope is read when the function runs: after that scope's code, as a rule.
  const candidates = scope === from ? all.filter((b) => b.at <= at) : all;
  const out: Reaching[] = [];
  for (let i = candidates.length - 1; i >= 0 && out.length < MAX_BRANCHES; i--) {
    const b = candidates[i];
    const condition = branchCondition(b.statement, scope === from ? use : undefined, scope.node);
    out.push({ binding: b, condition });
    if (!condition) break;
  }
  // Only the first (latest) binding unconditionally holds; if none did, they are all conditional.
  return out;
}

/**
 * The condition under which `statement` runs, relative to `use`: the innermost if/elif/else branch
 * holding it that does not also hold the use. Loops and try blocks count as running.
 */
export function branchCondition(statement: Node, use: Node | undefined, stop: Node): string | undefined {
  for (let n: Node | null = statement; n && n.id !== stop.id; n = n.parent) {
    if (n.type !== 'block') continue;
    const owner = n.parent;
    if (!owner || (use && contains(n, use))) continue;
    if (owner.type === 'if_statement' || owner.type === 'elif_clause') return `when \`${short(owner.childForFieldName('condition'))}\``;
    if (owner.type === 'else_clause' && owner.parent?.type === 'if_statement') return `unless \`${short(owner.parent.childForFieldName('condition'))}\``;
    if (owner.type === 'except_clause') return 'when an exception was raised';
  }
  return undefined;
}

export function contains(outer: Node, inner: Node): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

export function short(node: Node | null): string {
  const text = (node?.text ?? '').replace(/\s+/g, ' ');
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
