// Fix checks for files with syntax errors, whatever the language: a parser's recovery decides
// where a broken statement ends, and a fix made from that guess may land elsewhere and add
// errors. Each language says which fixes edit text it may have misread and how many errors a
// fixed text has; the budget and the sharing of checks are here, once.
import type { Fix } from '../../../rules/api.js';
import { applyEdits } from './fixes.js';
import type { Finding } from './types.js';

export interface FixCheck {
  readonly text: string;
  /** The syntax errors of `text`. */
  readonly errors: number;
  /** True when the fix (of that finding) edits a statement the parser recovered in. */
  editsBrokenText(finding: Finding, fix: Fix): boolean;
  /** The syntax errors of the fixed text. */
  errorsIn(fixed: string): number;
}

/** Characters a file's fix checks may re-parse: a few parses of a large file, many of a small one. */
export const MAX_RECHECK_CHARS = 256 * 1024;

/**
 * Keeps the fixes that edit no broken statement and add no error. Each check re-parses the whole
 * file: in a large file being typed into (an edit makes a syntax error, and every finding has
 * fixes) that was hundreds of parses per keystroke. Past MAX_RECHECK_CHARS re-parsed, the
 * remaining fixes are dropped, never offered unchecked; they come back once the file parses. The
 * same fix on several findings is checked once. Files that parse keep every fix, at no cost.
 */
export function keepFixesThatParse(check: FixCheck, findings: Finding[]): void {
  if (check.errors === 0) return;
  let budget = MAX_RECHECK_CHARS;
  const checked = new Map<string, boolean>();
  const addsNoError = (fix: Fix): boolean => {
    const key = JSON.stringify(fix.edits);
    let ok = checked.get(key);
    if (ok !== undefined) return ok;
    if (budget < check.text.length) return false;
    budget -= check.text.length;
    try {
      ok = check.errorsIn(applyEdits(check.text, fix.edits)) <= check.errors;
    } catch {
      ok = false;
    }
    checked.set(key, ok);
    return ok;
  };
  for (const f of findings) {
    if (f.fixes.length === 0) continue;
    f.fixes = f.fixes.filter((fix) => !check.editsBrokenText(f, fix) && addsNoError(fix));
  }
}

/**
 * The text after one pass of fix-all in a file with syntax errors. Each fix was checked alone on
 * `text`, but two together may make the parser recover differently: in an unclosed `f'''` two
 * removals, each leaving one error, left two (found by fuzzing). When all of them together add an
 * error, they are taken one at a time, each kept when the text still has no more errors than
 * before, until MAX_RECHECK_CHARS are re-parsed; the first needs no check (it was checked alone)
 * and the next pass makes the others again on the new text.
 */
export function applyFixesThatParse(text: string, fixes: readonly Fix[], errorsIn: (text: string) => number): { text: string; applied: number } {
  const all = applyEdits(text, fixes.flatMap((f) => f.edits));
  const before = errorsIn(text);
  if (fixes.length < 2 || errorsIn(all) <= before) return { text: all, applied: fixes.length };
  const taken = [...fixes[0].edits];
  let current = applyEdits(text, taken);
  let applied = 1;
  let budget = MAX_RECHECK_CHARS;
  for (const fix of fixes.slice(1)) {
    if (budget < text.length) break;
    budget -= text.length;
    const next = applyEdits(text, [...taken, ...fix.edits]);
    if (errorsIn(next) > before) continue;
    taken.push(...fix.edits);
    current = next;
    applied++;
  }
  return { text: current, applied };
}
