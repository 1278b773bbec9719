// A lint worker thread (`--jobs N`, and the language server's workspace scan): takes batches of
// files from the pool (pool.ts), lints each as the main thread would, and sends the batch's results
// back. Keeps nothing of a file once its result is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../engine/config/index.js';
import { ready } from '../linter/index.js';
import { runJob, type JobOptions } from './job.js';
import type { ToWorker, WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
const progress = new Int32Array(setup.progress);
/** Each config id's config and the run options for it: the run's, with the id's overrides on top. */
const configs = new Map<number, { config: ResolvedConfig; run: JobOptions }>();

// Languages with an asynchronous parser are set up first; messages wait for it, in order.
const started = ready();
parentPort!.on('message', (m: ToWorker) => void started.then(() => handle(m)));

function handle(m: ToWorker): void {
  if (m.kind === 'config') {
    const run = m.overrides ? { ...setup.run, overrides: { ...setup.run.overrides, ...m.overrides } } : setup.run;
    configs.set(m.id, { config: m.config, run });
    return;
  }
  // Where this thread is, for the pool to know which file it was on if it dies.
  Atomics.store(progress, 0, m.batch);
  const results = m.files.map((f, i) => {
    Atomics.store(progress, 1, i);
    const { config, run } = configs.get(f.config)!;
    return runJob(f.file, config, run, f.importer);
  });
  parentPort!.postMessage({ batch: m.batch, results });
}
