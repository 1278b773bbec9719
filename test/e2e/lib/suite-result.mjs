// The runners' verdict on a suite run: the result file written by test/e2e/vscode/index.cts must
// exist (the suite ran in this launch), list at least one test per file, and no failure.
import { existsSync, readFileSync } from 'node:fs';

export function checkSuiteResult(resultFile, exitCode) {
  if (!existsSync(resultFile)) return { ok: false, reason: `the suite wrote no result (${resultFile}): it did not run (exit code ${exitCode})` };
  const r = JSON.parse(readFileSync(resultFile, 'utf8'));
  const lines = [`${r.passed.length}/${r.tests.length} tests passed`];
  for (const f of r.failed) lines.push(`FAILED ${f.title}\n${f.error}`);
  if (r.tests.length === 0) return { ok: false, reason: 'no test ran' };
  if (r.failed.length > 0 || r.passed.length !== r.tests.length) return { ok: false, reason: lines.join('\n') };
  if (exitCode !== 0) return { ok: false, reason: `every test passed but the editor reported exit code ${exitCode}` };
  return { ok: true, reason: lines.join('\n') };
}
