// Lexical scopes and bindings for one file, without a type checker: enough to know which
// declaration an identifier refers to, so a local `tls` that shadows the module is not the module.
import ts from 'typescript';
import { SyntaxKind } from './syntax.js';

/** `import x from`, `import * as x from`, `import { x } from`, `import x = require(...)`. */
export type ImportForm = 'default' | 'namespace' | 'named' | 'require';

export type BindingKind = 'var' | 'let' | 'const' | 'param' | 'function' | 'class' | 'import' | 'catch' | 'enum' | 'other';

export interface Binding {
  name: string;
  kind: BindingKind;
  /** The declaring identifier. */
  id: ts.Identifier;
  /** For variables: the initialiser of the whole declaration (before destructuring). */
  init?: ts.Expression;
  /** Destructuring path from `init` to this name: `const { a: { b } } = x` gives ['a', 'b']. */
  path: string[];
  /**
   * For imports: the specifier, the imported path (`import { connect } from 'tls'` gives
   * ['connect']), and how it was imported (a project file's default export is not its namespace).
   */
  importFrom?: { module: string; path: string[]; as: ImportForm };
  /** For function declarations. */
  fn?: ts.SignatureDeclaration;
  /** For class declarations and named class expressions. */
  cls?: ts.ClassLikeDeclaration;
  /** For enums: every declaration of the enum, in source order (declarations of one name merge). */
  enums?: ts.EnumDeclaration[];
  references: ts.Identifier[];
  /** Assignments `name = value` and compound ones (`name += value`), in source order. */
  writes: ts.BinaryExpression[];
  /**
   * Writes whose value the file does not say: `[name] = ...`, `({ name } = ...)`, `name++`,
   * `for (name of ...)`. After one of them the variable is unknown until the next plain assignment.
   */
  opaqueWrites: ts.Node[];
  /**
   * The variable has a value that is not its initialiser: a for-of/for-in variable, a
   * destructuring default or rest element, an ambient `declare` variable.
   */
  opaque?: boolean;
  /**
   * For a name a destructuring default gives (`const { verifyTls = true } = opts`, opaque to
   * everything else): the declaration's initialiser, the path to the name in it, and the default,
   * which holds where that value is undefined.
   */
  defaulted?: { init: ts.Expression; path: string[]; value: ts.Expression };
  /**
   * For the rest element of an object pattern (`const { baseURL, ...tls } = opts`, opaque to
   * everything else): the declaration's initialiser, the path to the object in it, and the keys
   * the pattern's other elements take out.
   */
  rest?: { init: ts.Expression; path: string[]; omit: readonly string[] };
}

export class ScopeTable {
  private readonly scopes = new Map<ts.Node, Map<string, Binding>>();
  private readonly resolved = new Map<ts.Identifier, Binding | undefined>();
  /**
   * Filled by the engine's walk: for each node it passed that may hold a scope (MAY_HOLD_SCOPE),
   * the nearest such node above it. Lookups walk this chain, not every ancestor.
   */
  readonly chain: ScopeChain = new Map();
  /**
   * Memos of lookups' walks, so none is quadratic (in a 100,000-deep chain `a, b, c, ...` walking
   * every ancestor of every identifier was): for a node, the nearest node at or above it on the
   * chain; for a node on the chain, the nearest one at or above it that holds a table (null: none).
   */
  private readonly chainAbove = new Map<ts.Node, ts.Node | null>();
  private readonly tableAlongChain = new Map<ts.Node, ts.Node | null>();

  declare(scopeNode: ts.Node, binding: Binding): void {
    let table = this.scopes.get(scopeNode);
    if (!table) {
      table = new Map();
      this.scopes.set(scopeNode, table);
      this.tableAlongChain.clear();
    }
    // A later `var x` or function redeclaration keeps the first binding; both name the same variable.
    const first = table.get(binding.name);
    if (!first) table.set(binding.name, binding);
    else if (first.enums && binding.enums) first.enums.push(...binding.enums);
    // A namespace merged into an enum adds members the enum's declarations do not list.
    else if (first.enums) first.opaque = true;
  }

  /** Every binding declared in the file. */
  *all(): IterableIterator<Binding> {
    for (const table of this.scopes.values()) yield* table.values();
  }

  /** The binding an identifier refers to, looking outward through enclosing scopes. */
  lookup(id: ts.Identifier): Binding | undefined {
    if (this.resolved.has(id)) return this.resolved.get(id);
    return this.lookupFrom(id, this.onChainAbove(id.parent));
  }

