// Lints open documents as they are typed or saved (debounced per document) and publishes their
// diagnostics. One document's analysis never waits for another's debounce, and a document whose
// version moved on while it waited is not analysed twice.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { rules as catalog } from '../../../rules/index.js';
import { ConfigError, defaultConfig, loadConfigForFile, type ConfigCache, type ResolvedConfig } from '../engine/config.js';
import { lintEdited, type ParsedBuffer } from '../engine/incremental.js';
import { DEFAULT_MAX_FILE_BYTES, type LintOptions } from '../engine/lint-file.js';
import type { FileResult } from '../engine/types.js';
import { toDiagnostics } from './diagnostics.js';
import type { EditLog } from './edit-log.js';
import { DIAGNOSTIC_SOURCE, type Settings } from './protocol.js';
import { severityOverrides, type SettingsStore } from './settings.js';

const DEBOUNCE_MS = 150;
const RULE_IDS = catalog.map((r) => r.meta.id);
const LANGUAGE_EXTENSIONS: Record<string, string> = { javascript: '.js', javascriptreact: '.jsx', typescript: '.ts', typescriptreact: '.tsx' };

export interface LintedDocument {
  version: number;
  result: FileResult;
}

export class DocumentLinter {
  readonly configCache: ConfigCache = new Map();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly results = new Map<string, LintedDocument>();
  /** The tree of each open document's last analysed version, re-parsed incrementally on the next. */
  private readonly trees = new Map<string, { parsed: ParsedBuffer; version: number }>();
  workspaceRoots: string[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly settings: SettingsStore,
    private readonly edits: EditLog,
  ) {}

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
    this.trees.delete(uri);
    this.edits.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Analyses a document now and publishes its diagnostics; never throws. */
  lintNow(doc: TextDocument, settings: Settings): FileResult | undefined {
    try {
      const options = this.optionsFor(doc.uri, settings);
      if ('error' in options) {
        void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [options.error] });
        return undefined;
      }
      const text = doc.getText();
      if (text.length > DEFAULT_MAX_FILE_BYTES) {
        const message = `tlslint skipped this file: ${text.length} characters is over the ${DEFAULT_MAX_FILE_BYTES} limit for one file.`;
        void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [info(message)] });
        return undefined;
      }
      const result = this.analyse(doc, text, options);
      this.results.set(doc.uri, { version: doc.version, result });
      void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: toDiagnostics(result, doc.version) });
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
    const { result, parsed } = lintEdited(fileNameOf(doc.uri, doc.languageId), text, options, kept && edits ? { parsed: kept.parsed, edits } : undefined);
    if (parsed) this.trees.set(doc.uri, { parsed, version: doc.version });
    this.edits.restart(doc.uri, doc.version);
    return result;
  }

  /** Lint options for a document or file: its .tlslintrc.json plus the editor's settings. */
  optionsFor(uri: string, settings: Settings): LintOptions | { error: Diagnostic } {
    const config = this.configFor(uri);
    return 'error' in config ? config : withSettings(config, settings);
  }

  /** The .tlslintrc.json that applies to a document or file, or why it cannot be used. */
  configFor(uri: string): ResolvedConfig | { error: Diagnostic } {
    const file = filePathOf(uri);
    try {
      return file ? loadConfigForFile(file, { ruleIds: RULE_IDS, cache: this.configCache, root: this.rootOf(file) }) : { ...defaultConfig(), configFile: undefined, baseDir: this.workspaceRoots[0] ?? process.cwd() };
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      return { error: { ...info(`tlslint configuration error: ${err.message}`), severity: 1 } };
    }
  }

  private rootOf(file: string): string | undefined {
    return this.workspaceRoots.filter((r) => file === r || file.startsWith(r + path.sep)).sort((a, b) => b.length - a.length)[0];
  }
}

/** A file's config with the editor's settings applied: they name test files and set severities. */
export function withSettings(config: ResolvedConfig, settings: Settings): LintOptions {
  return { config: settings.testFiles ? { ...config, testFiles: settings.testFiles } : config, overrides: severityOverrides(settings), rules: catalog };
}

function info(message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: DIAGNOSTIC_SOURCE, message };
}

export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** A file name whose extension tells the parser the language, also for untitled documents. */
export function fileNameOf(uri: string, languageId: string): string {
  const file = filePathOf(uri);
  if (file && /\.[cm]?[jt]sx?$/i.test(file)) return file;
  return `${file ?? uri}${LANGUAGE_EXTENSIONS[languageId] ?? '.ts'}`;
}
