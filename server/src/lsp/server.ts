// Wires the LSP glue modules to a connection. Nothing here analyses code: the document linter and
// the workspace scanner call the engine.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LANGUAGES, languageOfFile } from '../../../protocol/languages.js';
import { docsUrl } from '../../../rules/docs-url.js';
import { ruleById } from '../../../rules/index.js';
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, ErrorCodes, FileChangeType, ResponseError, TextDocuments, type CancellationToken, type Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllAction, quickFixes, wants } from './code-actions.js';
import { serverCapabilities } from './capabilities.js';
import { ready } from '../linter/index.js';
import { DocumentLinter, fileNameOf, filePathOf, isLinted } from './document-linter.js';
import { EditLog } from './edit-log.js';
import { FIX_ALL_KIND, ServerCommands, StatusNotification, type ScanSummary, type StatusParams } from '../../../protocol/protocol.js';
import { SettingsStore } from './settings.js';
import { WorkspaceScanner } from './workspace-scan.js';

export function startServer(connection: Connection): void {
  // Documents sync incrementally; the edit log keeps each change's range for the incremental re-parse.
  const edits = new EditLog();
  const documents = new TextDocuments<TextDocument>(edits.configuration());
  const settings = new SettingsStore(connection);
  const linter = new DocumentLinter(connection, settings, edits);
  // The project model reads open documents before their copies on disk.
  linter.openText = (fileName) => documents.get(pathToFileURL(fileName).toString())?.getText();
  const scanner = new WorkspaceScanner(connection, linter, settings);
  let lastScan: ScanSummary | undefined;
  let dynamicWatchers = false;
  let progressSupported = false;
  let folderChanges = false;
  // LSP lifecycle: a request before initialize is an error (ServerNotInitialized), so is a second
  // initialize and every request after shutdown (InvalidRequest); shutdown also stops a running scan.
  let state: 'uninitialized' | 'running' | 'shut down' = 'uninitialized';
  const refusal = () =>
    state === 'uninitialized'
      ? new ResponseError(ErrorCodes.ServerNotInitialized, 'tlslint: the server is not initialized yet')
      : state === 'shut down'
        ? new ResponseError(ErrorCodes.InvalidRequest, 'tlslint: the server is shutting down')
        : undefined;
  connection.onShutdown(() => {
    state = 'shut down';
  });
  const isOpen = (uri: string) => documents.get(uri) !== undefined;
  const relevant = (doc: TextDocument) => isLinted(doc.uri, doc.languageId);
  // Parsers that load asynchronously (WebAssembly) are set up once, before the first analysis.
  const languages = ready();

  connection.onInitialize((params) => {
    if (state !== 'uninitialized') return new ResponseError(ErrorCodes.InvalidRequest, 'tlslint: initialize was already received');
    state = 'running';
    settings.supportsPull = !!params.capabilities.workspace?.configuration;
    dynamicWatchers = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    progressSupported = !!params.capabilities.window?.workDoneProgress;
    folderChanges = !!params.capabilities.workspace?.workspaceFolders;
    if (params.initializationOptions) settings.update({ tlslint: params.initializationOptions });
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    linter.workspaceRoots = folders.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    return serverCapabilities();
  });

  connection.onInitialized(() => {
    if (settings.supportsPull) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'tlslint' });
    if (dynamicWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.tlslintrc.json' }, { globPattern: '**/package.json' }, { globPattern: '**/{tsconfig,jsconfig}.json' }, { globPattern: `**/*.{${sourceExtensions()}}` }],
      });
    }
    // The library throws when the client cannot send folder changes (capabilities without workspaceFolders).
    if (folderChanges) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => fileURLToPath(f.uri)));
        linter.workspaceRoots = [...linter.workspaceRoots.filter((r) => !removed.has(r)), ...e.added.map((f) => fileURLToPath(f.uri))];
      });
    }
    relintAll();
  });

  // The linter asks for a document's settings (workspace/configuration) before it schedules an
  // analysis; a document closed (or closed and reopened) while the answer was on its way must not
  // get diagnostics after its close. Once the answer is cached, the linter's own wait for it ends
  // before any other message is handled.
  // Nothing is analysed (or published) before initialize, nor after shutdown: a document opened
  // early is analysed once the client says it is initialized.
  const schedule = async (doc: TextDocument, reason: 'open' | 'change' | 'save') => {
    if (state !== 'running') return;
    await languages;
    await settings.get(doc.uri);
    if (documents.get(doc.uri) === doc) await linter.schedule(doc, reason);
  };
  const relintAll = () => {
    linter.configs.clear();
    linter.forgetProject();
    for (const doc of documents.all()) if (relevant(doc)) void schedule(doc, 'open');
  };
  connection.onDidChangeConfiguration((change) => {
    settings.update(change.settings);
    relintAll();
  });
  // A changed configuration re-lints every document; a changed source file, those that read it.
  connection.onDidChangeWatchedFiles((params) => {
    const changes: unknown[] = Array.isArray(params?.changes) ? params.changes : [];
    const files = changes.map((c) => (c && typeof (c as { uri?: unknown }).uri === 'string' ? filePathOf((c as { uri: string }).uri) : undefined)).filter((f): f is string => f !== undefined);
    if (files.length === 0 || files.length < changes.length || files.some((f) => !languageOfFile(f))) return relintAll();
    // A file created or deleted changes what imports resolve to: every document is linted again.
    if (changes.some((c) => (c as { type?: number }).type !== FileChangeType.Changed)) return relintAll();
    relintDependents(files, 'open');
  });
  /** The open documents whose last analysis read one of `files` (an imported file changed). */
  const relintDependents = (files: readonly string[], reason: 'open' | 'change') => {
    const uris = new Set(files.flatMap((f) => linter.dependentsOf(f)));
    for (const uri of uris) {
      const doc = documents.get(uri);
      if (doc && relevant(doc) && !files.includes(filePathOf(uri) ?? '')) void schedule(doc, reason);
    }
  };

  documents.onDidOpen((e) => {
    if (!relevant(e.document)) return;
    void schedule(e.document, 'open');
    // An open buffer now wins over the file on disk that other documents read.
    const file = filePathOf(e.document.uri);
    if (file) relintDependents([file], 'open');
  });
  documents.onDidChangeContent((e) => {
    if (!relevant(e.document)) return;
    void schedule(e.document, 'change');
    const file = filePathOf(e.document.uri);
    if (file) relintDependents([file], 'change');
  });
  documents.onDidSave((e) => relevant(e.document) && void schedule(e.document, 'save'));
  documents.onDidClose((e) => {
    settings.forget(e.document.uri);
    linter.clear(e.document.uri);
    // The file on disk, not the closed buffer, is what the documents that read it see now.
    const file = filePathOf(e.document.uri);
    if (file) relintDependents([file], 'open');
  });

  connection.onCodeAction(async (params) => {
    const refused = refusal();
    if (refused) return refused;
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !relevant(doc)) return [];
    const fileName = fileNameOf(doc.uri, doc.languageId);
    const only = params.context.only;
    const actions = wants(only, 'quickfix') ? quickFixes(doc, fileName, params) : [];
    if (only && wants(only, FIX_ALL_KIND)) {
      const options = linter.optionsFor(doc.uri, await settings.get(doc.uri));
      const all = 'error' in options ? undefined : fixAllAction(doc, fileName, options);
      if (all) actions.push(all);
    }
    return actions;
  });

  connection.onExecuteCommand(async (params, token, workDone) => {
    const refused = refusal();
    if (refused) return refused;
    switch (params.command) {
      case ServerCommands.showDocumentation: {
        const url = documentationUrl(params.arguments?.[0]);
        if (url) await connection.window.showDocument({ uri: url, external: true });
        return null;
      }
      case ServerCommands.clearWorkspaceResults: {
        const cleared = scanner.clear(isOpen);
        lastScan = undefined;
        notifyStatus({ state: scanner.running ? 'scanning' : 'idle' });
        return { cleared };
      }
      case ServerCommands.scanWorkspace: {
        // One scan at a time; null tells the caller one is running already.
        if (scanner.running) return null;
        const exclude = Array.isArray(params.arguments?.[0]?.exclude) ? (params.arguments![0].exclude as string[]) : [];
        // Client-initiated progress when the request carries a token, else server-initiated
        // (which the user can cancel from the progress notification).
        const progress = params.workDoneToken !== undefined || !progressSupported ? workDone : await connection.window.createWorkDoneProgress();
        const progressToken = 'token' in progress ? (progress as { token: CancellationToken }).token : undefined;
        notifyStatus({ state: 'scanning', lastScan });
        const summary = await scanner.scan({ roots: linter.workspaceRoots, exclude, openDocument: (uri) => documents.get(uri), isCancelled: () => state === 'shut down' || token.isCancellationRequested || !!progressToken?.isCancellationRequested, progress });
        lastScan = summary;
        notifyStatus({ state: 'idle', lastScan });
        return summary;
      }
      default:
        return null;
    }
  });

  /** A docs address (from a diagnostic's data) or a rule id (from the client's palette command). */
  function documentationUrl(arg: unknown): string | undefined {
    if (typeof arg !== 'string') return undefined;
    if (/^https?:\/\//.test(arg)) return arg;
    return ruleById(arg) ? docsUrl(arg) : undefined;
  }

  function notifyStatus(p: StatusParams): void {
    void connection.sendNotification(StatusNotification, p);
  }

  documents.listen(connection);
  connection.listen();
}

/** `js,jsx,…`: the extensions of every language tlslint reads, for a file watcher's glob. */
function sourceExtensions(): string {
  return [...new Set(LANGUAGES.flatMap((l) => l.extensions.map((e) => e.slice(1))))].join(',');
}
