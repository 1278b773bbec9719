// Scopes and bindings of a Python file: which names each module, function, class, lambda and
// comprehension binds, where, and to what (built by scope-build.ts from one pass over the tree).
// Python's rule holds: a name bound anywhere in a function is local to all of it (unless declared
// global or nonlocal), and class bodies are not seen from the functions inside them.
import type { Node } from 'web-tree-sitter';

export type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

export const SCOPE_TYPES: Readonly<Record<string, ScopeKind>> = {
  module: 'module',
  function_definition: 'function',
  lambda: 'function',
  class_definition: 'class',
  list_comprehension: 'comprehension',
  set_comprehension: 'comprehension',
  dictionary_comprehension: 'comprehension',
  generator_expression: 'comprehension',
};

export type BindingKind = 'assign' | 'augment' | 'import' | 'def' | 'class' | 'param' | 'with' | 'loop' | 'except' | 'walrus' | 'unpack';

export interface Binding {
  name: string;
  kind: BindingKind;
  scope: Scope;
  /** The bound identifier. */
  target: Node;
  /** Where the binding takes effect (after its right-hand side is evaluated). */
  at: number;
  /** The expression bound: an assignment's right side, a with item's value, a parameter's default. */
  value?: Node;
  /** The statement or clause that binds (assignment, import, with item, function). */
  statement: Node;
  /** For an import: the qualified name bound (`ssl`, `ssl.CERT_NONE`, `os` for `import os.path`). */
  imported?: string;
}

export class Scope {
  readonly bindings = new Map<string, Binding[]>();
  /** The offsets its own names live in: a function's parameters and body, not its name or decorators. */
  innerStart = 0;
  innerEnd = Number.MAX_SAFE_INTEGER;
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  /** Modules imported with `from m import *` (module scope only). */
  readonly starImports: string[] = [];

  constructor(
    readonly node: Node,
    readonly kind: ScopeKind,
    readonly parent: Scope | undefined,
  ) {}

  add(b: Omit<Binding, 'scope'>): void {
    const target = this.globals.has(b.name) ? this.module() : this.nonlocals.has(b.name) ? this.enclosingFunction(b.name) : this;
    const list = target.bindings.get(b.name);
    // One shape for every binding (a spread gave each combination of fields its own): the model
    // reads millions of them.
    const binding: Binding = { name: b.name, kind: b.kind, scope: target, target: b.target, at: b.at, value: b.value, statement: b.statement, imported: b.imported };
    if (list) list.push(binding);
    else target.bindings.set(b.name, [binding]);
  }

  module(): Scope {
    let s: Scope = this;
    while (s.parent) s = s.parent;
    return s;
  }

  private enclosingFunction(name: string): Scope {
    for (let s = this.parent; s; s = s.parent) if (s.kind === 'function' && s.bindings.has(name)) return s;
    return this.parent ?? this;
  }
}

export interface ScopeIndex {
  root: Scope;
  byNode: Map<number, Scope>;
  /** Every scope but the module's, by where its inner range starts (the walk meets them in that order). */
  ordered: Scope[];
  /** Every call node, in source order. */
  calls: Node[];
  /** Assignments and augmented assignments whose target is an attribute or a subscript. */
  memberWrites: Node[];
  /** `from m import …` and `import m` statements, in order. */
  imports: Node[];
  /** String constants that are values (not docstrings or other bare string statements), outermost only. */
  strings: Node[];
}

/**
 * The innermost scope whose inner range holds an offset. Ranges nest, so it is the nearest scope,
 * from the last one starting at or before the offset outward, that also ends after it.
 */
export function scopeAt(index: ScopeIndex, offset: number): Scope {
  const list = index.ordered;
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].innerStart <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let s: Scope | undefined = found >= 0 ? list[found] : undefined; s; s = s.parent) {
    if (s.innerStart <= offset && offset < s.innerEnd) return s;
  }
  return index.root;
}

/** The scope a node belongs to (the innermost scope node above it). */
export function scopeNodeOf(node: Node): Node {
  let n: Node | null = node.parent;
  let child: Node = node;
  while (n) {
    if (SCOPE_TYPES[n.type] && !belongsOutside(n, child)) return n;
    child = n;
    n = n.parent;
  }
  return child;
}

/** A function's name, decorators and default values, a class's name and bases, live in the enclosing scope. */
function belongsOutside(scopeNode: Node, child: Node): boolean {
  if (scopeNode.type === 'function_definition' || scopeNode.type === 'class_definition') {
    const body = scopeNode.childForFieldName('body');
    const params = scopeNode.childForFieldName('parameters');
    return !(body && body.id === child.id) && !(params && params.id === child.id);
  }
  if (scopeNode.type === 'lambda') {
    const params = scopeNode.childForFieldName('parameters');
    const body = scopeNode.childForFieldName('body');
    return !(body && body.id === child.id) && !(params && params.id === child.id);
  }
  return false;
}
