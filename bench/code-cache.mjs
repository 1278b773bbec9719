// tlslint's code cache in the bench (server/src/runner/code-cache.ts): kept under .bench/build and
// filled once, on examples/ (JavaScript and Python), before any round, so that every `tlslint-*`
// run starts as a user's second run does; `tlslint-1-cold` runs without it (a first run, a fresh
// CI job), so both figures are in the report.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './corpus.mjs';
import { jsonLength } from './python.mjs';

export function primeCodeCache(build, log) {
  const dir = path.join(build, 'code-cache');
  rmSync(dir, { recursive: true, force: true });
  process.env.TLSLINT_CODE_CACHE = dir;
  spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--jobs', '1', '--format', 'json', '-o', path.join(build, 'prime.json'), 'examples'], { cwd: ROOT });
  const made = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.v8')) : [];
  if (made.length < 2) throw new Error(`tlslint's code cache was not filled (${made.join(', ') || 'nothing'} in ${dir})`);
  log(`tlslint's code cache filled: ${made.join(', ')}`);
}

/** tlslint --jobs 1 with its code cache off: the bundles compiled anew, as in a first run. */
export function coldStart(node, cli, dir, out) {
  return { id: 'tlslint-1-cold', label: 'tlslint --jobs 1, first run (no code cache: TLSLINT_CODE_CACHE=off)', cmd: node, argv: [cli, '--jobs', '1', '--format', 'json', '-o', `${out}-1-cold.json`, dir], env: { ...process.env, TLSLINT_CODE_CACHE: 'off' }, linted: () => jsonLength(`${out}-1-cold.json`) };
}
