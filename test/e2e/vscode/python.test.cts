// Opening a Python file of examples/ shows tlslint's findings in VS Code (the extension activates
// for the python language); the quick fix edits the file on disk and the finding goes away.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import { applyAndSave, assertFileText, cliKeys, cliReport, codeActions, diagnosticKeys, mustFail, open, ruleOf, waitForDiagnostics, without, workspaceDir, wsFile } from './helpers.cjs';

const FILE = 'python/inventory/warehouse.py';
const FIX = 'Remove verify=False (verify certificates)';
const INSECURE = 'verify=False, ';

suite('Python: diagnostics and quick fixes (python/inventory/warehouse.py)', () => {
  let doc: vscode.TextDocument;
  let original: string;

  suiteSetup(async () => {
    original = fs.readFileSync(wsFile(FILE), 'utf8');
    doc = await open(wsFile(FILE));
  });

  test('a .py file is a python document and shows the CLI\'s findings', async () => {
    assert.equal(doc.languageId, 'python');
    const expected = cliKeys(cliReport(workspaceDir(), [FILE])[0].findings);
    assert.equal(expected.length, 1, JSON.stringify(expected));
    const diags = await waitForDiagnostics(`the findings of ${FILE}`, doc.uri, (d) => d.length === expected.length);
    assert.deepEqual(diagnosticKeys(diags), expected);
    mustFail('an empty list compares equal', () => assert.deepEqual(diagnosticKeys(diags), []));
    assert.equal(ruleOf(diags[0]), 'no-unverified-certificate');
    assert.match(diags[0].message, /^verify=False makes requests accept any certificate, so the server can be spoofed\./);
  });

  test(`the quick fix "${FIX}" changes the file on disk and its finding goes away`, async () => {
    const before = await waitForDiagnostics('the verify=False finding', doc.uri, (d) => d.length === 1);
    const actions = await codeActions(doc.uri, before[0].range, vscode.CodeActionKind.QuickFix.value, (a) => a.title === FIX);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Disable no-unverified-certificate for this line'), JSON.stringify(titles));
    await applyAndSave(doc, actions.find((a) => a.title === FIX)!);
    assertFileText(doc.fileName, without(original, INSECURE), original);
    await waitForDiagnostics('the finding to go away', doc.uri, (d) => d.length === 0);
  });
});
