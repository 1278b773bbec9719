// `npm run test:vscode`: the VS Code integration suite (test/e2e/vscode) in VS Code desktop, with
// @vscode/test-electron, for desktops and CI runners that can download VS Code. The same suite runs
// in code-server on machines that reach only npm and Debian (npm run test:e2e).
//   VSCODE_VERSION     VS Code to download (default 1.139.1, the version code-server 4.139.1 ships;
//                      'stable', 'insiders' or e.g. 1.91.0, the engines.vscode minimum)
//   VSCODE_EXECUTABLE  use an installed VS Code instead of downloading one
// On Linux without a display run it under Xvfb: xvfb-run -a npm run test:vscode
import { runTests } from '@vscode/test-electron';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { E2E_DIR, ROOT, SUITE_ENTRY } from './lib/env.mjs';
import { seconds } from './lib/proc.mjs';
import { checkSuiteResult } from './lib/suite-result.mjs';
import { USER_SETTINGS } from './lib/user-settings.mjs';
import { makeRunDir } from './lib/workspace.mjs';

const t0 = Date.now();
const { dir, ws } = makeRunDir('vscode-desktop');
const userData = path.join(dir, 'user-data');
mkdirSync(path.join(userData, 'User'), { recursive: true });
writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
const resultFile = path.join(dir, 'result.json');

let exitCode;
try {
  exitCode = await runTests({
    version: process.env.VSCODE_VERSION ?? '1.139.1',
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    cachePath: path.join(E2E_DIR, 'vscode-test'),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: SUITE_ENTRY,
    extensionTestsEnv: { E2E_RESULT_FILE: resultFile, E2E_LOGS_DIR: path.join(userData, 'logs'), TLSLINT_E2E_SABOTAGE: process.env.TLSLINT_E2E_SABOTAGE, NO_COLOR: '1' },
    launchArgs: [ws, '--user-data-dir', userData, '--extensions-dir', path.join(dir, 'extensions'), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (err) {
  exitCode = err?.code ?? 1;
  console.error(`@vscode/test-electron failed: ${err?.message ?? err}`);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|getaddrinfo/.test(String(err?.message ?? err))) {
    console.error('It could not download VS Code. On machines that reach only npm and Debian, run the same suite in code-server: npm run test:e2e');
  }
}
const verdict = checkSuiteResult(resultFile, exitCode);
console.log(`${verdict.reason}\nVS Code exit code ${exitCode}; ${seconds(Date.now() - t0)}`);
if (verdict.ok) rmSync(dir, { recursive: true, force: true });
else console.log(`kept ${dir}`);
process.exit(verdict.ok ? 0 : 1);
