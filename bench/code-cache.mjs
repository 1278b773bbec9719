// tlslint's code cache in the bench (server/src/runner/code-cache.ts, off unless TLSLINT_CODE_CACHE
// asks for it): `tlslint-1` runs as a user's default does, without it; `tlslint-1-code-cache` runs
// with it, kept under .bench/build and filled once on examples/ (JavaScript and Python) before any
// round, as a user's second run would find it. Both figures are in the report.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './corpus.mjs';
import { jsonLength } from './python.mjs';

let dir;

export function primeCodeCache(build, log) {
  dir = path.join(build, 'code-cache');
  rmSync(dir, { recursive: true, force: true });
  spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--jobs', '1', '--format', 'json', '-o', path.join(build, 'prime.json'), 'examples'], { cwd: ROOT, env: { ...process.env, TLSLINT_CODE_CACHE: dir } });
  const made = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.v8')) : [];
  if (made.length < 2) throw new Error(`tlslint's code cache was not filled (${made.join(', ') || 'nothing'} in ${dir})`);
  log(`tlslint's code cache filled: ${made.join(', ')}`);
}

/** tlslint --jobs 1 with its code cache on, filled before the rounds. */
export function withCodeCache(node, cli, dir_, out) {
  return { id: 'tlslint-1-code-cache', label: 'tlslint --jobs 1 with its code cache (TLSLINT_CODE_CACHE, filled before the rounds)', cmd: node, argv: [cli, '--jobs', '1', '--format', 'json', '-o', `${out}-1-code-cache.json`, dir_], env: { ...process.env, TLSLINT_CODE_CACHE: dir }, linted: () => jsonLength(`${out}-1-code-cache.json`) };
}
