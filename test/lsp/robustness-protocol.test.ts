// The language server survives whatever arrives on the wire: bytes that are not JSON-RPC, methods
// it does not know, requests out of order or with malformed parameters, and it says so with
// JSON-RPC errors rather than by dying. Spoken to byte by byte, not through a client library that
// would refuse to send such messages.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { makeWorkspace, SERVER } from './lsp-client.js';

interface Message {
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** The server over stdio, with a frame reader and a raw writer. */
class Wire {
  readonly child: ChildProcessWithoutNullStreams;
  readonly received: Message[] = [];
  private buffer = Buffer.alloc(0);
  private waiters: { accept: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  stderr = '';

  constructor() {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    this.child.stderr.on('data', (d) => (this.stderr += String(d)));
    this.child.stdout.on('data', (d: Buffer) => this.read(d));
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const header = this.buffer.subarray(0, end).toString('ascii');
      const length = Number(/Content-Length: *(\d+)/i.exec(header)?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.received.push(message);
      for (const w of [...this.waiters]) {
        if (w.accept(message)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(message);
        }
      }
    }
  }

  raw(bytes: string | Buffer): void {
    this.child.stdin.write(bytes);
  }

  /** A frame with a correct Content-Length around any body. */
  frame(body: string | Buffer): void {
    const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    this.raw(Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`, 'ascii'), b]));
  }

  send(message: Message): void {
    this.frame(JSON.stringify({ jsonrpc: '2.0', ...message }));
  }

  next(accept: (m: Message) => boolean, timeoutMs = 15_000): Promise<Message> {
    const have = this.received.find(accept);
    if (have) return Promise.resolve(have);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching message within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({ accept, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  private nextId = 1000;
  async request(method: string, params?: unknown): Promise<Message> {
    const id = this.nextId++;
    this.send({ id, method, params });
    return this.next((m) => m.id === id && m.method === undefined);
  }

  notify(method: string, params?: unknown): void {
    this.send({ method, params });
  }

  exited(): Promise<number | null> {
    return new Promise((resolve) => (this.child.exitCode !== null ? resolve(this.child.exitCode) : this.child.once('exit', (code) => resolve(code))));
  }

  async initialize(root: string): Promise<void> {
    const uri = pathToFileURL(root).toString();
    const r = await this.request('initialize', { processId: null, rootUri: uri, workspaceFolders: [{ uri, name: 'ws' }], capabilities: {} });
    assert.ok(r.result, JSON.stringify(r));
    this.notify('initialized', {});
  }

  /** Proves the server still answers: a request it must serve. */
  async alive(): Promise<void> {
    const r = await this.request('workspace/executeCommand', { command: 'tlslint.server.clearWorkspaceResults', arguments: [] });
    assert.deepEqual(r.result, { cleared: 0 }, JSON.stringify(r));
  }

  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) {
      await this.request('shutdown').catch(() => undefined);
      this.notify('exit');
    }
    const timer = setTimeout(() => this.child.kill(), 5000);
    const code = await this.exited();
    clearTimeout(timer);
    return code;
  }
}

const INSECURE = "import tls from 'tls';\ntls.connect({ host: 'example.com', servername: 'example.com', rejectUnauthorized: false });\n";

describe('language server: malformed JSON-RPC, unknown methods, out-of-order requests', () => {
  it('survives frames that are not JSON-RPC and keeps serving', async () => {
    const dir = makeWorkspace({ 'a.ts': INSECURE });
    const wire = new Wire();
    try {
      wire.frame('{not json');
      wire.frame('[]');
      wire.frame('42');
      wire.frame('null');
      wire.frame('{"jsonrpc":"2.0","id":5}');
      wire.frame('{"jsonrpc":"2.0","method":7}');
      wire.frame(Buffer.from([0xff, 0xfe, 0x7b, 0x00]));
      wire.frame(`{"jsonrpc":"2.0","method":"x","params":"${'\u{1F600}'.repeat(1000)}"}`);
      wire.raw('Garbage header without a length\r\n\r\n');
      await wire.initialize(dir);
      await wire.alive();
      assert.equal(wire.child.exitCode, null);
    } finally {
      assert.equal(await wire.stop(), 0, wire.stderr);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers unknown requests with MethodNotFound and ignores unknown notifications', async () => {
    const dir = makeWorkspace({ 'a.ts': INSECURE });
    const wire = new Wire();
    try {
      await wire.initialize(dir);
      const unknown = await wire.request('tlslint/doesNotExist', { x: 1 });
      assert.equal(unknown.error?.code, -32601);
      const dollar = await wire.request('$/unknownRequest');
      assert.equal(dollar.error?.code, -32601);
      wire.notify('tlslint/unknownNotification', {});
      wire.notify('$/unknownNotification', {});
      const command = await wire.request('workspace/executeCommand', { command: 'tlslint.server.noSuchCommand', arguments: [1, 2] });
      assert.equal(command.error, undefined);
      await wire.alive();
    } finally {
      assert.equal(await wire.stop(), 0, wire.stderr);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('survives requests before initialize, changes to documents it never saw, and a second initialize', async () => {
    const dir = makeWorkspace({ 'a.ts': INSECURE });
    const uri = pathToFileURL(path.join(dir, 'a.ts')).toString();
    const wire = new Wire();
    try {
      const early = await wire.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
      // LSP: a request before initialize is answered with ServerNotInitialized (-32002).
      assert.equal(early.error?.code, -32002, JSON.stringify(early));
      wire.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text: INSECURE } });
      // Give a server that would lint before initialize the time to do it (its debounce is shorter).
      await new Promise((r) => setTimeout(r, 500));
      await wire.initialize(dir);
      // Nothing may reach the client before the initialize result; the document opened early is
      // linted once the server is initialized.
      const published = await wire.next((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
      const initResult = wire.received.findIndex((m) => (m.result as { capabilities?: unknown } | undefined)?.capabilities !== undefined);
      assert.ok(wire.received.indexOf(published) > initResult, `diagnostics published before the initialize result: ${JSON.stringify(wire.received.slice(0, initResult + 1))}`);
      assert.deepEqual(
        (published.params as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code),
        ['no-unverified-certificate'],
      );
      wire.notify('textDocument/didChange', { textDocument: { uri: `${uri}.never-opened.ts`, version: 2 }, contentChanges: [{ text: 'x' }] });
      wire.notify('textDocument/didClose', { textDocument: { uri: `${uri}.never-opened.ts` } });
      wire.notify('textDocument/didSave', { textDocument: { uri: `${uri}.never-opened.ts` } });
      const actions = await wire.request('textDocument/codeAction', { textDocument: { uri: `${uri}.never-opened.ts` }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
      assert.deepEqual(actions.result, []);
      const again = await wire.request('initialize', { processId: null, rootUri: null, capabilities: {} });
      // initialize is sent once: a second one is refused (InvalidRequest), not run again.
      assert.equal(again.error?.code, -32600, JSON.stringify(again).slice(0, 300));
      await wire.alive();
      // A client without workspace folder support (capabilities: {}) gets no handler failure.
      const errors = wire.received.filter((m) => m.method === 'window/logMessage' && (m.params as { type: number }).type === 1);
      assert.deepEqual(errors, []);
    } finally {
      assert.equal(await wire.stop(), 0, wire.stderr);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers malformed parameters with errors, not by dying', async () => {
    const dir = makeWorkspace({ 'a.ts': INSECURE });
    const uri = pathToFileURL(path.join(dir, 'a.ts')).toString();
    const wire = new Wire();
    try {
      await wire.initialize(dir);
      wire.notify('textDocument/didOpen', {});
      wire.notify('textDocument/didOpen', { textDocument: { uri: 42 } });
      wire.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text: INSECURE } });
      const published = await wire.next((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
      const diagnostics = (published.params as { diagnostics: { range: unknown; data?: unknown; source?: string }[] }).diagnostics;
      assert.ok(diagnostics.length > 0);
      // Edits outside the document, ranges past its end.
      wire.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 999, character: 5 }, end: { line: -1, character: -7 } }, text: 'x' }] });
      wire.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: 'nope' });
      for (const params of [
        undefined,
        {},
        { textDocument: { uri } },
        { textDocument: { uri }, range: null, context: null },
        { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: 'x' } },
        { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [{ ...diagnostics[0], data: { ruleId: 'x', version: 3, docsUrl: 'x', fixes: [{ title: 't', kind: 'safe', edits: [{ start: -5, end: 1e9, text: 7 }] }, null, 'x'] } }] } },
        { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [{ ...diagnostics[0], data: { ruleId: 'x', version: 3, docsUrl: 'x', fixes: 'all of them' } }], only: 7 } },
      ]) {
        const r = await wire.request('textDocument/codeAction', params);
        assert.ok(r.error || Array.isArray(r.result), JSON.stringify(r));
        for (const action of (r.result ?? []) as { edit?: { changes?: Record<string, { range: { start: { line: number; character: number } } }[]> } }[]) {
          for (const e of Object.values(action.edit?.changes ?? {}).flat()) assert.ok(e.range.start.line >= 0 && e.range.start.character >= 0, JSON.stringify(e));
        }
      }
      for (const params of [undefined, {}, { command: 7 }, { command: 'tlslint.server.scanWorkspace', arguments: [{ exclude: [5, null, {}] }] }, { command: 'tlslint.server.showDocumentation', arguments: [{}] }]) {
        const r = await wire.request('workspace/executeCommand', params);
        assert.ok('result' in r || r.error, JSON.stringify(r));
      }
      wire.notify('workspace/didChangeConfiguration', { settings: 'garbage' });
      wire.notify('workspace/didChangeConfiguration', null);
      wire.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: 'not a uri' }], removed: 7 } });
      wire.notify('workspace/didChangeWatchedFiles', { changes: 'all' });
      await wire.alive();
    } finally {
      assert.equal(await wire.stop(), 0, wire.stderr);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('after shutdown refuses requests, and exits with 1 on exit without shutdown', async () => {
    const dir = makeWorkspace({ 'a.ts': INSECURE });
    const wire = new Wire();
    try {
      await wire.initialize(dir);
      const shut = await wire.request('shutdown');
      assert.equal(shut.error, undefined);
      const late = await wire.request('workspace/executeCommand', { command: 'tlslint.server.clearWorkspaceResults', arguments: [] });
      assert.ok(late.error, `a request after shutdown is an error: ${JSON.stringify(late)}`);
      wire.notify('exit');
      assert.equal(await wire.exited(), 0);
      const abrupt = new Wire();
      await abrupt.initialize(dir);
      abrupt.notify('exit');
      assert.equal(await abrupt.exited(), 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
