#!/usr/bin/env node
// The real-editor tests (npm run test:e2e; also the last step of npm test). Sets up what they need
// (scripts/e2e-setup.mjs), then runs, each as its own process, one after the other (with
// TLSLINT_E2E_PARALLEL=1 in three lanes at once):
//   the VS Code suite (test/e2e/vscode) inside code-server's extension host, then a short suite
//   (test/e2e/vscode/restricted-mode.test.cts) in a code-server with workspace trust on and the
//   folder untrusted: Restricted Mode, which every other run turns off
//   the UI smoke test of the packaged tlslint.vsix in code-server, driven with chromium
//   Neovim, then Emacs/Eglot, with the README's configuration against `tlslint-language-server --stdio`,
//   then the README's nvim-lint linter (tlslint --stdin) and the pre-commit hook through the pre-commit tool
//   the npm package as a new user installs it: `npm pack`, a fresh project with the tarball and ESLint
//   from the npm registry, the README's eslint.config.mjs snippets: ESLint finds what `npx tlslint` does
// Expects dist/ and out/e2e/ to be built (the npm scripts do that first).
//
// --if-possible (npm test): on a machine that cannot be set up (not Linux x64 with apt, or
// packages missing and no root) the tests are skipped with a notice, except when CI is set or
// TLSLINT_E2E=1: then that is a failure. A setup that can run but fails is always a failure.
// TLSLINT_E2E=0 skips them, with a notice.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CANNOT, setup } from './e2e-setup.mjs';
import { ROOT, SUITE_ENTRY } from '../test/e2e/lib/env.mjs';
import { run, seconds } from '../test/e2e/lib/proc.mjs';

const ifPossible = process.argv.includes('--if-possible');
const inCI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const banner = (text) => console.log(`\n${'='.repeat(100)}\n${text}\n${'='.repeat(100)}`);

function skip(reason) {
  banner(`REAL-EDITOR TESTS SKIPPED: ${reason}\nUnit and protocol tests ran; VS Code, code-server, Neovim and Emacs did not.\nRun them with \`npm run test:e2e\` on Debian/Ubuntu (x64) as root, or \`npm run test:vscode\` on a desktop.`);
  process.exit(0);
}

async function main() {
  if (process.env.TLSLINT_E2E === '0') skip('TLSLINT_E2E=0');
  const t0 = Date.now();
  try {
    await setup();
  } catch (err) {
    if (err?.exitCode === CANNOT && ifPossible && !inCI && process.env.TLSLINT_E2E !== '1') skip(err.message);
    const why = err?.exitCode === CANNOT ? `${err.message}\n(this machine cannot run them${inCI ? ', and CI is set, so this fails' : ''})` : (err?.message ?? String(err));
    banner(`REAL-EDITOR TESTS FAILED: the setup failed\n${why}`);
    process.exit(1);
  }
  const setupMs = Date.now() - t0;
  for (const f of [path.join(ROOT, 'dist', 'server.js'), path.join(ROOT, 'dist', 'extension.js'), SUITE_ENTRY]) {
    if (!existsSync(f)) {
      banner(`REAL-EDITOR TESTS FAILED: ${path.relative(ROOT, f)} is missing; run them with npm run test:e2e (it builds first)`);
      process.exit(1);
    }
  }

  // Each test has its own workspace, port and data folders, so the lanes can run at once. That
  // saves little on 2 busy cores and makes the extension host slower to answer, so it is opt-in.
  const lanes = [
    // The Restricted Mode run after the suite, not in a lane of its own: no more code-servers at once than before.
    [['VS Code suite in code-server 4.139.1', 'test/e2e/run-code-server.mjs'], ['VS Code in Restricted Mode (trust on, folder untrusted) in code-server', 'test/e2e/run-restricted-mode.mjs']],
    [['UI smoke: npm run package, .vsix in code-server', 'test/e2e/ui-smoke.mjs']],
    [['Neovim 0.7 + README config', 'test/e2e/run-nvim.mjs'], ['Emacs 28 + Eglot + README config', 'test/e2e/run-emacs.mjs'], ['nvim-lint snippet of the README (--stdin)', 'test/e2e/run-nvim-lint.mjs'], ['pre-commit 3.0.4 + .pre-commit-hooks.yaml', 'test/e2e/run-pre-commit.mjs'], ['npm pack + npm install -D tarball eslint + README eslint.config.mjs', 'test/e2e/run-eslint-package.mjs']],
  ];
  const results = [{ name: 'setup (apt + npm, cached in .e2e/)', ok: true, ms: setupMs }];
  const runLane = async (lane) => {
    for (const [name, script] of lane) {
      // A real editor is driven through timings no test fully controls (a busy machine, a toast that
      // hides): a failed test runs once more, and the summary says that it did and why.
      let first;
      for (let attempt = 1; attempt <= 2; attempt++) {
        const r = await run(process.execPath, [path.join(ROOT, script)], { cwd: ROOT, quiet: true, timeoutMs: 600_000 });
        // Each test's output in one piece, when it is done.
        banner(`e2e: ${name} (${script})${attempt > 1 ? ', second attempt' : ''}: ${r.code === 0 ? 'passed' : `FAILED (exit ${r.code})`} in ${seconds(r.ms)}`);
        process.stdout.write(r.output.replace(/^(?=.)/gm, '  '));
        if (r.code === 0 || attempt === 2) {
          results.push({ name, ok: r.code === 0, ms: r.ms, why: r.code === 0 ? undefined : failureLines(r.output), retried: first });
          break;
        }
        first = failureLines(r.output);
      }
    }
  };
  if (process.env.TLSLINT_E2E_PARALLEL === '1') await Promise.all(lanes.map(runLane));
  else for (const lane of lanes) await runLane(lane);
  const failed = results.filter((r) => !r.ok);
  banner(
    [
      `Real-editor tests: ${failed.length === 0 ? 'all passed' : `${failed.length} FAILED`} in ${seconds(Date.now() - t0)}`,
      ...results.map((r) => `  ${r.ok ? 'ok  ' : 'FAIL'}  ${seconds(r.ms).padStart(7)}  ${r.name}${r.retried ? ' (second attempt)' : ''}`),
      // Last, where a log's tail shows it: why each failure failed, and why a retried test needed it.
      ...results.flatMap((r) => [...(r.retried ? [`first attempt of "${r.name}" failed:`, ...indent(r.retried)] : []), ...(r.why ? [`"${r.name}" failed:`, ...indent(r.why)] : [])]),
    ].join('\n'),
  );
  process.exit(failed.length === 0 ? 0 : 1);
}

/** The lines of a test's output that say why it failed (assertions, errors, timeouts), at most 12. */
function failureLines(output) {
  const lines = output.split('\n').filter((l) => /fail|error|timeout|assert|expected|exceeded|not ok/i.test(l) && !/^\s*(ok|PASS)\b/.test(l));
  return (lines.length > 0 ? lines : output.trimEnd().split('\n').slice(-6)).slice(0, 12).map((l) => l.trim().slice(0, 300));
}

const indent = (lines) => lines.map((l) => `    ${l}`);

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
