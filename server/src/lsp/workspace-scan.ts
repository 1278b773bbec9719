// Scans the workspace folders with the CLI's file discovery, streaming diagnostics into the
// Problems panel as it goes, with $/progress and cancellation. It yields to the event loop after
// every file, so edits and other requests are served while it runs.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import picomatch from 'picomatch';
import { ConfigError, isIgnored } from '../engine/config.js';
import { lintFile } from '../engine/lint-file.js';
import { discoverFiles } from '../cli/discover.js';
import { toDiagnostics } from './diagnostics.js';
import type { DocumentLinter } from './document-linter.js';
import type { FileResult } from '../engine/types.js';
import type { ScanSummary, Settings } from './protocol.js';
import type { SettingsStore } from './settings.js';

export interface ScanRequest {
  roots: string[];
  /** `files.exclude` patterns that are switched on. */
  exclude: string[];
  /** Open documents have live diagnostics already; the summary counts those. */
  openDocument: (uri: string) => { version: number } | undefined;
  isCancelled: () => boolean;
  progress: WorkDoneProgressReporter;
}

const REPORT_INTERVAL_MS = 100;

export class WorkspaceScanner {
  private published = new Set<string>();
  running = false;

  constructor(
    private readonly connection: Connection,
    private readonly linter: DocumentLinter,
    private readonly settings: SettingsStore,
  ) {}

  async scan(req: ScanRequest): Promise<ScanSummary> {
    const started = Date.now();
    const summary: ScanSummary = { files: 0, filesWithFindings: 0, findings: 0, bySeverity: { error: 0, warning: 0, info: 0 }, byRule: {}, cancelled: false, durationMs: 0 };
    const count = (result: FileResult) => {
      if (result.findings.length > 0) summary.filesWithFindings++;
      for (const f of result.findings) {
        summary.findings++;
        summary.bySeverity[f.severity]++;
        summary.byRule[f.ruleId] = (summary.byRule[f.ruleId] ?? 0) + 1;
      }
    };
    // Settings are resource-scoped, so they can differ per workspace folder but not per file:
    // one workspace/configuration request per folder, not one per file.
    const folderSettings = new Map<string, Promise<Settings>>();
    const settingsFor = (file: string, uri: string) => {
      const root = rootOf(file, req.roots);
      const key = root ?? uri;
      let s = folderSettings.get(key);
      if (!s) folderSettings.set(key, (s = this.settings.get(root ? pathToFileURL(root).toString() : uri)));
      return s;
    };
    this.running = true;
    let lastReport = 0;
    try {
      const excluded = req.exclude.length > 0 ? picomatch(req.exclude, { dot: true }) : undefined;
      const files: string[] = [];
      req.progress.begin('tlslint: scanning workspace', 0, 'Finding files…', true);
      for await (const f of discoverFiles(req.roots, { cwd: req.roots[0] ?? process.cwd(), ignore: (abs) => this.ignored(abs, req.roots, excluded) })) {
        if ((summary.cancelled = req.isCancelled())) break;
        files.push(f);
      }
      for (const file of files) {
        if ((summary.cancelled = req.isCancelled())) break;
        const uri = pathToFileURL(file).toString();
        summary.files++;
        const open = req.openDocument(uri);
        if (open) {
          const live = this.linter.lastResult(uri, open.version);
          if (live) count(live);
        } else {
          const settings = await settingsFor(file, uri);
          const options = this.linter.optionsFor(uri, settings);
          if (settings.enable && !('error' in options)) {
            const result = lintFile(file, options);
            count(result);
            if (result.findings.length > 0 || result.notes.length > 0 || this.published.has(uri)) {
              this.published.add(uri);
              void this.connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(result, null) });
            }
          }
        }
        // A few reports a second are enough for a progress bar; thousands of messages are not.
        const now = Date.now();
        if (summary.files === 1 || summary.files === files.length || now - lastReport >= REPORT_INTERVAL_MS) {
          lastReport = now;
          req.progress.report(Math.round((summary.files / files.length) * 100), `${summary.files}/${files.length} files`);
        }
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      this.running = false;
      req.progress.done();
    }
    summary.durationMs = Date.now() - started;
    return summary;
  }

  /** Removes every diagnostic the scans published (open documents keep theirs). */
  clear(isOpen: (uri: string) => boolean): number {
    let n = 0;
    for (const uri of this.published) {
      if (isOpen(uri)) continue;
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      n++;
    }
    this.published = new Set([...this.published].filter(isOpen));
    return n;
  }

  private ignored(abs: string, roots: string[], excluded: picomatch.Matcher | undefined): boolean {
    const root = rootOf(abs, roots);
    if (excluded && root) {
      const rel = abs.slice(root.length + 1).split('\\').join('/');
      if (rel && excluded(rel)) return true;
    }
    try {
      const options = this.linter.optionsFor(pathToFileURL(abs).toString(), { enable: true, run: 'onType', rules: {}, testFiles: null });
      return !('error' in options) && isIgnored(options.config, abs, options.config.baseDir);
    } catch (err) {
      if (err instanceof ConfigError) return false;
      throw err;
    }
  }
}

/** The innermost root holding `file`. */
function rootOf(file: string, roots: string[]): string | undefined {
  return roots.filter((r) => file === r || file.startsWith(r + path.sep)).sort((a, b) => b.length - a.length)[0];
}
