// Where the characters of a value sit in the file: a JSON string's `\"`, a YAML block's
// indentation and a Dockerfile's line continuations all lie between the text a tool reads and
// the file. An Embedding maps one to the other so findings point into the value and fixes edit it.
import type { TextEdit } from '../api.js';
import type { Word } from '../common/shell/argv.js';

export interface Embedding {
  /** The file offset where character `i` of the value begins, and where it ends. */
  start(i: number): number;
  end(i: number): number;
  /** False when the value could not be aligned with its source: everything maps to the whole value, and no edit is made inside it. */
  exact: boolean;
  /** The value's length (a deletion up to its end takes no layout after it). */
  length: number;
}

/** An embedding from the offset of each character. */
export function offsetsEmbedding(offsets: readonly number[]): Embedding {
  const at = (i: number) => offsets[Math.min(i, offsets.length - 1)] ?? 0;
  return { start: at, end: (i) => at(i) + 1, exact: true, length: offsets.length };
}

/** A value that is a plain slice of the file, from `base` on. */
export function sliceEmbedding(base: number): Embedding {
  return { start: (i) => base + i, end: (i) => base + i + 1, exact: true, length: Infinity };
}

const SKIPPABLE = new Set([' ', '\t', '\r', '\n', '"', "'", '\\']);

/**
 * Aligns a value with the source text it was read from (`source` starts at `base`): each character
 * of the value is found in order, skipping quotes, backslashes and layout (indentation, folded
 * line breaks). An escape that changes a character (`\n`, `\u00e9`) fails the alignment; then the
 * whole source span stands for every character.
 */
export function alignEmbedding(value: string, source: string, base: number): Embedding {
  const at: number[] = [];
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const space = c === ' ' || c === '\n' || c === '\t';
    while (j < source.length && source[j] !== c && !(space && /\s/.test(source[j]!)) && SKIPPABLE.has(source[j]!)) j++;
    if (j >= source.length || !(source[j] === c || (space && /\s/.test(source[j]!)))) return wholeEmbedding(base, base + source.length);
    at.push(base + j++);
  }
  return at.length > 0 ? offsetsEmbedding(at) : { start: () => base, end: () => base, exact: true, length: 0 };
}

export function wholeEmbedding(start: number, end: number): Embedding {
  return { start: () => start, end: () => end, exact: false, length: 0 };
}

/** A span of the value `[from, to)` in the file. */
export function mapSpan(e: Embedding, from: number, to: number): { start: number; end: number } {
  if (to <= from) return { start: e.start(from), end: e.start(from) };
  return { start: e.start(from), end: e.end(to - 1) };
}

/** A word of the value, in the file. */
export function mapWord(e: Embedding, w: Word): Word {
  const span = mapSpan(e, w.start, w.end);
  if (!e.exact || !w.offsets) return { value: w.value, ...span };
  return { value: w.value, ...span, offsets: w.offsets.map((o) => e.start(o)) };
}

/**
 * The edit deleting `[from, to)` of the value, when the value maps exactly: up to where the next
 * character begins, so that the layout between them (a YAML block's indentation, a JSON escape's
 * backslash) goes too.
 */
export function deletion(e: Embedding, from: number, to: number): TextEdit[] | undefined {
  if (!e.exact || to <= from) return undefined;
  return [{ start: e.start(from), end: to < e.length ? e.start(to) : e.end(to - 1), text: '' }];
}
