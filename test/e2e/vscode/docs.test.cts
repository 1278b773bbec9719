// The "why" in the editor: the hover on a finding says why its rule matters and links the rule's
// page; "Show documentation" and the palette command open that page, shipped in the extension, in
// the Markdown preview (no network involved).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import { codeActions, EXTENSION_ID, open, ruleOf, waitFor, waitForDiagnostics, wsFile } from './helpers.cjs';

const RULE = 'no-unverified-certificate';

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType));
}

function bundledPage(ruleId: string): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  return vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', `${ruleId}.md`).fsPath;
}

suite('Rule pages in the editor', () => {
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('the hover on a finding says why the rule matters and links the bundled page', async () => {
    const doc = await open(wsFile('src/db.js'));
    const diags = await waitForDiagnostics(`a ${RULE} finding`, doc.uri, (d) => d.some((x) => ruleOf(x) === RULE));
    const at = diags.find((x) => ruleOf(x) === RULE)!.range.start;
    // Asked again while the server's analysis of this version may still be on its way.
    let ours: vscode.MarkdownString | undefined;
    let seen = '';
    for (const deadline = Date.now() + 20_000; !ours && Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
      seen = JSON.stringify(hovers.map((h) => h.contents));
      ours = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && c.value.includes(`tlslint: ${RULE}`));
    }
    assert.ok(ours, `no tlslint hover; hovers: ${seen}`);
    const page = fs.readFileSync(bundledPage(RULE), 'utf8');
    const why = /## Why it matters\n\n([^]*?)\n\n/.exec(page)![1].split('\n')[0];
    assert.ok(ours.value.includes(why), `the hover holds the page's "why": ${ours.value}`);
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
    await waitFor(`the preview of ${RULE}.md`, () => previewTabs().some((t) => t.label.includes(`${RULE}.md`)), () => JSON.stringify(previewTabs().map((t) => t.label)));

    await vscode.commands.executeCommand('tlslint.showDocumentation', 'require-servername');
    await waitFor('the preview of require-servername.md', () => previewTabs().some((t) => t.label.includes('require-servername.md')), () => JSON.stringify(previewTabs().map((t) => t.label)));
  });
});
