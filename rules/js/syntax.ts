// Small syntax questions rules ask.
import ts from 'typescript';

/** Strips parentheses, `as`, `satisfies`, `<T>x` and `x!`: they do not change a value. */
export function unwrap(e: ts.Expression): ts.Expression {
  let x = e;
  while (ts.isParenthesizedExpression(x) || ts.isAsExpression(x) || ts.isNonNullExpression(x) || ts.isSatisfiesExpression(x) || ts.isTypeAssertionExpression(x)) x = x.expression;
  return x;
}

/** `Object.assign(…)` written as such. */
export function isObjectAssignCall(c: ts.CallExpression): boolean {
  const e = unwrap(c.expression);
  return ts.isPropertyAccessExpression(e) && e.name.text === 'assign' && ts.isIdentifier(e.expression) && e.expression.text === 'Object';
}
