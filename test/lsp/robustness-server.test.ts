// The language server survives what an editor does to it: a document with thousands of findings,
// cancellation at any point (of a scan, of a code action, of an analysis by closing or re-editing
// the document), and a scan worker that dies, which costs the file it was on and nothing else.
// test-unit: own process (long: about 15 s of CPU, so it runs beside the short files)
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, CodeActionRequest, ExecuteCommandRequest, type CodeAction, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { MAX_DIAGNOSTICS_PER_FILE } from '../../server/src/lsp/diagnostics.js';
import type { ScanSummary } from '../../protocol/protocol.js';
import { clientPerSuite, makeWorkspace, open, startClient, uriOf, type TestClient } from './lsp-client.js';

const SCAN = 'tlslint.server.scanWorkspace';
const RULE = 'no-unverified-certificate';
const CERT_LINE = 'tls.connect({ rejectUnauthorized: false });\n';
const CERT = `import tls from 'node:tls';\n${CERT_LINE}`;
const CLEAN_LINE = 'tls.connect({ host: "h", servername: "h" });\n';

const codeActions = (client: TestClient, uri: string, diagnostics: Diagnostic[], token?: CancellationTokenSource) =>
  client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } }, token?.token) as Promise<CodeAction[]>;
/** A request the server answers only after everything it sent before: nothing it sent earlier is still on the way. */
const roundTrip = (client: TestClient) => client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'tlslint.server.noSuchCommand', arguments: [] });
const change = (client: TestClient, uri: string, version: number, text: string) =>
  client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
const findingCount = (p: PublishDiagnosticsParams | undefined) => p?.diagnostics.filter((d) => d.code === RULE).length;

describe('a document with thousands of findings', () => {
  const suite = clientPerSuite();

  it(`shows the first ${MAX_DIAGNOSTICS_PER_FILE} with a note saying how many there were, and still answers code actions`, { timeout: 120_000 }, async () => {
    const { client, dir } = suite;
    const uri = uriOf(dir, 'many.ts');
    await open(client, uri, `import tls from 'node:tls';\n${CERT_LINE.repeat(3000)}`);
    const p = await client.diagnostics(uri, (x) => x.version === 1 && x.diagnostics.length > 0, 60_000);
    const findings = p.diagnostics.filter((d) => d.code === RULE);
    assert.equal(findings.length, MAX_DIAGNOSTICS_PER_FILE);
    assert.deepEqual(findings.map((d) => d.range.start.line), Array.from({ length: MAX_DIAGNOSTICS_PER_FILE }, (_, i) => i + 1), 'the first ones, in order');
    const notes = p.diagnostics.filter((d) => d.code !== RULE).map((d) => [d.message, d.severity, d.source]);
    assert.deepEqual(notes, [[`tlslint shows the first ${MAX_DIAGNOSTICS_PER_FILE} of 3000 findings in this file.`, 3, 'tlslint']]);

    const last = findings.at(-1)!;
    const actions = await codeActions(client, uri, [last]);
    assert.deepEqual(actions.map((a) => a.title), [
      'Remove rejectUnauthorized: false (verify certificates)',
      'Trust a specific CA instead (ca: readFileSync(…), edit the path)',
      'Apply safe TLS settings to these options',
      `Disable ${RULE} for this line`,
      `Disable ${RULE} for the entire file`,
      `Show documentation for ${RULE}`,
    ]);
    assert.deepEqual(actions[0].edit!.changes![uri], [{ range: { start: { line: 1000, character: 13 }, end: { line: 1000, character: 40 } }, newText: '' }]);
  });
});

