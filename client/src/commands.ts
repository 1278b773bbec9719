// The palette commands (category "TLS Lint"). Scanning and clearing run in the server; the
// server reports the scan's progress with $/progress, which VS Code shows as a cancellable
// notification, and the client shows the summary when it returns.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { ClientCommands, ServerCommands, type ScanSummary } from '../../protocol/protocol.js';
import { summaryMessage } from './summary.js';

export function registerCommands(client: LanguageClient, output: vscode.LogOutputChannel, manifest: Manifest): vscode.Disposable[] {
  const execute = <T>(command: string, args: unknown[] = []) => client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;
  return [
    vscode.commands.registerCommand(ClientCommands.scanWorkspace, async () => {
      if (!vscode.workspace.workspaceFolders?.length) {
        void vscode.window.showInformationMessage('TLS Lint: open a folder to scan its files.');
        return undefined;
      }
      let summary: ScanSummary | null;
      try {
        summary = await execute<ScanSummary | null>(ServerCommands.scanWorkspace, [{ exclude: filesExcludePatterns() }]);
      } catch (err) {
        const message = `TLS Lint: the workspace scan failed: ${err instanceof Error ? err.message : String(err)}`;
        output.error(message);
        void vscode.window.showErrorMessage(message);
        return undefined;
      }
      if (!summary) {
        void vscode.window.showInformationMessage('TLS Lint: a workspace scan is already running.');
        return undefined;
      }
      const message = summaryMessage(summary);
      output.info(message);
      const problems = 'Show Problems';
      void vscode.window.showInformationMessage(message, problems).then((pick) => {
        if (pick === problems) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
      return summary;
    }),
    vscode.commands.registerCommand(ClientCommands.clearWorkspaceResults, async () => {
      const result = await execute<{ cleared: number }>(ServerCommands.clearWorkspaceResults);
      output.info(`Cleared the workspace scan's results for ${result?.cleared ?? 0} files.`);
    }),
    vscode.commands.registerCommand(ClientCommands.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(ClientCommands.restartServer, async () => {
      if (client.needsStop()) await client.stop();
      await client.start();
      output.info('Restarted the TLS Lint server.');
    }),
    // With a rule id (from a link or a keybinding) or picked from the rules the extension has
    // settings for; the server turns the id into its documentation address and asks the editor
    // to open it (window/showDocument), as the "Show documentation" quick fix does.
    vscode.commands.registerCommand(ClientCommands.showDocumentation, async (ruleId?: unknown) => {
      const id = typeof ruleId === 'string' ? ruleId : await pickRule(manifest);
      if (id) await execute(ServerCommands.showDocumentation, [id]);
    }),
  ];
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
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Show the documentation of a TLS Lint rule', matchOnDetail: true });
  return picked?.label;
}
