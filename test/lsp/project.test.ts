// The project model in the editor, over stdio: a finding placed where an imported value is
// written (with the use as relatedInformation), the CLI agreeing on the same files, an edit to the
// imported file re-linting the open file that reads it (the open buffer winning over the disk),
// and a change on disk notified with didChangeWatchedFiles doing the same once it is closed; a
// helper reached through two barrels found alike by the editor, `--stdin` and a scan.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { BARREL_SERVICE, EDITED_FINDING, MAIN_EDITED } from '../helpers/barrel-service.js';
import { makeWorkspace, open, startClient, uriOf, type TestClient } from './lsp-client.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

const CONFIG = 'export const tlsOptions = { rejectUnauthorized: false };\nexport const insecure = false;\nexport const verify = true;\n';
const CLIENT = [
  "import https from 'node:https';",
  "import { insecure, tlsOptions, verify } from './config';",
  '',
  'export function get(url: string) {',
  '  return https.request(url, tlsOptions);',
  '}',
  "export const checked = https.request('https://api', { rejectUnauthorized: !insecure });",
  "export const pinned = https.request('https://api', { rejectUnauthorized: verify });",
  '',
].join('\n');

/** A diagnostic as `line:character code [related file:line message…]`. */
function shown(d: Diagnostic): string {
  const related = (d.relatedInformation ?? []).map((r) => `${path.basename(new URL(r.location.uri).pathname)}:${r.location.range.start.line + 1} ${r.message}`);
  return `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}${related.length ? ` [${related.join('; ')}]` : ''}`;
}

const all = (p: PublishDiagnosticsParams) => p.diagnostics.map(shown);

describe('the project model in the language server', () => {
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = makeWorkspace({ 'package.json': '{"name":"svc"}\n', 'src/config.ts': CONFIG, 'src/client.ts': CLIENT });
    client = await startClient({ rootPath: dir, capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('places the finding where the value is written, with the use as related information, as the CLI does', async () => {
    const clientUri = uriOf(dir, 'src/client.ts');
    const configUri = uriOf(dir, 'src/config.ts');
    await open(client, clientUri, CLIENT);
    const placed = await client.diagnostics(configUri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(all(placed), ['1:29 no-unverified-certificate [client.ts:5 used by https.request]']);
    assert.deepEqual(all(client.latest(clientUri)!), []);

    const cli = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
    const report = JSON.parse(cli.stdout) as { filePath: string; findings: { ruleId: string; line: number; column: number; related: { filePath: string; line: number; message: string }[] }[] }[];
    const fromCli = report.flatMap((r) => r.findings.map((f) => `${r.filePath} ${f.line}:${f.column} ${f.ruleId} [${f.related.map((x) => `${path.basename(x.filePath)}:${x.line} ${x.message}`).join('; ')}]`));
    assert.deepEqual(fromCli, ['src/config.ts 1:29 no-unverified-certificate [client.ts:5 used by https.request]']);
  });

  it('an edit to the imported file re-lints the open file that reads it; the open buffer wins over the disk', async () => {
    const clientUri = uriOf(dir, 'src/client.ts');
    const configUri = uriOf(dir, 'src/config.ts');
    await open(client, configUri, CONFIG.replace('insecure = false', 'insecure = true'));
    const dependent = await client.diagnostics(clientUri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(all(dependent), ['7:55 no-unverified-certificate']);

    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: configUri, version: 2 }, contentChanges: [{ text: CONFIG }] });
    await client.diagnostics(clientUri, (p) => p.diagnostics.length === 0);
    // The open config still shows the finding the client's analysis placed in it.
    const config = await client.diagnostics(configUri, (p) => all(p).some((d) => d.includes('used by https.request')));
    assert.deepEqual(all(config), ['1:29 no-unverified-certificate [client.ts:5 used by https.request]']);

    // A constant the client uses as an option: its finding sits where it is written, in the open config.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: configUri, version: 3 }, contentChanges: [{ text: CONFIG.replace('verify = true', 'verify = false') }] });
    const constant = await client.diagnostics(configUri, (p) => p.diagnostics.length === 2);
    assert.deepEqual(all(constant), ['1:29 no-unverified-certificate [client.ts:5 used by https.request]', '3:23 no-unverified-certificate [client.ts:8 used by https.request]']);
    assert.deepEqual(all(client.latest(clientUri)!), []);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: configUri, version: 4 }, contentChanges: [{ text: CONFIG }] });
    await client.diagnostics(configUri, (p) => p.diagnostics.length === 1);
  });

  it('once the imported file is closed, a change on disk (didChangeWatchedFiles) re-lints the open file', async () => {
    const clientUri = uriOf(dir, 'src/client.ts');
    const configUri = uriOf(dir, 'src/config.ts');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: configUri } });
    writeFileSync(path.join(dir, 'src/config.ts'), CONFIG.replace('insecure = false', 'insecure = true'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const dependent = await client.diagnostics(clientUri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(all(dependent), ['7:55 no-unverified-certificate']);
  });
});

describe('a helper called through two barrels: the editor, --stdin and a scan agree', () => {
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = makeWorkspace(BARREL_SERVICE);
    client = await startClient({ rootPath: dir });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports the call that passes insecure: true, with the helper as related information', async () => {
    const mainUri = uriOf(dir, 'src/main.ts');
    await open(client, mainUri, MAIN_EDITED);
    const editor = all(await client.diagnostics(mainUri, (p) => p.diagnostics.length > 0));
    assert.deepEqual(editor, [`${EDITED_FINDING} [agent.ts:3 rejectUnauthorized: !insecure in makeAgent]`]);

    type Json = { filePath: string; findings: { ruleId: string; line: number; column: number; related: { filePath: string; line: number; message: string }[] }[] }[];
    const fromJson = (out: string) => (JSON.parse(out) as Json).flatMap((r) => r.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} [${f.related.map((x) => `${path.basename(x.filePath)}:${x.line} ${x.message}`).join('; ')}]`));
    const stdin = spawnSync(process.execPath, [CLI, '--stdin', '--stdin-filename', 'src/main.ts', '--format', 'json'], { cwd: dir, encoding: 'utf8', input: MAIN_EDITED });
    assert.deepEqual(fromJson(stdin.stdout), editor, stdin.stderr);
    writeFileSync(path.join(dir, 'src/main.ts'), MAIN_EDITED);
    const scan = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
    assert.deepEqual(fromJson(scan.stdout), editor, scan.stderr);
  });
});
