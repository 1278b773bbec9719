// A lint worker thread (`--jobs N`, and the language server's workspace scan): takes batches of
// files from the pool (pool.ts), lints each as the main thread would, and sends the batch's results
// back. Keeps nothing of a file once its result is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../engine/config.js';
import { lintOne, type RunLintOptions } from './lint-one.js';
import type { ToWorker, WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
const progress = new Int32Array(setup.progress);
/** Each config id's config and the run options for it: the run's, with the id's overrides on top. */
const configs = new Map<number, { config: ResolvedConfig; run: RunLintOptions }>();

parentPort!.on('message', (m: ToWorker) => {
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
    return lintOne(f.file, config, run);
  });
  parentPort!.postMessage({ batch: m.batch, results });
});
