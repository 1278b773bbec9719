// Small syntax questions rules ask.
import ts from 'typescript';

/** Strips parentheses, `as`, `satisfies`, `<T>x` and `x!`: they do not change a value. */
export function unwrap(e: ts.Expression): ts.Expression {
  let x = e;
  while (ts.isParenthesizedExpression(x) || ts.isAsExpression(x) || ts.isNonNullExpression(x) || ts.isSatisfiesExpression(x) || ts.isTypeAssertionExpression(x)) x = x.expression;
  return x;
}

/** The expression around `node` that parentheses, `as` and `satisfies` add (where it stands as a value). */
export function outermost(node: ts.Node): ts.Node {
  let x = node;
  while (x.parent && (ts.isParenthesizedExpression(x.parent) || ts.isAsExpression(x.parent) || ts.isSatisfiesExpression(x.parent))) x = x.parent;
  return x;
}

/** `Object.assign(…)` written as such. */
export function isObjectAssignCall(c: ts.CallExpression): boolean {
  const e = unwrap(c.expression);
  return ts.isPropertyAccessExpression(e) && e.name.text === 'assign' && ts.isIdentifier(e.expression) && e.expression.text === 'Object';
}

/**
 * Where a finding on a call sits: from the call's start to the end of its callee
 * (`new https.Agent`, `tls.connect`), in the call's own file (a helper of another file's call).
 */
export function callRange(call: { node: ts.Node; callee: ts.Node }): { start: number; end: number } {
  return { start: call.node.getStart(call.node.getSourceFile()), end: call.callee.end };
}

/** The expression a property gives (`argv.insecure` of `{ insecure: argv.insecure }`, the name of `{ insecure }`), else undefined. */
export function propertyValue(n: ts.Node): ts.Expression | undefined {
  return ts.isPropertyAssignment(n) ? n.initializer : ts.isShorthandPropertyAssignment(n) ? n.name : undefined;
}
