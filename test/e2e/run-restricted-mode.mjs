// The extension declares `untrustedWorkspaces.supported: true`; this proves it. Every other editor
// run turns workspace trust off, so here a fresh code-server runs with trust on and the folder not
// trusted (Restricted Mode), and the small suite of test/e2e/vscode/restricted-mode.test.cts checks
// what a user of an untrusted folder gets: findings, hover, the bundled rule page, a quick fix.
// Usage: node test/e2e/run-restricted-mode.mjs   (after scripts/e2e-setup.mjs)
import { RESTRICTED_SUITE_ENTRY, isMain } from './lib/env.mjs';
import { runSuiteInCodeServer } from './run-code-server.mjs';

export function runRestrictedMode() {
  return runSuiteInCodeServer({ name: 'restricted-mode', entry: RESTRICTED_SUITE_ENTRY, restricted: true });
}

if (isMain(import.meta)) {
  runRestrictedMode().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
