// Changing tlslint.rules.<id> in the settings changes the severity of open files' findings.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describeDiagnostics, mustFail, open, ruleOf, waitForDiagnostics, wsFile } from './helpers.cjs';

const RULE = 'require-servername';

suite('Settings (tlslint.rules.<id>)', () => {
  const config = () => vscode.workspace.getConfiguration('tlslint');
  const severityOf = (diags: vscode.Diagnostic[]) => diags.filter((d) => ruleOf(d) === RULE).map((d) => d.severity);

  suiteTeardown(async () => {
    await config().update(`rules.${RULE}`, undefined, vscode.ConfigurationTarget.Workspace);
  });

  test(`tlslint.rules.${RULE} turns the finding into an error, turns it off, and back to the default`, async () => {
    const doc = await open(wsFile('src/clients/ledger.js'));
    // examples/.tlslintrc.json keeps the rule's default: warning.
    const initial = await waitForDiagnostics(`the ${RULE} warning`, doc.uri, (d) => severityOf(d).length === 1);
    assert.deepEqual(severityOf(initial), [vscode.DiagnosticSeverity.Warning], describeDiagnostics(initial));
    const others = initial.filter((d) => ruleOf(d) !== RULE).length;
    assert.ok(others > 0, 'ledger.js has findings of other rules too');

    await config().update(`rules.${RULE}`, 'error', vscode.ConfigurationTarget.Workspace);
    const asError = await waitForDiagnostics(`the ${RULE} finding as an error`, doc.uri, (d) => severityOf(d)[0] === vscode.DiagnosticSeverity.Error);
    mustFail('the severity is unchanged', () => assert.deepEqual(severityOf(asError), [vscode.DiagnosticSeverity.Warning]));

    await config().update(`rules.${RULE}`, 'off', vscode.ConfigurationTarget.Workspace);
    // The other rules' findings stay: the file was linted again, not just cleared.
    await waitForDiagnostics(`the ${RULE} finding to be off`, doc.uri, (d) => severityOf(d).length === 0 && d.length === others);

    await config().update(`rules.${RULE}`, undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(`the ${RULE} warning to return`, doc.uri, (d) => severityOf(d)[0] === vscode.DiagnosticSeverity.Warning && d.length === others + 1);
  });
});
