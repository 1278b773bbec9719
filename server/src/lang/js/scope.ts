// Lexical scopes and bindings for one file, without a type checker: enough to know which
// declaration an identifier refers to, so a local `tls` that shadows the module is not the module.
import ts from 'typescript';
import { SyntaxKind, skipOuterExpressions } from './syntax.js';

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

/** The kinds of node declareFrom declares names for: one array lookup rejects every other node. */
const DECLARES = new Uint8Array(SyntaxKind.Count);
for (const k of [
  SyntaxKind.VariableDeclaration, SyntaxKind.Parameter, SyntaxKind.FunctionDeclaration, SyntaxKind.FunctionExpression,
  SyntaxKind.ClassDeclaration, SyntaxKind.ClassExpression, SyntaxKind.CatchClause, SyntaxKind.ImportDeclaration,
  SyntaxKind.ImportEqualsDeclaration, SyntaxKind.EnumDeclaration, SyntaxKind.ModuleDeclaration,
]) DECLARES[k] = 1;

/** Declares every name bound by a declaration node; called once per node by the engine's walk. */
export function declareFrom(node: ts.Node, table: ScopeTable): void {
  if (DECLARES[node.kind] === 0) return;
  if (ts.isVariableDeclaration(node)) {
    const list = node.parent;
    const flags = ts.isVariableDeclarationList(list) ? list.flags : 0;
    const kind: BindingKind = flags & ts.NodeFlags.Const ? 'const' : flags & (ts.NodeFlags.Let | ts.NodeFlags.Using | ts.NodeFlags.AwaitUsing) ? 'let' : 'var';
    const scope = kind === 'var' ? nearestScope(list, true) : nearestScope(list, false);
    const isForOf = ts.isVariableDeclarationList(list) && (ts.isForOfStatement(list.parent) || ts.isForInStatement(list.parent));
    // A for-of/for-in variable takes each element in turn; its value is not the initialiser. An
    // ambient (`declare`) variable has whatever value the runtime gives it.
    const opaque = isForOf || isAmbient(node);
    declarePattern(node.name, [], opaque ? undefined : node.initializer, kind, scope, table, opaque);
    return;
  }
  if (ts.isParameter(node)) {
    declarePattern(node.name, [], undefined, 'param', node.parent, table, true);
    return;
  }
  if (ts.isFunctionDeclaration(node) && node.name) {
    table.declare(nearestScope(node, false), mk(node.name, 'function', { fn: node }));
    return;
  }
  if (ts.isFunctionExpression(node) && node.name) {
    table.declare(node, mk(node.name, 'function', { fn: node }));
    return;
  }
  if ((ts.isClassDeclaration(node) || ts.isClassExpression(node)) && node.name) {
    table.declare(ts.isClassDeclaration(node) ? nearestScope(node, false) : node, mk(node.name, 'class', { cls: node }));
    return;
  }
  if (ts.isCatchClause(node) && node.variableDeclaration) {
    declarePattern(node.variableDeclaration.name, [], undefined, 'catch', node, table, true);
    return;
  }
  if (ts.isImportDeclaration(node)) {
    declareImport(node, table);
    return;
  }
  if (ts.isImportEqualsDeclaration(node)) {
    const ref = node.moduleReference;
    if (ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression)) {
      table.declare(nearestScope(node, false), mk(node.name, 'import', { importFrom: { module: ref.expression.text, path: [], as: 'require' } }));
    } else {
      table.declare(nearestScope(node, false), mk(node.name, 'other', {}));
    }
    return;
  }
  if (ts.isEnumDeclaration(node)) {
    table.declare(nearestScope(node, false), mk(node.name, 'enum', { enums: [node] }));
    return;
  }
  if (ts.isModuleDeclaration(node) && ts.isIdentifier(node.name)) {
    table.declare(nearestScope(node, false), mk(node.name, 'other', {}));
  }
}

function declareImport(node: ts.ImportDeclaration, table: ScopeTable): void {
  const clause = node.importClause;
  if (!clause || !ts.isStringLiteral(node.moduleSpecifier)) return;
  // `import x , 'm'` (no `from`) is a syntax error the parser recovers into an import: Node never
  // loads anything for it, and the pre-filter does not count 'm' there.
  if (!/\bfrom\s*$/.test(node.getSourceFile().text.slice(clause.end, node.moduleSpecifier.pos))) return;
  const module = node.moduleSpecifier.text;
  const scope = nearestScope(node, false);
  // A default import of a CommonJS module is the module object itself (esModuleInterop), which is
  // how `import tls from 'tls'` and `import axios from 'axios'` behave.
  if (clause.name) table.declare(scope, mk(clause.name, 'import', { importFrom: { module, path: [], as: 'default' } }));
  const nb = clause.namedBindings;
  if (!nb) return;
  if (ts.isNamespaceImport(nb)) {
    table.declare(scope, mk(nb.name, 'import', { importFrom: { module, path: [], as: 'namespace' } }));
    return;
  }
  for (const el of nb.elements) {
    const imported = (el.propertyName ?? el.name).text;
    const path = imported === 'default' ? [] : [imported];
    table.declare(scope, mk(el.name, 'import', { importFrom: { module, path, as: imported === 'default' ? 'default' : 'named' } }));
  }
}

