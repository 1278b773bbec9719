// The engine's single walk over a file: declares bindings and indexes the nodes the resolvers and
// rules need. Iterative (an explicit stack), so 100,000 nested brackets cannot overflow the stack.
import ts from 'typescript';
import { declareFrom } from './declarations.js';
import { isReference } from './identifiers.js';
import { MAY_HOLD_SCOPE, ScopeTable, type Binding } from './scope.js';
import { SyntaxKind, isAssignmentOperator, skipOuterExpressions } from './syntax.js';

export interface FileIndex {
  scopes: ScopeTable;
  calls: (ts.CallExpression | ts.NewExpression)[];
  objectLiterals: ts.ObjectLiteralExpression[];
  assignments: ts.BinaryExpression[];
  deletes: ts.DeleteExpression[];
  /** Bindings that have at least one reference or write, for escape analysis. */
  bindings: Set<Binding>;
  /** The classes that extend another (`class A extends B`, class expressions too), in source order. */
  subclasses: ts.ClassLikeDeclaration[];
  /** The type-only nodes (and ambient code) the walk did not enter. */
  unwalked: ts.Node[];
}

export function collect(sourceFile: ts.SourceFile): FileIndex {
  const scopes = new ScopeTable();
  const index: FileIndex = { scopes, calls: [], objectLiterals: [], assignments: [], deletes: [], bindings: new Set(), subclasses: [], unwalked: [] };
  const identifiers: ts.Identifier[] = [];
  // `x++`, `--x`, `for (x of …)`: writes whose value the file does not say.
  const opaqueTargets: { node: ts.Node; target: ts.Expression }[] = [];
  // Beside each node on the stack, the nearest node above it that may hold a scope table; the
  // identifiers are resolved from theirs, and the scope table's chain links each such node to the
  // next one out, so a lookup walks those few nodes instead of every ancestor.
  const stack: ts.Node[] = [sourceFile];
  const above: (ts.Node | undefined)[] = [undefined];
  const identifierScopes: (ts.Node | undefined)[] = [];
  let childScope: ts.Node | undefined;
  const push = (child: ts.Node) => {
    stack.push(child);
    above.push(childScope);
  };
  while (stack.length > 0) {
    const node = stack.pop()!;
    const scope = above.pop();
    if (isTypeOnly(node)) {
      index.unwalked.push(node);
      continue;
    }
    declareFrom(node, scopes);
    childScope = scope;
    if (MAY_HOLD_SCOPE[node.kind] === 1) {
      scopes.chain.set(node, scope);
      childScope = node;
    }
    switch (node.kind) {
      case SyntaxKind.Identifier:
        identifiers.push(node as ts.Identifier);
        identifierScopes.push(scope);
        break;
      case SyntaxKind.CallExpression:
      case SyntaxKind.NewExpression:
        index.calls.push(node as ts.CallExpression | ts.NewExpression);
        break;
      case SyntaxKind.ObjectLiteralExpression:
        index.objectLiterals.push(node as ts.ObjectLiteralExpression);
        break;
      case SyntaxKind.ClassDeclaration:
      case SyntaxKind.ClassExpression:
        if ((node as ts.ClassLikeDeclaration).heritageClauses?.find((h) => h.token === SyntaxKind.ExtendsKeyword)?.types[0]?.expression) index.subclasses.push(node as ts.ClassLikeDeclaration);
        break;
      case SyntaxKind.BinaryExpression:
        if (isAssignmentOperator((node as ts.BinaryExpression).operatorToken.kind)) index.assignments.push(node as ts.BinaryExpression);
        break;
      case SyntaxKind.DeleteExpression:
        index.deletes.push(node as ts.DeleteExpression);
        break;
      case SyntaxKind.PrefixUnaryExpression:
      case SyntaxKind.PostfixUnaryExpression: {
        const u = node as ts.PrefixUnaryExpression | ts.PostfixUnaryExpression;
        if (u.operator === SyntaxKind.PlusPlusToken || u.operator === SyntaxKind.MinusMinusToken) opaqueTargets.push({ node: u, target: u.operand });
        break;
      }
      case SyntaxKind.ForOfStatement:
      case SyntaxKind.ForInStatement: {
        const f = node as ts.ForOfStatement | ts.ForInStatement;
        if (!ts.isVariableDeclarationList(f.initializer)) opaqueTargets.push({ node: f.initializer, target: f.initializer });
        break;
      }
    }
    // Children pushed, then reversed in place, so they pop in source order (no array per node).
    const base = stack.length;
    ts.forEachChild(node, push);
    for (let i = base, j = stack.length - 1; i < j; i++, j--) {
      const t = stack[i];
      stack[i] = stack[j];
      stack[j] = t;
      const a = above[i];
      above[i] = above[j];
      above[j] = a;
    }
  }
  // Source order matters for "last assignment before the use"; the walk above is pre-order, so
  // calls, literals and assignments are already sorted by position.
  for (let i = 0; i < identifiers.length; i++) {
    const id = identifiers[i];
    if (!isReference(id)) continue;
    const b = scopes.lookupFrom(id, identifierScopes[i]);
    if (!b) continue;
    b.references.push(id);
    index.bindings.add(b);
  }
  for (const a of index.assignments) {
    const left = skipOuterExpressions(a.left);
    if (ts.isIdentifier(left)) {
      const b = scopes.lookup(left);
      if (b) b.writes.push(a);
    } else if (a.operatorToken.kind === SyntaxKind.EqualsToken && (ts.isObjectLiteralExpression(left) || ts.isArrayLiteralExpression(left))) {
      for (const id of patternTargets(left)) scopes.lookup(id)?.opaqueWrites.push(a);
    }
  }
  for (const n of opaqueTargets) {
    const e = skipOuterExpressions(n.target);
    const targets = ts.isIdentifier(e) ? [e] : ts.isObjectLiteralExpression(e) || ts.isArrayLiteralExpression(e) ? patternTargets(e) : [];
    for (const id of targets) scopes.lookup(id)?.opaqueWrites.push(n.node);
  }
  return index;
}

