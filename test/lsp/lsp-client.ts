// A plain LSP client for tests: starts the built server over stdio and speaks JSON-RPC to it.
// Waits are on messages, each with a timeout; never on sleeps.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = path.resolve(__dirname, '..', '..', '..', 'dist', 'server.js');

export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcessWithoutNullStreams;
  stderr: () => string;
  /** Resolves with the next diagnostics for `uri` that satisfy `accept`. */
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  latest(uri: string): PublishDiagnosticsParams | undefined;
  notifications: { method: string; params: unknown }[];
  stop(): Promise<void>;
}

export interface StartOptions {
  rootPath: string;
  settings?: Record<string, unknown>;
  capabilities?: Record<string, unknown>;
}

export async function startClient(opts: StartOptions): Promise<TestClient> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  let err = '';
  child.stderr.on('data', (d) => (err += String(d)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const latest = new Map<string, PublishDiagnosticsParams>();
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const notifications: { method: string; params: unknown }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    latest.set(p.uri, p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.accept(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  connection.onUnhandledNotification((n) => notifications.push({ method: n.method, params: n.params }));
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => opts.settings ?? {}));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('window/showDocument', () => ({ success: true }));
  connection.listen();
  const rootUri = pathToFileURL(opts.rootPath).toString();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'ws' }],
    capabilities: opts.capabilities ?? { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true } },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    stderr: () => err,
    notifications,
    latest: (uri) => latest.get(uri),
    diagnostics(uri, accept = () => true, timeoutMs = 10_000) {
      const have = latest.get(uri);
      if (have && accept(have)) return Promise.resolve(have);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${err}`)), timeoutMs);
        waiters.push({ uri, accept, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        /* already gone */
      }
      connection.dispose();
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(() => {
            child.kill();
            resolve();
          }, 2000);
          child.once('exit', () => (clearTimeout(t), resolve()));
        });
      }
    },
  };
}

export function open(client: TestClient, uri: string, text: string, languageId = 'typescript', version = 1): Promise<void> {
  return client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
}
