// Where a finding on an option sits when the option only reads its unsafe value through a name
// written elsewhere in the same file: a class field (`verify = false` read as `this.verify`, or a
// constructor's `this.verify = false`), a constant (`const VERIFY = false`), a parameter's or a
// destructuring default (`{ verify = false } = {}`). The finding sits where the value is written,
// as it does for a constant written in another file (placement.ts) and in Python; the rule's
// fixes, made for the option, still apply in this file.
import ts from 'typescript';
import type { Value } from '../../../../rules/js/api.js';
import { propertyValue } from '../../../../rules/js/syntax.js';

/** The literal an option reads through a name, when it is written in a declaration of this file. */
export function writtenInFile(node: ts.Node, valueOf: (e: ts.Expression) => Value): ts.Node | undefined {
  const read = propertyValue(node);
  if (!read || !isRead(read)) return undefined;
  const v = valueOf(read);
  // A one-line function written in a declaration (`skipHostCheck = () => undefined`) is a value too.
  const literals = v.kind === 'literal' || v.kind === 'function' ? [v] : v.kind === 'either' ? v.branches.map((b) => b.value).filter((b) => b.kind === 'literal') : [];
  // One written literal: with two (`a ? false : true`), which one the rule means is not known here.
  if (literals.length !== 1) return undefined;
  const at = literals[0]!.node;
  if (!at || at.getSourceFile() !== node.getSourceFile() || (at.pos >= node.pos && at.end <= node.end)) return undefined;
  // A value computed from others (`constants.SSL_OP_LEGACY_SERVER_CONNECT | constants.SSL_OP_NO_SSLv3`,
  // `${BASE}:RC4-SHA`) is no literal written there: the option that uses it says what it does.
  if (v.kind !== 'function' && !isWrittenLiteral(at)) return undefined;
  // A PEM block or a long template is no place for a squiggle: it stays on the option.
  return isOneLineDeclaredValue(at) ? at : undefined;
}

/** A value on one line that initializes a variable, a class field, a parameter or a destructuring default. */
export function isOneLineDeclaredValue(n: ts.Node): boolean {
  return isOneLine(n) && isDeclaredValue(n);
}

/**
 * `false`, `'TLSv1'`, `0x4`, `-1`, `null`, or a named constant (`constants.SSL_OP_TLS_ROLLBACK_BUG`):
 * one value as written, not one computed from others.
 */
function isWrittenLiteral(n: ts.Node): boolean {
  const x = ts.isPrefixUnaryExpression(n) && n.operator === ts.SyntaxKind.MinusToken ? n.operand : n;
  return ts.isLiteralExpression(x) || ts.isIdentifier(x) || (ts.isPropertyAccessExpression(x) && isRead(x)) || [ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword].includes(x.kind);
}

/** `VERIFY`, `this.verify`, `cfg.tls.verify`: a name or a chain of property reads. */
function isRead(e: ts.Expression): boolean {
  let x: ts.Expression = e;
  while (ts.isPropertyAccessExpression(x)) x = x.expression;
  return ts.isIdentifier(x) || x.kind === ts.SyntaxKind.ThisKeyword;
}

/**
 * The initializer of a variable, a class field, a parameter or a destructuring default, or the value
 * a constructor statement gives a field (`this.verify = false`): the places a class sets `this.x`.
 */
function isDeclaredValue(n: ts.Node): boolean {
  const p = n.parent;
  return ((ts.isVariableDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isBindingElement(p) || ts.isParameter(p)) && p.initializer === n) || isConstructorFieldWrite(n);
}

function isConstructorFieldWrite(n: ts.Node): boolean {
  const w = n.parent;
  if (!ts.isBinaryExpression(w) || w.right !== n || w.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return false;
  if (!ts.isPropertyAccessExpression(w.left) || w.left.expression.kind !== ts.SyntaxKind.ThisKeyword) return false;
  const st = w.parent;
  return ts.isExpressionStatement(st) && ts.isBlock(st.parent) && ts.isConstructorDeclaration(st.parent.parent);
}

/**
 * Whether a value a rule says is written at `written` (JsReport.written) is apart from the option
 * reported at `node`: in another file, or outside the option in this one, on one line.
 */
export function writtenApart(written: ts.Node, node: ts.Node): boolean {
  const sf = written.getSourceFile();
  if (!isOneLine(written)) return false;
  return sf !== node.getSourceFile() || written.end <= node.getStart() || written.getStart(sf) >= node.end;
}

function isOneLine(n: ts.Node): boolean {
  return !n.getText(n.getSourceFile()).includes('\n');
}
