// The short Python fuzz run of `npm test`: every Python seed as it is (test tables, docs, examples,
// the evaluation set), the truncations of the smallest at every offset, and a few hundred random
// inputs (mutations, generated TLS programs, cipher strings, deep nesting, bad input), seeded so a
// failure repeats. TLSLINT_FUZZ_SEED and TLSLINT_FUZZ_COUNT change them; `npm run fuzz -- --lang
// python` is the long run.
// test-unit: own process (long: about 20 s of CPU, so it runs beside the short files)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { makeInput, prepare, runFuzz, summariseFailures } from './harness.js';
import { loadPyCorpus } from './py-corpus.js';

const SEED = Number(process.env.TLSLINT_FUZZ_SEED ?? 20261206);
const COUNT = Number(process.env.TLSLINT_FUZZ_COUNT ?? 400);
const TRUNCATE_UP_TO = 30;
/** Deep and bad inputs stay small here (each is linted again for every fix); the long run goes to 256 KB. */
const MAX_CHARS = 16 * 1024;
const OPTS = { lang: 'python', truncateAllUpTo: TRUNCATE_UP_TO, maxChars: MAX_CHARS } as const;

describe('fuzz, Python (short run)', () => {
  it('seeds from the Python tables, the docs, examples/ and the evaluation set', async () => {
    await prepare('python');
    const origins = loadPyCorpus().map((s) => s.origin);
    for (const from of [/^test\/rules\/python\/no-unverified-certificate\.test\.ts#/, /^test\/rules\/python\/no-weak-cipher\.test\.ts#/, /^docs\/rules\/no-unverified-certificate\.md#/, /^examples\/python\/inventory\/\w+\.py$/, /^test\/fixtures\/python-eval\/\w+\.py$/]) {
      assert.ok(origins.some((o) => from.test(o)), `no seed from ${from}`);
    }
    assert.ok(origins.length > 300, `${origins.length} seeds`);
  });

  it(`keeps every property on ${COUNT} random inputs, the seeds and their truncations (seed ${SEED})`, async (t) => {
    const report = await runFuzz({ seed: SEED, count: COUNT, ...OPTS, maxFixes: 4, cliEvery: 8, budgetMs: 1000 });
    const { failures, ...figures } = report;
    t.diagnostic(`seed ${SEED}: ${JSON.stringify(figures)}`);
    t.diagnostic(`reproduce: npm run fuzz -- --lang python --seed ${SEED} --count ${COUNT} --truncate-all-up-to ${TRUNCATE_UP_TO} --max-chars ${MAX_CHARS} --max-fixes 4`);
    assert.equal(failures.length, 0, `${failures.length} failure(s):\n${summariseFailures(failures)}`);
    assert.ok(report.fixesChecked > 300 && report.fixAllChecked > 300 && report.cliRuns > 0, 'the run checked fixes, fix-all and the CLI');
    for (const g of ['seed', 'truncate-all', 'mutate', 'grammar', 'cipher', 'deep', 'bad']) assert.ok((report.byGenerator[g] ?? 0) > 0, `no ${g} input`);
  });

  it('stops a job stuck on an input, reports that input and goes on after it (scripts/fuzz.mjs)', () => {
    const failures = mkdtempSync(path.join(tmpdir(), 'tlslint-fuzz-hang-'));
    try {
      const script = path.resolve(__dirname, '..', '..', '..', 'scripts', 'fuzz.mjs');
      const run = spawnSync(process.execPath, [script, '--lang', 'python', '--seed', '5', '--count', '10', '--truncate-all-up-to', '0', '--only', '0,1,2,3', '--stuck', '1', '--failures', failures], {
        encoding: 'utf8',
        env: { ...process.env, TLSLINT_FUZZ_TEST_HANG_AT: '1' },
        timeout: 120_000,
      });
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /1 × no-hang: the fuzz job stayed on this input for over N s/);
      assert.match(run.stdout, /"inputs": 3,/, 'the other three inputs ran in the new job');
      assert.deepEqual(readdirSync(failures), ['0-5-1-no-hang.py']);
    } finally {
      rmSync(failures, { recursive: true, force: true });
    }
  });

  it('is deterministic: the same seed and index give the same Python input', async () => {
    await prepare('python');
    for (const i of [0, 3000, 12345, 54321]) assert.deepEqual(makeInput(7, i, OPTS), makeInput(7, i, OPTS));
    assert.ok(makeInput(7, 54321, OPTS).fileName.endsWith('.py'));
  });
});
