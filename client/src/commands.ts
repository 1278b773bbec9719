// The palette commands (category "tlslint") and the status bar's menu. Scanning and clearing run
// in the server; the scan shows a cancellable notification here (window.withProgress) fed by the
// server's $/progress on a token the request carries, and cancelling it cancels the request.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { plural } from '../../protocol/counts.js';
import { ClientCommands, ServerCommands, type ScanSummary } from '../../protocol/protocol.js';
import { CLIENT_NAME } from './client.js';
import { openRulePage } from './rule-pages.js';
import type { StatusBar } from './status.js';
import { summaryLog, summaryMessage } from './summary.js';

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, output: vscode.LogOutputChannel, status: StatusBar): vscode.Disposable[] {
  const execute = <T>(command: string, args: unknown[] = [], token?: vscode.CancellationToken, workDoneToken?: string) =>
    client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args, workDoneToken }, token) as Promise<T>;
  let scans = 0;
  return [
    vscode.commands.registerCommand(ClientCommands.scanWorkspace, async () => {
      if (!vscode.workspace.workspaceFolders?.length) {
        void vscode.window.showInformationMessage(`${CLIENT_NAME}: open a folder to scan its files.`);
        return undefined;
      }
      let summary: ScanSummary | null;
      try {
        summary = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: `${CLIENT_NAME}: scanning the workspace`, cancellable: true },
          (progress, token) => scanWithProgress(client, progress, token, `tlslint-scan-${process.pid}-${++scans}`, execute),
        );
      } catch (err) {
        const message = `${CLIENT_NAME}: the workspace scan failed: ${err instanceof Error ? err.message : String(err)}`;
        output.error(message);
        void vscode.window.showErrorMessage(message);
        return undefined;
      }
      if (!summary) {
        void vscode.window.showInformationMessage(`${CLIENT_NAME}: a workspace scan is already running.`);
        return undefined;
      }
      output.info(summaryLog(summary));
      const problems = 'Show Problems';
      const details = 'Show Output';
      void vscode.window.showInformationMessage(summaryMessage(summary), problems, details).then((pick) => {
        if (pick === problems) void vscode.commands.executeCommand('workbench.actions.view.problems');
        if (pick === details) output.show(true);
      });
      return summary;
    }),
    vscode.commands.registerCommand(ClientCommands.clearWorkspaceResults, async () => {
      const result = await execute<{ cleared: number }>(ServerCommands.clearWorkspaceResults);
      output.info(`Cleared the workspace scan's results for ${plural(result?.cleared ?? 0, 'file')}.`);
    }),
    vscode.commands.registerCommand(ClientCommands.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(ClientCommands.restartServer, async () => {
      if (client.needsStop()) await client.stop();
      await client.start();
      output.info(`Restarted the ${CLIENT_NAME} server.`);
    }),
    // With a rule id (from the hover's link or a keybinding) or picked from the rules the extension
    // has settings for: the page bundled in the extension (rule-pages.ts).
    vscode.commands.registerCommand(ClientCommands.showDocumentation, async (ruleId?: unknown) => {
      const id = typeof ruleId === 'string' && /^[a-z0-9-]+$/.test(ruleId) ? ruleId : await pickRule(context.extension.packageJSON as Manifest);
      if (id) await openRulePage(context.extensionUri, id);
    }),
    vscode.commands.registerCommand(ClientCommands.showMenu, () => showMenu(status)),
  ];
}

/** Runs the scan request with a work-done token and turns its $/progress into the notification's. */
async function scanWithProgress(
  client: LanguageClient,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
  workDoneToken: string,
  execute: <T>(command: string, args: unknown[], token?: vscode.CancellationToken, workDoneToken?: string) => Promise<T>,
): Promise<ScanSummary | null> {
  let done = 0;
  const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
    if (value.kind === 'end') return;
    const percentage = value.percentage ?? done;
    progress.report({ message: value.message, increment: Math.max(0, percentage - done) });
    done = Math.max(done, percentage);
  });
  try {
    return await execute<ScanSummary | null>(ServerCommands.scanWorkspace, [{ exclude: filesExcludePatterns() }], token, workDoneToken);
  } finally {
    listener.dispose();
  }
}

/** The status bar item's menu, as SonarLint's: the commands a user looks for there, and any broken configuration. */
async function showMenu(status: StatusBar): Promise<void> {
  type Item = vscode.QuickPickItem & { run: () => unknown };
  const command = (label: string, id: string, detail: string): Item => ({ label, detail, run: () => vscode.commands.executeCommand(id) });
  const items: Item[] = [
    command('$(search) Scan Workspace', ClientCommands.scanWorkspace, 'Check every file of the workspace folders'),
    command('$(clear-all) Clear Workspace Results', ClientCommands.clearWorkspaceResults, "Remove the scan's problems of files that are not open"),
    command('$(output) Show Output', ClientCommands.showOutput, "The server's log and the scans' summaries"),
    command('$(debug-restart) Restart Server', ClientCommands.restartServer, 'Stop and start the tlslint server'),
    ...status.brokenConfigs.map((file) => ({
      label: `$(warning) Open ${vscode.workspace.asRelativePath(file)}`,
      detail: 'This configuration file has errors: files under it use the last valid configuration',
      run: () => vscode.window.showTextDocument(vscode.Uri.file(file)),
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: CLIENT_NAME, placeHolder: `${CLIENT_NAME}: choose an action` });
  await picked?.run();
}

/**
 * The `files.exclude` patterns that are switched on (`true`; patterns with a `when` clause depend
 * on sibling files and are left to the scan's own ignores), across all workspace folders.
 */
export function filesExcludePatterns(): string[] {
  const scopes: (vscode.Uri | undefined)[] = vscode.workspace.workspaceFolders?.map((f) => f.uri) ?? [undefined];
  const patterns = new Set<string>();
  for (const scope of scopes) {
    const exclude = vscode.workspace.getConfiguration('files', scope).get<Record<string, unknown>>('exclude') ?? {};
    for (const [pattern, on] of Object.entries(exclude)) if (on === true) patterns.add(pattern);
  }
  return [...patterns];
}

const RULE_SETTING = /^tlslint\.rules\.(.+)$/;

/** The parts of the extension's package.json the commands read. */
export interface Manifest {
  version?: string;
  contributes?: { configuration?: { properties?: Record<string, { markdownDescription?: string }> } };
}

/** The rules the extension has settings for (package.json's settings follow the rule catalog). */
async function pickRule(manifest: Manifest): Promise<string | undefined> {
  const properties = manifest.contributes?.configuration?.properties ?? {};
  const items = Object.entries(properties).flatMap(([key, p]) => {
    const m = RULE_SETTING.exec(key);
    const detail = p.markdownDescription?.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    return m ? [{ label: m[1], detail }] : [];
  });
  const picked = await vscode.window.showQuickPick(items, { placeHolder: `Show the documentation of a ${CLIENT_NAME} rule`, matchOnDetail: true });
  return picked?.label;
}
