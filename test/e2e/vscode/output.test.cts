// The output: a start line that says what runs on what (version, server, Node, folders,
// configuration files), and tlslint.trace.server alone shows the traffic in "tlslint Trace",
// without VS Code's log level changing. Output channels are files in the window's log folder,
// which the runners pass as E2E_LOGS_DIR.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { codeActions, mustFail, open, waitForDiagnostics, workspaceDir, wsFile } from './helpers.cjs';

/** Every file under `dir` whose path ends with `suffix`, newest first. */
function logFiles(suffix: string): string[] {
  const root = process.env.E2E_LOGS_DIR;
  assert.ok(root && fs.existsSync(root), `the runner passes the log folder as E2E_LOGS_DIR (got ${root})`);
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(suffix)) found.push(p);
    }
  };
  walk(root);
  return found.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');

suite('Output', () => {
  const config = () => vscode.workspace.getConfiguration('tlslint');
  suiteTeardown(() => config().update('trace.server', undefined, vscode.ConfigurationTarget.Workspace));

  test('starts with the version, the server, its Node, the folders and the configuration files', async () => {
    const log = await until('the tlslint output', () => logFiles(`${path.sep}tlslint.log`).find((f) => read(f).includes('Configuration files:')));
    const text = read(log);
    assert.match(text, /tlslint \d+\.\d+\.\d+ language server \(.*dist[/\\]server\.js\) on Node v\d+/);
    assert.ok(text.includes(`Workspace folders: ${workspaceDir()}`), text.slice(0, 2000));
    assert.match(text, /Configuration files: .*\.tlslintrc\.json/);
  });

  test('tlslint.trace.server alone traces the traffic in "tlslint Trace"; off stops it', async () => {
    assert.notEqual(vscode.env.logLevel, vscode.LogLevel.Trace, "VS Code's log level is not Trace");
    const doc = await open(wsFile('src/db.js'));
    const diags = await waitForDiagnostics('findings', doc.uri, (d) => d.length > 0);
    const ask = () => codeActions(doc.uri, diags[0].range, vscode.CodeActionKind.QuickFix.value, () => true);
    const traced = () => logFiles('-tlslint Trace.log').map(read).join('').split('\n').filter((l) => l.includes("Sending request 'textDocument/codeAction")).length;

    const before = traced();
    await ask();
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(traced(), before, 'nothing is traced while the setting is off');

    await config().update('trace.server', 'messages', vscode.ConfigurationTarget.Workspace);
    await ask();
    const on = await until('a traced code action request', () => (traced() > before ? traced() : undefined));
    mustFail('the trace is empty', () => assert.equal(on, before));

    await config().update('trace.server', 'off', vscode.ConfigurationTarget.Workspace);
    await new Promise((r) => setTimeout(r, 1000));
    const off = traced();
    await ask();
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(traced(), off, 'off stops the trace');
  });
});
