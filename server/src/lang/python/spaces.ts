// Characters tree-sitter's Python grammar skips as space between tokens (its extras: `\s`, the
// zero-width space and word joiner, the BOM) where CPython's tokenizer takes only space, tab and
// form feed: "invalid non-printable character U+000B". The file parses for tree-sitter, so a fix
// beside one went unchecked, and `verify =\vFalse` → `verify =\v'/path/to/ca.pem'` made tree-sitter
// fail on the string after it (0 → 2 errors; found by fuzzing, seed 20261213, input 28599).
import type { Node } from 'web-tree-sitter';
import type { SyntaxProblem } from '../../engine/language.js';

const NOT_SPACE_IN_PYTHON = /[\v\u200B\u2060\uFEFF]/g;
/** Where such a character is text: inside a string or a comment. */
const TEXT_NODES = new Set(['string_content', 'string_start', 'string_end', 'escape_sequence', 'comment']);
/** Enough to drop a file's fixes unchecked (fix-syntax.ts): counting on costs a lookup each. */
const MOST = 1001;

/** Each such character outside strings and comments (a BOM at the very start is allowed). */
export function invalidSpaces(root: Node, text: string): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  for (const m of text.matchAll(NOT_SPACE_IN_PYTHON)) {
    if (m.index === 0 && m[0] === '\uFEFF') continue;
    const at = root.descendantForIndex(m.index, m.index + 1);
    if (at && TEXT_NODES.has(at.type)) continue;
    out.push({ start: m.index, end: m.index + 1, message: `invalid character U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` });
    if (out.length >= MOST) break;
  }
  return out;
}
