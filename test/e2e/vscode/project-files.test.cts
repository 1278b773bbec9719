// Project files in the real editor: opening examples/'s Dockerfile and package.json (which VS Code
// gives the `dockerfile` and `json` languages) shows the CLI's findings for them, and the
// Dockerfile offers a `#` suppression.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { cliKeys, cliReport, codeActions, diagnosticKeys, mustFail, open, ruleOf, waitForDiagnostics, workspaceDir, wsFile } from './helpers.cjs';

suite('Project files (Dockerfile, package.json)', () => {
  teardown(() => vscode.commands.executeCommand('workbench.action.files.revert'));

  for (const rel of ['Dockerfile', 'package.json']) {
    test(`opening ${rel} shows the CLI's findings`, async () => {
      const expected = cliKeys(cliReport(workspaceDir(), [rel])[0].findings);
      assert.ok(expected.length >= 2, `the CLI reports findings in ${rel}: ${JSON.stringify(expected)}`);
      const doc = await open(wsFile(rel));
      const diags = await waitForDiagnostics(`the findings of ${rel}`, doc.uri, (d) => d.length === expected.length);
      assert.deepEqual(diagnosticKeys(diags), expected);
      mustFail('a list missing one finding compares equal', () => assert.deepEqual(diagnosticKeys(diags), expected.slice(1)));
      assert.ok(diags.some((d) => ruleOf(d) === 'no-global-tls-bypass'), 'NODE_TLS_REJECT_UNAUTHORIZED=0 is reported');
    });
  }

  test('a Dockerfile finding offers its removal and a # suppression, which silences it', async () => {
    const doc = await open(wsFile('Dockerfile'));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document, doc);
    const diags = await waitForDiagnostics('the Dockerfile findings', doc.uri, (d) => d.some((x) => ruleOf(x) === 'no-global-tls-bypass'));
    const env = diags.find((d) => doc.lineAt(d.range.start.line).text.includes('NODE_TLS_REJECT_UNAUTHORIZED'))!;
    assert.ok(env, 'the ENV entry is reported');
    const actions = await codeActions(doc.uri, env.range, vscode.CodeActionKind.QuickFix.value, (a) => a.title === 'Disable no-global-tls-bypass for this line');
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Remove the NODE_TLS_REJECT_UNAUTHORIZED setting'), JSON.stringify(titles));
    const disable = actions.find((a) => a.title === 'Disable no-global-tls-bypass for this line')!;
    const line = env.range.start.line;
    assert.ok(await vscode.workspace.applyEdit(disable.edit!), 'applied');
    // Indented like the line it silences (here a continuation line of ENV, where Docker drops comment lines).
    assert.match(editor.document.lineAt(line).text, /^\s*# tlslint-disable-next-line no-global-tls-bypass -- reason$/);
    await waitForDiagnostics('the ENV finding to go', doc.uri, (d) => !d.some((x) => x.range.start.line === line + 1 && ruleOf(x) === 'no-global-tls-bypass'));
  });
});
