// What the CLI does with one file, in the main thread (--jobs 1) or in a worker: lint it, or fix
// it and write the fixed text back.
import { writeFileSync } from 'node:fs';
import type { SeveritySetting } from '../../../rules/api.js';
import type { ResolvedConfig } from '../engine/config.js';
import { fixText, lintFile, readSource } from '../engine/lint-file.js';
import type { FileResult } from '../engine/types.js';

export type FixMode = 'none' | 'safe' | 'all';

/** The options every file of a run shares (the config is per file). */
export interface RunLintOptions {
  overrides: Record<string, SeveritySetting>;
  reportUnusedDirectives: boolean;
  fix: FixMode;
}

export function lintOne(file: string, config: ResolvedConfig, run: RunLintOptions): FileResult {
  const lintOptions = { config, overrides: run.overrides, reportUnusedDirectives: run.reportUnusedDirectives };
  if (run.fix === 'none') return lintFile(file, lintOptions);
  const read = readSource(file);
  if ('skipped' in read) return lintFile(file, lintOptions);
  const fixed = fixText(file, read.text, lintOptions, run.fix);
  if (fixed.fixedText !== undefined) writeFileSync(file, fixed.fixedText);
  return fixed.result;
}
