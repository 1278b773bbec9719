// source.fixAll.tlslint (what "editor.codeActionsOnSave" runs) applies the safe fixes only.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import { applyAndSave, assertFileText, codeActions, describeDiagnostics, mustFail, open, ruleOf, waitForDiagnostics, wsFile } from './helpers.cjs';

const FIX_ALL = 'source.fixAll.tlslint';
const FILE = 'src/weak-cipher-server.js';
const server = (ciphers: string) => `const tls = require('node:tls');

const server = tls.createServer({
  key: process.env.TLS_KEY,
  cert: process.env.TLS_CERT,
  ciphers: '${ciphers}',
});

module.exports = { server };
`;

suite('Fix all (source.fixAll.tlslint)', () => {
  test('on a weak cipher list it takes out the broken suite and leaves the warning and the suggestions alone', async () => {
    const original = server('RC4-SHA:AES128-SHA');
    fs.writeFileSync(wsFile(FILE), original);
    const doc = await open(wsFile(FILE));

    const isRc4 = (d: vscode.Diagnostic) => ruleOf(d) === 'no-weak-cipher' && d.severity === vscode.DiagnosticSeverity.Error && d.message.includes('RC4-SHA');
    const isAes128Sha = (d: vscode.Diagnostic) => ruleOf(d) === 'no-weak-cipher' && d.severity === vscode.DiagnosticSeverity.Warning && d.message.includes('AES128-SHA');
    const before = await waitForDiagnostics('the weak-cipher findings', doc.uri, (d) => d.some(isRc4) && d.some(isAes128Sha));
    assert.equal(before.length, 2, describeDiagnostics(before));

    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await codeActions(doc.uri, whole, FIX_ALL, (a) => a.kind?.value === FIX_ALL);
    const fixAll = actions.filter((a) => a.kind?.value === FIX_ALL);
    assert.deepEqual(fixAll.map((a) => a.title), ['Fix all safe tlslint problems']);

    await applyAndSave(doc, fixAll[0]);
    // The safe fix of the RC4 finding ("Remove 'RC4-SHA' from the cipher list"); AES128-SHA's fixes
    // (Mozilla's list, or dropping the option) change what connects, so fix-all must not apply them.
    assertFileText(doc.fileName, server('AES128-SHA'), original);
    const after = await waitForDiagnostics('only the AES128-SHA warning to remain', doc.uri, (d) => d.length === 1 && isAes128Sha(d[0]));
    mustFail('the RC4 finding is still there', () => assert.ok(after.some(isRc4)));
  });

  test('"Fix all safe tlslint problems" is in the quick-fix menu too, and changes what source.fixAll.tlslint changes', async () => {
    const original = server('RC4-SHA:AES128-SHA');
    fs.writeFileSync(wsFile(FILE), original);
    const doc = await open(wsFile(FILE));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    const diags = await waitForDiagnostics('the weak-cipher findings', doc.uri, (d) => d.length === 2 && doc.getText() === original);
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const fixAll = (await codeActions(doc.uri, whole, FIX_ALL, (a) => a.kind?.value === FIX_ALL)).find((a) => a.kind?.value === FIX_ALL)!;
    // The menu's entry is resolved when chosen (the fourth argument resolves that many actions).
    const menu = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diags[0].range, vscode.CodeActionKind.QuickFix.value, 50);
    const entry = menu.find((a) => a.title === 'Fix all safe tlslint problems');
    assert.ok(entry, JSON.stringify(menu.map((a) => a.title)));
    assert.equal(entry.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.ok(entry.edit, 'resolved with its edit');
    const text = (a: vscode.CodeAction) => a.edit!.get(doc.uri).map((e) => e.newText);
    assert.deepEqual(text(entry), text(fixAll));
    assert.notEqual(text(entry)[0], original);
  });
});
