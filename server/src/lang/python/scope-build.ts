// Building a file's ScopeIndex (scope.ts) in one pass over its tree. tree-sitter finds the nodes
// the model reads (scopes, calls, assignments, strings, …, about one node in six) in one walk
// inside WebAssembly and hands back only those, where a cursor walk from here crossed into
// WebAssembly for every node of the tree. The cursor walk stays for a tree with a syntax error
// (error recovery can make zero-width nodes, whose nesting offsets cannot tell).
// Both give the same index (test/engine/python-scopes.test.ts).
import type { Node, Tree } from 'web-tree-sitter';
import { INTERESTING, bindParameters, visit, type Walk } from './scope-bind.js';
import { SCOPE_TYPES, Scope, type ScopeIndex, type ScopeKind } from './scope.js';

export function buildScopes(tree: Tree): ScopeIndex {
  return scopesByDescendants(tree) ?? scopesByWalk(tree);
}

function newIndex(tree: Tree): ScopeIndex {
  const root = new Scope(tree.rootNode, 'module', undefined);
  return { root, byNode: new Map([[tree.rootNode.id, root]]), ordered: [], calls: [], memberWrites: [], imports: [], strings: [] };
}

/** Opens the scope of a function, lambda, class or comprehension node; its name is bound in `outer`. */
function enterScope(node: Node, type: string, kind: ScopeKind, outer: Scope, index: ScopeIndex): Scope {
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
  if (type !== 'class_definition') bindParameters(node, scope);
  return scope;
}

function finish(index: ScopeIndex): ScopeIndex {
  // Class bases may hold lambdas that start before the class body: keep the order exact.
  index.ordered.sort((a, b) => a.innerStart - b.innerStart);
  return index;
}

/**
 * The node types the pass reads: every scope node and every node `visit` reads, blocks (an
 * f-string hole ends at one), and expression statements (a string directly under one is a docstring
 * or other bare string, no value of its own). Asked by name, so the `lambda` keyword comes too: the
 * walk meets that token of the same type name and gives it a scope of its own (holding no name).
 */
const TYPES = [...Object.keys(SCOPE_TYPES).filter((t) => t !== 'module'), ...INTERESTING, 'block', 'expression_statement'];

/** The types the pass opens (pushes on `open`, whose ends it reads). */
const OPENED: ReadonlySet<string> = new Set([...Object.keys(SCOPE_TYPES), 'block', 'expression_statement', 'string', 'concatenated_string']);

/** A node the pass is inside of: a scope, a string (its holes), a concatenation or an expression statement (their direct children), or a block. */
interface Open {
  end: number;
  scope?: Scope;
  string?: boolean;
  block?: boolean;
  /** A concatenation or an expression statement: its node, and the ids of its named children once read. */
  parent?: Node;
  children?: Set<number>;
}

/**
 * Source is read at least this many lines at a time: the nodes of one slice are alive at once (a
 * whole 270 KB test module's were 8 MB more peak heap than the walk's).
 */
const ROWS = 400;

/**
 * And in at most this many slices: each slice's walk starts at the root and steps over the nodes
 * before it (a fuzzer's 34,038 statements `a()` in 86 slices took 0.7 s, in one 0.15 s).
 */
const MAX_SLICES = 8;

/**
 * The pass over the nodes of the types above, which tree-sitter finds in one walk inside
 * WebAssembly (a query's cursor cost about half as much again, a walk from here a crossing per
 * node). Undefined when the tree has a syntax error, or a node but a block is zero-width: its
 * nesting is not decidable from offsets, and tree-sitter's range skips a zero-width node at the
 * very start (only error recovery makes one: MISSING tokens). `lines` (per slice) and `withErrors`
 * are for the tests, which cut the source small to cross every kind of node with a slice boundary, and check
 * the pass on broken code too.
 */
