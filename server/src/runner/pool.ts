// Worker threads for `--jobs N`: files stream in as discovery finds them, go out in small batches
// to whichever worker has room, and their results stream back. A worker that dies (a crash, an
// out-of-memory abort) is replaced: the file it was on gets a note, the rest of its work is
// done again by the new worker, and no other file's result is lost. The language server's workspace
// scan uses it too, with one worker and severity overrides that differ per workspace folder.
import { Worker } from 'node:worker_threads';
import type { SeveritySetting } from '../../../rules/api.js';
import type { ResolvedConfig } from '../engine/config/index.js';
import type { Importer } from '../engine/language.js';
import type { FileResult } from '../engine/types.js';
import type { JobOptions } from './job.js';

/** What a worker is started with. */
export interface WorkerSetup {
  run: JobOptions;
  /** Int32[2]: the batch and the index in it of the file the worker is on. */
  progress: SharedArrayBuffer;
}

export type Overrides = Record<string, SeveritySetting>;
/** A `config` message carries a file's config and, if it has its own, its severity overrides. */
export type ToWorker = { kind: 'config'; id: number; config: ResolvedConfig; overrides?: Overrides } | { kind: 'batch'; batch: number; files: { file: string; config: number; importer?: Importer }[] };
export interface FromWorker {
  batch: number;
  results: FileResult[];
}

interface Job {
  file: string;
  config: ResolvedConfig;
  overrides?: Overrides;
  importer?: Importer;
  done: (r: FileResult) => void;
}

interface Slot {
  worker: Worker;
  progress: Int32Array;
  /** Batches sent and not answered, oldest first: the first is the one being linted. */
  inFlight: { batch: number; jobs: Job[] }[];
  configs: Set<number>;
  error?: string;
}

/** Files per message: large enough that messaging costs little next to a file, small enough to balance. */
const BATCH = 8;
/** Batches a worker holds, so it never waits for the main thread between two. */
const PREFETCH = 2;

export class LintPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  /** The ids `config` messages go out under, by config and then by overrides (object identity). */
  private readonly configIds = new Map<ResolvedConfig, Map<Overrides | undefined, number>>();
  private nextConfigId = 0;
  private nextBatch = 0;
  private closed = false;
  /** Deaths of workers that held no file: past a few, the workers cannot start at all. */
  private idleDeaths = 0;
  /** Why the workers could not be kept running, once they cannot. */
  private failed?: string;
  private roomWaiters: (() => void)[] = [];
  private idleWaiters: (() => void)[] = [];

  constructor(
    size: number,
    private readonly run: JobOptions,
    private readonly workerFile: string,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  /**
   * Lints a file in some worker; the promise holds its result. `overrides` beat the run's for this
   * file; pass the same object for files with the same settings, so each goes to a worker once.
   */
  lint(file: string, config: ResolvedConfig, overrides?: Overrides, importer?: Importer): Promise<FileResult> {
    if (this.failed) return Promise.resolve(crashed(file, this.failed));
    return new Promise((done) => {
      this.queue.push({ file, config, overrides, importer, done });
      this.pump();
    });
  }

  /** Whether the queue is short enough to take more files (discovery should not run far ahead). */
  hasRoom(): boolean {
    return this.queue.length < this.slots.length * BATCH * PREFETCH * 2;
  }

  /** Resolves when the queue has room. */
  room(): Promise<void> {
    if (this.hasRoom()) return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push(resolve));
  }

  /**
   * Resolves once every file given to lint() so far has its result (after the results' own
   * callbacks): callers count nothing themselves, and memory does not grow with the tree.
   */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private start(): Slot {
    const progress = new SharedArrayBuffer(8);
    new Int32Array(progress).fill(-1);
    const setup: WorkerSetup = { run: this.run, progress };
    const worker = new Worker(this.workerFile, { workerData: setup });
    const slot: Slot = { worker, progress: new Int32Array(progress), inFlight: [], configs: new Set() };
    worker.on('message', (m: FromWorker) => this.answered(slot, m));
    worker.on('error', (err) => {
      slot.error = err instanceof Error ? err.message : String(err);
    });
    worker.on('exit', (code) => this.exited(slot, code));
    return slot;
  }

  private answered(slot: Slot, m: FromWorker): void {
    const i = slot.inFlight.findIndex((b) => b.batch === m.batch);
    if (i < 0) return;
    const [{ jobs }] = slot.inFlight.splice(i, 1);
    jobs.forEach((job, k) => job.done(m.results[k]));
    this.pump();
  }

  private exited(slot: Slot, code: number): void {
    if (this.closed) return;
    const index = this.slots.indexOf(slot);
    const lost = slot.inFlight;
    const retry: Job[] = [];
    const why = slot.error ?? `the worker thread exited with code ${code}`;
    if (lost.length > 0) {
      // The oldest batch was being linted, up to the file the worker last announced (the first
      // one if it announced none: every death then settles a file, so this always ends).
      const [current, ...queued] = lost;
      const at = Atomics.load(slot.progress, 0) === current.batch ? Atomics.load(slot.progress, 1) : 0;
      current.jobs.forEach((job, k) => {
        if (k === at) job.done(crashed(job.file, why));
        else retry.push(job);
      });
      for (const b of queued) retry.push(...b.jobs);
    } else if (++this.idleDeaths > 2 * this.slots.length) {
      // Workers that die before taking any file will not get better: settle what is left.
      this.closed = true;
      this.failed = why;
      for (const job of this.queue.splice(0)) job.done(crashed(job.file, why));
      for (const s of this.slots) for (const b of s.inFlight.splice(0)) for (const job of b.jobs) job.done(crashed(job.file, why));
      this.pump();
      return;
    }
    this.slots[index] = this.start();
    this.queue.unshift(...retry);
    this.pump();
  }

  private pump(): void {
    for (;;) {
      if (this.queue.length === 0 || this.closed) break;
      const slot = this.slots.reduce((a, b) => (b.inFlight.length < a.inFlight.length ? b : a));
      if (slot.inFlight.length >= PREFETCH) break;
      const jobs = this.queue.splice(0, BATCH);
      const batch = this.nextBatch++;
      for (const job of jobs) {
        const id = this.configId(job);
        if (!slot.configs.has(id)) {
          slot.configs.add(id);
          slot.worker.postMessage({ kind: 'config', id, config: job.config, ...(job.overrides ? { overrides: job.overrides } : {}) } satisfies ToWorker);
        }
      }
      slot.inFlight.push({ batch, jobs });
      slot.worker.postMessage({ kind: 'batch', batch, files: jobs.map((j) => ({ file: j.file, config: this.configId(j), ...(j.importer ? { importer: j.importer } : {}) })) } satisfies ToWorker);
    }
    if (this.hasRoom()) this.roomWaiters.splice(0).forEach((w) => w());
    if (this.isIdle()) this.idleWaiters.splice(0).forEach((w) => w());
  }

  private isIdle(): boolean {
    return this.queue.length === 0 && this.slots.every((s) => s.inFlight.length === 0);
  }

  private configId(job: Job): number {
    let byOverrides = this.configIds.get(job.config);
    if (!byOverrides) this.configIds.set(job.config, (byOverrides = new Map()));
    let id = byOverrides.get(job.overrides);
    if (id === undefined) byOverrides.set(job.overrides, (id = this.nextConfigId++));
    return id;
  }
}

function crashed(fileName: string, why: string): FileResult {
  return {
    fileName,
    findings: [],
    notes: [{ kind: 'rule-error', severity: 'error', message: `tlslint stopped while analysing this file (${why}); it was not checked, every other file was.` }],
  };
}
