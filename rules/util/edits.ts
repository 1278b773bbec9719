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

/** Inserts `key: value` text as the last property of an object literal, in its style. */
export function insertProperty(sf: ts.SourceFile, obj: ts.ObjectLiteralExpression, propText: string): TextEdit {
  const text = sf.text;
  const props = obj.properties;
  const closeBrace = obj.end - 1;
  if (props.length === 0) {
    const inner = text.slice(obj.getStart(sf) + 1, closeBrace);
    if (inner.includes('\n')) {
      const indent = lineIndent(text, obj.getStart(sf));
      return { start: obj.getStart(sf) + 1, end: closeBrace, text: `\n${indent}  ${propText}\n${indent}` };
    }
    return { start: obj.getStart(sf) + 1, end: closeBrace, text: ` ${propText} ` };
  }
  const last = props[props.length - 1];
  const multiline = text.slice(obj.getStart(sf), last.getStart(sf)).includes('\n');
  if (multiline) {
    const indent = lineIndent(text, last.getStart(sf));
    return props.hasTrailingComma
      ? { start: commaAfter(text, last.end) + 1, end: commaAfter(text, last.end) + 1, text: `\n${indent}${propText},` }
      : { start: last.end, end: last.end, text: `,\n${indent}${propText}` };
  }
  return props.hasTrailingComma
    ? { start: commaAfter(text, last.end) + 1, end: commaAfter(text, last.end) + 1, text: ` ${propText},` }
    : { start: last.end, end: last.end, text: `, ${propText}` };
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

function commaAfter(text: string, pos: number): number {
  const i = skipSpace(text, pos);
  return text[i] === ',' ? i : pos - 1;
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
