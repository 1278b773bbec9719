// Helpers for the VS Code integration suite. Plain `vscode` API only, so the same files run in
// VS Code desktop (@vscode/test-electron) and in code-server's extension host.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const EXTENSION_ID = 'tlslint.tlslint';
export const SOURCE = 'tlslint';
/**
 * TLSLINT_E2E_SABOTAGE=1 makes every final file check expect the unfixed text: the run must then
 * fail, which proves a runner reports a failing test instead of passing silently.
 */
export const SABOTAGE = process.env.TLSLINT_E2E_SABOTAGE === '1';

/** The workspace folder: a scratch copy of examples/ made by the runner, never the repo's examples/. */
export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens a workspace folder');
  const dir = fs.realpathSync(folder.uri.fsPath);
  const examples = fs.realpathSync(path.join(ROOT, 'examples'));
  assert.ok(dir !== examples && !dir.startsWith(examples + path.sep), `the workspace ${dir} must be a copy, not examples/`);
  assert.ok(fs.existsSync(path.join(dir, '.tlslintrc.json')), `the workspace ${dir} is a copy of examples/`);
  return dir;
}

export function wsFile(rel: string): string {
  return path.join(workspaceDir(), rel);
}

export async function open(file: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(doc);
  return doc;
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function tlslintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function describeDiagnostics(diags: readonly vscode.Diagnostic[]): string {
  return JSON.stringify(diags.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${vscode.DiagnosticSeverity[d.severity]} ${ruleOf(d)}`));
}

/** Resolves at the next diagnostics change or after `ms`, whichever comes first. */
function nextDiagnosticsChange(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const sub = vscode.languages.onDidChangeDiagnostics(() => done());
    const timer = setTimeout(() => done(), ms);
    function done() {
      sub.dispose();
      clearTimeout(timer);
      resolve();
    }
  });
}

/**
 * Waits until `probe` returns a value other than undefined/false, re-checking on every diagnostics
 * change and at least every 100 ms; fails after `timeoutMs` with `state()` in the message.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | false, state: () => string = () => '', timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}; last state: ${state()}`);
    await nextDiagnosticsChange(100);
  }
}

