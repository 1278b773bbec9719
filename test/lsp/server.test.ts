// The language server, started as a child process and driven over stdio as any LSP editor does.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { open, startClient, type TestClient } from './lsp-client.js';

const INSECURE = "import tls from 'node:tls';\ntls.connect({ host: '10.0.0.1', port: 443, rejectUnauthorized: false });\n";

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tlslint-lsp-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const uriOf = (dir: string, name: string) => pathToFileURL(path.join(dir, name)).toString();
const hasFindings = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.length > 0;

function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.ts', 'typescript', 1, text), edits);
}

describe('language server over stdio', () => {
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = workspace({ 'src/a.ts': INSECURE, 'src/b.js': "const tls = require('tls');\ntls.connect({ host: '10.0.0.1', minVersion: 'TLSv1' });\n", 'src/clean.ts': 'export const x = 1;\n' });
    client = await startClient({ rootPath: dir });
  });
  after(() => client.stop());

  it('publishes diagnostics with source, rule id, docs link and severity on open', async () => {
    const uri = uriOf(dir, 'src/a.ts');
    await open(client, uri, INSECURE);
    const p = await client.diagnostics(uri, hasFindings);
    assert.equal(p.diagnostics.length, 1);
    const d = p.diagnostics[0];
    assert.equal(d.source, 'tlslint');
    assert.equal(d.code, 'no-unverified-certificate');
    assert.equal(d.severity, 1);
    assert.match(d.codeDescription!.href, /docs\/rules\/no-unverified-certificate\.md$/);
    assert.deepEqual(d.range, { start: { line: 1, character: 43 }, end: { line: 1, character: 68 } });
  });

  it('gives the same diagnostics and fixes as the CLI for every file of examples/', async () => {
    const examples = path.resolve(__dirname, '..', '..', '..', 'examples');
    const cli = spawnSync(process.execPath, [path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js'), '--format', 'json', '.'], { cwd: examples, encoding: 'utf8' });
    const report = JSON.parse(cli.stdout) as { filePath: string; findings: { ruleId: string; message: string; line: number; column: number; fixes: { title: string }[] }[] }[];
    assert.ok(report.length > 5);
    const ex = await startClient({ rootPath: examples });
    try {
      for (const file of report) {
        const abs = path.join(examples, file.filePath);
        const uri = pathToFileURL(abs).toString();
        await open(ex, uri, readFileSync(abs, 'utf8'), /\.tsx?$/.test(abs) ? 'typescript' : /\.[cm]?jsx?$/.test(abs) ? 'javascript' : 'plaintext');
        const p = await ex.diagnostics(uri, (x) => x.diagnostics.length >= file.findings.length);
        const lsp = p.diagnostics.map((d) => [d.code, d.message, d.range.start.line + 1, d.range.start.character + 1, (d.data as { fixes: { title: string }[] }).fixes.map((f) => f.title)]);
        assert.deepEqual(lsp, file.findings.map((f) => [f.ruleId, f.message, f.line, f.column, f.fixes.map((x) => x.title)]), file.filePath);
      }
    } finally {
      await ex.stop();
    }
  });

  it('re-lints as the document is typed and clears fixed findings', async () => {
    const uri = uriOf(dir, 'src/typed.ts');
    await open(client, uri, 'export const a = 1;\n');
    await client.diagnostics(uri);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: INSECURE }],
    });
    const p = await client.diagnostics(uri, (x) => x.version === 2 && x.diagnostics.length === 1);
    assert.equal(p.diagnostics[0].code, 'no-unverified-certificate');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 1, character: 63 }, end: { line: 1, character: 68 } }, text: 'true' }],
    });
    const cleared = await client.diagnostics(uri, (x) => x.version === 3);
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('offers quick fixes, disable-for-line and docs; applying a fix removes the finding', async () => {
    const uri = uriOf(dir, 'src/fix.ts');
    await open(client, uri, INSECURE);
    const p = await client.diagnostics(uri, hasFindings);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: p.diagnostics[0].range,
      context: { diagnostics: p.diagnostics },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Remove rejectUnauthorized: false (verify certificates)'), titles.join('\n'));
    assert.ok(titles.includes('Disable no-unverified-certificate for this line'));
    assert.ok(titles.includes('Show documentation for no-unverified-certificate'));
    assert.ok(actions.every((a) => !a.isPreferred), 'fixes that change what connects are never preferred');
    const remove = actions.find((a) => a.title.startsWith('Remove rejectUnauthorized'))!;
    const fixed = applyTextEdits(INSECURE, remove.edit!.changes![uri]);
    assert.equal(fixed, "import tls from 'node:tls';\ntls.connect({ host: '10.0.0.1', port: 443 });\n");
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await client.diagnostics(uri, (x) => x.version === 2);
    assert.deepEqual(after.diagnostics, []);
    const disable = actions.find((a) => a.title.startsWith('Disable'))!;
    assert.equal(applyTextEdits(INSECURE, disable.edit!.changes![uri]).split('\n')[1], '// tlslint-disable-next-line no-unverified-certificate -- reason');
  });

  it('lints project files by name: a Dockerfile gets # suppressions, a package.json none (JSON has no comments)', async () => {
    const docker = 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n';
    const pkg = '{\n  "scripts": { "dev": "NODE_TLS_REJECT_UNAUTHORIZED=0 next dev" }\n}\n';
    const actionsFor = async (name: string, text: string, languageId: string) => {
      const uri = uriOf(dir, name);
      await open(client, uri, text, languageId);
      const p = await client.diagnostics(uri, hasFindings);
      assert.deepEqual(p.diagnostics.map((d) => [d.code, d.range.start.line]), [['no-global-tls-bypass', 1]], name);
      const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: p.diagnostics[0].range, context: { diagnostics: p.diagnostics } })) as CodeAction[];
      return { uri, actions };
    };
    const d = await actionsFor('Dockerfile', docker, 'dockerfile');
    const disable = d.actions.find((a) => a.title === 'Disable no-global-tls-bypass for this line')!;
    assert.equal(applyTextEdits(docker, disable.edit!.changes![d.uri]), 'FROM node:20\n# tlslint-disable-next-line no-global-tls-bypass -- reason\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n');
    const remove = d.actions.find((a) => a.title === 'Remove the NODE_TLS_REJECT_UNAUTHORIZED setting')!;
    assert.equal(applyTextEdits(docker, remove.edit!.changes![d.uri]), 'FROM node:20\n');
    const j = await actionsFor('package.json', pkg, 'json');
    assert.ok(!j.actions.some((a) => a.title.startsWith('Disable')), 'no comment to insert in JSON');
    assert.ok(j.actions.some((a) => a.title === 'Remove the NODE_TLS_REJECT_UNAUTHORIZED setting'));
  });

  it('refuses fixes for a stale document version', async () => {
    const uri = uriOf(dir, 'src/stale.ts');
    await open(client, uri, INSECURE);
    const p = await client.diagnostics(uri, hasFindings);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `// moved\n${INSECURE}` }] });
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: p.diagnostics[0].range, context: { diagnostics: p.diagnostics } })) as CodeAction[];
    assert.deepEqual(actions.filter((a) => a.edit), []);
  });

  it('keeps serving after a malformed document and an unknown method; TypeScript reports the syntax errors, not tlslint', async () => {
    const uri = uriOf(dir, 'src/broken.ts');
    const broken = "import tls from 'tls';\nconst = = ;\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n{{{{";
    await open(client, uri, broken);
    const p = await client.diagnostics(uri, hasFindings);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['no-unverified-certificate'], 'the finding, and no second syntax-error diagnostic beside the editor\'s own');
    // The CLI keeps its note: there, nothing else says the file was only partly checked.
    writeFileSync(path.join(dir, 'src/broken.ts'), broken);
    const cli = spawnSync(process.execPath, [path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js'), '--format', 'json', 'src/broken.ts'], { cwd: dir, encoding: 'utf8' });
    assert.match(cli.stdout, /Syntax error at 2:7/);
    await assert.rejects(client.connection.sendRequest('tlslint/noSuchMethod', {}));
    const again = uriOf(dir, 'src/again.ts');
    await open(client, again, INSECURE);
    await client.diagnostics(again, hasFindings);
  });
});
