// What the client said it can do (initialize's capabilities), in the terms the server's features
// need: each one degrades for clients without it (Neovim 0.7 has no window/showDocument, no
// snippet edits and no codeAction/resolve).
import type { ClientCapabilities } from 'vscode-languageserver/node';
import type { ActionFeatures } from './code-actions.js';

export interface ClientFeatures extends ActionFeatures {
  /** window/showDocument (LSP 3.16); without it a rule's address goes in a message. */
  showDocument: boolean;
  /** Markdown in hovers. */
  hoverMarkdown: boolean;
  /** window/workDoneProgress/create. */
  progress: boolean;
  /** workspace/configuration. */
  pullSettings: boolean;
  /** didChangeWatchedFiles registered by the server. */
  dynamicWatchers: boolean;
  /** workspace/didChangeWorkspaceFolders. */
  folderChanges: boolean;
}

export function clientFeatures(c: ClientCapabilities): ClientFeatures {
  return {
    snippets: !!c.workspace?.workspaceEdit?.snippetEditSupport,
    resolveEdit: !!c.textDocument?.codeAction?.resolveSupport?.properties.includes('edit'),
    showDocument: !!c.window?.showDocument?.support,
    hoverMarkdown: !!c.textDocument?.hover?.contentFormat?.includes('markdown'),
    progress: !!c.window?.workDoneProgress,
    pullSettings: !!c.workspace?.configuration,
    dynamicWatchers: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    folderChanges: !!c.workspace?.workspaceFolders,
  };
}
