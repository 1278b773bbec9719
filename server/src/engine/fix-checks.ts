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