/** Waits for tlslint's diagnostics of `uri` to satisfy `accept`, and returns them. */
export function waitForDiagnostics(what: string, uri: vscode.Uri, accept: (diags: vscode.Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  return waitFor(
    what,
    () => {
      const diags = tlslintDiagnostics(uri);
      return accept(diags) ? diags : undefined;
    },
    () => describeDiagnostics(tlslintDiagnostics(uri)),
    timeoutMs,
  );
}

/**
 * Runs vscode.executeCodeActionProvider until an action satisfies `want`. Right after a publish the
 * provider can briefly answer for an older document version (the server drops fixes computed for
 * another version), and VS Code cancels the whole request when the set of code action providers
 * changes while it runs (getCodeActions in codeAction.ts: the built-in TypeScript extension
 * registers its providers once it has started, seconds after the first JS file opens). So this
 * retries, logging each miss, for up to `timeoutMs`.
 */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind: string, want: (a: vscode.CodeAction) => boolean, timeoutMs = 20_000): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind).then(
      (a) => a ?? [],
      (err: unknown) => {
        if (!(err instanceof Error && err.name === 'Canceled')) throw err;
        return undefined;
      },
    );
    const codeActions = (actions ?? []).filter((a): a is vscode.CodeAction => !('command' in a && typeof a.command === 'string'));
    if (codeActions.some(want)) return codeActions;
    const titles = actions ? JSON.stringify(codeActions.map((a) => a.title)) : 'cancelled by VS Code';
    if (Date.now() > deadline) assert.fail(`no matching ${kind} code action after ${attempt} attempts; offered: ${titles}`);
    console.log(`      (code actions attempt ${attempt}: ${titles}; retrying)`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function applyAndSave(doc: vscode.TextDocument, action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `"${action.title}" carries an edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), `"${action.title}" applied`);
  await save(doc);
}

/**
 * Saves and waits until the disk holds the document's text. On a loaded machine (extension host
 * reported unresponsive) save() was seen to answer false although the write went through, so a
 * false answer is logged and the save asked again until the disk matches, for up to `timeoutMs`.
 */
export async function save(doc: vscode.TextDocument, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    const saved = await doc.save();
    const onDisk = () => !doc.isDirty && fs.readFileSync(doc.fileName, 'utf8') === doc.getText();
    if (saved && onDisk()) return;
    console.log(`      (save attempt ${attempt} of ${path.basename(doc.fileName)}: save() answered ${saved}, dirty ${doc.isDirty}; retrying)`);
    if (Date.now() > deadline) assert.fail(`${doc.fileName} not saved after ${attempt} attempts`);
    await new Promise((r) => setTimeout(r, 500));
    if (onDisk()) return;
  }
}

/**
 * A negative control: `check` is an assertion that must fail in the current state. If it passes,
 * the positive check next to it could never have failed either.
 */
export function mustFail(what: string, check: () => void): void {
  try {
    check();
  } catch (err) {
    if (err instanceof assert.AssertionError) return;
    throw err;
  }
  assert.fail(`negative control did not fail: ${what}`);
}

/** The file on disk is `expected`, and no longer `original` (negative control). */
export function assertFileText(file: string, expected: string, original: string): void {
  assert.notEqual(expected, original, 'the expected text is a change');
  const actual = fs.readFileSync(file, 'utf8');
  mustFail(`${path.basename(file)} still has its original text`, () => assert.equal(actual, original));
  assert.equal(actual, SABOTAGE ? original : expected, `${path.basename(file)} on disk`);
}

/** `original` with `removed` taken out once; fails if it is not there exactly once. */
export function without(original: string, removed: string): string {
  assert.equal(original.split(removed).length, 2, `the example holds ${JSON.stringify(removed)} exactly once`);
  return original.replace(removed, '');
}

export interface CliFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  line: number;
  column: number;
}
export interface CliFile {
  filePath: string;
  findings: CliFinding[];
}

/** The CLI's JSON report for `paths`: the reference the editor's results are compared with. */
export function cliReport(cwd: string, paths: string[]): CliFile[] {
  // The extension host's executable is Node (code-server) or Electron (desktop), which runs as Node with this variable.
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--format', 'json', ...paths], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  assert.ok(r.status === 0 || r.status === 1, `tlslint CLI exit ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as CliFile[];
}

const SEVERITY: Record<CliFinding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** "line:column severity rule" keys, sorted, for CLI findings and for diagnostics. */
export function cliKeys(findings: CliFinding[]): string[] {
  return findings.map((f) => `${f.line}:${f.column} ${vscode.DiagnosticSeverity[SEVERITY[f.severity]]} ${f.ruleId}`).sort();
}
export function diagnosticKeys(diags: readonly vscode.Diagnostic[]): string[] {
  return diags.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${vscode.DiagnosticSeverity[d.severity]} ${ruleOf(d)}`).sort();
}

/** The Markdown preview tabs open in the window. */
export function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType));
}

/** Waits until a Markdown preview of `<ruleId>.md` is open. */
export function waitForPreview(ruleId: string): Promise<true> {
  return waitFor(`the preview of ${ruleId}.md`, () => previewTabs().some((t) => t.label.includes(`${ruleId}.md`)), () => JSON.stringify(previewTabs().map((t) => t.label)));
}

/** The rule's page as shipped in the extension (docs/rules/<id>.md under the extension's folder). */
export function bundledPage(ruleId: string): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  return vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', `${ruleId}.md`).fsPath;
}

/** The first line of the bundled page's "Why it matters" paragraph: what the hover must carry. */
export function whyFirstLine(ruleId: string): string {
  const page = fs.readFileSync(bundledPage(ruleId), 'utf8');
  const why = /## Why it matters\n\n([^]*?)\n\n/.exec(page)?.[1].split('\n')[0];
  assert.ok(why, `${ruleId}.md has a "Why it matters" paragraph`);
  return why;
}

/**
 * tlslint's hover for `ruleId` at `at`. Asked again for up to `timeoutMs` while the server's
 * analysis of this version may still be on its way.
 */
export async function tlslintHover(uri: vscode.Uri, at: vscode.Position, ruleId: string, timeoutMs = 20_000): Promise<vscode.MarkdownString> {
  let seen = '';
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
    seen = JSON.stringify(hovers.map((h) => h.contents));
    const ours = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && c.value.includes(`tlslint: ${ruleId}`));
    if (ours) return ours;
  }
  assert.fail(`no tlslint hover for ${ruleId}; hovers: ${seen}`);
}
