// Scopes and bindings of a Python file, from one walk of its tree: which names each module,
// function, class, lambda and comprehension binds, where, and to what. Python's rule holds: a name
// bound anywhere in a function is local to all of it (unless declared global or nonlocal), and
// class bodies are not seen from the functions inside them.
import type { Node, Tree } from 'web-tree-sitter';

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
    const binding = { ...b, scope: target };
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

export function buildScopes(tree: Tree): ScopeIndex {
  const root = new Scope(tree.rootNode, 'module', undefined);
  const index: ScopeIndex = { root, byNode: new Map([[tree.rootNode.id, root]]), ordered: [], calls: [], memberWrites: [], imports: [], strings: [] };
  const cursor = tree.walk();
  const stack: Scope[] = [root];
  // The types above the cursor, and whether each node on its path sits in an f-string hole: a
  // node's parent costs tree-sitter a walk from the root, so a string's ancestors asked one by one
  // made a long `'a' + 'b' + …` cubic (found by fuzzing: 1,000 terms took 15 s).
  const parents: string[] = [];
  const inHole: boolean[] = [false];
  const walk: Walk = { chained: new Set() };
  // Depth-first over the whole tree with one cursor; nodes are materialised only when they matter.
  for (;;) {
    const type = cursor.nodeType;
    const kind = SCOPE_TYPES[type];
    let entered = false;
    if (kind && kind !== 'module') {
      const node = cursor.currentNode;
      const outer = stack[stack.length - 1];
      if (type === 'function_definition' || type === 'class_definition') {
        const name = node.childForFieldName('name');
        if (name) outer.add({ name: name.text, kind: type === 'class_definition' ? 'class' : 'def', target: name, at: node.startIndex, statement: node, value: node });
      }
      const scope = new Scope(node, kind, outer);
      const inner = type === 'class_definition' ? node.childForFieldName('body') : node.childForFieldName('parameters') ?? node.childForFieldName('body');
      scope.innerStart = (kind === 'comprehension' ? node : inner ?? node).startIndex;
      scope.innerEnd = node.endIndex;
      index.byNode.set(node.id, scope);
      index.ordered.push(scope);
      stack.push(scope);
      entered = true;
      if (type !== 'class_definition') bindParameters(node, scope);
    } else if (INTERESTING.has(type)) {
      visit(cursor.currentNode, type, stack[stack.length - 1], index, parents[parents.length - 1], inHole[inHole.length - 1], walk);
    }
    if (cursor.gotoFirstChild()) {
      inHole.push(type === 'string' ? true : type === 'block' || type === 'module' ? false : inHole[inHole.length - 1]);
      parents.push(type);
      continue;
    }
    if (entered) stack.pop();
    for (;;) {
      if (cursor.gotoNextSibling()) break;
      if (!cursor.gotoParent()) {
        cursor.delete();
        // Class bases may hold lambdas that start before the class body: keep the order exact.
        index.ordered.sort((a, b) => a.innerStart - b.innerStart);
        return index;
      }
      parents.pop();
      inHole.pop();
      if (SCOPE_TYPES[cursor.nodeType] && cursor.nodeType !== 'module') stack.pop();
    }
  }
}

/** What the walk carries between nodes: the inner links of `a = b = v` chains already bound by the outermost. */
interface Walk {
  chained: Set<number>;
}

const INTERESTING = new Set(['string', 'concatenated_string', 'call', 'assignment', 'augmented_assignment', 'named_expression', 'import_statement', 'import_from_statement', 'with_item', 'for_statement', 'for_in_clause', 'except_clause', 'global_statement', 'nonlocal_statement']);

/** `parentType` is the node's parent's type; `inStringHole`, whether it sits in another string's f-string hole (reported with the outer one). */
function visit(node: Node, type: string, scope: Scope, index: ScopeIndex, parentType: string | undefined, inStringHole: boolean, walk: Walk): void {
  if (!INTERESTING.has(type)) return;
  switch (type) {
    case 'string':
    case 'concatenated_string':
      if (parentType !== 'concatenated_string' && parentType !== 'expression_statement' && !inStringHole) index.strings.push(node);
      return;
    case 'call':
      index.calls.push(node);
      return;
    case 'assignment': {
      // `a = b = v`: every target gets the value v, and the whole statement is each name's. The
      // outermost binds the chain at once (found by fuzzing: each link walking the rest of the
      // chain, and each binding's branch search climbing from its link, made long chains quadratic).
      if (walk.chained.delete(node.id)) return;
      const chain = [node];
      let value = node.childForFieldName('right');
      while (value?.type === 'assignment') {
        chain.push(value);
        walk.chained.add(value.id);
        value = value.childForFieldName('right');
      }
      for (const link of chain) {
        const left = link.childForFieldName('left');
        // A name's binding takes the whole statement; an attribute or item write keeps its own
        // link, whose `left` the object model reads.
        if (left) bindTarget(left, scope, index, left.type === 'identifier' ? node : link, value ?? undefined, 'assign');
      }
      return;
    }
    case 'augmented_assignment': {
      const left = node.childForFieldName('left');
      if (left) bindTarget(left, scope, index, node, node, 'augment');
      return;
    }
    case 'named_expression': {
      const name = node.childForFieldName('name');
      let s = scope;
      while (s.kind === 'comprehension' && s.parent) s = s.parent;
      if (name) s.add({ name: name.text, kind: 'walrus', target: name, at: node.endIndex, value: node.childForFieldName('value') ?? undefined, statement: node });
      return;
    }
    case 'import_statement':
    case 'import_from_statement':
      index.imports.push(node);
      bindImport(node, scope);
      return;
    case 'with_item': {
      const value = node.childForFieldName('value');
      if (value?.type !== 'as_pattern') return;
      const target = value.childForFieldName('alias')?.namedChild(0);
      const expr = value.namedChild(0);
      if (target?.type === 'identifier') scope.add({ name: target.text, kind: 'with', target, at: node.endIndex, value: expr ?? undefined, statement: node });
      else if (target) bindTarget(target, scope, index, node, undefined, 'unpack');
      return;
    }
    case 'for_statement':
    case 'for_in_clause': {
      const left = node.childForFieldName('left');
      if (left) bindTarget(left, scope, index, node, undefined, 'loop');
      return;
    }
    case 'except_clause': {
      const pattern = node.namedChildren.find((c) => c?.type === 'as_pattern');
      const target = pattern?.childForFieldName('alias')?.namedChild(0);
      if (target?.type === 'identifier') scope.add({ name: target.text, kind: 'except', target, at: target.endIndex, statement: node });
      return;
    }
    case 'global_statement':
    case 'nonlocal_statement':
      for (const id of node.namedChildren) if (id?.type === 'identifier') (type === 'global_statement' ? scope.globals : scope.nonlocals).add(id.text);
      return;
  }
}

