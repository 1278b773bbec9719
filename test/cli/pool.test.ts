// LintPool.idle(): the CLI's --jobs run and the server's workspace scan wait on it instead of
// counting the files they gave the pool, so it must resolve only after every result's callback.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { defaultConfig, type ResolvedConfig } from '../../server/src/engine/config/index.js';
import { LintPool } from '../../server/src/runner/pool.js';

/** A worker that answers each batch a little later, with no findings; it exits on a file named die.js. */
const FAKE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const progress = new Int32Array(workerData.progress);
parentPort.on('message', (m) => {
  if (m.kind !== 'batch') return;
  setTimeout(() => {
    m.files.forEach((f, i) => {
      Atomics.store(progress, 0, m.batch);
      Atomics.store(progress, 1, i);
      if (f.file.endsWith('die.js')) process.exit(7);
    });
    parentPort.postMessage({ batch: m.batch, results: m.files.map((f) => ({ fileName: f.file, findings: [], notes: [] })) });
  }, 5);
});
`;

const config: ResolvedConfig = { ...defaultConfig(), configFile: undefined, baseDir: '/' };

function pool(size: number): LintPool {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tlslint-pool-')), 'worker.js');
  writeFileSync(file, FAKE_WORKER);
  return new LintPool(size, { overrides: {}, reportUnusedDirectives: false, fix: 'none' }, file);
}

describe('LintPool.idle()', () => {
  it('resolves at once when nothing was given to the pool', async () => {
    const p = pool(1);
    try {
      let resolved = false;
      void p.idle().then(() => (resolved = true));
      await new Promise((r) => setImmediate(r));
      assert.equal(resolved, true);
    } finally {
      await p.close();
    }
  });

  it('resolves after the callback of every result, not before', async () => {
    const p = pool(2);
    try {
      const seen: string[] = [];
      const files = Array.from({ length: 45 }, (_, i) => `/t/f${i}.js`);
      for (const f of files) void p.lint(f, config).then((r) => seen.push(r.fileName));
      await p.idle();
      assert.deepEqual([...seen].sort(), [...files].sort());
      // A second wave after the first: idle() waits for it too.
      for (const f of files.slice(0, 9)) void p.lint(f, config).then((r) => seen.push(r.fileName));
      await p.idle();
      assert.equal(seen.length, 54);
    } finally {
      await p.close();
    }
  });

  it('resolves when a worker dies on a file: that file gets a note, the others results', async () => {
    const p = pool(1);
    try {
      const results = new Map<string, string>();
      const files = ['/t/a.js', '/t/b.js', '/t/die.js', '/t/c.js', ...Array.from({ length: 20 }, (_, i) => `/t/g${i}.js`)];
      for (const f of files) void p.lint(f, config).then((r) => results.set(r.fileName, r.notes[0]?.message ?? 'clean'));
      await p.idle();
      assert.equal(results.size, files.length);
      assert.match(results.get('/t/die.js')!, /exited with code 7/);
      assert.deepEqual(
        files.filter((f) => results.get(f) !== 'clean'),
        ['/t/die.js'],
      );
    } finally {
      await p.close();
    }
  });
});
