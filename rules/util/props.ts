// Property names of object literal members.
import ts from 'typescript';

export function propertyKey(p: ts.ObjectLiteralElementLike): string | undefined {
  if (ts.isSpreadAssignment(p)) return undefined;
  const name = p.name;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && (ts.isStringLiteral(name.expression) || ts.isNoSubstitutionTemplateLiteral(name.expression))) return name.expression.text;
  return undefined;
}

/** The object literal a property node was written in, when it was written in one. */
export function literalOf(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  return node.parent && ts.isObjectLiteralExpression(node.parent) ? node.parent : undefined;
}
