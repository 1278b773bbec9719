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
  /**
   * One run of a batch that writes nothing (Batch sets it): the project files are read once in
   * it, for every lint that reaches them (they do not change during the run).
   */
  run?: string;
}

/**
 * Lints one file. `importer`: an importer pass (linter/index.ts LintOptions.importer), for a file the
 * pre-filter skipped that imports a project file whose exports matter.
 */
export function runJob(file: string, config: ResolvedConfig, job: JobOptions, importer?: Importer): FileResult {
  const project = job.projectRoots && projectFiles(job.projectRoots, maxFileSizeOf(config), job.fix === 'none' ? job.run : undefined);
  const options = { config, overrides: job.overrides, reportUnusedDirectives: job.reportUnusedDirectives, includeInfo: job.includeInfo, project, importer };
  return job.fix === 'none' ? lintFile(file, options) : fixFile(file, options, job.fix);
}

/** One set of project files per roots and size limit in a thread: it keeps the project's parsed files. */
const projects = new Map<string, ProjectFiles>();
/** Those of the current run, which read each file once: dropped when another run begins. */
let runProjects: { run: string; projects: Map<string, ProjectFiles> } | undefined;

function projectFiles(roots: string[], maxFileSize: number, run: string | undefined): ProjectFiles {
  const key = JSON.stringify([roots, maxFileSize]);
  if (run !== undefined && runProjects?.run !== run) runProjects = { run, projects: new Map() };
  const kept = run === undefined ? projects : runProjects!.projects;
  let p = kept.get(key);
  if (!p) kept.set(key, (p = diskProject({ roots, maxFileSize, keepTexts: run !== undefined })));
  return p;
}