describe('cancellation at any point', () => {
  // Enough files that a scan is still running when the first progress report reaches the test;
  // most are clean (read and skipped by the pre-filter), one in INSECURE_EVERY is linted and published.
  const FILES = 1500;
  const INSECURE_EVERY = 5;
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = makeWorkspace({});
    for (let i = 0; i < FILES; i++) {
      mkdirSync(path.join(dir, `pkg${i % 30}`), { recursive: true });
      writeFileSync(path.join(dir, `pkg${i % 30}`, `f${i}.ts`), i % INSECURE_EVERY === 0 ? CERT : 'export const answer = 42;\n');
    }
    client = await startClient({ rootPath: dir });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const inTree = (uri: string) => uri.startsWith(`${pathToFileURL(dir).toString()}/pkg`);

  /** Starts a scan; `token` resolves with its progress token once the server has created it. */
  function startScan(cancel?: CancellationTokenSource) {
    const since = client.events.length;
    const publishedSince = client.published.length;
    const answer = (client.connection.sendRequest(ExecuteCommandRequest.type, { command: SCAN, arguments: [{ exclude: [] }] }, cancel?.token) as Promise<ScanSummary>).then(
      (summary) => ({ summary }),
      (error: { code: number }) => ({ error }),
    );
    // The client writes a request as it is sent: it is the last message out.
    const request = client.sent.at(-1) as unknown as { id: number; method: string };
    assert.equal(request.method, ExecuteCommandRequest.method);
    const created = client.event((e) => client.events.indexOf(e) >= since && e.type === 'request' && e.method === 'window/workDoneProgress/create', 30_000);
    const token = created.then((e) => (e as { params: { token: string | number } }).params.token);
    return { id: request.id, answer, token, since, publishedSince };
  }

  /** The answer is a summary consistent with what was published, or RequestCancelled. */
  async function answered(scan: ReturnType<typeof startScan>, label: string): Promise<ScanSummary | undefined> {
    const a = await scan.answer;
    const token = await scan.token;
    await client.event((e) => client.events.indexOf(e) >= scan.since && e.type === 'progress' && e.token === token && e.value.kind === 'end');
    await roundTrip(client);
    if ('error' in a) {
      assert.equal(a.error.code, -32800, `${label}: ${JSON.stringify(a.error)}`);
      return undefined;
    }
    const s = a.summary;
    assert.equal(s.findings, s.filesWithFindings, label);
    assert.ok(s.cancelled ? s.files < FILES : s.files === FILES && s.findings === FILES / INSECURE_EVERY, `${label}: ${JSON.stringify(s)}`);
    // Results that came back after the cancellation are not published either.
    assert.equal(client.published.slice(scan.publishedSince).filter((p) => inTree(p.uri)).length, s.filesWithFindings, label);
    return s;
  }

  async function fullScan(label: string): Promise<void> {
    const s = await answered(startScan(), label);
    assert.equal(s?.cancelled, false, label);
    assert.equal(s?.files, FILES, label);
  }

  for (const how of ['$/cancelRequest', 'window/workDoneProgress/cancel'] as const) {
    const cancelNow = async (scan: ReturnType<typeof startScan>, source: CancellationTokenSource) => {
      if (how === '$/cancelRequest') source.cancel();
      else await client.connection.sendNotification('window/workDoneProgress/cancel', { token: await scan.token });
    };

    it(`${how} at once: the server answers and keeps serving`, { timeout: 120_000 }, async () => {
      const source = new CancellationTokenSource();
      const scan = startScan(source);
      await cancelNow(scan, source);
      const s = await answered(scan, 'cancelled at once');
      assert.equal(s?.cancelled, true);
      // $/cancelRequest comes before the scan has found its first file.
      if (how === '$/cancelRequest') assert.equal(s.files, 0);
      await fullScan('after a cancel at once');
    });

    it(`${how} after the first progress report: a partial summary, then a full scan`, { timeout: 120_000 }, async () => {
      const source = new CancellationTokenSource();
      const scan = startScan(source);
      const token = await scan.token;
      await client.event((e) => client.events.indexOf(e) >= scan.since && e.type === 'progress' && e.token === token && e.value.kind === 'report', 60_000);
      await cancelNow(scan, source);
      const s = await answered(scan, 'cancelled after the first report');
      assert.equal(s?.cancelled, true);
      await fullScan('after a cancel mid-scan');
    });

    it(`${how} after the scan ended changes nothing`, { timeout: 120_000 }, async () => {
      const scan = startScan();
      const s = await answered(scan, 'ended');
      assert.equal(s?.files, FILES);
      if (how === '$/cancelRequest') await client.connection.sendNotification('$/cancelRequest', { id: scan.id });
      else await client.connection.sendNotification('window/workDoneProgress/cancel', { token: await scan.token });
      await fullScan('after a late cancel');
    });
  }

  it('a code action cancelled at once is answered, and the next one is served', async () => {
    const uri = uriOf(dir, 'open.ts');
    await open(client, uri, CERT);
    const p = await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    const source = new CancellationTokenSource();
    const first = codeActions(client, uri, p.diagnostics, source).then((r) => ({ r }), (error: { code: number }) => ({ error }));
    source.cancel();
    const a = await first;
    assert.ok('r' in a ? Array.isArray(a.r) : a.error.code === -32800, JSON.stringify(a));
    // Three fixes, disable for the line and for the file, the documentation.
    assert.equal((await codeActions(client, uri, p.diagnostics)).length, 6);
  });

  it('a document closed while its analysis waits gets no diagnostics after it closed', async () => {
    // Analyses wait DEBOUNCE_MS after an edit; a later edit of another document is analysed after
    // them, so its diagnostics say the closed document's analysis would have come by now.
    const witness = uriOf(dir, 'witness.ts');
    await open(client, witness, CERT);
    await client.diagnostics(witness, (x) => x.version === 1);
    const edited = uriOf(dir, 'edited-then-closed.ts');
    const opened = uriOf(dir, 'opened-then-closed.ts');
    await open(client, edited, 'export {};\n');
    await client.diagnostics(edited, (x) => x.version === 1);
    await change(client, edited, 2, CERT);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: edited } });
    await open(client, opened, CERT);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: opened } });
    await change(client, witness, 2, `${CERT}${CERT_LINE}`);
    await client.diagnostics(witness, (x) => x.version === 2);
    await roundTrip(client);
    for (const uri of [edited, opened]) assert.deepEqual(client.latest(uri), { uri, diagnostics: [] }, uri);
  });

  it('after many quick edits the last version is analysed and published with its version', async () => {
    const uri = uriOf(dir, 'typed.ts');
    let text = "import tls from 'node:tls';\n";
    await open(client, uri, text);
    await client.diagnostics(uri, (x) => x.version === 1);
    const since = client.published.length;
    const counts = new Map<number, number>([[1, 0]]);
    for (let version = 2; version <= 60; version++) {
      const insecure = version % 3 !== 0;
      const line = text.split('\n').length - 1;
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: insecure ? CERT_LINE : CLEAN_LINE }] });
      text += insecure ? CERT_LINE : CLEAN_LINE;
      counts.set(version, counts.get(version - 1)! + (insecure ? 1 : 0));
    }
    const last = await client.diagnostics(uri, (x) => x.version === 60, 30_000);
    assert.equal(findingCount(last), 39, 'every line but those of versions 3, 6, … 60');
    await roundTrip(client);
    const mine = client.published.slice(since).filter((p) => p.uri === uri);
    assert.equal(mine.at(-1), last, 'nothing older after the last version');
    for (const p of mine) assert.equal(findingCount(p), counts.get(p.version!), `version ${p.version} has its own diagnostics`);
    assert.deepEqual(mine.map((p) => p.version), [...mine.map((p) => p.version!)].sort((a, b) => a - b), 'versions only go up');
  });
});

