// The "why" in the editor: the hover on a finding says why its rule matters and links the rule's
// page; "Show documentation" and the palette command open that page, shipped in the extension, in
// the Markdown preview (no network involved).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import { bundledPage, codeActions, open, ruleOf, tlslintHover, waitForDiagnostics, waitForPreview, whyFirstLine, wsFile } from './helpers.cjs';

const RULE = 'no-unverified-certificate';

suite('Rule pages in the editor', () => {
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('the hover on a finding says why the rule matters and links the bundled page', async () => {
    const doc = await open(wsFile('src/db.js'));
    const diags = await waitForDiagnostics(`a ${RULE} finding`, doc.uri, (d) => d.some((x) => ruleOf(x) === RULE));
    const at = diags.find((x) => ruleOf(x) === RULE)!.range.start;
    const ours = await tlslintHover(doc.uri, at, RULE);
    assert.ok(ours.value.includes(whyFirstLine(RULE)), `the hover holds the page's "why": ${ours.value}`);
    assert.ok(ours.value.includes(`(command:tlslint.showDocumentation?${encodeURIComponent(JSON.stringify([RULE]))})`), 'the link opens the bundled page');
    assert.deepEqual(ours.isTrusted, { enabledCommands: ['tlslint.showDocumentation'] }, 'only that command is trusted');
  });

  test('"Show documentation" from the quick-fix menu and the palette command open the bundled pages in the Markdown preview', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const doc = await open(wsFile('src/db.js'));
    const diags = await waitForDiagnostics(`a ${RULE} finding`, doc.uri, (d) => d.some((x) => ruleOf(x) === RULE));
    const title = `Show documentation for ${RULE}`;
    const actions = await codeActions(doc.uri, diags.find((x) => ruleOf(x) === RULE)!.range, vscode.CodeActionKind.QuickFix.value, (a) => a.title === title);
    const show = actions.find((a) => a.title === title)!;
    assert.ok(show.command, 'a command, run by the server');
    assert.ok(fs.existsSync(bundledPage(RULE)), 'the page ships with the extension');
    await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));
    await waitForPreview(RULE);

    await vscode.commands.executeCommand('tlslint.showDocumentation', 'require-servername');
    await waitForPreview('require-servername');
  });
});
