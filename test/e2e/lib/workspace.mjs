// Scratch workspaces: every editor test works on a fresh copy of examples/, never on the repo's.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, RUN_DIR, isMain, keepArtifacts } from './env.mjs';
import { seconds } from './proc.mjs';

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

/** What building and packing the npm package does not read: leaving it out of a copy of the sources keeps it small (and pre-commit's rev stable while only tests change). */
const NOT_PACKAGED = /^(test|bench|examples|images|tools|\.ci)\//;

/** Copies this tree's files (tracked and new, not git-ignored) that a build and `npm pack` read into `dir`. */
export function copySources(dir, env) {
  const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ls-files failed (${r.status}): ${r.stderr}`);
  for (const f of r.stdout.split('\0').filter((f) => f && !NOT_PACKAGED.test(f))) {
    try {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      copyFileSync(path.join(ROOT, f), path.join(dir, f));
    } catch (err) {
      if (err.code !== 'ENOENT') throw err; // deleted in the working tree but still in the index
    }
  }
}

/** The CLI's JSON report for `paths` (run from `cwd`): the reference the editors are compared with. */
export function cliReport(paths, cwd) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--format', 'json', ...paths], { cwd, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`tlslint CLI failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/**
 * Runs a check that throws on failure in a run folder made by makeRunDir: prints PASS or FAIL with
 * the time, removes the folder after a pass and keeps it in the artifacts after a failure.
 */
export async function checkInRunDir(dir, check) {
  const t0 = Date.now();
  let ok = false;
  try {
    await check();
    ok = true;
  } catch (err) {
    console.log(`  ${err.message}`);
  }
  console.log(`  ${ok ? 'PASS' : 'FAIL'}; ${seconds(Date.now() - t0)}`);
  if (ok) rmSync(dir, { recursive: true, force: true });
  else console.log(`  logs and workspace kept in ${keepArtifacts(dir)}`);
  return ok;
}

/** Runs `main` (resolving to pass or fail) when `meta` is the script node was started with. */
export function exitWith(meta, main) {
  if (!isMain(meta)) return;
  main().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
