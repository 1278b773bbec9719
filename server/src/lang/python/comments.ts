// Comments of a Python file, for suppression directives: only `#` comments the parser saw count
// (the same text in a string or a docstring is not one). Python has no block comment, so a
// file-level directive is a line comment too, placed after the shebang and encoding lines.
import type { Comment } from '../../engine/language.js';
import type { PyDocument } from './document.js';

export function commentsHolding(doc: PyDocument, needle: string): Comment[] {
  const out: Comment[] = [];
  const { text } = doc;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    const node = doc.tree.rootNode.descendantForIndex(at, at + needle.length);
    if (!node || node.type !== 'comment' || out.some((c) => c.start === node.startIndex)) continue;
    out.push({ start: node.startIndex, end: node.endIndex, block: false, body: text.slice(node.startIndex + 1, node.endIndex) });
  }
  return out;
}

/** The first two lines may hold a shebang and a PEP 263 encoding declaration, which must stay first. */
const HEADER_LINE = /^(#!.*|[ \t\f]*#.*coding[:=][ \t]*[-\w.]+.*)$/;

export function directiveEdit(doc: PyDocument, directive: string, placement: { line: number } | 'file'): { start: number; end: number; text: string } {
  const { text } = doc;
  if (placement === 'file') {
    let at = 0;
    for (let line = 0; line < 2; line++) {
      const end = text.indexOf('\n', at);
      const content = text.slice(at, end < 0 ? text.length : end).replace(/\r$/, '');
      if (!HEADER_LINE.test(content)) break;
      if (end < 0) return { start: text.length, end: text.length, text: `\n# ${directive}\n` };
      at = end + 1;
    }
    return { start: at, end: at, text: `# ${directive}\n` };
  }
  const lineStart = doc.lineStart(placement.line);
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  return { start: lineStart, end: lineStart, text: `${indent}# ${directive}\n` };
}
