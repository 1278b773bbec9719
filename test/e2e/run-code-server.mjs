// Runs the VS Code integration suite (test/e2e/vscode) inside code-server's real extension host:
// the workbench URL carries extensionDevelopmentPath and extensionTestsPath (the payload that
// @vscode/test-web uses), chromium loads it, and the extension host reports the exit code through
// window.codeAutomationExit. Usage: node test/e2e/run-code-server.mjs   (after scripts/e2e-setup.mjs)
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { launchChromium, startCodeServer } from './lib/code-server.mjs';
import { ROOT, SUITE_ENTRY, isMain, keepArtifacts } from './lib/env.mjs';
import { seconds } from './lib/proc.mjs';
import { checkSuiteResult } from './lib/suite-result.mjs';
import { makeRunDir } from './lib/workspace.mjs';

const TIMEOUT_MS = Number(process.env.TLSLINT_E2E_SUITE_TIMEOUT_MS ?? 300_000);
// Workbench chatter that says nothing about the tests (gallery and telemetry calls fail offline).
const NOISE = /^\s*$|Resolv|Creating a socket|\[AgentHost|\[ChatModelSelection\]|\[AccountPolicyGate\]|Service Worker|web worker extension host|builtin extensions cache|open-vsx\.org|allow-same-origin|ENOTFOUND|Failed to load resource|^\s+at /;

export async function runSuiteInCodeServer() {
  if (!existsSync(SUITE_ENTRY)) throw new Error(`${SUITE_ENTRY} is missing: compile the suite with tsc -p test/e2e/tsconfig.json`);
  const t0 = Date.now();
  const { dir, ws } = makeRunDir('code-server-suite');
  const resultFile = path.join(dir, 'result.json');
  // The extension host inherits code-server's environment. NO_COLOR: plain mocha output in CI logs.
  // E2E_LOGS_DIR: where the window writes its output channels (test/e2e/vscode/output.test.cts reads them).
  const logs = path.join(dir, 'code-server', 'user', 'logs');
  const server = await startCodeServer(dir, { smokeTestDriver: true, env: { E2E_RESULT_FILE: resultFile, E2E_LOGS_DIR: logs, NO_COLOR: '1' } });
  console.log(`code-server ready on ${server.url} in ${seconds(Date.now() - t0)}`);
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(ROOT)], ['extensionTestsPath', remote(SUITE_ENTRY)]];
  const url = `${server.url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  const browser = await launchChromium();
  let exitCode = 'timeout';
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    // The extension host's console (mocha's spec reporter) arrives as ['%c  INFO', 'color: …', fmt, ...args].
    page.on('console', async (m) => {
      let args = await Promise.all(m.args().map((a) => a.jsonValue().catch(() => '?')));
      if (typeof args[0] === 'string' && args[0].startsWith('%c')) args = args.slice(2);
      const text = util.format(...args);
      if (process.env.VERBOSE || !NOISE.test(text)) console.log(`  ${text}`);
    });
    page.on('pageerror', (e) => console.log(`  [page error] ${e.message}`));
    await page.goto(url);
    exitCode = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT_MS))]);
  } finally {
    await browser.close();
    await server.stop();
  }
  const verdict = checkSuiteResult(resultFile, exitCode);
  console.log(`${verdict.reason}\nextension host exit code ${exitCode}; ${seconds(Date.now() - t0)} in all`);
  if (verdict.ok) {
    rmSync(dir, { recursive: true, force: true });
  } else {
    console.log(`logs and workspace kept in ${keepArtifacts(dir)}`);
  }
  return verdict.ok;
}

if (isMain(import.meta)) {
  runSuiteInCodeServer().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
