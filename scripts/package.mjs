#!/usr/bin/env node
// `npm run package`: the production bundles, then tlslint.vsix written by vsce (pinned in
// tools/package/, installed from its lock file on first use: scripts/tools.mjs). Runs in the
// current folder, so a staging copy of the repository (test/e2e/lib/package-vsix.mjs) builds there.
import { spawnSync } from 'node:child_process';
import { ensureTools, toolBin } from './tools.mjs';

function run(args) {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`package: node ${args.join(' ')} failed (exit ${r.status ?? r.signal})\n`);
    process.exit(r.status || 1);
  }
}

run(['esbuild.mjs', '--production']);
try {
  ensureTools('package');
} catch (err) {
  process.stderr.write(`package: ${err.message}\n`);
  process.exit(1);
}
// --no-dependencies: the bundles hold everything the extension runs; .vscodeignore lists the rest.
// The Marketplace page is the user's README (README.vsix.md; README.md is the developers'), and its
// images stay relative: they are packed in the vsix, so the page shows them offline and needs no
// repository to fetch them from.
run([toolBin('package', '@vscode/vsce', 'vsce'), 'package', '--no-dependencies', '--readme-path', 'README.vsix.md', '--no-rewrite-relative-links', '-o', 'tlslint.vsix']);
