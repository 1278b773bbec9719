// TLS Lint: Scan Workspace fills the Problems collection with what the CLI finds, returns the
// summary the notification shows, and Clear Workspace Results removes it again.
import assert from 'node:assert/strict';
import path from 'node:path';
import * as vscode from 'vscode';
import { cliKeys, cliReport, diagnosticKeys, mustFail, SOURCE, waitFor, workspaceDir } from './helpers.cjs';

/** The command's result: ScanSummary of protocol/protocol.ts. */
interface ScanSummary {
  files: number;
  filesWithFindings: number;
  findings: number;
  bySeverity: Record<'error' | 'warning' | 'info', number>;
  byRule: Record<string, number>;
  cancelled: boolean;
}

suite('Scan Workspace', () => {
  test('the Problems collection and the summary match the CLI on the whole workspace; Clear removes them', async () => {
    const ws = workspaceDir();
    assert.deepEqual(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.fileName), [], 'no unsaved editors (the CLI reads the disk)');
    const report = cliReport(ws, ['.']);
    const expected = new Map(report.filter((f) => f.findings.length > 0).map((f) => [path.join(ws, f.filePath), cliKeys(f.findings)]));
    const findings = report.flatMap((f) => f.findings);
    assert.ok(expected.size >= 5, `the CLI finds problems in several files: ${[...expected.keys()].join(', ')}`);

    const summary = await vscode.commands.executeCommand<ScanSummary | undefined>('tlslint.scanWorkspace');
    assert.ok(summary, 'the scan returns its summary');
    assert.equal(summary.cancelled, false);
    assert.equal(summary.files, report.length, 'files scanned');
    assert.equal(summary.findings, findings.length, 'findings');
    assert.equal(summary.filesWithFindings, expected.size, 'files with findings');
    const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
    assert.deepEqual(summary.bySeverity, { error: count('error'), warning: count('warning'), info: count('info') });
    const byRule: Record<string, number> = {};
    for (const f of findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    assert.deepEqual(summary.byRule, byRule);

    const problems = () => {
      const m = new Map<string, string[]>();
      for (const [uri, diags] of vscode.languages.getDiagnostics()) {
        const ours = diags.filter((d) => d.source === SOURCE);
        if (uri.scheme === 'file' && uri.fsPath.startsWith(ws + path.sep) && ours.length > 0) m.set(uri.fsPath, diagnosticKeys(ours));
      }
      return m;
    };
    const sorted = (m: Map<string, string[]>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
    const matches = () => JSON.stringify(sorted(problems())) === JSON.stringify(sorted(expected));
    await waitFor('the Problems collection to match the CLI', matches, () => JSON.stringify({ problems: sorted(problems()), cli: sorted(expected) }));
    const one = [...expected.keys()][0];
    mustFail('the collection without one file matches', () => assert.deepEqual(sorted(problems()), sorted(new Map([...expected].filter(([k]) => k !== one)))));

    // Clear keeps the diagnostics of open files (the editor owns those) and drops the rest.
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.fsPath));
    const closed = [...expected.keys()].filter((f) => !open.has(f));
    const stillOpen = [...expected.keys()].filter((f) => open.has(f));
    assert.ok(closed.length > 0 && stillOpen.length > 0, 'the workspace has findings in open and in unopened files');
    await vscode.commands.executeCommand('tlslint.clearWorkspaceResults');
    await waitFor('the scan results of unopened files to be cleared', () => closed.every((f) => !problems().has(f)), () => JSON.stringify([...problems().keys()]));
    assert.deepEqual(stillOpen.filter((f) => !problems().has(f)), [], 'open files keep their diagnostics');
  });
});
