// What a batch does with one file, in the main thread or in a worker: lint it, or fix it and
// write the fixed text back (through the engine's guarded writer).
import type { SeveritySetting } from '../../../rules/api.js';
import type { ResolvedConfig } from '../engine/config/index.js';
import type { Importer } from '../engine/language.js';
import { maxFileSizeOf } from '../engine/file-guards.js';
import { diskProject, type ProjectFiles } from '../engine/project.js';
import type { FileResult } from '../engine/types.js';
import { fixFile, lintFile } from '../linter/index.js';

export type FixMode = 'none' | 'safe' | 'all';

/** The options every file of a batch shares (the config is per file). */
export interface JobOptions {
  overrides: Record<string, SeveritySetting>;
  reportUnusedDirectives: boolean;
  fix: FixMode;
  /** The directories (and files) the project model may read; absent: every file alone. */
  projectRoots?: string[];
  /** Report information findings (LintOptions.includeInfo). */
  includeInfo?: boolean;
}

/**
 * Lints one file. `importer`: an importer pass (linter/index.ts LintOptions.importer), for a file the
 * pre-filter skipped that imports a project file whose exports matter.
 */
export function runJob(file: string, config: ResolvedConfig, job: JobOptions, importer?: Importer): FileResult {
  const project = job.projectRoots && projectFiles(job.projectRoots, maxFileSizeOf(config));
  const options = { config, overrides: job.overrides, reportUnusedDirectives: job.reportUnusedDirectives, includeInfo: job.includeInfo, project, importer };
  return job.fix === 'none' ? lintFile(file, options) : fixFile(file, options, job.fix);
}

/** One set of project files per roots and size limit in a thread: it keeps the project's parsed files. */
const projects = new Map<string, ProjectFiles>();

function projectFiles(roots: string[], maxFileSize: number): ProjectFiles {
  const key = JSON.stringify([roots, maxFileSize]);
  let p = projects.get(key);
  if (!p) projects.set(key, (p = diskProject({ roots, maxFileSize })));
  return p;
}
