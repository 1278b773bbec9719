// workspace/executeCommand: the workspace scan, clearing its results, and a rule's documentation.
import { MessageType, ShowMessageNotification, WorkDoneProgressReporter, type CancellationToken, type Connection, type ExecuteCommandParams } from 'vscode-languageserver/node';
import { ruleIdOfDocs, docsUrl } from '../../../protocol/docs.js';
import { ServerCommands, type ScanSummary } from '../../../protocol/protocol.js';
import { ruleById } from '../../../rules/index.js';
import type { ClientFeatures } from './client-features.js';
import type { WorkspaceScanner } from './workspace-scan.js';

export interface CommandContext {
  connection: Connection;
  scanner: WorkspaceScanner;
  features: () => ClientFeatures;
  roots: () => string[];
  openDocument: (uri: string) => { version: number } | undefined;
  isOpen: (uri: string) => boolean;
  shuttingDown: () => boolean;
  /** The scan started or ended (with its summary), or its results were cleared (null). */
  onScan: (state: 'scanning' | 'idle', lastScan?: ScanSummary | null) => void;
}

export async function executeCommand(ctx: CommandContext, params: ExecuteCommandParams, token: CancellationToken, workDone: WorkDoneProgressReporter): Promise<unknown> {
  switch (params.command) {
    case ServerCommands.showDocumentation:
      await showDocumentation(ctx, params.arguments?.[0]);
      return null;
    case ServerCommands.clearWorkspaceResults: {
      const cleared = ctx.scanner.clear(ctx.isOpen);
      ctx.onScan(ctx.scanner.running ? 'scanning' : 'idle', null);
      return { cleared };
    }
    case ServerCommands.scanWorkspace: {
      // One scan at a time; null tells the caller one is running already.
      if (ctx.scanner.running) return null;
      const exclude = Array.isArray(params.arguments?.[0]?.exclude) ? (params.arguments![0].exclude as string[]).filter((x) => typeof x === 'string') : [];
      // Client-initiated progress when the request carries a token (the VS Code client shows it as
      // a cancellable notification and cancels the request), else server-initiated, which the user
      // cancels from the progress itself.
      // (The library takes the token out of the params and hands it over as `workDone`.)
      const clientToken = !WorkDoneProgressReporter.isNullInstance(workDone);
      const progress = clientToken || !ctx.features().progress ? workDone : await ctx.connection.window.createWorkDoneProgress();
      const progressToken = 'token' in progress ? (progress as { token: CancellationToken }).token : undefined;
      ctx.onScan('scanning');
      const summary = await ctx.scanner.scan({
        roots: ctx.roots(),
        exclude,
        openDocument: ctx.openDocument,
        isCancelled: () => ctx.shuttingDown() || token.isCancellationRequested || !!progressToken?.isCancellationRequested,
        progress,
      });
      ctx.onScan('idle', summary);
      return summary;
    }
    default:
      return null;
  }
}

/**
 * Opens a rule's page (a docs address from a quick fix, or a rule id) in the client's browser; a
 * client without window/showDocument, or one that fails to open it, gets the address in a message.
 */
async function showDocumentation(ctx: CommandContext, arg: unknown): Promise<void> {
  const id = typeof arg === 'string' ? ruleIdOfDocs(arg) : undefined;
  const rule = id === undefined ? undefined : ruleById(id);
  if (!rule) return;
  const uri = docsUrl(rule.meta.id);
  if (ctx.features().showDocument) {
    const shown = await ctx.connection.window.showDocument({ uri, external: true }).then((r) => r.success, () => false);
    if (shown) return;
  }
  // A notification, not showInformationMessage's request: some clients answer that with a prompt that waits for a key.
  void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `tlslint ${rule.meta.id}: ${rule.meta.description} Documentation: ${uri}` });
}
