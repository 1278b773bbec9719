// Opening a file of examples/ shows tlslint's findings in VS Code; a quick fix edits the file on disk.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import { applyAndSave, assertFileText, cliKeys, cliReport, codeActions, diagnosticKeys, EXTENSION_ID, mustFail, open, ruleOf, waitForDiagnostics, without, workspaceDir, wsFile } from './helpers.cjs';

const FIX = 'Remove tlsAllowInvalidCertificates: true (verify certificates)';
const INSECURE_LINE = '  tlsAllowInvalidCertificates: true,\n';

suite('Diagnostics and quick fixes (src/db.js)', () => {
  let doc: vscode.TextDocument;
  let original: string;

  suiteSetup(async () => {
    original = fs.readFileSync(wsFile('src/db.js'), 'utf8');
    doc = await open(wsFile('src/db.js'));
  });

  test('opening the file activates tlslint and shows the CLI\'s findings, with rule ids and documentation links', async () => {
    const expected = cliKeys(cliReport(workspaceDir(), ['src/db.js'])[0].findings);
    assert.ok(expected.length >= 2, `the CLI reports findings in src/db.js: ${JSON.stringify(expected)}`);
    const diags = await waitForDiagnostics('the findings of src/db.js', doc.uri, (d) => d.length === expected.length);
    assert.deepEqual(diagnosticKeys(diags), expected);
    mustFail('a list missing one finding compares equal', () => assert.deepEqual(diagnosticKeys(diags), expected.slice(1)));

    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext?.isActive, `${EXTENSION_ID} is active`);

    const mongo = diags.find((d) => ruleOf(d) === 'no-unverified-certificate' && d.range.start.line === lineOf(original, INSECURE_LINE));
    assert.ok(mongo, 'tlsAllowInvalidCertificates: true is reported');
    assert.equal(mongo.severity, vscode.DiagnosticSeverity.Error);
    assert.match(mongo.message, /^tlsAllowInvalidCertificates: true in mongodb MongoClient accepts any certificate, so the server can be spoofed\.$/);
    assert.ok(typeof mongo.code === 'object', 'the code links to the rule documentation');
    assert.match(mongo.code.target.toString(), /docs\/rules\/no-unverified-certificate\.md$/);
  });

  test(`the quick fix "${FIX}" changes the file on disk and its finding goes away`, async () => {
    const before = await waitForDiagnostics('the finding on tlsAllowInvalidCertificates', doc.uri, (d) => d.some(isMongoFinding));
    const diag = before.find(isMongoFinding)!;
    const actions = await codeActions(doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value, (a) => a.title === FIX);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Disable no-unverified-certificate for this line'), JSON.stringify(titles));
    assert.ok(titles.includes('Show documentation for no-unverified-certificate'), JSON.stringify(titles));
    const fix = actions.find((a) => a.title === FIX)!;
    assert.ok(!fix.isPreferred, 'a fix that changes what connects is never preferred');

    await applyAndSave(doc, fix);
    assertFileText(doc.fileName, without(original, INSECURE_LINE), original);
    const after = await waitForDiagnostics('the finding to go away', doc.uri, (d) => d.length === before.length - 1 && !d.some(isMongoFinding));
    assert.ok(after.every((d) => d.source === 'tlslint'));
  });

  function isMongoFinding(d: vscode.Diagnostic): boolean {
    return ruleOf(d) === 'no-unverified-certificate' && doc.lineAt(d.range.start.line).text.includes('tlsAllowInvalidCertificates');
  }
});

function lineOf(text: string, fragment: string): number {
  return text.slice(0, text.indexOf(fragment)).split('\n').length - 1;
}