describe('a scan worker that crashes', () => {
  const CRASH = 'crash-me.ts';
  const ON_DISK = ['a0.ts', 'a1.ts', 'a2.ts', 'a3.ts', 'a4.ts', 'a5.ts', 'a6.ts', 'a7.ts', 'a8.ts', 'a9.ts', 'a10.ts', 'a11.ts'];
  let dir: string;
  let scripts: string;
  before(() => {
    dir = makeWorkspace({ 'open.ts': CERT, [`src/${CRASH}`]: CERT, 'src/clean.ts': 'export const x = 1;\n', ...Object.fromEntries(ON_DISK.map((f) => [`src/${f}`, CERT])) });
    scripts = mkdtempSync(path.join(tmpdir(), 'tlslint-workers-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(scripts, { recursive: true, force: true });
  });

  /** A server whose scan worker is the real one with a file system that ends the thread on `names`; its open document analysed. */
  async function crashingServer(names: string[]) {
    const worker = path.join(scripts, `crash-${names.join('-')}.js`);
    const suffixes = JSON.stringify(names.map((n) => path.sep + n));
    writeFileSync(
      worker,
      `const fs = require('node:fs');\nconst open = fs.openSync;\n` +
        `fs.openSync = (p, ...rest) => (${suffixes}.some((s) => String(p).endsWith(s)) ? process.exit(7) : open(p, ...rest));\n` +
        `require(${JSON.stringify(path.resolve(__dirname, '..', '..', '..', 'dist', 'worker.js'))});\n`,
    );
    const client = await startClient({ rootPath: dir, env: { TLSLINT_SCAN_WORKER: worker } });
    const openUri = uriOf(dir, 'open.ts');
    await open(client, openUri, CERT);
    const before = await client.diagnostics(openUri, (x) => x.version === 1);
    return { client, openUri, before };
  }

  async function scan(client: TestClient) {
    const since = client.published.length;
    const summary = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: SCAN, arguments: [{ exclude: [] }] })) as ScanSummary;
    await roundTrip(client);
    return { summary, since };
  }

  const n = ON_DISK.length + 1;
  /** The summary: every file, the open document and the files on disk with their findings, the crashing one with none. */
  function checkSummary({ files, filesWithFindings, findings, byRule, bySeverity, cancelled }: ScanSummary): void {
    assert.deepEqual({ files, filesWithFindings, findings, byRule, bySeverity, cancelled }, { files: n + 2, filesWithFindings: n, findings: n, byRule: { [RULE]: n }, bySeverity: { error: n, warning: 0, info: 0 }, cancelled: false });
  }

  /** Published since `since`: the editor's diagnostics untouched, a note on the crashing file, every other file its finding. */
  function checkDiagnostics(client: TestClient, since: number, openUri: string, before: PublishDiagnosticsParams): void {
    const published = client.published.slice(since);
    const last = (name: string) => published.filter((p) => p.uri === uriOf(dir, name)).at(-1);
    assert.deepEqual(published.filter((p) => p.uri === openUri), [], 'the open document is not republished');
    assert.equal(client.latest(openUri), before, 'the open document keeps its diagnostics');
    const crash = last(`src/${CRASH}`);
    assert.deepEqual(crash?.diagnostics.map((d) => [d.severity, d.code, d.source]), [[1, undefined, 'tlslint']]);
    assert.match(String(crash!.diagnostics[0].message), /^tlslint stopped while analysing this file \(the worker thread exited with code 7\)/);
    for (const f of ON_DISK) assert.deepEqual(last(`src/${f}`)?.diagnostics.map((d) => d.code), [RULE], f);
    assert.equal(last('src/clean.ts'), undefined, 'no empty publish for a clean file');
  }

  it('keeps the editor diagnostics, notes the crashing file, gives every other file its findings, and scans again', { timeout: 120_000 }, async () => {
    const { client, openUri, before } = await crashingServer([CRASH]);
    try {
      assert.equal(findingCount(before), 1);
      for (const round of [1, 2]) {
        const { summary, since } = await scan(client);
        checkSummary(summary);
        checkDiagnostics(client, since, openUri, before);
        const logged = client.notifications.filter((m) => m.method === 'window/logMessage' && /uncaught|unhandled/.test(JSON.stringify(m.params)));
        assert.deepEqual(logged, [], `round ${round}: nothing uncaught in the server`);
      }
    } finally {
      await client.stop();
    }
  });

  it('scans in the main thread when the worker script is missing, and says so', { timeout: 120_000 }, async () => {
    const missing = path.join(scripts, 'missing-worker.js');
    const client = await startClient({ rootPath: dir, env: { TLSLINT_SCAN_WORKER: missing } });
    try {
      const { summary } = await scan(client);
      assert.deepEqual([summary.files, summary.findings, summary.cancelled], [n + 2, n + 1, false], 'the crashing file is checked too');
      for (const f of [CRASH, ...ON_DISK]) assert.deepEqual(client.latest(uriOf(dir, `src/${f}`))?.diagnostics.map((d) => d.code), [RULE], f);
      const warned = client.notifications.filter((m) => m.method === 'window/logMessage').map((m) => (m.params as { message: string }).message);
      assert.ok(warned.includes(`tlslint: ${missing} is missing; the workspace scan runs in the server's main thread.`), warned.join('\n'));
    } finally {
      await client.stop();
    }
  });

  it('negative control: the same checks fail when diagnostics are lost', { timeout: 120_000 }, async () => {
    // A second file crashes too: its finding is lost, from the summary and from the Problems panel.
    const lost = await crashingServer([CRASH, ON_DISK[3]]);
    try {
      const { summary, since } = await scan(lost.client);
      assert.equal(summary.findings, n - 1);
      assert.throws(() => checkSummary(summary), assert.AssertionError);
      assert.throws(() => checkDiagnostics(lost.client, since, lost.openUri, lost.before), (err: Error) => err.message.startsWith(ON_DISK[3]));
    } finally {
      await lost.client.stop();
    }
    // The editor's diagnostics cleared (here by closing the document) after a good scan.
    const cleared = await crashingServer([CRASH]);
    try {
      const { since } = await scan(cleared.client);
      checkDiagnostics(cleared.client, since, cleared.openUri, cleared.before);
      await cleared.client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: cleared.openUri } });
      await cleared.client.diagnostics(cleared.openUri, (x) => x.diagnostics.length === 0);
      assert.throws(() => checkDiagnostics(cleared.client, since, cleared.openUri, cleared.before), /the open document is not republished/);
    } finally {
      await cleared.client.stop();
    }
  });
});
