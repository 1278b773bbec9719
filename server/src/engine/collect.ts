// The engine's single walk over a file: declares bindings and indexes the nodes the resolvers and
// rules need. Iterative (an explicit stack), so 100,000 nested brackets cannot overflow the stack.
import ts from 'typescript';
import { ScopeTable, declareFrom, isReference, type Binding } from './scope.js';
import { isAssignmentOperator, skipOuterExpressions } from './syntax.js';

export interface FileIndex {
  scopes: ScopeTable;
  calls: (ts.CallExpression | ts.NewExpression)[];
  objectLiterals: ts.ObjectLiteralExpression[];
  assignments: ts.BinaryExpression[];
  deletes: ts.DeleteExpression[];
  /** Bindings that have at least one reference or write, for escape analysis. */
  bindings: Set<Binding>;
}

export function collect(sourceFile: ts.SourceFile): FileIndex {
  const scopes = new ScopeTable();
  const index: FileIndex = { scopes, calls: [], objectLiterals: [], assignments: [], deletes: [], bindings: new Set() };
  const identifiers: ts.Identifier[] = [];
  const stack: ts.Node[] = [sourceFile];
  const push = (child: ts.Node) => {
    stack.push(child);
  };
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isTypeOnly(node)) continue;
    declareFrom(node, scopes);
    switch (node.kind) {
      case ts.SyntaxKind.Identifier:
        identifiers.push(node as ts.Identifier);
        break;
      case ts.SyntaxKind.CallExpression:
      case ts.SyntaxKind.NewExpression:
        index.calls.push(node as ts.CallExpression | ts.NewExpression);
        break;
      case ts.SyntaxKind.ObjectLiteralExpression:
        index.objectLiterals.push(node as ts.ObjectLiteralExpression);
        break;
      case ts.SyntaxKind.BinaryExpression:
        if (isAssignmentOperator((node as ts.BinaryExpression).operatorToken.kind)) index.assignments.push(node as ts.BinaryExpression);
        break;
      case ts.SyntaxKind.DeleteExpression:
        index.deletes.push(node as ts.DeleteExpression);
        break;
    }
    // Children are pushed in reverse so they pop in source order.
    const children: ts.Node[] = [];
    ts.forEachChild(node, (c) => {
      children.push(c);
    });
    for (let i = children.length - 1; i >= 0; i--) push(children[i]);
  }
  // Source order matters for "last assignment before the use"; the walk above is pre-order, so
  // calls, literals and assignments are already sorted by position.
  for (const id of identifiers) {
    if (!isReference(id)) continue;
    const b = scopes.lookup(id);
    if (!b) continue;
    b.references.push(id);
    index.bindings.add(b);
  }
  for (const a of index.assignments) {
    if (a.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
    const left = skipOuterExpressions(a.left);
    if (!ts.isIdentifier(left)) continue;
    const b = scopes.lookup(left);
    if (b) b.writes.push(a);
  }
  return index;
}

function isTypeOnly(node: ts.Node): boolean {
  if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return true;
  if (ts.isExpressionWithTypeArguments(node)) return false;
  return ts.isTypeNode(node);
}