  /**
   * lookup() for an identifier whose nearest enclosing node on the chain (`from`) the engine's
   * walk knows. Called once all declarations are in.
   */
  lookupFrom(id: ts.Identifier, from: ts.Node | undefined): Binding | undefined {
    if (this.resolved.has(id)) return this.resolved.get(id);
    const name = id.text;
    let found: Binding | undefined;
    for (let node = this.tableFrom(from); node; node = this.tableFrom(this.chain.get(node))) {
      const b = this.scopes.get(node)!.get(name);
      if (b) {
        found = b;
        break;
      }
    }
    this.resolved.set(id, found);
    return found;
  }

  /** The nearest node at or above `from` on the chain (a node the walk skipped, in a type, is not). */
  private onChainAbove(from: ts.Node | undefined): ts.Node | undefined {
    return this.memoWalk(from, this.chainAbove, (n) => this.chain.has(n), (n) => n.parent);
  }

  /** The first node from `from` outward along the chain that holds a table. */
  private tableFrom(from: ts.Node | undefined): ts.Node | undefined {
    return this.memoWalk(from, this.tableAlongChain, (n) => this.scopes.has(n), (n) => this.chain.get(n));
  }

  /** Walks `next` from `from` to the first node that is `wanted`, remembering the answer for every node passed. */
  private memoWalk(from: ts.Node | undefined, memo: Map<ts.Node, ts.Node | null>, wanted: (n: ts.Node) => boolean, next: (n: ts.Node) => ts.Node | undefined): ts.Node | undefined {
    const passed: ts.Node[] = [];
    let node = from;
    while (node && !wanted(node)) {
      const known = memo.get(node);
      if (known !== undefined) {
        node = known ?? undefined;
        break;
      }
      passed.push(node);
      node = next(node);
    }
    for (const p of passed) memo.set(p, node ?? null);
    return node;
  }
}

/**
 * The kinds ts.isFunctionLike accepts, listed so that loading this module does not load
 * typescript (scripts/typescript-once.mjs loads it on the first function read).
 */
export const FUNCTION_LIKE: readonly ts.SyntaxKind[] = [
  SyntaxKind.FunctionDeclaration, SyntaxKind.FunctionExpression, SyntaxKind.ArrowFunction, SyntaxKind.MethodDeclaration,
  SyntaxKind.Constructor, SyntaxKind.GetAccessor, SyntaxKind.SetAccessor, SyntaxKind.MethodSignature, SyntaxKind.CallSignature,
  SyntaxKind.ConstructSignature, SyntaxKind.IndexSignature, SyntaxKind.FunctionType, SyntaxKind.ConstructorType,
  SyntaxKind.JSDocFunctionType, SyntaxKind.JSDocSignature,
];

/** For each node that may hold a scope, the nearest one above it (undefined above the file). */
export type ScopeChain = Map<ts.Node, ts.Node | undefined>;

/**
 * The kinds of node that may hold a scope table: every node declare() can be given (function and
 * block scopes, any block, catch clauses, class and function expressions, the owners of
 * parameters: every function-like kind). A superset is fine: a node without a table is passed by.
 */
export const MAY_HOLD_SCOPE = new Uint8Array(SyntaxKind.Count);
for (const k of [
  SyntaxKind.SourceFile, SyntaxKind.ModuleBlock, SyntaxKind.Block, SyntaxKind.ForStatement, SyntaxKind.ForInStatement,
  SyntaxKind.ForOfStatement, SyntaxKind.CatchClause, SyntaxKind.CaseBlock, SyntaxKind.ClassDeclaration, SyntaxKind.ClassExpression,
  SyntaxKind.ClassStaticBlockDeclaration,
  // Every function-like kind (ts.isFunctionLike; test/engine/values.test.ts checks the list).
  ...FUNCTION_LIKE,
]) MAY_HOLD_SCOPE[k] = 1;

export function isFunctionScope(node: ts.Node): boolean {
  return (
    ts.isSourceFile(node) ||
    ts.isModuleBlock(node) ||
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isClassStaticBlockDeclaration(node)
  );
}

export function isBlockScope(node: ts.Node): boolean {
  // A function's body block shares the function's scope; any other block (also one directly in a
  // source file or namespace) is its own scope for let, const and class.
  if (ts.isBlock(node)) return !node.parent || !isFunctionScope(node.parent) || ts.isSourceFile(node.parent) || ts.isModuleBlock(node.parent);
  return (
    ts.isForStatement(node) ||
    ts.isForInStatement(node) ||
    ts.isForOfStatement(node) ||
    ts.isCatchClause(node) ||
    ts.isCaseBlock(node) ||
    ts.isClassDeclaration(node) ||
    ts.isClassExpression(node)
  );
}

export function nearestScope(node: ts.Node, functionOnly: boolean): ts.Node {
  let n: ts.Node | undefined = node.parent;
  while (n) {
    if (isFunctionScope(n) || (!functionOnly && isBlockScope(n))) return n;
    n = n.parent;
  }
  return node.getSourceFile();
}
