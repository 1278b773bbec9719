// Text edits that keep code well-formed: removing a property with its comma and line, removing a
// statement, inserting a property in the object's own style.
import ts from 'typescript';
import type { TextEdit } from '../api.js';

export function replaceNode(sf: ts.SourceFile, node: ts.Node, text: string): TextEdit {
  return { start: node.getStart(sf), end: node.end, text };
}

/** Removes one property of an object literal, its separating comma, and its line when it stands alone. */
export function removeProperty(sf: ts.SourceFile, prop: ts.ObjectLiteralElementLike): TextEdit {
  const list = (prop.parent as ts.ObjectLiteralExpression).properties;
  const i = list.indexOf(prop);
  const text = sf.text;
  const start = prop.getStart(sf);
  let end = prop.end;
  const after = skipInlineSpace(text, end);
  if (text[after] === ',') end = after + 1;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  if (/^\s*$/.test(text.slice(lineStart, start)) && /^\s*$/.test(text.slice(end, lineEnd))) {
    return { start: lineStart, end: Math.min(lineEnd + 1, text.length), text: '' };
  }
  if (i < list.length - 1) return { start, end: list[i + 1].getStart(sf), text: '' };
  if (i > 0) return { start: list[i - 1].end, end: prop.end, text: '' };
  return { start, end, text: '' };
}

/** Removes the statement holding an expression (`process.env.X = '0';`), with its line when alone. */
export function removeStatement(sf: ts.SourceFile, node: ts.Node): TextEdit | undefined {
  let n: ts.Node = node;
  while (n.parent && (ts.isParenthesizedExpression(n.parent) || ts.isAsExpression(n.parent))) n = n.parent;
  const stmt = n.parent;
  if (!stmt || !ts.isExpressionStatement(stmt)) return undefined;
  const p = stmt.parent;
  // A statement that is the whole body of an if/loop must leave an empty statement behind.
  if (!ts.isBlock(p) && !ts.isSourceFile(p) && !ts.isModuleBlock(p) && !ts.isCaseClause(p) && !ts.isDefaultClause(p)) {
    return { start: stmt.getStart(sf), end: stmt.end, text: ';' };
  }
  return widenToLine(sf.text, { start: stmt.getStart(sf), end: stmt.end, text: '' });
}

/**
 * Inserts `key: value` text into an object literal in its style: after `anchor` (by default the
 * last property), or as the only property of an empty literal.
 */
export function insertProperty(sf: ts.SourceFile, obj: ts.ObjectLiteralExpression, propText: string, anchor?: ts.ObjectLiteralElementLike): TextEdit {
  const text = sf.text;
  const props = obj.properties;
  const open = obj.getStart(sf);
  const closeBrace = obj.end - 1;
  const after = anchor ?? props[props.length - 1];
  if (!after) {
    const indent = lineIndent(text, open);
    const multiline = text.slice(open, closeBrace).includes('\n');
    return { start: open + 1, end: closeBrace, text: multiline ? `\n${indent}  ${propText},\n${indent}` : ` ${propText} ` };
  }
  const multiline = text.slice(open, after.getStart(sf)).includes('\n');
  const indent = multiline ? lineIndent(text, after.getStart(sf)) : '';
  const comma = skipSpace(text, after.end);
  if (text[comma] === ',') {
    return { start: comma + 1, end: comma + 1, text: multiline ? `\n${indent}${propText},` : ` ${propText},` };
  }
  return { start: after.end, end: after.end, text: multiline ? `,\n${indent}${propText}` : `, ${propText}` };
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

function skipSpace(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

function lineIndent(text: string, pos: number): string {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** If an edit deletes everything on its lines but whitespace, delete the whole lines. */
function widenToLine(text: string, edit: TextEdit): TextEdit {
  const lineStart = text.lastIndexOf('\n', edit.start - 1) + 1;
  let lineEnd = text.indexOf('\n', edit.end);
  if (lineEnd < 0) lineEnd = text.length;
  if (/^\s*$/.test(text.slice(lineStart, edit.start)) && /^\s*$/.test(text.slice(edit.end, lineEnd))) {
    return { start: lineStart, end: Math.min(lineEnd + 1, text.length), text: '' };
  }
  return edit;
}

function skipInlineSpace(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}
