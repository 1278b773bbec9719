// A plain LSP client for tests: starts the built server over stdio and speaks JSON-RPC to it.
// Waits are on messages, each with a timeout; never on sleeps.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgress,
  type InitializeResult,
  type Message,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
} from 'vscode-languageserver-protocol/node';

export type ProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;
/** Something the server sent: a notification, a request to the client, or a $/progress value. */
export type ServerEvent =
  | { type: 'notification'; method: string; params: unknown }
  | { type: 'request'; method: string; params: unknown }
  | { type: 'progress'; token: string | number; value: ProgressValue };

export const SERVER = path.resolve(__dirname, '..', '..', '..', 'dist', 'server.js');

export interface TestClient {
  connection: ProtocolConnection;
  initializeResult: InitializeResult;
  process: ChildProcessWithoutNullStreams;
  stderr: () => string;
  /** Resolves with the next diagnostics for `uri` that satisfy `accept`. */
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  latest(uri: string): PublishDiagnosticsParams | undefined;
  /** Every textDocument/publishDiagnostics the server sent, in order. */
  published: PublishDiagnosticsParams[];
  /** Every message the client sent, in order (request ids, to cancel one after its answer). */
  sent: Message[];
  notifications: { method: string; params: unknown }[];
  /** Everything else the server sent, in order. */
  events: ServerEvent[];
  /** Resolves with the first event (already received or coming) that satisfies `accept`. */
  event<E extends ServerEvent>(accept: (e: ServerEvent) => e is E, timeoutMs?: number): Promise<E>;
  event(accept: (e: ServerEvent) => boolean, timeoutMs?: number): Promise<ServerEvent>;
  /** Replaces what the client answers to workspace/configuration from now on (per scope URI if a function). */
  setSettings(settings: SettingsSource): void;
  stop(): Promise<void>;
}

/** The `tlslint` section the client answers workspace/configuration with, for all or per scope URI. */
export type SettingsSource = Record<string, unknown> | ((scopeUri: string | undefined) => Record<string, unknown>);

export interface StartOptions {
  rootPath: string;
  settings?: SettingsSource;
  capabilities?: Record<string, unknown>;
  /** Workspace folders (default: rootPath alone). */
  folders?: string[];
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
}

export async function startClient(opts: StartOptions): Promise<TestClient> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe', env: { ...process.env, ...opts.env } });
  let err = '';
  child.stderr.on('data', (d) => (err += String(d)));
  const writer = new StreamMessageWriter(child.stdin);
  const sent: Message[] = [];
  const write = writer.write.bind(writer);
  writer.write = (m: Message) => (sent.push(m), write(m));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), writer);
  const latest = new Map<string, PublishDiagnosticsParams>();
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const notifications: { method: string; params: unknown }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    latest.set(p.uri, p);
    published.push(p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.accept(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  const events: ServerEvent[] = [];
  const eventWaiters: { accept: (e: ServerEvent) => boolean; resolve: (e: ServerEvent) => void }[] = [];
  const record = (e: ServerEvent) => {
    events.push(e);
    for (const w of [...eventWaiters]) {
      if (w.accept(e)) {
        eventWaiters.splice(eventWaiters.indexOf(w), 1);
        w.resolve(e);
      }
    }
  };
  let settings: SettingsSource = opts.settings ?? {};
  connection.onUnhandledNotification((n) => {
    notifications.push({ method: n.method, params: n.params });
    record({ type: 'notification', method: n.method, params: n.params });
  });
  connection.onRequest('workspace/configuration', (p: { items: { scopeUri?: string }[] }) =>
    p.items.map((item) => (typeof settings === 'function' ? settings(item.scopeUri) : settings)),
  );
  connection.onRequest('client/registerCapability', (p) => (record({ type: 'request', method: 'client/registerCapability', params: p }), null));
  connection.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
    connection.onProgress(WorkDoneProgress.type, p.token, (value) => record({ type: 'progress', token: p.token, value }));
    record({ type: 'request', method: 'window/workDoneProgress/create', params: p });
    return null;
  });
  connection.onRequest('window/showDocument', (p) => (record({ type: 'request', method: 'window/showDocument', params: p }), { success: true }));
  connection.listen();
  const rootUri = pathToFileURL(opts.rootPath).toString();
  const folders = (opts.folders ?? [opts.rootPath]).map((f, i) => ({ uri: pathToFileURL(f).toString(), name: `ws${i}` }));
  const initializeResult: InitializeResult = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: folders,
    capabilities: opts.capabilities ?? { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true } },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    initializeResult,
    process: child,
    stderr: () => err,
    notifications,
    events,
    event(accept: (e: ServerEvent) => boolean, timeoutMs = 10_000): Promise<ServerEvent> {
      const have = events.find(accept);
      if (have) return Promise.resolve(have);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching server event within ${timeoutMs} ms; stderr: ${err}`)), timeoutMs);
        eventWaiters.push({ accept, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      });
    },
    setSettings(s) {
      settings = s;
    },
    latest: (uri) => latest.get(uri),
    published,
    sent,
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

/** A temporary folder holding `files` (relative path → text). */
export function makeWorkspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tlslint-lsp-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

export const uriOf = (dir: string, name: string): string => pathToFileURL(path.join(dir, name)).toString();

/** Changes the settings the client answers with and tells the server, as VS Code does. */
export async function changeSettings(client: TestClient, settings: SettingsSource): Promise<void> {
  client.setSettings(settings);
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { tlslint: typeof settings === 'function' ? settings(undefined) : settings } });
}

/** A server and a workspace of `files` (empty by default) for one describe block: started before its tests, stopped and removed after. */
export function clientPerSuite(files: Record<string, string> = {}): { readonly dir: string; readonly client: TestClient } {
  const state: { dir?: string; client?: TestClient } = {};
  before(async () => {
    state.dir = makeWorkspace(files);
    state.client = await startClient({ rootPath: state.dir });
  });
  after(async () => {
    await state.client?.stop();
    if (state.dir) rmSync(state.dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return state.dir!;
    },
    get client() {
      return state.client!;
    },
  };
}
