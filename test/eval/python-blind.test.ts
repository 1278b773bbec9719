// The blind Python evaluation set (test/eval/python-blind/): 46 files written the way an outside
// tester would (from PYTHON-TLS-FACTS.md and the rule pages, before reading any rule's code), with
// the expected findings and the decoys in answers.txt instead of marks in the files, so the files
// look like any project's. Every rule counts; the bar for a hidden set applies.
import assert from 'node:assert/strict';
import path from 'node:path';
import { it } from 'node:test';
import { keyExpectations, report, runCli, score } from './score.js';

const SET = path.resolve(__dirname, '..', '..', '..', 'test', 'eval', 'python-blind');
const RULES = new Set([
  'no-unverified-certificate', 'no-global-tls-bypass', 'no-unverified-hostname', 'no-legacy-tls-version',
  'no-weak-cipher', 'no-weak-key-exchange', 'no-unsafe-secure-options', 'no-plaintext-downgrade',
  'no-tls-key-logging', 'no-deprecated-tls-api', 'require-servername',
]);

it('finds at least 90 % of the blind set\'s problems with at most 2 false positives', (t) => {
  const s = score(runCli(SET), keyExpectations(path.join(SET, 'answers.txt'), RULES), RULES);
  report('python blind eval', s, (m) => t.diagnostic(m));
  assert.ok(s.recall >= 0.9, `recall ${(s.recall * 100).toFixed(1)} % < 90 %; missed:\n${s.missed.join('\n')}`);
  assert.ok(s.falsePositives.length <= 2, `${s.falsePositives.length} false positives:\n${s.falsePositives.join('\n')}`);
});
