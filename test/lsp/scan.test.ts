// The workspace scan (workspace/executeCommand tlslint.server.scanWorkspace): progress, streamed
// diagnostics, the summary (checked against the CLI on the same tree), exclusions, cancellation,
// clearing, and open documents still served while it runs.
// test-unit: own process (long: about 7 s of CPU, so it runs beside the short files)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, ExecuteCommandRequest, WorkDoneProgress, type Diagnostic } from 'vscode-languageserver-protocol';
import type { ScanSummary } from '../../protocol/protocol.js';
import { makeWorkspace, open, startClient, uriOf, type ProgressValue, type ServerEvent, type TestClient } from './lsp-client.js';

const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
const SCAN = 'tlslint.server.scanWorkspace';
const CLEAR = 'tlslint.server.clearWorkspaceResults';

const CERT = "import tls from 'node:tls';\ntls.connect({ host: '10.0.0.1', port: 443, rejectUnauthorized: false });\n";
const LEGACY = "const tls = require('tls');\ntls.connect({ host: 'db.example', servername: 'db.example', minVersion: 'TLSv1' });\n";
const NO_SNI = "import tls from 'node:tls';\nexport const s = tls.connect({ host: 'db.example', port: 5432 });\n";
const BYPASS = "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n";

type Progress = Extract<ServerEvent, { type: 'progress' }>;
const isProgress = (e: ServerEvent): e is Progress => e.type === 'progress';
const progressOf = (client: TestClient, token: string | number | undefined): ProgressValue[] =>
  client.events.filter(isProgress).filter((e) => token === undefined || e.token === token).map((e) => e.value);
/** "1,234 of 3,000 files" (thousands separators) as numbers. */
const filesDone = (message: string | undefined) => {
  const m = /^(\d{1,3}(?:,\d{3})*) of (\d{1,3}(?:,\d{3})*) files?$/.exec(message ?? '');
  const n = (s: string) => Number(s.replaceAll(',', ''));
  return m ? { done: n(m[1]), total: n(m[2]) } : undefined;
};

function scan(client: TestClient, args: unknown[] = [{ exclude: [] }], token?: CancellationTokenSource): Promise<ScanSummary | null> {
  return client.connection.sendRequest(ExecuteCommandRequest.type, { command: SCAN, arguments: args }, token?.token) as Promise<ScanSummary | null>;
}

/** The scan's progress token, from the server's window/workDoneProgress/create after `since` events. */
async function nextProgressToken(client: TestClient, since: number): Promise<string | number> {
  const created = await client.event((e) => client.events.indexOf(e) >= since && e.type === 'request' && e.method === 'window/workDoneProgress/create', 30_000);
  return (created as { params: { token: string | number } }).params.token;
}

/** Counts by rule and severity from `tlslint --format json` on the same tree. */
function cliCounts(dir: string): Pick<ScanSummary, 'byRule' | 'bySeverity' | 'findings' | 'filesWithFindings'> & { files: number } {
  const run = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const results = JSON.parse(run.stdout) as { findings: { ruleId: string; severity: 'error' | 'warning' | 'info' }[] }[];
  const out = { files: results.length, filesWithFindings: 0, findings: 0, byRule: {} as Record<string, number>, bySeverity: { error: 0, warning: 0, info: 0 } };
  for (const r of results) {
    if (r.findings.length > 0) out.filesWithFindings++;
    for (const f of r.findings) {
      out.findings++;
      out.byRule[f.ruleId] = (out.byRule[f.ruleId] ?? 0) + 1;
      out.bySeverity[f.severity]++;
    }
  }
  return out;
}

