// The LanguageClient: starts dist/server.js over node IPC, sends it the documents of the languages
// registry (protocol/languages.ts, on disk and untitled), the tlslint settings and changes to the files that configure tlslint.
import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { documentSelector } from '../../protocol/languages.js';
import { DIAGNOSTIC_SOURCE, SERVER_NAME, type Settings } from '../../protocol/protocol.js';

export const CLIENT_ID = 'tlslint';
export const CLIENT_NAME = 'TLS Lint';
/** Files whose change can change findings: tlslint's own config and package.json's "tlslint" key. */
export const CONFIG_FILE_GLOBS = ['**/.tlslintrc.json', '**/package.json'] as const;

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    // Same bundle; --inspect lets "Attach to Node Process" debug the server.
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const watchers = CONFIG_FILE_GLOBS.map((glob) => vscode.workspace.createFileSystemWatcher(glob));
  context.subscriptions.push(...watchers);
  const clientOptions: LanguageClientOptions = {
    // The languages registry's documents: each language's editor languages and claimed file names.
    documentSelector: documentSelector(),
    diagnosticCollectionName: DIAGNOSTIC_SOURCE,
    outputChannel: output,
    // The server logs analysis failures there; the status bar links to it, popping it up is noise.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    synchronize: { fileEvents: watchers },
    // For clients that cannot answer workspace/configuration; VS Code can, so the server pulls
    // per-document settings and this only seeds its defaults.
    initializationOptions: () => currentSettings(),
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}

/** The window-level tlslint settings, in the shape the server expects. */
export function currentSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SERVER_NAME, scope);
  return {
    enable: config.get<boolean>('enable', true),
    run: config.get<Settings['run']>('run', 'onType'),
    rules: { ...config.get<Settings['rules']>('rules', {}) },
    testFiles: config.get<string[] | null>('testFiles', null),
    includeInfo: config.get<boolean>('includeInfo', false),
  };
}
