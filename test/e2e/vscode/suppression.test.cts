// A `tlslint-disable-next-line` comment hides the finding below it, live as the file is edited.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import { mustFail, open, ruleOf, save, waitForDiagnostics, wsFile } from './helpers.cjs';

const RULE = 'no-unverified-certificate';
const COMMENT = `// tlslint-disable-next-line ${RULE} -- local dev proxy`;

suite('Suppression comments (src/dev-proxy.js)', () => {
  test('the suppressed finding is hidden; removing the comment shows it, restoring it hides it again', async () => {
    const file = wsFile('src/dev-proxy.js');
    const original = fs.readFileSync(file, 'utf8');
    const doc = await open(file);
    const commentLine = doc.getText().split('\n').findIndex((l) => l.trim() === COMMENT);
    assert.ok(commentLine >= 0, `src/dev-proxy.js holds "${COMMENT}"`);
    const findings = (d: vscode.Diagnostic[]) => d.filter((x) => ruleOf(x) === RULE);
    const assertHidden = (d: vscode.Diagnostic[]) => assert.deepEqual(findings(d), [], `no ${RULE} finding`);
    const commentRange = doc.lineAt(commentLine).rangeIncludingLineBreak;
    const commentText = doc.getText(commentRange);

    // Without the comment the finding shows on the line the comment held (the lines below moved up).
    const remove = new vscode.WorkspaceEdit();
    remove.delete(doc.uri, commentRange);
    assert.ok(await vscode.workspace.applyEdit(remove));
    const shown = await waitForDiagnostics('the finding without its comment', doc.uri, (d) => findings(d).length === 1);
    assert.equal(findings(shown)[0].range.start.line, commentLine);
    assert.match(doc.lineAt(commentLine).text, /rejectUnauthorized: false/);
    mustFail('the finding is hidden without its comment', () => assertHidden(shown));

    const restore = new vscode.WorkspaceEdit();
    restore.insert(doc.uri, new vscode.Position(commentLine, 0), commentText);
    assert.ok(await vscode.workspace.applyEdit(restore));
    const hidden = await waitForDiagnostics('the finding to be suppressed again', doc.uri, (d) => findings(d).length === 0);
    assertHidden(hidden);

    assert.equal(doc.getText(), original);
    await save(doc);
    assert.equal(fs.readFileSync(file, 'utf8'), original);
  });
});
