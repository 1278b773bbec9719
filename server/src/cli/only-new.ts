// Only what is new: --write-baseline, --baseline (with --report-unused-baseline and
// --prune-baseline) and --changed-since, applied to the results of a run before any format sees
// them, so they work the same in text, JSON and SARIF, and the exit code follows what is shown.
import * as path from 'node:path';
import type { FileResult } from '../engine/types.js';
import { applyBaseline, baselineOf, readBaseline, withUnusedNotes, writeBaseline, type Baseline } from './baseline.js';
import { ChangedLines } from './changed-lines.js';
import type { CiOptions } from './ci-options.js';
import { readSourceText } from './fingerprints.js';

export interface OnlyNew {
  baseline?: Baseline;
  writeTo?: string;
  changed?: ChangedLines;
  reportUnused: boolean;
  prune: boolean;
}

/** Reads the baseline and resolves the git ref before the scan (an InputError says what is wrong). */
export function prepareOnlyNew(options: CiOptions, cwd: string): OnlyNew {
  return {
    baseline: options.baseline ? readBaseline(path.resolve(cwd, options.baseline)) : undefined,
    writeTo: options.writeBaseline ? path.resolve(cwd, options.writeBaseline) : undefined,
    changed: options.changedSince ? ChangedLines.since(options.changedSince, cwd) : undefined,
    reportUnused: options.reportUnusedBaseline,
    prune: options.pruneBaseline,
  };
}

/**
 * The results with only what is new. `texts` holds the text of results not read from disk
 * (standard input); every other file is read again for its findings' fingerprints.
 */
export function onlyWhatIsNew(results: FileResult[], only: OnlyNew, texts: ReadonlyMap<string, string> | undefined, log: (message: string) => void): FileResult[] {
  const readText = (f: string) => texts?.get(f) ?? readSourceText(f);
  let out = results;
  if (only.writeTo) {
    const entries = baselineOf(out, only.writeTo, readText);
    writeBaseline(only.writeTo, entries);
    log(`tlslint: recorded ${entries.length} finding${entries.length === 1 ? '' : 's'} in ${only.writeTo}; --baseline ${path.basename(only.writeTo)} reports only new ones`);
    out = applyBaseline(out, { file: only.writeTo, entries }, readText).results;
  }
  if (only.baseline) {
    const { results: kept, unused } = applyBaseline(out, only.baseline, readText);
    out = kept;
    if (only.prune && unused.length > 0) {
      const stale = new Set(unused);
      writeBaseline(only.baseline.file, only.baseline.entries.filter((e) => !stale.has(e)));
      log(`tlslint: removed ${unused.length} stale entr${unused.length === 1 ? 'y' : 'ies'} from ${only.baseline.file}`);
    }
    if (only.reportUnused) out = withUnusedNotes(out, unused, only.baseline.file);
  }
  if (only.changed) out = only.changed.keep(out, readText);
  return out;
}
