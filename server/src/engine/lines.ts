// Lines of a text as LSP counts them, for frontends and config locations that compute positions
// from offsets themselves (the TypeScript parser has its own).
import type { Position } from './types.js';

/** Offsets where lines start; a line ends at `\n`, `\r\n` or a lone `\r`, as LSP counts lines. */
export function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) out.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) out.push(i + 1);
  }
  return out;
}

/** The line and UTF-16 column of an offset, by binary search over `starts` (from lineStarts). */
export function positionAt(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo]! };
}
