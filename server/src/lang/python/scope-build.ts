// Building a file's ScopeIndex (scope.ts) in one pass over its tree. The pass is a tree-sitter
// query: it runs inside WebAssembly and hands back only the nodes the model reads (scopes, calls,
// assignments, strings, …, about one node in eight), where a cursor walk crossed into WebAssembly
// for every node of the tree (the model's largest cost on the Python corpus). The cursor walk
// stays for a tree the query cannot order by offsets alone: a zero-width node other than an empty
// block, which error recovery could make (no input of the corpus, the fuzzer or the tests does).
// Both give the same index (test/engine/python-scopes.test.ts).
import { Query, type Language, type Node, type Tree } from 'web-tree-sitter';
import { INTERESTING, bindParameters, visit, type Walk } from './scope-bind.js';
import { SCOPE_TYPES, Scope, type ScopeIndex, type ScopeKind } from './scope.js';

export function buildScopes(tree: Tree): ScopeIndex {
  return scopesByQuery(tree) ?? scopesByWalk(tree);
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
 * The query: every scope node and every node `visit` reads, each captured under its own type's
 * name (reading a node's type is another crossing), blocks (an f-string hole ends at one), and
 * the strings that are no value of their own by where they stand.
 */
const CAPTURED = [...Object.keys(SCOPE_TYPES).filter((t) => t !== 'module'), ...INTERESTING, 'block'];
// The walk also met the `lambda` keyword, a token of the same type name, and gave it a scope of
// its own (holding no name): the query keeps that, so both passes give the same index.
const QUERY_SOURCE = `[${CAPTURED.map((t) => `(${t}) @${t}`).join(' ')} "lambda" @lambda]
(expression_statement [(string) (concatenated_string)] @bare)
(concatenated_string (string) @piece)`;

const queries = new WeakMap<Language, Query>();

function queryFor(language: Language): Query {
  let q = queries.get(language);
  if (!q) queries.set(language, (q = new Query(language, QUERY_SOURCE)));
  return q;
}

/** A node the pass is inside of: a scope, a string (its holes), a concatenation, or a block. */
interface Open {
  end: number;
  scope?: Scope;
  string?: boolean;
  block?: boolean;
}

/**
 * Source is queried this many UTF-16 units at a time: the nodes of one slice are alive at once
 * (a whole 270 KB test module's were 8 MB more peak heap than the walk's).
 */
const SLICE = 16 * 1024;

/** A slice's query takes about a millisecond; one this slow is on pathological nesting. */
const SLICE_BUDGET_MS = 100;

/**
 * The query's pass; undefined when a captured node but a block is zero-width (its nesting is not
 * decidable from offsets) or a slice's query runs past its budget. `slice` is for the tests, which cut the source small to cross every kind
 * of node with a slice boundary.
 */
export function scopesByQuery(tree: Tree, slice = SLICE): ScopeIndex | undefined {
  const query = queryFor(tree.language);
  const root = tree.rootNode;
  const length = root.endIndex;
  const notValues = new Set<number>();
  const index = newIndex(tree);
  const walk: Walk = { chained: new Set() };
  const scopes: Scope[] = [index.root];
  const open: Open[] = [];
  for (let from = 0; from < length; from += slice) {
    // A slice's captures are the nodes that meet it, in document order, a node before its
    // descendants; each node is taken in the slice its start is in.
    // Deep nesting (32,000 `~` in a row, found by fuzzing) makes the query cursor take seconds where
    // the walk takes a fraction of one: past a budget the query stops and the walk builds the index.
    const began = performance.now();
    let stopped = false;
    const progressCallback = () => (stopped ||= performance.now() - began > SLICE_BUDGET_MS);
    const captures = query.captures(root, { startIndex: from, endIndex: Math.min(from + slice, length), progressCallback });
    if (stopped) return undefined;
    for (const c of captures) if (c.name === 'bare' || c.name === 'piece') notValues.add(c.node.id);
    for (const { name: type, node } of captures) {
      if (type === 'bare' || type === 'piece') continue;
      const start = node.startIndex;
      const end = node.endIndex;
      if (start === end) {
        // An empty block (`if x:` being typed) holds nothing: it changes no node's place.
        if (type === 'block') continue;
        return undefined;
      }
      if (start < from) continue;
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
      let innerString = false;
      if (type === 'string' || type === 'concatenated_string') {
        innerString = notValues.has(node.id) || inStringHole(open);
        open.push({ end, string: type === 'string' });
      }
      visit(node, type, scopes[scopes.length - 1], index, innerString, walk);
    }
  }
  return finish(index);
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