function declarePattern(
  name: ts.BindingName,
  path: string[],
  init: ts.Expression | undefined,
  kind: BindingKind,
  scope: ts.Node,
  table: ScopeTable,
  opaque = false,
): void {
  if (ts.isIdentifier(name)) {
    table.declare(scope, mk(name, kind, { init, path, opaque: opaque || undefined }));
    return;
  }
  // Inside a pattern the value comes from the initialiser only when the path to it is plain: a
  // destructuring default or a rest element gives a value the file does not say.
  const hasSource = opaque || init !== undefined;
  if (ts.isObjectBindingPattern(name)) {
    for (const el of name.elements) {
      if (el.dotDotDotToken) {
        declarePattern(el.name, path, undefined, kind, scope, table, hasSource);
        continue;
      }
      const key = el.propertyName ? propertyNameText(el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : undefined;
      const usable = key !== undefined && !el.initializer;
      declarePattern(el.name, usable ? [...path, key] : path, usable ? init : undefined, kind, scope, table, usable ? opaque : hasSource);
    }
    return;
  }
  name.elements.forEach((el, i) => {
    if (ts.isOmittedExpression(el)) return;
    const usable = !el.dotDotDotToken && !el.initializer;
    declarePattern(el.name, usable ? [...path, String(i)] : path, usable ? init : undefined, kind, scope, table, usable ? opaque : hasSource);
  });
}

function isAmbient(decl: ts.VariableDeclaration): boolean {
  for (let n: ts.Node | undefined = decl; n; n = n.parent) {
    if ((ts.isVariableStatement(n) || ts.isModuleDeclaration(n)) && n.modifiers?.some((m) => m.kind === SyntaxKind.DeclareKeyword)) return true;
  }
  return false;
}

function mk(id: ts.Identifier, kind: BindingKind, extra: Partial<Binding>): Binding {
  return { name: id.text, kind, id, path: [], references: [], writes: [], opaqueWrites: [], ...extra };
}

export function propertyNameText(name: ts.PropertyName | ts.BindingName): string | undefined {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) {
    const e = skipOuterExpressions(name.expression);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isNumericLiteral(e)) return e.text;
  }
  return undefined;
}

/** Whether an identifier is read as a value here (not a declaration name, property key or label). */
export function isReference(id: ts.Identifier): boolean {
  const p = id.parent;
  if (!p) return false;
  // One switch on the parent's kind: this runs for every identifier of every file analysed.
  switch (p.kind) {
    case SyntaxKind.PropertyAccessExpression:
      return (p as ts.PropertyAccessExpression).expression === id;
    case SyntaxKind.ShorthandPropertyAssignment:
      return true;
    case SyntaxKind.PropertyAssignment:
    case SyntaxKind.BindingElement:
    case SyntaxKind.VariableDeclaration:
    case SyntaxKind.Parameter:
    case SyntaxKind.PropertyDeclaration:
    case SyntaxKind.EnumMember:
      return (p as ts.HasInitializer & { initializer?: ts.Node }).initializer === id;
    case SyntaxKind.QualifiedName:
    case SyntaxKind.PropertySignature:
    case SyntaxKind.FunctionDeclaration:
    case SyntaxKind.FunctionExpression:
    case SyntaxKind.ClassDeclaration:
    case SyntaxKind.ClassExpression:
    case SyntaxKind.MethodDeclaration:
    case SyntaxKind.MethodSignature:
    case SyntaxKind.GetAccessor:
    case SyntaxKind.SetAccessor:
    case SyntaxKind.ImportSpecifier:
    case SyntaxKind.ImportClause:
    case SyntaxKind.NamespaceImport:
    case SyntaxKind.ImportEqualsDeclaration:
    case SyntaxKind.ExportSpecifier:
    case SyntaxKind.LabeledStatement:
    case SyntaxKind.BreakStatement:
    case SyntaxKind.ContinueStatement:
    case SyntaxKind.JsxAttribute:
    case SyntaxKind.EnumDeclaration:
    case SyntaxKind.ModuleDeclaration:
    case SyntaxKind.InterfaceDeclaration:
    case SyntaxKind.TypeAliasDeclaration:
    case SyntaxKind.TypeParameter:
    case SyntaxKind.NamespaceExport:
    case SyntaxKind.MetaProperty:
      return false;
    case SyntaxKind.JsxOpeningElement:
    case SyntaxKind.JsxSelfClosingElement:
    case SyntaxKind.JsxClosingElement:
      return (p as ts.JsxOpeningLikeElement | ts.JsxClosingElement).tagName === id && /^[A-Z]/.test(id.text);
    default:
      return true;
  }
}
