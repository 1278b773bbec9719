// Where the characters of a Python string literal are in the file, for findings that point into
// the string (a cipher list's element, a DSN parameter) and fixes that edit inside it.
import type { Node, PyEdit } from './api.js';
import { editIn } from './edits.js';

/**
 * The offsets of a plain string literal's content (between its quotes): one whose source maps
 * character for character onto its value, so no escapes, no f-string holes. Undefined otherwise.
 */
export function plainContent(node: Node): { start: number; end: number } | undefined {
  if (node.type !== 'string') return undefined;
  const kids = node.namedChildren.filter((c): c is Node => !!c);
  const open = kids.find((c) => c.type === 'string_start');
  const close = kids.find((c) => c.type === 'string_end');
  if (!open || !close) return undefined;
  if (kids.some((c) => c.type === 'escape_sequence' || c.type === 'interpolation')) return undefined;
  // A raw string keeps backslashes as written; others would decode them.
  const raw = /r/i.test(open.text.replace(/['"]+$/, ''));
  const content = node.text.slice(open.endIndex - node.startIndex, close.startIndex - node.startIndex);
  if (!raw && content.includes('\\')) return undefined;
  return { start: open.endIndex, end: close.startIndex };
}

/** The quote a literal uses (`"`, `'`, `"""`), for text a fix writes in the same style. */
export function quoteOf(node: Node): string {
  const open = node.namedChildren.find((c) => c?.type === 'string_start')?.text ?? '"';
  return /("""|'''|"|')$/.exec(open)?.[1] ?? '"';
}

/**
 * Where `needle` is written in a string or an implicit concatenation (`f"host={h} "` `f"sslmode=allow"`):
 * when exactly one run of literal text (outside holes and escapes) holds it, else undefined.
 */
export function writtenIn(node: Node, needle: string): { start: number; end: number } | undefined {
  const pieces = node.type === 'concatenated_string' ? node.namedChildren : [node];
  let found: number | undefined;
  for (const piece of pieces) {
    if (piece?.type !== 'string') continue;
    for (const c of piece.namedChildren) {
      if (c?.type !== 'string_content') continue;
      const text = c.text;
      for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
        if (found !== undefined) return undefined;
        found = c.startIndex + i;
      }
    }
  }
  return found === undefined ? undefined : { start: found, end: found + needle.length };
}

/** The edit that replaces a plain string literal's content (plainContent) with `text`. */
export function contentEdit(node: Node, text: string): PyEdit | undefined {
  const content = plainContent(node);
  return content && editIn(node, content.start, content.end, text);
}
