// Text edits that keep code well-formed: removing properties with their commas and lines,
// removing a statement, inserting a property in the object's own style.
import ts from 'typescript';
import type { TextEdit } from '../api.js';

export function replaceNode(sf: ts.SourceFile, node: ts.Node, text: string): TextEdit {
  return { start: node.getStart(sf), end: node.end, text };
}

/** Removes one property of an object literal, its separating comma, and its line when it stands alone. */
export function removeProperty(sf: ts.SourceFile, prop: ts.ObjectLiteralElementLike): TextEdit {
  return removeProperties(sf, [prop])[0];
}

/**
 * Removes properties of one object literal. Neighbouring removed properties are removed as one
 * run by one edit, so the separators between them cannot be cut twice or left behind:
 * `{ a, b, c }` without b and c is `{ a }`, not `{ a, }`. A run standing on lines of its own
 * loses those lines (with a trailing comment on them); a literal that loses every property and
 * holds no comment becomes `{}`.
 */
export function removeProperties(sf: ts.SourceFile, props: readonly ts.ObjectLiteralElementLike[]): TextEdit[] {
  if (props.length === 0) return [];
  const literal = props[0].parent as ts.ObjectLiteralExpression;
  const list = literal.properties;
  const gone = new Set(props);
  const edits: TextEdit[] = [];
  for (let i = 0; i < list.length; i++) {
    if (!gone.has(list[i])) continue;
    let j = i;
    while (j + 1 < list.length && gone.has(list[j + 1])) j++;
    edits.push(removeRun(sf, list, i, j));
    i = j;
  }
  if (list.every((p) => gone.has(p))) {
    // Nothing but blanks and commas left inside: the literal becomes `{}`.
    const inner = { start: literal.getStart(sf) + 1, end: literal.end - 1 };
    const rest = combineEdits(sf.text, edits)!;
    const left = sf.text.slice(inner.start, rest.start) + rest.text + sf.text.slice(rest.end, inner.end);
    if (rest.start >= inner.start && rest.end <= inner.end && /^[\s,]*$/.test(left)) return [{ ...inner, text: '' }];
  }
  return edits;
}

/** Removes list[i..j], a maximal run of properties to delete. */
function removeRun(sf: ts.SourceFile, list: ts.NodeArray<ts.ObjectLiteralElementLike>, i: number, j: number): TextEdit {
  const text = sf.text;
  const start = list[i].getStart(sf);
  let end = list[j].end;
  const afterComma = skipInlineSpace(text, end);
  if (text[afterComma] === ',') end = afterComma + 1;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = endOfLineAfterComment(text, end);
  if (lineEnd !== undefined && /^[ \t]*$/.test(text.slice(lineStart, start))) {
    return { start: lineStart, end: Math.min(lineEnd + 1, text.length), text: '' };
  }
  if (j < list.length - 1) return { start, end: list[j + 1].getStart(sf), text: '' };
  if (i > 0) return { start: list[i - 1].end, end: list[j].end, text: '' };
  return { start, end, text: '' };
}

/** The end of the line at `pos` if only blanks and one comment follow on it, else undefined. */
function endOfLineAfterComment(text: string, pos: number): number | undefined {
  let lineEnd = text.indexOf('\n', pos);
  if (lineEnd < 0) lineEnd = text.length;
  const rest = text.slice(pos, lineEnd);
  return /^[ \t]*(\/\/.*|\/\*((?!\*\/).)*\*\/[ \t]*)?\r?$/.test(rest) ? lineEnd : undefined;
}

/** Removes the statement holding an expression (`process.env.X = '0';`), with its line when alone. */
export function removeStatement(sf: ts.SourceFile, node: ts.Node): TextEdit | undefined {
  let n: ts.Node = node;
  while (n.parent && (ts.isParenthesizedExpression(n.parent) || ts.isAsExpression(n.parent))) n = n.parent;
  const stmt = n.parent;
  if (!stmt || !ts.isExpressionStatement(stmt)) return undefined;
  return removeStatementNode(sf, stmt);
}

/**
 * Removes a statement. One that is all an `if` branch holds takes the branch with it, and the
 * `if` too when nothing is left of it (no `if (c) {}` is left behind), as long as the condition
 * only reads: dropping `if (save())` would drop the call.
 */
function removeStatementNode(sf: ts.SourceFile, stmt: ts.Statement): TextEdit {
  const p = stmt.parent;
  const branch = ts.isBlock(p) && p.statements.length === 1 && onlyBlanksAround(sf, p, stmt) ? p : stmt;
  const ifs = branch.parent;
  if (ts.isIfStatement(ifs) && readsOnly(ifs.expression)) {
    const other = ifs.thenStatement === branch ? ifs.elseStatement : ifs.thenStatement;
    if (!other || isEmptyBranch(sf, other)) return removeStatementNode(sf, ifs);
    if (ifs.elseStatement === branch) return { start: ifs.thenStatement.end, end: ifs.end, text: '' };
  }
  // A statement that is the whole body of an if/loop must leave an empty statement behind.
  if (!ts.isBlock(p) && !ts.isSourceFile(p) && !ts.isModuleBlock(p) && !ts.isCaseClause(p) && !ts.isDefaultClause(p)) {
    return { start: stmt.getStart(sf), end: stmt.end, text: ';' };
  }
  return widenToLine(sf.text, { start: stmt.getStart(sf), end: stmt.end, text: '' });
}

/** `;` or `{}` (with nothing but blanks inside). */
export function isEmptyBranch(sf: ts.SourceFile, s: ts.Statement): boolean {
  return ts.isEmptyStatement(s) || (ts.isBlock(s) && s.statements.length === 0 && /^\{\s*\}$/.test(s.getText(sf)));
}

