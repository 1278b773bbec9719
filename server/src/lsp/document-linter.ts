// Lints open documents as they are typed or saved (debounced per document) and publishes their
// diagnostics. One document's analysis never waits for another's debounce, and a document whose
// version moved on while it waited is not analysed twice.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { languageOfDocument, languageOfFile } from '../../../protocol/languages.js';
import type { Settings } from '../../../protocol/protocol.js';
import { rules as catalog } from '../../../rules/index.js';
import { defaultConfig, type ResolvedConfig } from '../engine/config/index.js';
import { maxFileSizeOf } from '../engine/file-guards.js';
import type { ParsedDocument } from '../engine/language.js';
import { diskProject, type ProjectFiles } from '../engine/project.js';
import type { FileResult } from '../engine/types.js';
import { lintBuffer, lintText, releaseDocument, visibleResult, type LintOptions } from '../linter/index.js';
import { merge, severityIn } from '../linter/placement.js';
import { DirectoryConfigs } from '../runner/configs.js';
import { judgeByPackageImporters } from '../runner/package-importers.js';
import { ConfigProblems } from './config-problems.js';
import { toDiagnostics } from './diagnostics.js';
import type { EditLog } from './edit-log.js';
import { PlacedFindings } from './placed-findings.js';
import { severityOverrides, type SettingsStore } from './settings.js';

const DEBOUNCE_MS = 150;

export interface LintedDocument {
  version: number;
  result: FileResult;
  /** What was published for it (with the findings placed in it): ConfigProblems adds to these. */
  diagnostics: Diagnostic[];
  syntaxNote: boolean;
  includeInfo: boolean;
}

export class DocumentLinter {
  /** Configs of documents and of the workspace scan's files, per directory; cleared when a config changes. */
  readonly configs = new DirectoryConfigs({ rootOf: (file: string) => this.rootOf(file) });
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly results = new Map<string, LintedDocument>();
  /** The parsed document of each open document's last analysed version, re-parsed incrementally on the next. */
  private readonly trees = new Map<string, { document: ParsedDocument; version: number }>();
  /** Broken configuration files: their diagnostics, and the configuration used meanwhile. */
  readonly configProblems: ConfigProblems;
  private roots: string[] = [];
  /** The project files of the workspace (by size limit), open documents winning over the disk. */
  private projects = new Map<number, ProjectFiles>();
  /** The other files each open document's last analysis read: a change to one re-lints it. */
  private readonly dependencies = new Map<string, Set<string>>();
  /** Findings documents (and the workspace scan) placed in other files. */
  private readonly placed = new PlacedFindings();
  /** Results of the workspace scan for files that are not open, to publish with placed findings. */
  private readonly scanned = new Map<string, { result: FileResult; includeInfo: boolean }>();
  /** The text of an open document by file name (TextDocuments); set by the server. */
  openText: (fileName: string) => string | undefined = () => undefined;

  /** `onConfigProblemsChange`: a configuration file broke or was fixed. */
  constructor(
    private readonly connection: Connection,
    private readonly settings: SettingsStore,
    private readonly edits: EditLog,
    onConfigProblemsChange: () => void = () => {},
  ) {
    this.configProblems = new ConfigProblems(connection, (uri) => this.results.get(uri)?.diagnostics ?? [], onConfigProblemsChange);
  }

  get workspaceRoots(): string[] {
    return this.roots;
  }

  set workspaceRoots(roots: string[]) {
    this.roots = roots;
    this.projects = new Map();
  }

  /** Files were created, deleted or reconfigured: imports may resolve differently from now on. */
  forgetProject(): void {
    this.projects = new Map();
  }

  /** The project files for a size limit: the workspace folders, open documents first. */
  projectFiles(maxFileSize: number): ProjectFiles | undefined {
    if (this.roots.length === 0) return undefined;
    let p = this.projects.get(maxFileSize);
    if (!p) this.projects.set(maxFileSize, (p = diskProject({ roots: this.roots, maxFileSize, overlay: (f) => this.openText(f) })));
    return p;
  }

  /** Open documents whose last analysis read `fileName` (they depend on its text). */
  dependentsOf(fileName: string): string[] {
    const out: string[] = [];
    for (const [uri, deps] of this.dependencies) if (deps.has(fileName)) out.push(uri);
    return out;
  }

  /** The last analysis of a document, if it is for the given version. */
  lastResult(uri: string, version: number): FileResult | undefined {
    const r = this.results.get(uri);
    return r && r.version === version ? r.result : undefined;
  }

