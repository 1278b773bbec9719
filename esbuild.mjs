// One build script for every bundle: `node esbuild.mjs [--watch] [--production]`.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { inputsHash, recordBuild } from './scripts/build-stamp.mjs';
import { typescriptOnce } from './scripts/typescript-once.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [typescriptOnce],
  // jsonc-parser's "main" is a UMD wrapper whose require() calls esbuild cannot follow (the bundle
  // would fail at run time with "Cannot find module './impl/format'"); its ES module build bundles.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // `tlslint --jobs N` and the workspace scan start it (server/src/runner/pool.ts).
  { entryPoints: ['server/src/runner/worker.ts'], outfile: 'dist/worker.js' },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
].filter((e) => existsSync(e.entryPoints[0]));

const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  // Hashed before building: a source saved meanwhile makes the stamp stale, not wrong.
  const inputs = production ? undefined : inputsHash(process.cwd());
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  // What npm test reads to skip bundling again (scripts/build-stamp.mjs); production bundles are not what it tests.
  if (inputs) recordBuild(process.cwd(), inputs, 'bundles');
}
