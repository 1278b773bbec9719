// Restricted Mode: the extension declares `untrustedWorkspaces.supported: true`, so in a folder the
// user has not trusted it must work as in a trusted one. Run by test/e2e/run-restricted-mode.mjs
// (workspace trust on, the folder never trusted); the main suite runs with trust off.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import {
  applyAndSave,
  assertFileText,
  cliKeys,
  cliReport,
  codeActions,
  diagnosticKeys,
  EXTENSION_ID,
  open,
  ruleOf,
  tlslintHover,
  waitForDiagnostics,
  waitForPreview,
  whyFirstLine,
  without,
  workspaceDir,
  wsFile,
} from './helpers.cjs';

const FILE = 'src/db.js';
const RULE = 'no-unverified-certificate';
const FIX = 'Remove tlsAllowInvalidCertificates: true (verify certificates)';
const INSECURE_LINE = '  tlsAllowInvalidCertificates: true,\n';

suite('Restricted Mode (workspace trust on, folder not trusted)', () => {
  let doc: vscode.TextDocument;
  let finding: vscode.Diagnostic;

  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('the folder is in Restricted Mode', () => {
    // With trust off VS Code reports every folder as trusted, so this also proves trust is on.
    assert.equal(vscode.workspace.isTrusted, false, 'the workspace folder is not trusted');
    assert.equal(vscode.workspace.getConfiguration('security.workspace.trust').get('enabled'), true, 'workspace trust is on');
  });

  test('opening a JS file activates tlslint and shows the CLI\'s findings', async () => {
    const expected = cliKeys(cliReport(workspaceDir(), [FILE])[0].findings);
    assert.ok(expected.some((k) => k.endsWith(` ${RULE}`)), `the CLI reports ${RULE} in ${FILE}: ${JSON.stringify(expected)}`);
    doc = await open(wsFile(FILE));
    const diags = await waitForDiagnostics(`the findings of ${FILE}`, doc.uri, (d) => d.length === expected.length);
    assert.deepEqual(diagnosticKeys(diags), expected);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, `${EXTENSION_ID} is active`);
    const line = fs.readFileSync(doc.fileName, 'utf8').split(INSECURE_LINE)[0].split('\n').length - 1;
    const found = diags.find((d) => ruleOf(d) === RULE && d.range.start.line === line);
    assert.ok(found, `${INSECURE_LINE.trim()} is reported as ${RULE}`);
    finding = found;
  });

  test('the hover on the finding carries the bundled page\'s "why"', async () => {
    const hover = await tlslintHover(doc.uri, finding.range.start, RULE);
    assert.ok(hover.value.includes(whyFirstLine(RULE)), `the hover holds the page's "why": ${hover.value}`);
  });

  test('"Show documentation" and tlslint.showDocumentation open the bundled pages in the Markdown preview', async () => {
    const title = `Show documentation for ${RULE}`;
    const actions = await codeActions(doc.uri, finding.range, vscode.CodeActionKind.QuickFix.value, (a) => a.title === title);
    const show = actions.find((a) => a.title === title)!.command;
    assert.ok(show, `"${title}" runs a command`);
    await vscode.commands.executeCommand(show.command, ...(show.arguments ?? []));
    await waitForPreview(RULE);
    await vscode.commands.executeCommand('tlslint.showDocumentation', 'require-servername');
    await waitForPreview('require-servername');
  });

  test('the quick fix is offered; applied and saved, it leaves the CLI\'s findings of the fixed file', async () => {
    const original = fs.readFileSync(doc.fileName, 'utf8');
    doc = await open(doc.fileName);
    const actions = await codeActions(doc.uri, finding.range, vscode.CodeActionKind.QuickFix.value, (a) => a.title === FIX);
    await applyAndSave(doc, actions.find((a) => a.title === FIX)!);
    assertFileText(doc.fileName, without(original, INSECURE_LINE), original);
    const expected = cliKeys(cliReport(workspaceDir(), [FILE])[0].findings);
    const diags = await waitForDiagnostics('the findings of the fixed file', doc.uri, (d) => d.length === expected.length);
    assert.deepEqual(diagnosticKeys(diags), expected, 'the CLI\'s findings of the fixed file');
  });
});
