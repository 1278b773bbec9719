// Applying fixes to text. Edits are relative to the original text, as in LSP: sorted by start,
// an insertion before a deletion at the same offset, and overlapping edits refused.
import type { Fix, TextEdit } from '../../../rules/api.js';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = sortEdits(edits);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at || e.end < e.start || e.end > text.length) throw new Error(`overlapping or invalid edit at ${e.start}-${e.end}`);
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start));
}

/**
 * Edits of two fixes touch when their ranges overlap or merely meet: each fix was made for the text
 * around it as it was, so `, servername: 'h'` added right after a property another fix removes
 * would follow nothing (found by fuzzing). The next pass makes the second fix again on the new text.
 */
function touches(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  return a.some((x) => b.some((y) => x.start <= y.end && y.start <= x.end));
}

/**
 * Picks fixes for one pass of fix-all: in order, each fix whose edits touch none of the edits
 * already taken. Two fixes that touch overlapping or adjacent text are never both applied in one
 * pass. A fix without edits changes nothing and is not taken (fix-all would count it and loop on it).
 */
export function selectNonOverlapping(fixes: readonly Fix[]): Fix[] {
  const taken: Fix[] = [];
  const edits: TextEdit[] = [];
  for (const f of fixes) {
    if (f.edits.length === 0 || touches(f.edits, edits)) continue;
    try {
      applyEdits('\u0000'.repeat(Math.max(0, ...f.edits.map((e) => e.end))), f.edits);
    } catch {
      continue;
    }
    taken.push(f);
    edits.push(...f.edits);
  }
  return taken;
}
