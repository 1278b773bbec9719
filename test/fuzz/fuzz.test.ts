// The short fuzz run of `npm test`: every seed as it is, the truncations of the smallest seeds at
// every offset, and a few thousand random inputs, with a fixed seed so a failure repeats.
// TLSLINT_FUZZ_SEED and TLSLINT_FUZZ_COUNT change them; `npm run fuzz` is the long run.
// test-unit: own process (long: about 16 s of CPU, so it runs beside the short files)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeInput, runFuzz, summariseFailures } from './harness.js';
import { Rng } from './rng.js';

const SEED = Number(process.env.TLSLINT_FUZZ_SEED ?? 20250101);
const COUNT = Number(process.env.TLSLINT_FUZZ_COUNT ?? 800);
const TRUNCATE_UP_TO = 40;
/** Deep inputs stay small here (each is linted again for every fix); the long run goes to 256 KB. */
const MAX_CHARS = 32 * 1024;

describe('fuzz (short run)', () => {
  it(`keeps every property on ${COUNT} random inputs, the seeds and their truncations (seed ${SEED})`, async (t) => {
    const report = await runFuzz({ seed: SEED, count: COUNT, truncateAllUpTo: TRUNCATE_UP_TO, maxChars: MAX_CHARS, maxFixes: 4, cliEvery: 8, budgetMs: 1000 });
    const { failures, ...figures } = report;
    t.diagnostic(`seed ${SEED}: ${JSON.stringify(figures)}`);
    t.diagnostic(`reproduce: npm run fuzz -- --seed ${SEED} --count ${COUNT} --truncate-all-up-to ${TRUNCATE_UP_TO} --max-chars ${MAX_CHARS} --max-fixes 4`);
    assert.equal(failures.length, 0, `${failures.length} failure(s):\n${summariseFailures(failures)}`);
    assert.ok(report.fixesChecked > 500 && report.fixAllChecked > 500 && report.cliRuns > 0, 'the run checked fixes, fix-all and the CLI');
  });

  it('is deterministic: the same seed and index give the same input', () => {
    for (const i of [0, 5000, 12345]) {
      const a = makeInput(7, i, { truncateAllUpTo: TRUNCATE_UP_TO, maxChars: MAX_CHARS });
      const b = makeInput(7, i, { truncateAllUpTo: TRUNCATE_UP_TO, maxChars: MAX_CHARS });
      assert.deepEqual(a, b);
    }
    assert.notEqual(new Rng(1, 2).next(), new Rng(2, 1).next());
  });
});