describe('workspace scan', () => {
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = makeWorkspace({
      '.tlslintrc.json': JSON.stringify({ rules: { 'no-legacy-tls-version': 'warning' } }),
      '.gitignore': 'build/\n',
      'src/cert.ts': CERT,
      'src/legacy.js': LEGACY,
      'src/sni.ts': NO_SNI,
      'src/clean.ts': 'export const x = 1;\n',
      'src/nested/deep/bypass.mjs': BYPASS,
      'test/client.test.ts': CERT,
      'generated/cert.ts': CERT,
      'generated/sni.ts': NO_SNI,
      'src/skip.gen.ts': CERT,
      'build/out.js': CERT,
      'node_modules/dep/index.js': CERT,
    });
    client = await startClient({ rootPath: dir });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports progress, publishes diagnostics for files that are not open, and sums up like the CLI', async () => {
    // An open document with the same text as on disk counts with its live diagnostics.
    const openUri = uriOf(dir, 'src/sni.ts');
    await open(client, openUri, NO_SNI);
    await client.diagnostics(openUri, (p) => p.diagnostics.length > 0);

    const since = client.events.length;
    const summaryPromise = scan(client);
    const token = await nextProgressToken(client, since);
    const summary = await summaryPromise;
    assert.ok(summary);

    const cli = cliCounts(dir);
    assert.deepEqual(
      { files: summary.files, filesWithFindings: summary.filesWithFindings, findings: summary.findings, byRule: summary.byRule, bySeverity: summary.bySeverity },
      cli,
    );
    assert.equal(summary.cancelled, false);
    assert.equal(summary.files, 9, 'node_modules and .gitignore\'d build/ are skipped');
    assert.deepEqual(summary.bySeverity, { error: 4, warning: 4, info: 0 });

    const status = client.events.slice(since).filter((e) => e.type === 'notification' && e.method === 'tlslint/status').map((e) => (e as { params: unknown }).params);
    assert.deepEqual(status, [{ state: 'scanning' }, { state: 'idle', lastScan: summary }], 'the status bar hears of the scan');

    await client.event((e) => isProgress(e) && e.token === token && e.value.kind === 'end');
    const values = progressOf(client, token);
    assert.equal(values[0].kind, 'begin');
    assert.equal((values[0] as { cancellable?: boolean }).cancellable, true);
    assert.equal(values.at(-1)!.kind, 'end');
    const reports = values.filter((v) => v.kind === 'report').map((v) => filesDone(v.message));
    assert.ok(reports.length >= 1 && reports.every((r) => r && r.total === 9), JSON.stringify(values));
    assert.deepEqual(reports.at(-1), { done: 9, total: 9 });

    const cert = client.latest(uriOf(dir, 'src/cert.ts'));
    assert.deepEqual(cert?.diagnostics.map((d: Diagnostic) => [d.code, d.severity, d.source]), [['no-unverified-certificate', 1, 'tlslint']]);
    assert.match(cert!.diagnostics[0].codeDescription!.href, /docs\/rules\/no-unverified-certificate\.md$/);
    assert.deepEqual(client.latest(uriOf(dir, 'test/client.test.ts'))?.diagnostics.map((d) => d.severity), [2], 'test files one level lower');
    assert.deepEqual(client.latest(uriOf(dir, 'src/legacy.js'))?.diagnostics.map((d) => [d.code, d.severity]), [['no-legacy-tls-version', 2]], '.tlslintrc.json applies');
    assert.equal(client.latest(uriOf(dir, 'build/out.js')), undefined);
    assert.equal(client.latest(uriOf(dir, 'node_modules/dep/index.js')), undefined);
    assert.equal(client.latest(uriOf(dir, 'src/clean.ts')), undefined, 'no empty publish for clean files');
  });

  it('reports on the token the request carries when it has one (the VS Code client shows it as a notification), creating none', async () => {
    const since = client.events.length;
    const values: ProgressValue[] = [];
    const listener = client.connection.onProgress(WorkDoneProgress.type, 'client-token', (v) => void values.push(v));
    const summary = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: SCAN, arguments: [{ exclude: [] }], workDoneToken: 'client-token' })) as ScanSummary;
    listener.dispose();
    assert.equal(summary.files, 9);
    assert.deepEqual(client.events.slice(since).filter((e) => e.type === 'request' && e.method === 'window/workDoneProgress/create'), [], 'no server-initiated progress');
    assert.equal(values[0]?.kind, 'begin');
    assert.deepEqual(filesDone(values.filter((v) => v.kind === 'report').at(-1)?.message), { done: 9, total: 9 });
  });

  it('honours the files.exclude patterns passed as { exclude }', async () => {
    const summary = await scan(client, [{ exclude: ['**/generated', '**/*.gen.ts'] }]);
    assert.ok(summary);
    assert.equal(summary.files, 6);
    assert.deepEqual(summary.byRule, { 'no-unverified-certificate': 2, 'no-legacy-tls-version': 1, 'require-servername': 1, 'no-global-tls-bypass': 1 });
  });

  it('clearWorkspaceResults publishes empty diagnostics for the scanned files, not for open ones', async () => {
    await scan(client);
    const scanned = ['src/cert.ts', 'src/legacy.js', 'generated/cert.ts', 'src/nested/deep/bypass.mjs'].map((f) => uriOf(dir, f));
    for (const uri of scanned) assert.ok(client.latest(uri)!.diagnostics.length > 0, uri);
    const since = client.events.length;
    const result = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: CLEAR, arguments: [] })) as { cleared: number };
    assert.equal(result.cleared, 7);
    const status = await client.event((e) => client.events.indexOf(e) >= since && e.type === 'notification' && e.method === 'tlslint/status');
    assert.deepEqual((status as { params: unknown }).params, { state: 'idle' }, 'no last scan to count after clearing');
    for (const uri of scanned) assert.deepEqual((await client.diagnostics(uri, (p) => p.diagnostics.length === 0)).diagnostics, []);
    assert.ok(client.latest(uriOf(dir, 'src/sni.ts'))!.diagnostics.length > 0, 'the open document keeps its diagnostics');
  });
});

