// Bit-flag expressions as people write them: `SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1 | 0x4`.
import ts from 'typescript';
import type { TextEdit } from '../api.js';

/**
 * The operands of a `|` chain, left to right, looking through parentheses around sub-chains;
 * an expression that is not a `|` chain is its own only operand. Each operand is the expression
 * the `|` holds (it may itself be parenthesized: `A | (B)` has the operand `(B)`).
 */
export function orOperands(expr: ts.Expression): ts.Expression[] {
  const out: ts.Expression[] = [];
  // An explicit stack: a chain of 100,000 operands is a tree as deep.
  const stack: ts.Expression[] = [expr];
  while (stack.length > 0) {
    const e = stack.pop()!;
    const inner = skipParens(e);
    if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.BarToken) stack.push(inner.right, inner.left);
    else out.push(e);
  }
  return out;
}

/** Whether `expr` is a `|` chain of more than one operand. */
export function isOrChain(expr: ts.Expression): boolean {
  return orOperands(expr).length > 1;
}

/**
 * Removes one operand of a `|` chain with the operator beside it: `A | B | C` without B is
 * `A | C`, without A is `B | C`. Undefined when the operand is not held by a `|`.
 */
export function removeOrOperand(sf: ts.SourceFile, operand: ts.Expression): TextEdit | undefined {
  const parent = operand.parent;
  if (!parent || !ts.isBinaryExpression(parent) || parent.operatorToken.kind !== ts.SyntaxKind.BarToken) return undefined;
  if (parent.right === operand) return { start: parent.left.end, end: operand.end, text: '' };
  return { start: operand.getStart(sf), end: parent.right.getStart(sf), text: '' };
}

export function skipParens(e: ts.Expression): ts.Expression {
  let x = e;
  while (ts.isParenthesizedExpression(x)) x = x.expression;
  return x;
}
