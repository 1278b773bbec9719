// Exported options judged by their importers in the editor, over stdio (runner/package-importers.ts):
// the open config file shows what the CLI (and `--stdin`) reports for it (the object a server takes is quiet, the
// one an agent takes unsafely stays with its use as related information), and an edit to an
// importer that makes its use safe re-lints the config file, whose finding then goes. The
// workspace scan judges them as the CLI does, and its summary counts what it shows.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ExecuteCommandRequest, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { ScanSummary } from '../../protocol/protocol.js';
import { clientPerSuite, open, uriOf } from './lsp-client.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

const TLS = "'use strict';\nconst upstreamTls = { rejectUnauthorized: false };\nconst serverTls = { rejectUnauthorized: false, minVersion: 'TLSv1.2' };\nmodule.exports = { upstreamTls, serverTls };\n";
const CLIENT = "'use strict';\nconst https = require('https');\nconst { upstreamTls } = require('../config/tls');\nexports.agent = new https.Agent({ ...upstreamTls, keepAlive: true });\n";
const HEALTH = "'use strict';\nconst https = require('https');\nconst { serverTls } = require('../config/tls');\nexports.start = (key, cert) => https.createServer({ ...serverTls, key, cert }).listen(8443);\n";
const PROBE = "'use strict';\nconst https = require('https');\nconst { serverTls } = require('../config/tls');\nexports.probe = (url) => https.get(url, serverTls);\n";

function shown(d: Diagnostic): string {
  const related = (d.relatedInformation ?? []).map((r) => `${path.basename(new URL(r.location.uri).pathname)}:${r.location.range.start.line + 1} ${r.message}`);
  return `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} [${related.join('; ')}]`;
}
const all = (p: PublishDiagnosticsParams) => p.diagnostics.map(shown);

const PROJECT = { 'package.json': '{ "name": "inventory", "main": "lib/client.js" }\n', 'config/tls.js': TLS, 'lib/client.js': CLIENT, 'lib/health.js': HEALTH };

describe('exported options judged by their importers in the language server', () => {
  const suite = clientPerSuite({ ...PROJECT, 'lib/probe.js': PROBE });

  it('shows what the CLI reports, and drops the finding once the last unsafe importer is edited safe', async () => {
    const { dir, client } = suite;
    const tlsUri = uriOf(dir, 'config/tls.js');
    await open(client, tlsUri, TLS, 'javascript');
    const first = all(await client.diagnostics(tlsUri, (p) => p.diagnostics.length > 0));
    assert.deepEqual(first, ['2:23 no-unverified-certificate [client.js:4 used by new https.Agent]', '3:21 no-unverified-certificate [probe.js:4 used by https.request]']);

    const cli = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
    const report = JSON.parse(cli.stdout) as { filePath: string; findings: { ruleId: string; line: number; column: number; related: { filePath: string; line: number; message: string }[] }[] }[];
    const fromCli = report.flatMap((r) => r.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} [${f.related.map((x) => `${path.basename(x.filePath)}:${x.line} ${x.message}`).join('; ')}]`));
    assert.deepEqual(fromCli, first, cli.stderr);
    // --stdin judges the file by its package's importers too (it leaves out what it places elsewhere: nothing here).
    const stdin = spawnSync(process.execPath, [CLI, '--stdin', '--stdin-filename', 'config/tls.js', '--format', 'json'], { cwd: dir, encoding: 'utf8', input: TLS });
    const fromStdin = (JSON.parse(stdin.stdout) as typeof report).flatMap((r) => r.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} [${f.related.map((x) => `${path.basename(x.filePath)}:${x.line} ${x.message}`).join('; ')}]`));
    assert.deepEqual(fromStdin, first, stdin.stderr);

    const probeUri = uriOf(dir, 'lib/probe.js');
    await open(client, probeUri, PROBE, 'javascript');
    const safe = PROBE.replace('https.get(url, serverTls)', 'https.get(url, { ...serverTls, rejectUnauthorized: true })');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: probeUri, version: 2 }, contentChanges: [{ text: safe }] });
    const after = all(await client.diagnostics(tlsUri, (p) => p.diagnostics.length === 1));
    assert.deepEqual(after, ['2:23 no-unverified-certificate [client.js:4 used by new https.Agent]']);
  });
});

describe('exported options judged by their importers in a workspace scan', () => {
  const suite = clientPerSuite(PROJECT);

  it('publishes and counts what the CLI reports', async () => {
    const { dir, client } = suite;
    const summary = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'tlslint.server.scanWorkspace', arguments: [{ exclude: [] }] })) as ScanSummary;
    const tlsUri = uriOf(dir, 'config/tls.js');
    const shownAfter = all(await client.diagnostics(tlsUri, (p) => p.diagnostics.length === 1));
    assert.deepEqual(shownAfter, ['2:23 no-unverified-certificate [client.js:4 used by new https.Agent]']);
    assert.equal(summary.findings, 1);
    assert.equal(summary.filesWithFindings, 1);
    const cli = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
    assert.equal((JSON.parse(cli.stdout) as { findings: unknown[] }[]).flatMap((r) => r.findings).length, 1);
  });
});
