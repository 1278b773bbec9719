// Wires the LSP glue modules to a connection. Nothing here analyses code: the document linter and
// the workspace scanner call the engine.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LANGUAGES } from '../../../protocol/languages.js';
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, ErrorCodes, FileChangeType, ResponseError, TextDocuments, type Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from '../engine/config/index.js';
import { VERSION } from '../engine/version.js';
import { fixAllAction, fixAllQuickFix, isFixAllData, quickFixes, wants } from './code-actions.js';
import { serverCapabilities } from './capabilities.js';
import { clientFeatures, type ClientFeatures } from './client-features.js';
import { executeCommand } from './commands.js';
import { ready } from '../linter/index.js';
import { DocumentLinter, fileNameOf, filePathOf, isLinted } from './document-linter.js';
import { EditLog } from './edit-log.js';
import { findingHover } from './hover.js';
import { FIX_ALL_KIND, StatusNotification, type StatusParams } from '../../../protocol/protocol.js';
import { RuleDocs } from './rule-docs.js';
import { SettingsStore } from './settings.js';
import { WorkspaceScanner } from './workspace-scan.js';

export interface ServerOptions {
  /** The server's own script, for the start line in the log. */
  serverPath?: string;
  /** The rule pages (docs/rules), for hovers. */
  docsDir?: string;
}

/** The files whose change can change findings: tlslint's own config and package.json's "tlslint" key. */
const CONFIG_FILE_NAMES = new Set([CONFIG_FILE_NAME, 'package.json']);

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  // Documents sync incrementally; the edit log keeps each change's range for the incremental re-parse.
  const edits = new EditLog();
  const documents = new TextDocuments<TextDocument>(edits.configuration());
  const settings = new SettingsStore(connection);
  const linter = new DocumentLinter(connection, settings, edits, () => notifyStatus());
  // The project model reads open documents before their copies on disk.
  linter.openText = (fileName) => documents.get(pathToFileURL(fileName).toString())?.getText();
  const scanner = new WorkspaceScanner(connection, linter, settings);
  const docs = new RuleDocs(options.docsDir);
  const status: StatusParams = { state: 'idle' };
  let features: ClientFeatures = clientFeatures({});
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
    features = clientFeatures(params.capabilities);
    settings.supportsPull = features.pullSettings;
    if (params.initializationOptions) settings.update({ tlslint: params.initializationOptions });
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    linter.workspaceRoots = folders.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    return serverCapabilities();
  });

  connection.onInitialized(() => {
    logStart();
    if (settings.supportsPull) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'tlslint' });
    if (features.dynamicWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/package.json' }, { globPattern: '**/{tsconfig,jsconfig}.json' }, { globPattern: `**/*.{${PROJECT_SOURCE_EXTENSIONS.join(',')}}` }],
      });
    }
    // The library throws when the client cannot send folder changes (capabilities without workspaceFolders).
    if (features.folderChanges) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => fileURLToPath(f.uri)));
        linter.workspaceRoots = [...linter.workspaceRoots.filter((r) => !removed.has(r)), ...e.added.map((f) => fileURLToPath(f.uri))];
      });
    }
    relintAll();
  });

  /** Who is speaking, on what, about which folders and configurations: the first thing to read in a bug report. */
  function logStart(): void {
    const roots = linter.workspaceRoots;
    const configs = roots.map((r) => `${r}: ${linter.configFor(pathToFileURL(path.join(r, '.tlslint-probe')).toString()).configFile ?? 'none (defaults)'}`);
    connection.console.info(
      [
        `tlslint ${VERSION} language server (${options.serverPath ?? process.argv[1]}) on Node ${process.version}, pid ${process.pid}`,
        `Workspace folders: ${roots.length > 0 ? roots.join(', ') : 'none'}`,
        `Configuration at each folder: ${configs.length > 0 ? configs.join('; ') : 'none'}`,
      ].join('\n'),
    );
  }

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
    // A source file changed (not created or deleted, which changes what imports resolve to).
    const sourceChange = files.length > 0 && files.length === changes.length && files.every(isProjectSource) && changes.every((c) => (c as { type?: number }).type === FileChangeType.Changed);
    if (sourceChange) return relintDependents(files, 'open');
    relintAll();
    // A broken configuration file is marked (or unmarked) even when no open document sits under it.
    for (const file of files) if (CONFIG_FILE_NAMES.has(path.basename(file))) linter.recheckConfigFile(file);
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

  connection.onHover((params) => {
    const refused = refusal();
    if (refused) return refused;
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !relevant(doc)) return null;
    return findingHover(linter.lastResult(doc.uri, doc.version), params.position, docs, features.hoverMarkdown);
  });

  connection.onCodeAction(async (params) => {
    const refused = refusal();
    if (refused) return refused;
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !relevant(doc)) return [];
    const fileName = fileNameOf(doc.uri, doc.languageId);
    const only = params.context.only;
    const options = () => settings.get(doc.uri).then((s) => linter.optionsFor(doc.uri, s));
    const actions = [];
    if (wants(only, 'quickfix')) {
      const hasSafeFix = !!linter.lastResult(doc.uri, doc.version)?.findings.some((f) => f.fixes.some((x) => x.kind === 'safe'));
      const fixAllOptions = hasSafeFix ? await options() : undefined;
      actions.push(...quickFixes(doc, fileName, params, features, () => fixAllOptions && fixAllQuickFix(doc, fileName, fixAllOptions, features)));
    }
    if (only && wants(only, FIX_ALL_KIND)) {
      const all = fixAllAction(doc, fileName, await options());
      if (all) actions.push(all);
    }
    return actions;
  });

  // "Fix all safe tlslint problems" from the quick-fix menu gets its edit when it is chosen.
  connection.onCodeActionResolve(async (action) => {
    if (refusal() || !isFixAllData(action.data)) return action;
    const doc = documents.get(action.data.fixAll.uri);
    if (!doc || doc.version !== action.data.fixAll.version || !relevant(doc)) return action;
    const all = fixAllAction(doc, fileNameOf(doc.uri, doc.languageId), linter.optionsFor(doc.uri, await settings.get(doc.uri)));
    return all ? { ...action, edit: all.edit } : action;
  });

  connection.onExecuteCommand(async (params, token, workDone) => {
    const refused = refusal();
    if (refused) return refused;
    return executeCommand(
      {
        connection,
        scanner,
        features: () => features,
        roots: () => linter.workspaceRoots,
        openDocument: (uri) => documents.get(uri),
        isOpen,
        shuttingDown: () => state === 'shut down',
        onScan: (scanState, lastScan) => {
          status.state = scanState;
          if (lastScan !== undefined) status.lastScan = lastScan ?? undefined;
          notifyStatus();
        },
      },
      params,
      token,
      workDone,
    );
  });

  function notifyStatus(): void {
    if (state !== 'running') return;
    const configErrors = linter.configProblems.files();
    void connection.sendNotification(StatusNotification, { ...status, ...(configErrors.length > 0 ? { configErrors } : {}) } satisfies StatusParams);
  }

  documents.listen(connection);
  connection.listen();
}


/** The files the project model reads (JS/TS sources): a change to one re-lints the documents that read it. */
const PROJECT_SOURCE_EXTENSIONS = [...new Set(LANGUAGES.filter((l) => l.id === 'js').flatMap((l) => l.extensions.map((e) => e.slice(1))))];

function isProjectSource(file: string): boolean {
  return PROJECT_SOURCE_EXTENSIONS.some((e) => file.endsWith(`.${e}`));
}