export function scopesByDescendants(tree: Tree, lines?: number, withErrors = false): ScopeIndex | undefined {
  const root = tree.rootNode;
  if (!withErrors && root.hasError) return undefined;
  const lastRow = root.endPosition.row;
  const rows = lines ?? Math.max(ROWS, Math.ceil((lastRow + 1) / MAX_SLICES));
  const index = newIndex(tree);
  const walk: Walk = { chained: new Set() };
  const scopes: Scope[] = [index.root];
  const open: Open[] = [];
  for (let from = 0; from <= lastRow; from += rows) {
    const to = from + rows;
    // The nodes that meet the lines [from, to), in document order, a node before its descendants;
    // each node is taken in the slice its start is in. The range ends a column into line `to`: a
    // zero-width node at its start is met here (the next slice's range skips it).
    for (const node of root.descendantsOfType(TYPES, { row: from, column: 0 }, { row: to, column: 1 })) {
      const type = node.type;
      const start = node.startIndex;
      // A node's end is a crossing into WebAssembly: read for the nodes the pass opens, and for
      // every node of a tree with errors (only error recovery makes a zero-width one).
      const end = withErrors || OPENED.has(type) ? node.endIndex : -1;
      if (start === end) {
        // An empty block (`if x:` being typed) holds nothing: it changes no node's place.
        if (type === 'block') continue;
        return undefined;
      }
      const row = node.startPosition.row;
      if (row < from || row >= to) continue;
      // A node is inside every open node that ends after it starts (tree nodes nest and do not overlap).
      while (open.length > 0 && open[open.length - 1].end <= start) {
        if (open.pop()!.scope) scopes.pop();
      }
      const kind = SCOPE_TYPES[type];
      if (kind) {
        const scope = enterScope(node, type, kind, scopes[scopes.length - 1], index);
        scopes.push(scope);
        open.push({ end, scope });
        continue;
      }
      if (type === 'block') {
        open.push({ end, block: true });
        continue;
      }
      if (type === 'expression_statement') {
        open.push({ end, parent: node });
        continue;
      }
      let innerString = false;
      if (type === 'string' || type === 'concatenated_string') {
        innerString = underOwnParent(node, open) || inStringHole(open);
        open.push({ end, string: type === 'string', parent: type === 'concatenated_string' ? node : undefined });
      }
      visit(node, type, scopes[scopes.length - 1], index, innerString, walk);
    }
  }
  return finish(index);
}

/**
 * Whether a string is a bare statement's (its parent an expression statement) or a piece of an
 * implicit concatenation. Its parent, if one of those, is the innermost open node (every open node
 * holds it, and one opened later would sit between them); whose named children are read once.
 */
function underOwnParent(node: Node, open: Open[]): boolean {
  const top = open[open.length - 1];
  if (!top?.parent) return false;
  top.children ??= new Set(top.parent.namedChildren.map((c) => c?.id ?? -1));
  return top.children.has(node.id);
}

/** Whether the innermost open string or block is a string: the node is in that string's f-string hole. */
function inStringHole(open: readonly Open[]): boolean {
  for (let i = open.length - 1; i >= 0; i--) {
    if (open[i].string) return true;
    if (open[i].block) return false;
  }
  return false;
}

/** The cursor walk: every node of the tree, in document order. */
export function scopesByWalk(tree: Tree): ScopeIndex {
  const index = newIndex(tree);
  const cursor = tree.walk();
  const stack: Scope[] = [index.root];
  // The types above the cursor, and whether each node on its path sits in an f-string hole: a
  // node's parent costs tree-sitter a walk from the root, so a string's ancestors asked one by one
  // made a long `'a' + 'b' + …` cubic (found by fuzzing: 1,000 terms took 15 s).
  const parents: string[] = [];
  const inHole: boolean[] = [false];
  const walk: Walk = { chained: new Set() };
  for (;;) {
    const type = cursor.nodeType;
    const kind = SCOPE_TYPES[type];
    let entered = false;
    if (kind && kind !== 'module') {
      stack.push(enterScope(cursor.currentNode, type, kind, stack[stack.length - 1], index));
      entered = true;
    } else if (INTERESTING.has(type)) {
      const parent = parents[parents.length - 1];
      const innerString = parent === 'concatenated_string' || parent === 'expression_statement' || inHole[inHole.length - 1];
      visit(cursor.currentNode, type, stack[stack.length - 1], index, innerString, walk);
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
        return finish(index);
      }
      parents.pop();
      inHole.pop();
      if (SCOPE_TYPES[cursor.nodeType] && cursor.nodeType !== 'module') stack.pop();
    }
  }
}
