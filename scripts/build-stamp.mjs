// Whether the bundles (dist/, esbuild) and the compiled tests (out/, tsc) are those of the sources
// as they are now, so that `npm test` can skip a build that would change nothing (about 8 s of a
// cached run on a 2-core machine). Each stamp holds a hash of every build input and the size and
// time of every output of its step; a changed source, lock file or Node version, or an output
// rebuilt or deleted since (`npm run package` writes production bundles), means a build.
// esbuild.mjs records the bundles' stamp (so `npm ci`, whose prepare script bundles, leaves them
// current); scripts/test.mjs records the compiled one.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const INPUT_DIRS = ['protocol', 'rules', 'server', 'client', 'test', 'bench', 'docs'];
const INPUT_FILES = ['tsconfig.json', 'esbuild.mjs', 'scripts/typescript-once.mjs', 'scripts/tree-sitter-node-handle.mjs', 'package.json', 'package-lock.json', 'node_modules/.package-lock.json'];
const OUTPUTS = {
  bundles: ['dist/cli.js', 'dist/cli-main.js', 'dist/worker.js', 'dist/server.js', 'dist/extension.js', 'dist/eslint-plugin.js', 'dist/web-tree-sitter.wasm', 'dist/tree-sitter-python.wasm'],
  compiled: ['out/.tsbuildinfo/root.tsbuildinfo', 'out/.tsbuildinfo/client.tsbuildinfo', 'out/.tsbuildinfo/e2e.tsbuildinfo', 'out/e2e/vscode/index.cjs'],
};
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** A hash of every build input: take it before building, record it after. */
export function inputsHash(root) {
  const hash = createHash('sha256').update(process.version);
  const add = (rel) => hash.update(`\0${rel}\0`).update(readFileSync(path.join(root, rel)));
  const walk = (rel) => {
    for (const e of readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory() && !SKIPPED_DIRS.has(e.name)) walk(child);
      else if (e.isFile()) add(child);
    }
  };
  for (const d of INPUT_DIRS) if (existsSync(path.join(root, d))) walk(d);
  for (const f of INPUT_FILES) if (existsSync(path.join(root, f))) add(f);
  return hash.digest('hex');
}

function outputsState(root, step) {
  return OUTPUTS[step].map((f) => {
    const p = path.join(root, f);
    if (!existsSync(p)) return `${f} missing`;
    const st = statSync(p);
    return `${f} ${st.size} ${st.mtimeMs}`;
  });
}

const stampFile = (root, step) => path.join(root, 'out', '.build-stamps', `${step}.json`);

/** True when the last recorded build of `step` ('bundles' or 'compiled') was of `inputs` and its outputs are untouched. */
export function buildIsCurrent(root, inputs, step) {
  try {
    const stamp = JSON.parse(readFileSync(stampFile(root, step), 'utf8'));
    const outputs = outputsState(root, step);
    return !outputs.some((o) => o.endsWith(' missing')) && stamp.inputs === inputs && JSON.stringify(stamp.outputs) === JSON.stringify(outputs);
  } catch {
    return false;
  }
}

/** Records a successful build of `step` from `inputs` (hashed before it started). */
export function recordBuild(root, inputs, step) {
  mkdirSync(path.dirname(stampFile(root, step)), { recursive: true });
  writeFileSync(stampFile(root, step), `${JSON.stringify({ inputs, outputs: outputsState(root, step) }, null, 2)}\n`);
}
