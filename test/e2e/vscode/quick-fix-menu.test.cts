// The quick-fix menu's disable comments end in `-- reason`, with "reason" selected so that typing
// replaces it (a snippet edit), for the line and for the entire file.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeActions, open, ruleOf, waitForDiagnostics, wsFile } from './helpers.cjs';

const RULE = 'no-weak-cipher';

suite('Quick-fix menu (src/legacy-gateway.js)', () => {
  teardown(() => vscode.commands.executeCommand('workbench.action.files.revert'));

  for (const [scope, comment] of [
    ['this line', (line: string) => new RegExp(`^\\s*// tlslint-disable-next-line ${RULE} -- reason$`).test(line)],
    ['the entire file', (line: string) => line === `/* tlslint-disable ${RULE} -- reason */`],
  ] as const) {
    test(`"Disable ${RULE} for ${scope}" inserts the comment with "reason" selected, and the finding goes`, async () => {
      const doc = await open(wsFile('src/legacy-gateway.js'));
      const editor = vscode.window.activeTextEditor!;
      assert.equal(editor.document, doc);
      const before = await waitForDiagnostics(`the ${RULE} finding`, doc.uri, (d) => d.some((x) => ruleOf(x) === RULE));
      const title = `Disable ${RULE} for ${scope}`;
      const actions = await codeActions(doc.uri, before.find((x) => ruleOf(x) === RULE)!.range, vscode.CodeActionKind.QuickFix.value, (a) => a.title === title);
      const action = actions.find((a) => a.title === title)!;
      assert.ok(await vscode.workspace.applyEdit(action.edit!), 'applied');

      const selected = editor.document.getText(editor.selection);
      assert.equal(selected, 'reason', 'the placeholder is selected, ready to be typed over');
      const line = editor.document.lineAt(editor.selection.start.line).text;
      assert.ok(comment(line), `the comment: ${JSON.stringify(line)}`);
      await editor.edit((b) => b.replace(editor.selection, 'the partner gateway only speaks RC4 (ticket 12)'));
      await waitForDiagnostics(`the ${RULE} finding to go`, doc.uri, (d) => !d.some((x) => ruleOf(x) === RULE));
      assert.match(editor.document.getText(), /-- the partner gateway only speaks RC4 \(ticket 12\)/);
    });
  }
});
