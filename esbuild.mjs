// One build script for every bundle: `node esbuild.mjs [--watch] [--production]`.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inputsHash, recordBuild } from './scripts/build-stamp.mjs';
import { treeSitterNodeHandle } from './scripts/tree-sitter-node-handle.mjs';
import { TYPESCRIPT_BESIDE, typescriptBeside, typescriptOnce } from './scripts/typescript-once.mjs';

// `npm pack` and `npm publish` run the prepare script too: the package gets the small bundles.
const production = process.argv.includes('--production') || ['pack', 'publish'].includes(process.env.npm_command ?? '');
const watch = process.argv.includes('--watch');

// Every rule's page (docs/rules/<id>.md), carried in the bundles for SARIF's help.markdown
// (rules/docs-pages.ts): the tool never reads docs/ at run time.
const rulePages = Object.fromEntries(
  readdirSync('docs/rules').filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => [f.slice(0, -3), readFileSync(`docs/rules/${f}`, 'utf8')]),
);

// Hashed before building: a source saved meanwhile makes the stamp stale, not wrong. It also names
// the build inside the bundles (TLSLINT_BUILD_ID: --cache drops results of another build).
const inputs = inputsHash(process.cwd());

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // ASCII output (escapes for the rest): V8 keeps a script's source as one-byte text then, not
  // two-byte, which halves the heap every thread spends on the bundle's source (15 MB of it).
  charset: 'ascii',
  // treeSitterNodeHandle: every tree-sitter Node half the heap (scripts/tree-sitter-node-handle.mjs).
  plugins: [typescriptBeside, typescriptOnce, treeSitterNodeHandle],
  // Under --watch the sources change without a new id: the bundle then hashes itself (cli/cache.ts).
  define: { TLSLINT_RULE_PAGES: JSON.stringify(rulePages), ...(watch ? {} : { TLSLINT_BUILD_ID: JSON.stringify(inputs.slice(0, 16)) }) },
  // The .wasm files are found at run time (copied beside the bundles below), never bundled.
  external: ['*.wasm'],
  alias: {
    // jsonc-parser's "main" is a UMD wrapper whose require() calls esbuild cannot follow (the bundle
    // would fail at run time with "Cannot find module './impl/format'"); its ES module build bundles.
    'jsonc-parser': 'jsonc-parser/lib/esm/main.js',
    // web-tree-sitter's CommonJS build: its ES module build reads import.meta.url, empty in a CommonJS bundle.
    'web-tree-sitter': './node_modules/web-tree-sitter/web-tree-sitter.cjs',
  },
};

const entries = [
  // The `tlslint` command: a small first script that loads the command's bundle through V8's code cache.
  { entryPoints: ['server/src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-main.js' },
  // `tlslint --jobs N` and the workspace scan start it (server/src/runner/pool.ts).
  { entryPoints: ['server/src/runner/worker.ts'], outfile: 'dist/worker.js' },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  // The ESLint plugin, `tlslint/eslint-plugin` in package.json's exports.
  { entryPoints: ['server/src/eslint/index.ts'], outfile: 'dist/eslint-plugin.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', '*.wasm'] },
].filter((e) => existsSync(e.entryPoints[0]));
// typescript, which the bundles above require from beside them when they first need it (typescriptBeside).
entries.push({ stdin: { contents: "module.exports = require('typescript');", resolveDir: process.cwd(), sourcefile: 'typescript-beside.js' }, outfile: `dist/${TYPESCRIPT_BESIDE}`, plugins: [], sourcemap: false });

// The Python parser's WebAssembly (server/src/lang/python/parser.ts loads them from beside the bundle).
const require = createRequire(import.meta.url);
const WASM = [require.resolve('web-tree-sitter/web-tree-sitter.wasm'), require.resolve('tree-sitter-python/tree-sitter-python.wasm')];
function copyWasm() {
  mkdirSync('dist', { recursive: true });
  for (const file of WASM) copyFileSync(file, `dist/${file.slice(file.lastIndexOf('/') + 1)}`);
}

const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
copyWasm();
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  // What npm test reads to skip bundling again (scripts/build-stamp.mjs); production bundles are not what it tests.
  if (!production) recordBuild(process.cwd(), inputs, 'bundles');
}
