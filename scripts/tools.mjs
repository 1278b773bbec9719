#!/usr/bin/env node
// Tools that only packaging and the benchmarks run live in folders of their own under tools/, each
// with a package.json and a lock file, installed from the npm registry on first use rather than by
// every `npm ci` of the project: vsce alone is 230 packages, more than the rest of the
// devDependencies together. A folder counts as installed when its node_modules holds the stamp of
// the lock file it was installed from; a changed lock file installs it again.
//   node scripts/tools.mjs <package|bench|eslint>     (installs if needed, prints the folder)
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TOOLS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'tools');
const STAMP = path.join('node_modules', '.tlslint-installed');

/** The folder of a tool set: tools/<name>. */
export function toolsDir(name) {
  const dir = path.join(TOOLS, name);
  if (!existsSync(path.join(dir, 'package-lock.json'))) throw new Error(`tools/${name}/package-lock.json does not exist`);
  return dir;
}

/** sha256 of what an install of the folder is made from: its package.json and lock file. */
function lockHash(dir) {
  const hash = createHash('sha256');
  for (const f of ['package.json', 'package-lock.json']) hash.update(readFileSync(path.join(dir, f)));
  return hash.digest('hex');
}

/** Whether tools/<name> is installed from its current lock file. */
export function toolsCurrent(name) {
  const dir = toolsDir(name);
  try {
    return readFileSync(path.join(dir, STAMP), 'utf8') === lockHash(dir);
  } catch {
    return false;
  }
}

/**
 * Installs tools/<name> with `npm ci` unless it is current; returns the folder. Not safe to call
 * from two processes at once for the same folder: scripts/test.mjs installs before the layers start.
 */
export function ensureTools(name, log = (m) => process.stderr.write(`${m}\n`)) {
  const dir = toolsDir(name);
  if (toolsCurrent(name)) return dir;
  log(`tools: npm ci in tools/${name} (first use, or its lock file changed)`);
  // The calling npm's settings (npm run sets npm_config_*, npm_package_*) belong to the root project.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_(config|package|lifecycle)_/i.test(k)));
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'], env });
  if (r.status !== 0) throw new Error(`npm ci in tools/${name} failed (exit ${r.status ?? r.signal}${r.error ? `: ${r.error.message}` : ''})`);
  writeFileSync(path.join(dir, STAMP), lockHash(dir));
  return dir;
}

/** The path of a bin a tool set's package declares (package.json "bin"). */
export function toolBin(name, pkg, bin) {
  const root = path.join(toolsDir(name), 'node_modules', ...pkg.split('/'));
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const rel = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin ?? pkg.split('/').pop()];
  if (!rel) throw new Error(`${pkg} declares no bin ${bin ?? ''}`);
  return path.join(root, rel);
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.stdout.write(`${ensureTools(process.argv[2] ?? '')}\n`);
  } catch (err) {
    process.stderr.write(`tools: ${err.message}\n`);
    process.exitCode = 1;
  }
}
