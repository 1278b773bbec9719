// Linting many files, for the CLI and the language server's workspace scan alike: each file is
// linted in the main thread, or in worker threads (pool.ts) once there are enough files to pay
// for starting them. Results come back through each file's callback, in any order; callers keep
// their own order.
import path from 'node:path';
import type { ResolvedConfig } from '../engine/config/index.js';
import type { Importer } from '../engine/language.js';
import type { FileResult } from '../engine/types.js';
import { runJob, type JobOptions } from './job.js';
import { LintPool, type Overrides } from './pool.js';

/** The worker script beside this module: dist/worker.js in the bundles, runner/worker.js when compiled by tsc. */
export const DEFAULT_WORKER_FILE = path.join(__dirname, 'worker.js');

export interface BatchOptions {
  job: JobOptions;
  /** Worker threads; 0 lints every file in the main thread. */
  workers: number;
  /** The worker script (dist/worker.js beside the bundle that runs the batch). */
  workerFile: string;
  /** Files held back in the main thread before the workers start (starting one costs about a few hundred small files). */
  minFilesForWorkers: number;
  /** Give the event loop a turn after each file linted in the main thread (a server has requests to answer). */
  yieldInline?: boolean;
}

export interface BatchFile {
  file: string;
  config: ResolvedConfig;
  /** Severity overrides of this file beyond the batch's (editor settings differ per folder); share one object per setting. */
  overrides?: Overrides;
  /** An importer pass of the project model: the files to read first (runJob). */
  importer?: Importer;
  done: (result: FileResult) => void;
}

/** Batches started in this thread: each run's id (JobOptions.run). */
let runs = 0;

export class Batch {
  private pool: LintPool | undefined;
  private readonly waiting: BatchFile[] = [];
  private readonly job: JobOptions;

  constructor(private readonly options: BatchOptions) {
    // A run that writes no fix sees the same project files throughout: read once (runner/job.ts).
    this.job = options.job.fix === 'none' ? { ...options.job, run: `${process.pid}:${++runs}` } : options.job;
  }

  /** Takes a file; resolves when the batch has room for the next one (discovery should not run far ahead). */
  async add(item: BatchFile): Promise<void> {
    if (this.options.workers <= 0) return this.inline(item);
    this.waiting.push(item);
    if (!this.pool && this.waiting.length < this.options.minFilesForWorkers) return;
    this.pool ??= new LintPool(this.options.workers, this.job, this.options.workerFile);
    for (const w of this.waiting.splice(0)) void this.pool.lint(w.file, w.config, w.overrides, w.importer).then(w.done);
    await this.pool.room();
  }

  /** Resolves when the workers can take more (immediately without workers). */
  room(): Promise<void> {
    return this.pool?.room() ?? Promise.resolve();
  }

  /** Lints what is still held back, and resolves once every file taken has its result. */
  async finish(): Promise<void> {
    for (const w of this.waiting.splice(0)) await this.inline(w);
    await this.pool?.idle();
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }

  private async inline(item: BatchFile): Promise<void> {
    const job = item.overrides ? { ...this.job, overrides: { ...this.job.overrides, ...item.overrides } } : this.job;
    item.done(runJob(item.file, item.config, job, item.importer));
    if (this.options.yieldInline) await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
