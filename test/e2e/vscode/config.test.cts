// A broken .tlslintrc.json takes no finding away: one diagnostic on the file itself, at the line
// and column of the mistake; the open files keep their findings, linted with the last valid
// configuration; fixing the file clears the diagnostic.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import { describeDiagnostics, mustFail, open, ruleOf, tlslintDiagnostics, waitFor, waitForDiagnostics, wsFile } from './helpers.cjs';

const RULE = 'require-servername';

suite('A broken .tlslintrc.json', () => {
  const rc = () => wsFile('.tlslintrc.json');
  let original: string;
  suiteSetup(() => {
    original = fs.readFileSync(rc(), 'utf8');
  });
  suiteTeardown(async () => {
    fs.writeFileSync(rc(), original);
    await waitFor('the configuration error to go', () => tlslintDiagnostics(vscode.Uri.file(rc())).length === 0);
  });

  test('gives one diagnostic on the file at its line and column; the other files keep their findings, under the last valid configuration', async () => {
    const doc = await open(wsFile('src/clients/ledger.js'));
    const severityOf = (d: vscode.Diagnostic[]) => d.filter((x) => ruleOf(x) === RULE).map((x) => x.severity);
    // A valid change first, so that "the last valid configuration" differs from the defaults (warning).
    const asError = original.replace(`"${RULE}": "warning"`, `"${RULE}": "error"`);
    assert.notEqual(asError, original, `examples/.tlslintrc.json sets ${RULE}`);
    fs.writeFileSync(rc(), asError);
    const valid = await waitForDiagnostics(`${RULE} as an error`, doc.uri, (d) => severityOf(d)[0] === vscode.DiagnosticSeverity.Error);

    // A trailing comma after the last rule.
    const broken = asError.replace(`"${RULE}": "error"`, `"${RULE}": "error",`);
    fs.writeFileSync(rc(), broken);
    const configDiags = await waitForDiagnostics('the configuration error on .tlslintrc.json', vscode.Uri.file(rc()), (d) => d.length > 0);
    assert.equal(configDiags.length, 1, describeDiagnostics(configDiags));
    const lines = broken.split('\n');
    const line = lines.findIndex((l) => l.includes(`"${RULE}": "error",`));
    const column = lines[line].indexOf(',');
    assert.deepEqual([configDiags[0].range.start.line, configDiags[0].range.start.character], [line, column], 'at the trailing comma');
    assert.equal(configDiags[0].severity, vscode.DiagnosticSeverity.Error);
    assert.match(configDiags[0].message, /^Invalid JSON: trailing commas are not allowed in JSON\. tlslint uses the last valid configuration until this is fixed\.$/);

    // An edit makes the server lint the file again under the broken file: its findings stay, with
    // the last valid severities (not the defaults, not an error at 1:1).
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(doc.lineCount, 0), '\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const relinted = await waitForDiagnostics('the findings after an edit', doc.uri, (d) => d.length === valid.length && severityOf(d)[0] === vscode.DiagnosticSeverity.Error);
    assert.deepEqual(relinted.map(ruleOf).sort(), valid.map(ruleOf).sort());
    mustFail('the findings are gone', () => assert.deepEqual(relinted, []));
    await vscode.commands.executeCommand('workbench.action.files.revert');

    fs.writeFileSync(rc(), original);
    await waitFor('the configuration error to go', () => tlslintDiagnostics(vscode.Uri.file(rc())).length === 0);
    await waitForDiagnostics(`${RULE} back to a warning`, doc.uri, (d) => severityOf(d)[0] === vscode.DiagnosticSeverity.Warning);
  });
});