describe('workspace scan of a large tree', () => {
  const FILES = 3000;
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = makeWorkspace({});
    for (let i = 0; i < FILES; i++) {
      const sub = path.join(dir, `pkg${i % 40}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(path.join(sub, `f${i}.ts`), `import tls from 'node:tls';\nexport const s${i} = tls.connect({ host: 'h${i}.example', servername: 'h${i}.example', rejectUnauthorized: false });\n`);
    }
    client = await startClient({ rootPath: dir });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function scanUntilProgress(minDone: number, cancel?: CancellationTokenSource) {
    const since = client.events.length;
    const result = scan(client, [{ exclude: [] }], cancel);
    const token = await nextProgressToken(client, since);
    const report = (await client.event(
      (e) => client.events.indexOf(e) >= since && isProgress(e) && e.token === token && (filesDone(e.value.kind === 'report' ? e.value.message : undefined)?.done ?? 0) >= minDone,
      60_000,
    )) as Progress;
    return { result, token, report };
  }

  it('stops when the user cancels the progress (window/workDoneProgress/cancel)', { timeout: 120_000 }, async () => {
    const { result, token } = await scanUntilProgress(1);
    await client.connection.sendNotification('window/workDoneProgress/cancel', { token });
    const summary = await result;
    assert.ok(summary);
    assert.equal(summary.cancelled, true);
    assert.ok(summary.files > 0 && summary.files < FILES, `scanned ${summary.files} of ${FILES}`);
    assert.equal(summary.findings, summary.files);
    await client.event((e) => isProgress(e) && e.token === token && e.value.kind === 'end');
  });

  it('stops when the request is cancelled ($/cancelRequest)', { timeout: 120_000 }, async () => {
    const cancel = new CancellationTokenSource();
    const { result } = await scanUntilProgress(1, cancel);
    cancel.cancel();
    const summary = await result.catch((err: unknown) => err);
    // The server answers a cancelled request with its partial summary.
    assert.ok(summary && typeof summary === 'object' && 'cancelled' in summary, String(summary));
    assert.equal((summary as ScanSummary).cancelled, true);
    assert.ok((summary as ScanSummary).files < FILES);
  });

  it('serves a newly opened document before the scan ends, and refuses a second scan meanwhile', { timeout: 120_000 }, async () => {
    const { result, token } = await scanUntilProgress(1);
    const uri = uriOf(dir, 'opened-during-scan.ts');
    await open(client, uri, "import https from 'node:https';\nexport const agent = new https.Agent({ rejectUnauthorized: false });\n");
    assert.equal(await scan(client), null, 'a scan is already running');
    const diags = await client.diagnostics(uri, (p) => p.diagnostics.length > 0, 60_000);
    assert.equal(diags.diagnostics[0].code, 'no-unverified-certificate');
    const ended = progressOf(client, token).some((v) => v.kind === 'end');
    assert.equal(ended, false, 'the diagnostics came while the scan was still running');
    const summary = await result;
    assert.ok(summary && !summary.cancelled && summary.files === FILES);
    assert.equal(summary.findings, FILES);
  });
});

describe('workspace scan: workspace folders added and removed while the server runs', () => {
  it('scans the folders of the moment (workspace/didChangeWorkspaceFolders)', async () => {
    const first = makeWorkspace({ 'a.ts': CERT });
    const second = makeWorkspace({ 'b.js': BYPASS, 'c.js': LEGACY });
    const client = await startClient({ rootPath: first });
    try {
      const folder = (dir: string) => ({ uri: uriOf(dir, '').replace(/\/$/, ''), name: path.basename(dir) });
      assert.equal((await scan(client))?.files, 1);
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folder(second)], removed: [] } });
      const both = await scan(client);
      assert.deepEqual([both?.files, both?.byRule], [3, { 'no-unverified-certificate': 1, 'no-global-tls-bypass': 1, 'no-legacy-tls-version': 1 }]);
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder(first)] } });
      const last = await scan(client);
      assert.deepEqual([last?.files, last?.byRule], [2, { 'no-global-tls-bypass': 1, 'no-legacy-tls-version': 1 }]);
    } finally {
      await client.stop();
      rmSync(first, { recursive: true, force: true });
      rmSync(second, { recursive: true, force: true });
    }
  });
});
