// What the CLI counts and shows of its results, in one place for every format and the exit code:
// problems by severity (an unused disable directive or baseline entry is a problem at its severity, not a note
// about a file that was not fully checked), how many have a safe fix, and what --quiet leaves.
import type { Severity } from '../../../rules/api.js';
import type { FileResult, Note } from '../engine/types.js';

export interface Counts {
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Findings `--fix` fixes: those with a safe fix. */
  fixableCount: number;
}

/**
 * Notes that are problems to act on, not about checking the code: an unused disable directive
 * (--report-unused-disable-directives) and a stale baseline entry (--report-unused-baseline).
 */
export function isProblemNote(n: Note): boolean {
  return n.kind === 'unused-directive' || n.kind === 'unused-baseline';
}

const KEY: Record<Severity, 'errorCount' | 'warningCount' | 'infoCount'> = { error: 'errorCount', warning: 'warningCount', info: 'infoCount' };

export function countsOf(result: FileResult): Counts {
  const c: Counts = { errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 };
  for (const f of result.findings) {
    c[KEY[f.severity]]++;
    if (f.fixes.some((x) => x.kind === 'safe')) c.fixableCount++;
  }
  for (const n of result.notes) if (isProblemNote(n)) c[KEY[n.severity]]++;
  return c;
}

export function totalCounts(results: readonly FileResult[]): Counts {
  const t: Counts = { errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 };
  for (const r of results) {
    const c = countsOf(r);
    for (const k of Object.keys(t) as (keyof Counts)[]) t[k] += c[k];
  }
  return t;
}

/** `--quiet`: errors only, of findings and notes alike (a parse error is a warning). */
export function quietResults(results: readonly FileResult[]): FileResult[] {
  return results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error'), notes: r.notes.filter((n) => n.severity === 'error') }));
}