/** The variables a destructuring assignment target writes: `[a, { b, c: d = 1 }, ...e]`. */
function patternTargets(pattern: ts.ObjectLiteralExpression | ts.ArrayLiteralExpression): ts.Identifier[] {
  const out: ts.Identifier[] = [];
  const stack: ts.Node[] = [pattern];
  while (stack.length) {
    const n = stack.pop()!;
    if (ts.isShorthandPropertyAssignment(n)) {
      out.push(n.name);
      continue;
    }
    if (ts.isPropertyAssignment(n)) {
      stack.push(n.initializer);
      continue;
    }
    if (ts.isObjectLiteralExpression(n)) {
      stack.push(...n.properties);
      continue;
    }
    if (ts.isArrayLiteralExpression(n)) {
      stack.push(...n.elements);
      continue;
    }
    if (ts.isSpreadAssignment(n) || ts.isSpreadElement(n)) {
      stack.push(n.expression);
      continue;
    }
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === SyntaxKind.EqualsToken) {
      stack.push(n.left);
      continue;
    }
    if (ts.isExpression(n)) {
      const e = skipOuterExpressions(n);
      if (ts.isIdentifier(e)) out.push(e);
    }
  }
  return out;
}

function isTypeOnly(node: ts.Node): boolean {
  const kind = node.kind;
  if (kind === SyntaxKind.InterfaceDeclaration || kind === SyntaxKind.TypeAliasDeclaration) return true;
  // Ambient code (`declare …`, declaration files) describes values that exist elsewhere; it never runs here.
  if (kind === SyntaxKind.SourceFile) return (node as ts.SourceFile).isDeclarationFile;
  const modifiers = (node as { modifiers?: ts.NodeArray<ts.ModifierLike> }).modifiers;
  if (modifiers !== undefined && modifiers.some((m) => m.kind === SyntaxKind.DeclareKeyword)) return true;
  // Below the type nodes only some keywords (`any`, `string`, `void`…) are types.
  if (kind < SyntaxKind.FirstTypeNode) return kind >= SyntaxKind.FirstKeyword && ts.isTypeNode(node);
  if (kind === SyntaxKind.ExpressionWithTypeArguments) return false;
  return ts.isTypeNode(node);
}
