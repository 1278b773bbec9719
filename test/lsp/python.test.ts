// Python documents over the wire: diagnostics on open, re-lints of ranged edits as one types (the
// tree-sitter tree re-parsed from the previous one), the quick fixes and the disable comment,
// and Scan Workspace covering .py files (through the worker thread, which loads the parser too).
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { ExecuteCommandRequest, type CodeAction } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ScanSummary } from '../../protocol/protocol.js';
import { makeWorkspace, open, startClient, uriOf, type TestClient } from './lsp-client.js';

const RULE = 'no-unverified-certificate';
const CLIENT = ['import requests', '', 'def fetch(url):', "    return requests.get(url, verify=False, timeout=5)", ''].join('\n');
const MAIL = ['import smtplib', '', "server = smtplib.SMTP_SSL('smtp.example.com', 465)", ''].join('\n');

describe('Python over the language server', () => {
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = makeWorkspace({ 'app/client.py': CLIENT, 'app/mail.py': MAIL, 'app/clean.py': 'x = 1\n', '.venv/lib/site.py': CLIENT, 'app/stub.pyi': CLIENT });
    client = await startClient({ rootPath: dir });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes diagnostics for an opened .py file at exact ranges', async () => {
    const uri = uriOf(dir, 'app/client.py');
    await open(client, uri, CLIENT, 'python');
    const p = await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]), [[RULE, 3, 29, 41]]);
  });

  it('re-lints ranged edits as one types, like a fresh open of the same text', async () => {
    const uri = uriOf(dir, 'app/typing.py');
    let doc = TextDocument.create(uri, 'python', 1, CLIENT);
    await open(client, uri, CLIENT, 'python');
    await client.diagnostics(uri, (p) => p.version === 1);
    // verify=False → verify=True, one keystroke at a time, then back.
    const steps = [
      { range: { start: { line: 3, character: 36 }, end: { line: 3, character: 41 } }, text: '' },
      { range: { start: { line: 3, character: 36 }, end: { line: 3, character: 36 } }, text: 'T' },
      { range: { start: { line: 3, character: 37 }, end: { line: 3, character: 37 } }, text: 'rue' },
      { range: { start: { line: 3, character: 36 }, end: { line: 3, character: 40 } }, text: 'False' },
    ];
    const expected = [0, 0, 0, 1];
    for (let i = 0; i < steps.length; i++) {
      const version = i + 2;
      doc = TextDocument.update(doc, [steps[i]], version);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [steps[i]] });
      const got = await client.diagnostics(uri, (p) => p.version === version);
      assert.equal(got.diagnostics.filter((d) => d.code === RULE).length, expected[i], `after step ${i + 1}:\n${doc.getText()}`);
    }
  });

  it('offers the quick fixes and a # disable comment, and applying one clears the finding', async () => {
    const uri = uriOf(dir, 'app/mail.py');
    await open(client, uri, MAIL, 'python');
    const p = await client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: p.diagnostics[0].range, context: { diagnostics: p.diagnostics } })) as CodeAction[];
    const fix = actions.find((a) => a.title === 'Pass context=ssl.create_default_context() (verify certificates)');
    const disable = actions.find((a) => a.title === `Disable ${RULE} for this line`);
    assert.ok(fix && disable, actions.map((a) => a.title).join('\n'));
    const doc = TextDocument.create(uri, 'python', 1, MAIL);
    assert.equal(TextDocument.applyEdits(doc, disable.edit!.changes![uri]).split('\n')[2], `# tlslint-disable-next-line ${RULE} -- reason`);
    const fixed = TextDocument.applyEdits(doc, fix.edit!.changes![uri]);
    assert.equal(fixed, "import smtplib\nimport ssl\n\nserver = smtplib.SMTP_SSL('smtp.example.com', 465, context=ssl.create_default_context())\n");
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await client.diagnostics(uri, (x) => x.version === 2);
    assert.deepEqual(after.diagnostics, []);
  });

  it('Scan Workspace reads .py files, not .pyi stubs nor virtual environments', async () => {
    const summary = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'tlslint.server.scanWorkspace', arguments: [{ exclude: [] }] })) as ScanSummary | null;
    assert.ok(summary);
    assert.equal(summary.files, 3);
    // app/client.py from disk; app/mail.py counts as open, fixed by the test above.
    assert.equal(summary.byRule[RULE], 1);
    assert.equal(summary.filesWithFindings, 1);
  });
});
