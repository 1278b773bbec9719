// `--write-baseline FILE` records today's findings; `--baseline FILE` reports only findings not in
// it. A finding is matched by its file (relative to the baseline's folder, so the run may start
// anywhere), its rule and the fingerprint SARIF carries (fingerprints.ts: the rule, the trimmed
// text of its line, which occurrence of that pair in the file): moving code, and edits elsewhere
// in the file, keep a finding matched; editing its line makes it new. An entry no finding matches
// any more is stale: `--report-unused-baseline` reports it, `--prune-baseline` drops it from the
// file, so a finding that comes back after it was fixed is new again.
//
// The file is data only (JSON), sorted, one entry per finding, with the line and message at the
// time it was recorded so a reviewer can read the diff:
//   { "tlslintBaseline": 1, "findings": [{ "path", "ruleId", "fingerprint", "line", "message" }] }
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FileResult, Note } from '../engine/types.js';
import { fingerprintsOfFile } from './fingerprints.js';
import { relativePath, sortFindings } from './format-json.js';
import { InputError } from './usage-error.js';

export interface BaselineEntry {
  /** Relative to the folder of the baseline file, forward slashes. */
  path: string;
  ruleId: string;
  fingerprint: string;
  /** Where the finding was when recorded (1-based); for people, not for matching. */
  line: number;
  message: string;
}

export interface Baseline {
  file: string;
  entries: BaselineEntry[];
}

const FORMAT = 1;

const keyOf = (e: Pick<BaselineEntry, 'path' | 'ruleId' | 'fingerprint'>) => `${e.path}\0${e.ruleId}\0${e.fingerprint}`;

/** Each finding with the entry it would have in a baseline kept at `baselineFile`. */
function entriesOf(result: FileResult, baselineFile: string, readText: (f: string) => string): Array<{ index: number; entry: BaselineEntry }> | undefined {
  const findings = sortFindings(result.findings);
  const prints = fingerprintsOfFile(findings, result.fileName, readText);
  if (!prints) return undefined;
  const rel = relativePath(result.fileName, path.dirname(baselineFile));
  return findings.map((f, i) => ({
    index: result.findings.indexOf(f),
    entry: { path: rel, ruleId: f.ruleId, fingerprint: prints[i], line: f.range.start.line + 1, message: f.message },
  }));
}

export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read the baseline ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)} (write one with --write-baseline)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError(`the baseline ${file} is not valid JSON: ${(err as Error).message}`);
  }
  const d = data as { tlslintBaseline?: unknown; findings?: unknown };
  if (d === null || typeof d !== 'object' || d.tlslintBaseline !== FORMAT || !Array.isArray(d.findings)) {
    throw new InputError(`${file} is not a tlslint baseline (expected {"tlslintBaseline": ${FORMAT}, "findings": [...]})`);
  }
  const entries = d.findings.map((e: unknown, i: number) => {
    const x = e as Partial<BaselineEntry>;
    if (typeof x?.path !== 'string' || typeof x.ruleId !== 'string' || typeof x.fingerprint !== 'string') {
      throw new InputError(`${file}: entry ${i + 1} needs "path", "ruleId" and "fingerprint" strings`);
    }
    return { path: x.path, ruleId: x.ruleId, fingerprint: x.fingerprint, line: typeof x.line === 'number' ? x.line : 0, message: typeof x.message === 'string' ? x.message : '' };
  });
  return { file, entries };
}

/** Writes entries sorted by path, line and rule, so the file diffs well; replaces the file atomically. */
export function writeBaseline(file: string, entries: readonly BaselineEntry[]): void {
  const sorted = [...entries].sort((a, b) => cmp(a.path, b.path) || a.line - b.line || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint));
  const body = sorted.map((e) => `    ${JSON.stringify({ path: e.path, ruleId: e.ruleId, fingerprint: e.fingerprint, line: e.line, message: e.message })}`).join(',\n');
  const text = `{\n  "tlslintBaseline": ${FORMAT},\n  "findings": [${sorted.length ? `\n${body}\n  ` : ''}]\n}\n`;
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (err) {
    throw new InputError(`cannot write the baseline ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

/** The baseline of these results: every finding, as `--write-baseline FILE` records it. */
export function baselineOf(results: readonly FileResult[], file: string, readText: (f: string) => string): BaselineEntry[] {
  return results.flatMap((r) => entriesOf(r, file, readText)?.map((x) => x.entry) ?? []);
}

export interface BaselineOutcome {
  /** The results without the findings the baseline holds. */
  results: FileResult[];
  /** Entries no finding matched. */
  unused: BaselineEntry[];
}

/**
 * Drops the findings the baseline holds. A finding whose file cannot be read again (it changed or
 * went away since it was linted) has no fingerprint and stays: reporting it is the safe side.
 */
export function applyBaseline(results: readonly FileResult[], baseline: Baseline, readText: (f: string) => string): BaselineOutcome {
  const known = new Set(baseline.entries.map(keyOf));
  const matched = new Set<string>();
  const out = results.map((r) => {
    const entries = entriesOf(r, baseline.file, readText);
    if (!entries) return r;
    const drop = new Set<number>();
    for (const { index, entry } of entries) {
      const key = keyOf(entry);
      if (!known.has(key)) continue;
      matched.add(key);
      drop.add(index);
    }
    return drop.size === 0 ? r : { ...r, findings: r.findings.filter((_, i) => !drop.has(i)) };
  });
  return { results: out, unused: baseline.entries.filter((e) => !matched.has(keyOf(e))) };
}

/** Stale entries as notes on their files' results (a result is added for a file no longer linted). */
export function withUnusedNotes(results: readonly FileResult[], unused: readonly BaselineEntry[], baselineFile: string): FileResult[] {
  const out = [...results];
  const byFile = new Map(out.map((r, i) => [path.resolve(r.fileName), i]));
  for (const e of unused) {
    const fileName = path.resolve(path.dirname(baselineFile), e.path);
    const note: Note = {
      kind: 'unused-baseline',
      severity: 'error',
      ruleId: e.ruleId,
      message: `Baseline entry matches no finding any more (${e.ruleId}, line ${e.line} when recorded); --prune-baseline removes it.`,
    };
    let i = byFile.get(fileName);
    if (i === undefined) {
      i = out.push({ fileName, findings: [], notes: [] }) - 1;
      byFile.set(fileName, i);
    }
    out[i] = { ...out[i], notes: [...out[i].notes, note] };
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
