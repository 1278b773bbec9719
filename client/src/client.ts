// The LanguageClient: starts dist/server.js over node IPC, sends it the documents of the languages
// registry (protocol/languages.ts, on disk and untitled), the tlslint settings and changes to the
// files that configure tlslint. Links to rule pages (the hover's, "Show documentation") open the
// pages bundled in the extension.
import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ruleIdOfDocsUrl } from '../../protocol/docs.js';
import { documentSelector } from '../../protocol/languages.js';
import { ClientCommands, DIAGNOSTIC_SOURCE, SERVER_NAME, type Settings } from '../../protocol/protocol.js';
import { localRuleLinks } from './rule-links.js';
import { openRulePage } from './rule-pages.js';
import { TraceChannel } from './trace.js';

export const CLIENT_ID = 'tlslint';
/** The one name the extension shows: output channel, status bar, notifications, command category. */
export const CLIENT_NAME = 'tlslint';
/** Files whose change can change findings: tlslint's own config and package.json's "tlslint" key. */
export const CONFIG_FILE_GLOBS = ['**/.tlslintrc.json', '**/package.json'] as const;
export const SERVER_SCRIPT = 'dist/server.js';

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(SERVER_SCRIPT);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    // Same bundle; --inspect lets "Attach to Node Process" debug the server.
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const watchers = CONFIG_FILE_GLOBS.map((glob) => vscode.workspace.createFileSystemWatcher(glob));
  const trace = new TraceChannel(`${CLIENT_NAME} Trace`);
  context.subscriptions.push(...watchers, trace);
  const clientOptions: LanguageClientOptions = {
    // The languages registry's documents: each language's editor languages and claimed file names.
    documentSelector: documentSelector(),
    diagnosticCollectionName: DIAGNOSTIC_SOURCE,
    outputChannel: output,
    // tlslint.trace.server alone turns the trace on (trace.ts).
    traceOutputChannel: trace,
    // The server logs analysis failures there; the status bar links to it, popping it up is noise.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    synchronize: { fileEvents: watchers },
    // For clients that cannot answer workspace/configuration; VS Code can, so the server pulls
    // per-document settings and this only seeds its defaults.
    initializationOptions: () => currentSettings(),
    // The hover's "Documentation" links run this one command, and nothing else.
    markdown: { isTrusted: { enabledCommands: [ClientCommands.showDocumentation] } },
    middleware: {
      // The hover links the rule's web page; here it opens the bundled one.
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        if (!hover) return hover;
        const contents = hover.contents.map((c) => {
          if (!(c instanceof vscode.MarkdownString)) return c;
          const local = new vscode.MarkdownString(localRuleLinks(c.value));
          local.isTrusted = { enabledCommands: [ClientCommands.showDocumentation] };
          return local;
        });
        return new vscode.Hover(contents, hover.range);
      },
      // "Show documentation" (a quick fix the server answers with window/showDocument).
      window: {
        showDocument: async (params, token, next) => {
          const id = ruleIdOfDocsUrl(params.uri);
          if (!id) return next(params, token);
          await openRulePage(context.extensionUri, id);
          return { success: true };
        },
      },
    },
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
    testFiles: config.get<string[]>('testFiles', []),
    includeInfo: config.get<boolean>('includeInfo', false),
  };
}
