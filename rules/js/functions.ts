// Questions about function values: does a verifier accept everything?
import ts from 'typescript';
import type { Value } from './api.js';

/**
 * Whether a function returns nothing (undefined/null) on every path and never throws: as a
 * `checkServerIdentity` that means "every host name matches". An async function or a generator
 * returns an object, which Node treats as a verification error, so it is not a no-op.
 */
export function returnsNothing(v: Value): boolean {
  if (v.kind !== 'function') return false;
  const fn = v.node as ts.FunctionLikeDeclaration;
  const body = fn.body;
  if (!body || fn.asteriskToken) return false;
  if (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) return false;
  if (!ts.isBlock(body)) return isNothing(body);
  const stack: ts.Node[] = [body];
  while (stack.length) {
    const n = stack.pop()!;
    if (ts.isThrowStatement(n)) return false;
    if (ts.isReturnStatement(n) && n.expression && !isNothing(n.expression)) return false;
    // Returns inside nested functions belong to them.
    if (n !== body && ts.isFunctionLike(n)) continue;
    ts.forEachChild(n, (c) => {
      stack.push(c);
    });
  }
  return true;
}

/**
 * Whether a returned expression means "no error" to Node, which only tests the result for
 * truthiness: undefined, null, false, 0, '' and the result of console.log and friends.
 */
export function isNothing(e: ts.Expression): boolean {
  let x = e;
  while (ts.isParenthesizedExpression(x) || ts.isAsExpression(x) || ts.isNonNullExpression(x)) x = x.expression;
  if ((ts.isIdentifier(x) && x.text === 'undefined') || ts.isVoidExpression(x)) return true;
  if (x.kind === ts.SyntaxKind.NullKeyword || x.kind === ts.SyntaxKind.FalseKeyword) return true;
  if (ts.isNumericLiteral(x)) return Number(x.text) === 0;
  if (ts.isStringLiteral(x) || ts.isNoSubstitutionTemplateLiteral(x)) return x.text === '';
  return ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression) && ts.isIdentifier(x.expression.expression) && x.expression.expression.text === 'console';
}