function bindTarget(target: Node, scope: Scope, index: ScopeIndex, statement: Node, value: Node | undefined, kind: BindingKind): void {
  // An explicit stack, in source order: a target nested in thousands of brackets would overflow recursion.
  const stack: { node: Node; value: Node | undefined; kind: BindingKind }[] = [{ node: target, value, kind }];
  while (stack.length > 0) {
    const t = stack.pop()!;
    switch (t.node.type) {
      case 'identifier':
        scope.add({ name: t.node.text, kind: t.kind, target: t.node, at: statement.endIndex, value: t.value, statement });
        break;
      case 'attribute':
      case 'subscript':
        if (statement.type === 'assignment' || statement.type === 'augmented_assignment') index.memberWrites.push(statement);
        break;
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'expression_list':
      case 'tuple':
      case 'list':
      case 'parenthesized_expression': {
        const children = t.node.namedChildren;
        const inner: BindingKind = t.kind === 'assign' ? 'unpack' : t.kind;
        for (let i = children.length - 1; i >= 0; i--) {
          const c = children[i];
          if (c) stack.push({ node: c, value: undefined, kind: inner });
        }
        break;
      }
      case 'list_splat_pattern':
      case 'list_splat': {
        const inner = t.node.namedChild(0);
        if (inner) stack.push({ node: inner, value: undefined, kind: 'unpack' });
        break;
      }
    }
  }
}

function bindParameters(fn: Node, scope: Scope): void {
  const params = fn.childForFieldName('parameters');
  if (!params) return;
  for (const p of params.namedChildren) {
    if (!p) continue;
    let name: Node | null = null;
    let value: Node | undefined;
    if (p.type === 'identifier') name = p;
    else if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') {
      name = p.childForFieldName('name');
      value = p.childForFieldName('value') ?? undefined;
    } else if (p.type === 'typed_parameter' || p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern') {
      name = p.namedChildren.find((c) => c?.type === 'identifier') ?? null;
      if (p.type === 'typed_parameter') {
        const inner = p.namedChild(0);
        if (inner && inner.type !== 'identifier') name = inner.namedChild(0);
      }
    }
    if (name?.type === 'identifier') scope.add({ name: name.text, kind: 'param', target: name, at: fn.startIndex, value, statement: p });
  }
}

function bindImport(node: Node, scope: Scope): void {
  if (node.type === 'import_statement') {
    for (const item of node.childrenForFieldName('name')) {
      if (!item) continue;
      if (item.type === 'aliased_import') {
        const dotted = item.childForFieldName('name');
        const alias = item.childForFieldName('alias');
        if (dotted && alias) scope.add({ name: alias.text, kind: 'import', target: alias, at: node.endIndex, statement: node, imported: dotted.text });
      } else if (item.type === 'dotted_name') {
        // `import os.path` binds `os`, the package.
        const first = item.namedChild(0);
        if (first) scope.add({ name: first.text, kind: 'import', target: first, at: node.endIndex, statement: node, imported: first.text });
      }
    }
    return;
  }
  const moduleNode = node.childForFieldName('module_name');
  // Relative imports name the project's own modules, never a library tlslint knows.
  const module = moduleNode?.type === 'dotted_name' ? moduleNode.text : undefined;
  if (node.namedChildren.some((c) => c?.type === 'wildcard_import')) {
    if (module) scope.module().starImports.push(module);
    return;
  }
  for (const item of node.childrenForFieldName('name')) {
    if (!item) continue;
    const dotted = item.type === 'aliased_import' ? item.childForFieldName('name') : item;
    const alias = item.type === 'aliased_import' ? item.childForFieldName('alias') : item.namedChild(item.namedChildCount - 1);
    if (!dotted || !alias) continue;
    scope.add({ name: alias.text, kind: 'import', target: alias, at: node.endIndex, statement: node, imported: module ? `${module}.${dotted.text}` : undefined });
  }
}
