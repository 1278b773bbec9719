// Scratch workspaces: every editor test works on a fresh copy of examples/, never on the repo's.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { ROOT, RUN_DIR } from './env.mjs';

export const EXAMPLES = path.join(ROOT, 'examples');

/** A new run folder under .e2e/run/ holding `ws/`, a copy of examples/. */
export function makeRunDir(name) {
  mkdirSync(RUN_DIR, { recursive: true });
  const dir = mkdtempSync(path.join(RUN_DIR, `${name}-`));
  const ws = path.join(dir, 'ws');
  cpSync(EXAMPLES, ws, { recursive: true });
  if (realpathSync(ws).startsWith(realpathSync(EXAMPLES) + path.sep)) throw new Error(`workspace ${ws} is inside examples/`);
  return { dir, ws };
}

/** The CLI's JSON report for `paths` (run from `cwd`): the reference the editors are compared with. */
export function cliReport(paths, cwd) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--format', 'json', ...paths], { cwd, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`tlslint CLI failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}
