// Questions about function values: does a verifier accept everything?
import ts from 'typescript';
import type { Value } from '../api.js';

/**
 * Whether a function returns nothing (undefined/null) on every path and never throws: as a
 * `checkServerIdentity` that means "every host name matches".
 */
export function returnsNothing(v: Value): boolean {
  if (v.kind !== 'function') return false;
  const fn = v.node;
  const body = (fn as ts.FunctionLikeDeclaration).body;
  if (!body) return false;
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

function isNothing(e: ts.Expression): boolean {
  let x = e;
  while (ts.isParenthesizedExpression(x)) x = x.expression;
  return (ts.isIdentifier(x) && x.text === 'undefined') || ts.isVoidExpression(x) || x.kind === ts.SyntaxKind.NullKeyword;
}
