// A lint worker thread (`--jobs N`): takes batches of files from the pool (pool.ts), lints each
// as the main thread would, and sends the batch's results back. Keeps nothing of a file once its
// result is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../engine/config.js';
import { lintOne } from './lint-one.js';
import type { ToWorker, WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
const progress = new Int32Array(setup.progress);
const configs = new Map<number, ResolvedConfig>();

parentPort!.on('message', (m: ToWorker) => {
  if (m.kind === 'config') {
    configs.set(m.id, m.config);
    return;
  }
  // Where this thread is, for the pool to know which file it was on if it dies.
  Atomics.store(progress, 0, m.batch);
  const results = m.files.map((f, i) => {
    Atomics.store(progress, 1, i);
    return lintOne(f.file, configs.get(f.config)!, setup.run);
  });
  parentPort!.postMessage({ batch: m.batch, results });
});