  async schedule(doc: TextDocument, reason: 'open' | 'change' | 'save'): Promise<void> {
    const settings = await this.settings.get(doc.uri);
    if (!settings.enable) {
      this.clear(doc.uri);
      return;
    }
    if (reason === 'change' && settings.run === 'onSave') return;
    const old = this.timers.get(doc.uri);
    if (old) clearTimeout(old);
    const delay = reason === 'change' ? DEBOUNCE_MS : 0;
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        this.lintNow(doc, settings);
      }, delay),
    );
  }

  clear(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.results.delete(uri);
    this.dependencies.delete(uri);
    this.forgetTree(uri);
    this.edits.forget(uri);
    const file = filePathOf(uri);
    const changed = file ? this.placed.set(file, []) : [];
    // What other documents placed in this file stays; its own findings go with the document.
    if (file && this.placed.has(file)) this.publish(uri, null);
    else void this.connection.sendDiagnostics({ uri, diagnostics: this.configProblems.diagnosticsFor(uri) });
    for (const target of changed) this.publish(pathToFileURL(target).toString(), null);
  }

  /** A workspace scan's result for a file that is not open: published with what other files placed in it. */
  publishScanned(uri: string, result: FileResult, includeInfo: boolean): void {
    this.scanned.set(uri, { result, includeInfo });
    const file = filePathOf(uri);
    const changed = file ? this.placed.set(file, result.elsewhere ?? []) : [];
    this.publish(uri, null);
    for (const target of changed) if (target !== file) this.publish(pathToFileURL(target).toString(), null);
  }

  /** Forgets the scan's results (Clear Workspace Results); returns the files they were for. */
  forgetScanned(isOpen: (uri: string) => boolean): string[] {
    const uris = [...this.scanned.keys()];
    this.scanned.clear();
    for (const uri of uris) {
      const file = filePathOf(uri);
      if (file && !isOpen(uri)) for (const target of this.placed.set(file, [])) if (isOpen(pathToFileURL(target).toString())) this.publish(pathToFileURL(target).toString(), null);
    }
    return uris;
  }

  /**
   * Publishes a file's diagnostics: its own result (the open document's, else the scan's) and the
   * findings other files' analyses placed in it, under its own configuration (information ones
   * only where they are asked for), then the problems of a broken configuration file.
   */
  publish(uri: string, version: number | null): void {
    const linted = this.results.get(uri);
    const scanned = linted ? undefined : this.scanned.get(uri);
    const own = linted?.result ?? scanned?.result ?? { fileName: filePathOf(uri) ?? uri, findings: [], notes: [] };
    const file = filePathOf(uri);
    const placed = file ? this.placed.in(file) : [];
    const includeInfo = linted?.includeInfo ?? scanned?.includeInfo ?? false;
    const result = placed.length === 0 ? own : visibleResult({ ...own, findings: merge(file!, own.findings, placed, severityIn(() => this.configFor(uri))) }, includeInfo);
    const diagnostics = toDiagnostics(result, version, { syntaxNote: linted?.syntaxNote ?? true });
    if (linted) linted.diagnostics = diagnostics;
    void this.connection.sendDiagnostics({ uri, ...(version === null ? {} : { version }), diagnostics: [...diagnostics, ...this.configProblems.diagnosticsFor(uri)] });
  }

  /** Analyses a document now and publishes its diagnostics; never throws. */
  lintNow(doc: TextDocument, settings: Settings): FileResult | undefined {
    try {
      const options = this.optionsFor(doc.uri, settings);
      const { result, importers } = this.judgeExports(this.analyse(doc, doc.getText(), options), options, settings);
      const syntaxNote = !languageOfDocument(filePathOf(doc.uri), doc.languageId)?.editorReportsSyntaxErrors;
      this.results.set(doc.uri, { version: doc.version, result, diagnostics: [], syntaxNote, includeInfo: settings.includeInfo });
      this.dependencies.set(doc.uri, new Set([...(result.dependencies ?? []), ...importers]));
      const file = filePathOf(doc.uri);
      const changed = file ? this.placed.set(file, result.elsewhere ?? []) : [];
      // A configuration file that is also a linted document keeps its configuration diagnostics (publish).
      this.publish(doc.uri, doc.version);
      for (const target of changed) if (target !== file) this.publish(pathToFileURL(target).toString(), null);
      return result;
    } catch (err) {
      this.connection.console.error(`tlslint: analysing ${doc.uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return undefined;
    }
  }

  /** Re-parses only what changed since the last analysis, when the edits since are known. */
  private analyse(doc: TextDocument, text: string, options: LintOptions): FileResult {
    const kept = this.trees.get(doc.uri);
    const edits = kept && this.edits.editsSince(doc.uri, kept.version);
    // The old tree is used up either way: re-parsing moves its nodes into the new one.
    this.trees.delete(doc.uri);
    if (kept && !edits) releaseDocument(kept.document);
    const { result, document } = lintBuffer(fileNameOf(doc.uri, doc.languageId), text, options, kept && edits ? { document: kept.document, edits } : undefined);
    if (document) this.trees.set(doc.uri, { document, version: doc.version });
    this.edits.restart(doc.uri, doc.version);
    return result;
  }

  /**
   * Findings on options the document exports and no sink of its own uses are quiet when every file
   * of its package importing them uses them safely (runner/package-importers.ts, as a batch judges
   * them); `importers`: the files that said so, whose changes change the result.
   */
  private judgeExports(result: FileResult, options: LintOptions, settings: Settings): { result: FileResult; importers: string[] } {
    if (!options.project || (!result.exportedOptions && !result.importUses)) return { result, importers: [] };
    return judgeByPackageImporters(result, { roots: this.roots, project: options.project, lint: (f, text) => lintText(f, text, this.optionsFor(pathToFileURL(f).toString(), settings)) });
  }

  private forgetTree(uri: string): void {
    const kept = this.trees.get(uri);
    this.trees.delete(uri);
    if (kept) releaseDocument(kept.document);
  }

  /**
   * Lint options for a document or file: its .tlslintrc.json plus the editor's settings, and the
   * project model over the workspace folders (a document that imports the project's files is
   * linted as an importer: the editor has one file to check, not a tree to skip through).
   */
  optionsFor(uri: string, settings: Settings): LintOptions & { config: ResolvedConfig } {
    const config = this.configFor(uri);
    const project = this.projectFiles(maxFileSizeOf(config));
    return { ...withSettings(config, settings), ...(project ? { project, importer: true } : {}) };
  }

  /**
   * The .tlslintrc.json that applies to a document or file; when it cannot be used, the last valid
   * one read from the same file (else the defaults), and the file gets the problems as diagnostics.
   */
  configFor(uri: string): ResolvedConfig {
    const file = filePathOf(uri);
    if (!file) return { ...defaultConfig(), configFile: undefined, baseDir: this.workspaceRoots[0] ?? process.cwd() };
    return this.configProblems.use(this.configs.for(file));
  }

  /** After a configuration file changed on disk (the caller cleared `configs`): reports or clears its problems. */
  recheckConfigFile(file: string): void {
    // What applies in the file's directory is that file, if it is a configuration at all.
    this.configProblems.recheck(file, this.configs.for(path.join(path.dirname(file), '.tlslint-probe')));
  }

  private rootOf(file: string): string | undefined {
    return this.workspaceRoots.filter((r) => file === r || file.startsWith(r + path.sep)).sort((a, b) => b.length - a.length)[0];
  }
}

/** A file's config with the editor's settings applied: they add test files, set severities and show information findings. */
export function withSettings(config: ResolvedConfig, settings: Settings): LintOptions & { config: ResolvedConfig } {
  const testFiles = settings.testFiles.filter((g) => !config.testFiles.includes(g));
  return { config: testFiles.length > 0 ? { ...config, testFiles: [...config.testFiles, ...testFiles] } : config, overrides: severityOverrides(settings), rules: catalog, includeInfo: settings.includeInfo };
}

export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Whether tlslint reads a document: by its file name, else by its language id (untitled documents). */
export function isLinted(uri: string, languageId: string): boolean {
  return languageOfDocument(filePathOf(uri), languageId) !== undefined;
}

/**
 * A file name whose name tells the engine the language, also for untitled documents and for a
 * file named otherwise but opened as one of tlslint's languages (a `.js` shown as `typescript`).
 */
export function fileNameOf(uri: string, languageId: string): string {
  const file = filePathOf(uri);
  const lang = languageOfDocument(file, languageId);
  if (file && lang && languageOfFile(file) === lang) return file;
  return `${file ?? uri}${lang?.extensionOf[languageId] ?? '.ts'}`;
}
