// Builds tlslint.vsix with `npm run package`, in a staging copy of the repository (sources, scripts
// and node_modules linked) so the production build never rewrites the repo's dist/ while other
// tests use it. A vsix built from the same inputs (every file the build reads, and the lock files
// of the project and of tools/package) is kept under .e2e/vsix-cache/ and reused: a cached test
// run does not package again. The UI smoke test (test/e2e/ui-smoke.mjs) and test/vsix use it.
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { E2E_DIR, ROOT, RUN_DIR, withoutNpmEnv } from './env.mjs';
import { run } from './proc.mjs';

const LINKED = ['client', 'server', 'rules', 'protocol', 'node_modules', 'esbuild.mjs', 'scripts/build-stamp.mjs', 'scripts/typescript-once.mjs', 'scripts/package.mjs', 'scripts/tools.mjs'];
const COPIED = ['package.json', 'README.vsix.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'images', 'docs/rules'];
const CACHE_DIR = path.join(E2E_DIR, 'vsix-cache');

/** sha256 over the path and bytes of every input of the build, in a fixed order. */
export function vsixInputsHash() {
  const hash = createHash('sha256');
  const add = (rel) => {
    hash.update(`${rel}\0`);
    hash.update(readFileSync(path.join(ROOT, rel)));
  };
  const walk = (rel) => {
    for (const e of readdirSync(path.join(ROOT, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = path.join(rel, e.name);
      if (e.isDirectory()) walk(child);
      else if (e.isFile()) add(child);
    }
  };
  for (const name of LINKED) if (name !== 'node_modules') (name.includes('.') ? add : walk)(name);
  for (const name of [...COPIED, 'package-lock.json', 'tools/package/package-lock.json']) (statSync(path.join(ROOT, name)).isDirectory() ? walk : add)(name);
  return hash.digest('hex');
}

/** Returns the path of the .vsix, in a new folder under .e2e/run/ that the caller removes. */
export async function packageVsix() {
  mkdirSync(RUN_DIR, { recursive: true });
  const stage = mkdtempSync(path.join(RUN_DIR, 'vsix-'));
  const out = path.join(stage, 'tlslint.vsix');
  const cached = path.join(CACHE_DIR, `${vsixInputsHash()}.vsix`);
  if (existsSync(cached)) {
    copyFileSync(cached, out);
    return out;
  }
  for (const name of [...LINKED, ...COPIED]) mkdirSync(path.dirname(path.join(stage, name)), { recursive: true });
  for (const name of LINKED) symlinkSync(path.join(ROOT, name), path.join(stage, name));
  for (const name of COPIED) cpSync(path.join(ROOT, name), path.join(stage, name), { recursive: true });
  const r = await run('npm', ['run', 'package'], { cwd: stage, quiet: true, timeoutMs: 180_000, env: { ...withoutNpmEnv(), npm_config_update_notifier: 'false' } });
  if (r.code !== 0) throw new Error(`npm run package failed (${r.code}):\n${r.output}`);
  // One cached vsix: the last build's.
  rmSync(CACHE_DIR, { recursive: true, force: true });
  mkdirSync(CACHE_DIR, { recursive: true });
  copyFileSync(out, cached);
  return out;
}