/** Whether a block holds nothing but `inner` and blanks: no comment that a removal would take along. */
function onlyBlanksAround(sf: ts.SourceFile, block: ts.Block, inner: ts.Node): boolean {
  const text = sf.text;
  return /^\{\s*$/.test(text.slice(block.getStart(sf), inner.getStart(sf))) && /^[ \t]*;?\s*\}$/.test(text.slice(inner.end, block.end));
}

/** Whether evaluating an expression only reads: names, members, literals and operators, no call or write. */
function readsOnly(e: ts.Expression, depth = 0): boolean {
  // A condition nested deeper than this is not worth proving; keeping it costs an empty `if`.
  if (depth > 32) return false;
  const r = (x: ts.Expression) => readsOnly(x, depth + 1);
  if (ts.isIdentifier(e) || ts.isLiteralExpression(e) || e.kind === ts.SyntaxKind.ThisKeyword || e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isTypeOfExpression(e) || ts.isPropertyAccessExpression(e)) return r(e.expression);
  if (ts.isElementAccessExpression(e)) return r(e.expression) && r(e.argumentExpression);
  if (ts.isPrefixUnaryExpression(e)) return e.operator !== ts.SyntaxKind.PlusPlusToken && e.operator !== ts.SyntaxKind.MinusMinusToken && r(e.operand);
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    const writes = op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment;
    return !writes && op !== ts.SyntaxKind.CommaToken && r(e.left) && r(e.right);
  }
  if (ts.isConditionalExpression(e)) return r(e.condition) && r(e.whenTrue) && r(e.whenFalse);
  return false;
}

/**
 * Inserts `key: value` text into an object literal in its style: after `anchor` (by default the
 * last property), or as the only property of an empty literal. On a multi-line literal the new
 * property gets a line of its own, after any comment that ends the anchor's line.
 */
export function insertProperty(sf: ts.SourceFile, obj: ts.ObjectLiteralExpression, propText: string, anchor?: ts.ObjectLiteralElementLike): TextEdit {
  const text = sf.text;
  const props = obj.properties;
  const open = obj.getStart(sf);
  const closeBrace = obj.end - 1;
  const after = anchor ?? props[props.length - 1];
  if (after && (ts.isMethodDeclaration(after) || ts.isAccessor(after)) && !after.body) {
    // `m(): T` without a body parses only before the closing brace: the new property goes first
    // (a comma after it made a syntax error; found by fuzzing).
    const multiline = text.slice(open, closeBrace).includes('\n');
    return { start: open + 1, end: open + 1, text: multiline ? `\n${lineIndent(text, after.getStart(sf))}${propText},` : ` ${propText},` };
  }
  if (!after) {
    const indent = lineIndent(text, open);
    const multiline = text.slice(open, closeBrace).includes('\n');
    return { start: open + 1, end: closeBrace, text: multiline ? `\n${indent}  ${propText},\n${indent}` : ` ${propText} ` };
  }
  const multiline = text.slice(open, after.getStart(sf)).includes('\n');
  const comma = skipSpace(text, after.end);
  const hasComma = text[comma] === ',';
  if (!multiline) {
    return hasComma ? { start: comma + 1, end: comma + 1, text: ` ${propText},` } : { start: after.end, end: after.end, text: `, ${propText}` };
  }
  const indent = lineIndent(text, after.getStart(sf));
  const from = hasComma ? comma + 1 : after.end;
  const lineEnd = endOfLineAfterComment(text, from);
  // Keep a trailing comment on the anchor's line: insert after it, on a new line.
  if (lineEnd !== undefined && lineEnd > from && /\S/.test(text.slice(from, lineEnd))) {
    const eol = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    return { start: after.end, end: eol, text: `${hasComma ? text.slice(after.end, eol) : `,${text.slice(after.end, eol)}`}\n${indent}${propText}${hasComma ? ',' : ''}` };
  }
  return hasComma ? { start: comma + 1, end: comma + 1, text: `\n${indent}${propText},` } : { start: after.end, end: after.end, text: `,\n${indent}${propText}` };
}

/** Removes `.method(...)` from a call chain: `req.disableTLSCerts().end()` becomes `req.end()`. */
export function removeChainedCall(sf: ts.SourceFile, call: ts.CallExpression): TextEdit | undefined {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const parent = call.parent;
  if (ts.isExpressionStatement(parent) && !ts.isCallExpression(callee.expression) && !ts.isPropertyAccessExpression(callee.expression)) {
    return removeStatement(sf, call);
  }
  return { start: callee.expression.end, end: call.end, text: '' };
}

/**
 * Several non-overlapping edits as one edit over the span they cover, for fixes that must be
 * applied (or refused) as a whole.
 */
export function combineEdits(text: string, edits: readonly TextEdit[]): TextEdit | undefined {
  if (edits.length === 0) return undefined;
  const sorted = [...edits].sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start));
  const start = sorted[0].start;
  let end = start;
  let out = '';
  for (const e of sorted) {
    if (e.start < end) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(end, e.start) + e.text;
    end = e.end;
  }
  return { start, end, text: out };
}

/** The offset of the first non-space character at or after `pos`. */
export function skipSpace(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

export function lineIndent(text: string, pos: number): string {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** If an edit leaves nothing but blanks or a comment on its lines, delete the whole lines. */
function widenToLine(text: string, edit: TextEdit): TextEdit {
  const lineStart = text.lastIndexOf('\n', edit.start - 1) + 1;
  const lineEnd = endOfLineAfterComment(text, edit.end);
  if (lineEnd !== undefined && /^[ \t]*$/.test(text.slice(lineStart, edit.start))) {
    return { start: lineStart, end: Math.min(lineEnd + 1, text.length), text: '' };
  }
  return edit;
}

function skipInlineSpace(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}
