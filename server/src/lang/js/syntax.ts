// Small syntax helpers shared by the engine's resolvers.
import ts from 'typescript';
import { snippetIn, whenNullish, whenTruthy } from '../../../../rules/js/condition-text.js';

/**
 * typescript's SyntaxKind, read once for the engine's per-node code: outside the bundles (the
 * compiled tests) every read of `ts.SyntaxKind` is a getter call; the bundles' typescript object
 * (scripts/typescript-once.mjs) holds it as plain data.
 */
export const SyntaxKind = ts.SyntaxKind;

/** Strips parentheses, `as`, `satisfies`, `<T>x` and `x!`: they do not change a value. */
export function skipOuterExpressions(node: ts.Expression): ts.Expression {
  let e = node;
  for (;;) {
    switch (e.kind) {
      case SyntaxKind.ParenthesizedExpression:
      case SyntaxKind.AsExpression:
      case SyntaxKind.SatisfiesExpression:
      case SyntaxKind.NonNullExpression:
      case SyntaxKind.TypeAssertionExpression:
        e = (e as ts.ParenthesizedExpression).expression;
        break;
      default:
        return e;
    }
  }
}

/** The expression a node stands in once the outer wrappers above are taken into account. */
export function outermostWrapper(node: ts.Expression): ts.Expression {
  let e: ts.Expression = node;
  while (
    e.parent &&
    (ts.isParenthesizedExpression(e.parent) || ts.isAsExpression(e.parent) || ts.isSatisfiesExpression(e.parent) || ts.isNonNullExpression(e.parent) || ts.isTypeAssertionExpression(e.parent))
  ) {
    e = e.parent;
  }
  return e;
}

export function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

/** Whether an object literal is the target of a destructuring assignment: `({ a } = b)`. */
export function isAssignmentTarget(node: ts.Expression): boolean {
  let child: ts.Node = outermostWrapper(node);
  let p = child.parent;
  while (p) {
    if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken) return p.left === child;
    if ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === child) return true;
    if (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) || ts.isSpreadAssignment(p) || ts.isObjectLiteralExpression(p) || ts.isArrayLiteralExpression(p) || ts.isSpreadElement(p) || ts.isParenthesizedExpression(p)) {
      child = p;
      p = p.parent;
      continue;
    }
    return false;
  }
  return false;
}

/** Short, single-line source text of a node, whichever file it is in (a related location's label, a table key). */
export function snippet(node: ts.Node, max = 40): string {
  return snippetIn(sourceFileOf(node), node, max);
}

/** "when NODE_ENV is not 'production': a finding's condition, in the words of rules/js/condition-text.ts. */
export function whenTruthyOf(cond: ts.Expression, truthy: boolean): string {
  return whenTruthy(sourceFileOf(cond), cond, truthy);
}

/** "when TLS_MIN is null or undefined", or "when TLS_MIN is set". */
export function whenNullishOf(e: ts.Expression, nullish: boolean): string {
  return whenNullish(sourceFileOf(e), e, nullish);
}

/** Ancestors walked before the walk is remembered. */
const SHALLOW = 64;
const sourceFiles = new WeakMap<ts.Node, ts.SourceFile>();
/** Trees replaced by an incremental re-parse (incremental.ts): the nodes they share with the new tree are the new tree's now. */
const replaced = new WeakSet<ts.SourceFile>();

export function forgetSourceFile(sf: ts.SourceFile): void {
  replaced.add(sf);
}

const remembered = (n: ts.Node): ts.SourceFile | undefined => {
  const sf = sourceFiles.get(n);
  return sf && !replaced.has(sf) ? sf : undefined;
};

/**
 * `node.getSourceFile()` walks every ancestor; in a chain 100,000 deep, once per node, that is
 * quadratic. The walk is remembered for every node it passes.
 */
export function sourceFileOf(node: ts.Node): ts.SourceFile {
  // Most nodes sit a few dozen levels deep: their parents are walked without remembering (a
  // WeakMap lookup at each step cost more than the walk).
  let up: ts.Node = node;
  for (let i = 0; i < SHALLOW; i++) {
    if (up.kind === ts.SyntaxKind.SourceFile) return up as ts.SourceFile;
    up = up.parent;
  }
  const walked: ts.Node[] = [];
  let n: ts.Node = node;
  let sf = remembered(n);
  while (!sf) {
    if (ts.isSourceFile(n)) {
      sf = n;
      break;
    }
    walked.push(n);
    n = n.parent;
    sf = remembered(n);
  }
  for (const w of walked) sourceFiles.set(w, sf);
  return sf;
}

export function stringLiteralText(node: ts.Expression): string | undefined {
  const e = skipOuterExpressions(node);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  return undefined;
}

/** The root identifier and property path of `a.b['c'].d`, if it is that simple. */
export function memberPath(node: ts.Expression): { root: ts.Identifier; path: string[] } | undefined {
  // Collected innermost-last and reversed once: unshift per step is quadratic on long chains.
  const reversed: string[] = [];
  let e = skipOuterExpressions(node);
  for (;;) {
    if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.name)) {
      reversed.push(e.name.text);
      e = skipOuterExpressions(e.expression);
    } else if (ts.isElementAccessExpression(e)) {
      const key = stringLiteralText(e.argumentExpression) ?? (ts.isNumericLiteral(e.argumentExpression) ? e.argumentExpression.text : undefined);
      if (key === undefined) return undefined;
      reversed.push(key);
      e = skipOuterExpressions(e.expression);
    } else if (ts.isIdentifier(e)) {
      return { root: e, path: reversed.reverse() };
    } else {
      return undefined;
    }
  }
}

/** `Object.entries(x)` or `Object.values(x)` as written (one argument, no spread): which; the caller checks that `Object` is the global. */
export function objectListing(call: ts.CallExpression): { kind: 'entries' | 'values'; of: ts.Expression; object: ts.Expression } | undefined {
  const callee = skipOuterExpressions(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression) || callee.expression.text !== 'Object') return undefined;
  const kind = callee.name.text;
  const [arg] = call.arguments;
  if ((kind !== 'entries' && kind !== 'values') || call.arguments.length !== 1 || ts.isSpreadElement(arg)) return undefined;
  return { kind, of: arg, object: callee.expression };
}
