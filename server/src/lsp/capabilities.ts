// What the server offers in `initialize`.
import { TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver/node';
import { VERSION } from '../engine/version.js';
import { CODE_ACTION_KINDS } from './code-actions.js';
import { SERVER_NAME, ServerCommands } from '../../../protocol/protocol.js';

export function serverCapabilities(): InitializeResult {
  return {
    serverInfo: { name: SERVER_NAME, version: VERSION },
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      // Resolve fills in the edit of "Fix all safe tlslint problems" when it is chosen from the menu.
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: true },
      hoverProvider: true,
      executeCommandProvider: { commands: Object.values(ServerCommands) },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
  };
}
