// code-server (VS Code 1.139 server + web workbench, from npm, on its own Node 24) and Debian's
// chromium driven by playwright-core. One isolated code-server per runner: its own port, user data,
// extensions folder and HOME under the run folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CODE_SERVER_ENTRY, HOME_DIR, NODE24, NODE24_HOME, isolatedEnv } from './env.mjs';
import { RESTRICTED_USER_SETTINGS, USER_SETTINGS } from './user-settings.mjs';
import { freePort, poll, run, start } from './proc.mjs';

function dirs(runDir) {
  const data = path.join(runDir, 'code-server');
  return { data, user: path.join(data, 'user'), exts: path.join(data, 'extensions'), config: path.join(data, 'config.yaml') };
}

function codeServerEnv(extra) {
  // code-server forks its extension host with this Node; PATH first so that anything spawning `node` gets 24 too.
  return isolatedEnv({ PATH: `${path.join(NODE24_HOME, 'bin')}:${process.env.PATH}`, ...extra });
}

function baseArgs(runDir, settings = USER_SETTINGS) {
  const d = dirs(runDir);
  mkdirSync(path.join(d.user, 'User'), { recursive: true });
  mkdirSync(d.exts, { recursive: true });
  mkdirSync(HOME_DIR, { recursive: true });
  mkdirSync(path.join(path.dirname(HOME_DIR), 'tmp'), { recursive: true });
  writeFileSync(path.join(d.user, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  return [CODE_SERVER_ENTRY, '--user-data-dir', d.user, '--extensions-dir', d.exts, '--config', d.config, '--disable-telemetry', '--disable-update-check'];
}

/** `code-server --install-extension <vsix>` into the run's own extensions folder. */
export async function installExtension(runDir, vsix) {
  const r = await run(NODE24, [...baseArgs(runDir), '--install-extension', vsix], { env: codeServerEnv(), quiet: true, timeoutMs: 120_000, log: path.join(runDir, 'install-extension.log') });
  if (r.code !== 0 || !/successfully installed/i.test(r.output)) throw new Error(`code-server --install-extension failed (${r.code}):\n${r.output}`);
  return r.output.trim();
}

/**
 * Starts code-server on a free port and waits for /healthz. `smokeTestDriver` is needed for the
 * test payload: VS Code >= 1.10x honours it in a built workbench only with that option on.
 * `restricted`: workspace trust on and nobody to grant it, so the folder opens in Restricted Mode.
 */
export async function startCodeServer(runDir, { smokeTestDriver = false, restricted = false, env = {} } = {}) {
  const port = await freePort();
  const trust = restricted ? [] : ['--disable-workspace-trust'];
  const args = [...baseArgs(runDir, restricted ? RESTRICTED_USER_SETTINGS : USER_SETTINGS), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, ...trust, '--disable-getting-started-override'];
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  const log = path.join(runDir, 'code-server.log');
  const server = start(NODE24, args, { env: codeServerEnv(env), log });
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  server.exited.then(() => (exited = true));
  try {
    await poll(`code-server on ${url} (log: ${log})`, async () => {
      if (exited) throw new Error(`code-server exited before it was ready; see ${log}`);
      return fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    }, { timeoutMs: 60_000, everyMs: 200 });
  } catch (err) {
    await server.stop();
    throw err;
  }
  return { url, port, log, stop: () => server.stop() };
}

export async function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // --no-sandbox: CI runs as root. The rest keeps chromium off the network and quiet.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    env: isolatedEnv(),
  });
}
