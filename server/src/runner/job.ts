// What a batch does with one file, in the main thread or in a worker: lint it, or fix it and
// write the fixed text back (through the engine's guarded writer).
import type { SeveritySetting } from '../../../rules/api.js';
import type { ResolvedConfig } from '../engine/config/index.js';
import type { FileResult } from '../engine/types.js';
import { fixFile, lintFile } from '../linter/index.js';

export type FixMode = 'none' | 'safe' | 'all';

/** The options every file of a batch shares (the config is per file). */
export interface JobOptions {
  overrides: Record<string, SeveritySetting>;
  reportUnusedDirectives: boolean;
  fix: FixMode;
  /** Report information findings (LintOptions.includeInfo). */
  includeInfo?: boolean;
}

export function runJob(file: string, config: ResolvedConfig, job: JobOptions): FileResult {
  const options = { config, overrides: job.overrides, reportUnusedDirectives: job.reportUnusedDirectives, includeInfo: job.includeInfo };
  return job.fix === 'none' ? lintFile(file, options) : fixFile(file, options, job.fix);
}
