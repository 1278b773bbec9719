#!/usr/bin/env node
// `npm test`: builds (the bundles and the three TypeScript projects at once, each unless its stamp
// in out/.build-stamps/ says it is built from the current sources; and tools/package, vsce, on
// first use: scripts/tools.mjs), runs the unit and protocol
// layer (scripts/test-unit.mjs), then the real-editor layer (scripts/test-e2e.mjs --if-possible).
// Exit code 1 if any step failed; a failing layer does not stop the other.
//   TLSLINT_E2E=0           skip the real-editor layer (see scripts/test-e2e.mjs)
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsCurrent, inputsHash, recordBuild } from './build-stamp.mjs';
import { toolsCurrent } from './tools.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs `node args…` from the root; output inherited, or collected when `collect` is set. */
function node(args, { collect = false } = {}) {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: collect ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (collect) {
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
    }
    child.on('error', (err) => resolve({ code: 1, output: `${output}${err.message}\n`, ms: Date.now() - t0 }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output, ms: Date.now() - t0 }));
  });
}

const t0 = Date.now();
const inputs = inputsHash(root);
const steps = [
  ...(buildIsCurrent(root, inputs, 'bundles') ? [] : [['esbuild.mjs']]),
  ...(buildIsCurrent(root, inputs, 'compiled') ? [] : [[tsc, '-p', 'tsconfig.json'], [tsc, '-p', 'client/tsconfig.json'], [tsc, '-p', 'test/e2e/tsconfig.json']]),
  // vsce, for the two tests that package the extension: installed here, before they may run at once.
  ...(toolsCurrent('package') ? [] : [['scripts/tools.mjs', 'package']]),
];
if (steps.length === 0) {
  console.log('npm test: dist/ and out/ are built from the current sources (out/.build-stamps/); no build needed');
} else {
  const build = await Promise.all(steps.map((args) => node(args, { collect: true })));
  for (const b of build) process.stdout.write(b.output);
  if (build.some((b) => b.code !== 0)) {
    console.error('npm test: the build failed (above); no tests ran.');
    process.exit(1);
  }
  // esbuild.mjs records the bundles' stamp itself.
  if (steps.some((args) => args[0] === tsc)) recordBuild(root, inputs, 'compiled');
  console.log(`npm test: built (${steps.map((a) => a.at(-1)).join(', ')}) in ${seconds(Date.now() - t0)}`);
}

const unit = await node(['scripts/test-unit.mjs']);
const e2e = await node(['scripts/test-e2e.mjs', '--if-possible']);
const verdict = (r) => (r.code === 0 ? 'passed' : `FAILED (exit ${r.code})`);
console.log(`\nnpm test: unit and protocol layer ${verdict(unit)} in ${seconds(unit.ms)}; real-editor layer ${verdict(e2e)} in ${seconds(e2e.ms)}; ${seconds(Date.now() - t0)} in all`);
process.exit(unit.code === 0 && e2e.code === 0 ? 0 : 1);
