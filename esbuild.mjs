// One build script for every bundle: `node esbuild.mjs [--watch] [--production]`.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { inputsHash, recordBuild } from './scripts/build-stamp.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// Every module that imports typescript would otherwise get its own copy of its thousands of
// exports at start-up (esbuild's CommonJS interop); through this one module they share one. Its
// default export is typescript's own exports object, not the interop namespace, whose every
// property is a getter: `ts.SyntaxKind` in the engine's hot loops would be a function call each
// time (about a tenth of the CPU time of a scan).
const typescriptOnce = {
  name: 'typescript-once',
  setup(build) {
    build.onResolve({ filter: /^typescript$/ }, (args) => (args.namespace === 'typescript-once' ? undefined : { path: 'typescript', namespace: 'typescript-once' }));
    build.onLoad({ filter: /.*/, namespace: 'typescript-once' }, () => ({ contents: "import * as ts from 'typescript';\nexport default ts.default;\n", loader: 'js', resolveDir: process.cwd() }));
  },
};

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
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // `tlslint --jobs N` starts it from dist/cli.js (server/src/cli/pool.ts).
  { entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/worker.js' },
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
