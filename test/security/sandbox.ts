// Running the built CLI and language server the way the security tests need: without network (a
// new network namespace, `unshare -n`), with a preload that records every attempt to open a
// connection or resolve a name, and against workspaces full of traps.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';

export const REPO = path.resolve(__dirname, '..', '..', '..');
export const CLI = path.join(REPO, 'dist', 'cli.js');
export const SERVER = path.join(REPO, 'dist', 'server.js');

/** A temporary folder holding `files` (relative path → text). */
export function workspace(files: Record<string, string>, prefix = 'tlslint-sec-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/**
 * A preload (node --require) that makes every network entry point record the attempt in `log`
 * and fail: sockets, DNS, HTTP(S), HTTP/2, TLS, UDP and fetch. It also loads in worker threads,
 * which inherit the flag.
 */
export function networkRecorder(dir: string): { preload: string; log: string; attempts: () => string[] } {
  const log = path.join(dir, 'network-attempts.log');
  const preload = path.join(dir, 'record-network.cjs');
  writeFileSync(log, '');
  writeFileSync(preload, `
const fs = require('fs');
const record = (what) => { fs.appendFileSync(${JSON.stringify(log)}, what + '\\n'); };
const deny = (what) => function () { record(what); throw new Error('network access denied by test: ' + what); };
const net = require('net');
net.Socket.prototype.connect = deny('net.Socket.connect');
net.connect = net.createConnection = deny('net.connect');
const dns = require('dns');
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveTxt', 'reverse']) dns[k] = deny('dns.' + k);
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6']) dns.promises[k] = deny('dns.promises.' + k);
for (const m of ['http', 'https']) { const mod = require(m); mod.request = deny(m + '.request'); mod.get = deny(m + '.get'); }
require('http2').connect = deny('http2.connect');
require('tls').connect = deny('tls.connect');
require('dgram').createSocket = deny('dgram.createSocket');
globalThis.fetch = deny('fetch');
`);
  return { preload, log, attempts: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

/** Runs a command in a new network namespace (only a loopback that is down). Throws when that is impossible. */
export function isolatedArgv(argv: string[]): string[] {
  return ['unshare', '--net', '--', ...argv];
}

/** Fails loudly (it is a test that must run) when network namespaces cannot be made here. */
export function assertUnshareWorks(): void {
  const probe = spawnSync('unshare', ['--net', '--', process.execPath, '-e', "require('net').connect(80, '192.0.2.1').on('error', (e) => { console.log(e.code); })"], { encoding: 'utf8', timeout: 20_000 });
  if (probe.error || probe.status !== 0 || !/ENETUNREACH|EHOSTUNREACH|ENETDOWN/.test(probe.stdout)) {
    throw new Error(`cannot run without network: \`unshare --net\` failed (${probe.error?.message ?? `exit ${probe.status}: ${probe.stderr}${probe.stdout}`}). These tests need util-linux's unshare and permission to create network namespaces (root or user namespaces).`);
  }
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], opts: { cwd: string; isolated?: boolean; preload?: string; nodeFlags?: string[]; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Run {
  const node = [process.execPath, ...(opts.nodeFlags ?? []), ...(opts.preload ? ['--require', opts.preload] : []), CLI, ...args];
  const argv = opts.isolated ? isolatedArgv(node) : node;
  const r = spawnSync(argv[0], argv.slice(1), { cwd: opts.cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...opts.env }, timeout: opts.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface ServerSession {
  connection: ProtocolConnection;
  child: ChildProcessWithoutNullStreams;
  stderr: () => string;
  /** The latest diagnostics per URI. */
  diagnostics: Map<string, PublishDiagnosticsParams>;
  waitFor(uri: string, accept: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  stop(): Promise<number | null>;
}

/** Starts dist/server.js over stdio (optionally without network, with a preload and node flags) and initializes it on `root`. */
export async function startServer(root: string, opts: { isolated?: boolean; preload?: string; nodeFlags?: string[]; env?: NodeJS.ProcessEnv } = {}): Promise<ServerSession> {
  const node = [process.execPath, ...(opts.nodeFlags ?? []), ...(opts.preload ? ['--require', opts.preload] : []), SERVER, '--stdio'];
  const argv = opts.isolated ? isolatedArgv(node) : node;
  const child = spawn(argv[0], argv.slice(1), { stdio: 'pipe', env: { ...process.env, ...opts.env } });
  let err = '';
  child.stderr.on('data', (d) => (err += String(d)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    diagnostics.set(p.uri, p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.accept(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onUnhandledNotification(() => {});
  connection.listen();
  const uri = pathToFileURL(root).toString();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'ws' }], capabilities: { workspace: { configuration: true, workspaceFolders: true } } });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    child,
    stderr: () => err,
    diagnostics,
    waitFor(target, accept, timeoutMs = 20_000) {
      const have = diagnostics.get(target);
      if (have && accept(have)) return Promise.resolve(have);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${target} within ${timeoutMs} ms; stderr: ${err}`)), timeoutMs);
        waiters.push({ uri: target, accept, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
    async stop() {
      const exited = new Promise<number | null>((resolve) => {
        if (child.exitCode !== null) resolve(child.exitCode);
        else child.once('exit', (code) => resolve(code));
      });
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        /* gone already */
      }
      const timer = setTimeout(() => child.kill(), 5000);
      const code = await exited;
      clearTimeout(timer);
      connection.dispose();
      return code;
    },
  };
}

export const SCAN_WORKSPACE = 'tlslint.server.scanWorkspace';
