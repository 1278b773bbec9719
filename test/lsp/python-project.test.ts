// The Python project model in the editor, over stdio: a constant of a settings module that an open
// client module passes to requests is reported in the settings module with the use as
// relatedInformation, as the CLI does; an edit to the open settings module re-lints the client
// that reads it (the open buffer winning over the disk).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { makeWorkspace, open, startClient, uriOf, type TestClient } from './lsp-client.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

const SETTINGS = 'VERIFY_SSL = False\nSTRICT = True\n';
const CLIENT = ['import requests', '', 'from . import settings', 'from .settings import STRICT', '', '', 'def fetch(url):', '    return requests.get(url, verify=settings.VERIFY_SSL)', '', '', 'def strict(url):', '    return requests.get(url, verify=STRICT)', ''].join('\n');

function shown(d: Diagnostic): string {
  const related = (d.relatedInformation ?? []).map((r) => `${path.basename(new URL(r.location.uri).pathname)}:${r.location.range.start.line + 1} ${r.message}`);
  return `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}${related.length ? ` [${related.join('; ')}]` : ''}`;
}

const all = (p: PublishDiagnosticsParams) => p.diagnostics.map(shown);

describe('the Python project model in the language server', () => {
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = makeWorkspace({ 'app/__init__.py': '', 'app/settings.py': SETTINGS, 'app/client.py': CLIENT });
    client = await startClient({ rootPath: dir, capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('places the finding in the settings module with the use as related information, as the CLI does', async () => {
    const clientUri = uriOf(dir, 'app/client.py');
    const settingsUri = uriOf(dir, 'app/settings.py');
    await open(client, clientUri, CLIENT, 'python');
    const placed = await client.diagnostics(settingsUri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(all(placed), ['1:14 no-unverified-certificate [client.py:8 used by requests.get()]']);
    assert.deepEqual(all(client.latest(clientUri)!), []);

    const cli = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
    const report = JSON.parse(cli.stdout) as { filePath: string; findings: { ruleId: string; line: number; column: number; related: { filePath: string; line: number; message: string }[] }[] }[];
    const fromCli = report.flatMap((r) => r.findings.map((f) => `${r.filePath} ${f.line}:${f.column} ${f.ruleId} [${f.related.map((x) => `${path.basename(x.filePath)}:${x.line} ${x.message}`).join('; ')}]`));
    assert.deepEqual(fromCli, ['app/settings.py 1:14 no-unverified-certificate [client.py:8 used by requests.get()]']);
  });

  it('an edit to the open settings module re-lints the client that reads it', async () => {
    const clientUri = uriOf(dir, 'app/client.py');
    const settingsUri = uriOf(dir, 'app/settings.py');
    await open(client, settingsUri, SETTINGS.replace('STRICT = True', 'STRICT = False'), 'python');
    const settings = await client.diagnostics(settingsUri, (p) => p.diagnostics.length === 2);
    assert.deepEqual(all(settings), ['1:14 no-unverified-certificate [client.py:8 used by requests.get()]', '2:10 no-unverified-certificate [client.py:12 used by requests.get()]']);

    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: settingsUri, version: 2 }, contentChanges: [{ text: 'VERIFY_SSL = True\nSTRICT = True\n' }] });
    const fixed = await client.diagnostics(settingsUri, (p) => p.diagnostics.length === 0);
    assert.deepEqual(all(fixed), []);
    assert.deepEqual(all(client.latest(clientUri)!), []);
  });
});
