// The Python evaluation set (test/eval/python/): the built CLI runs over realistic files whose
// expected findings are marked `# expect: <rule-id>` on the line where each starts; recall and
// false positives are measured for the rules whose Python parts this set exercises, and must stay
// at or above 90 % recall with at most 2 false positives (the bar for a hidden set).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { report, runCli, score } from './score.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SET = path.join(ROOT, 'test', 'eval', 'python');
const RULES = new Set([
  'no-legacy-tls-version', 'no-weak-cipher', 'require-servername', 'no-weak-key-exchange',
  'no-tls-key-logging', 'no-deprecated-tls-api', 'no-plaintext-downgrade', 'no-unsafe-secure-options',
]);

/** `file:line:rule` → how many findings are expected there. */
function expectations(): Map<string, number> {
  const out = new Map<string, number>();
  const files = readdirSync(SET, { recursive: true }).map(String).filter((f) => f.endsWith('.py'));
  for (const f of files) {
    const rel = f.split(path.sep).join('/');
    readFileSync(path.join(SET, f), 'utf8').split('\n').forEach((line, i) => {
      const m = /#\s*expect:\s*(.+)$/.exec(line);
      if (!m) return;
      for (const rule of m[1].split(',').map((r) => r.trim())) {
        assert.ok(RULES.has(rule), `${rel}:${i + 1}: unknown rule ${rule}`);
        const key = `${rel}:${i + 1}:${rule}`;
        out.set(key, (out.get(key) ?? 0) + 1);
      }
    });
  }
  return out;
}

it('finds at least 90 % of the expected Python findings with at most 2 false positives', (t) => {
  const s = score(runCli(SET), expectations(), RULES);
  report('python eval', s, (m) => t.diagnostic(m));
  assert.ok(s.recall >= 0.9, `recall ${(s.recall * 100).toFixed(1)} % < 90 %; missed:\n${s.missed.join('\n')}`);
  assert.ok(s.falsePositives.length <= 2, `${s.falsePositives.length} false positives:\n${s.falsePositives.join('\n')}`);
});
