// Scans the workspace folders with the batch runner the CLI uses (../runner/), streaming
// diagnostics into the Problems panel as results come back, with $/progress and cancellation.
// Files that are not open are linted in one worker thread, so the main thread stays free for the
// documents being edited; a worker that dies is replaced, and the file it was on gets the pool's
// note as a diagnostic while the scan goes on.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import picomatch from 'picomatch';
import { formatCount, plural } from '../../../protocol/counts.js';
import type { ScanSummary, Settings } from '../../../protocol/protocol.js';
import { isIgnored, type ResolvedConfig } from '../engine/config/index.js';
import type { FileResult } from '../engine/types.js';
import { visibleResult, type LintOptions } from '../linter/index.js';
import { Batch, DEFAULT_WORKER_FILE } from '../runner/batch.js';
import { discoverFiles } from '../runner/discover.js';
import { isPackageEntry } from '../runner/importer-uses.js';
import { ImporterPasses } from '../runner/importers.js';
import { ScanExports } from './scan-exports.js';
import { maxFileSizeOf } from '../engine/file-guards.js';
import type { Overrides } from '../runner/pool.js';
import { withSettings, type DocumentLinter } from './document-linter.js';
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
/** Files between two turns of the event loop, whatever else the scan waits for. */
const YIELD_EVERY = 32;
/** How often cancellation is checked while the scan waits for the worker. */
const CANCEL_POLL_MS = 50;

type Shared = { config: ResolvedConfig; overrides: Overrides; includeInfo?: boolean };
interface Directory {
  config: ResolvedConfig;
  options?: Shared;
}

/**
 * The scan worker script: the CLI's worker, bundled as dist/worker.js beside dist/server.js.
 * TLSLINT_SCAN_WORKER replaces it, for tests only (a worker that crashes on purpose); it is not a
 * setting and nothing else should set it.
 */
function workerFile(): string {
  return process.env.TLSLINT_SCAN_WORKER || DEFAULT_WORKER_FILE;
}

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
    const uncount = (before: FileResult, after: FileResult) => {
      if (after.findings.length === 0) summary.filesWithFindings--;
      for (const f of before.findings) {
        if (after.findings.includes(f)) continue;
        summary.findings--;
        summary.bySeverity[f.severity]--;
        summary.byRule[f.ruleId]--;
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
    // Files with the same config and overrides share one options object, so the pool sends the
    // worker one config message for them all, not one per file.
    const shared = new Map<string, Shared>();
    const share = (o: LintOptions & { config: ResolvedConfig }): Shared => {
      const key = JSON.stringify([o.config, o.overrides ?? {}, !!o.includeInfo]);
      let s = shared.get(key);
      if (!s) shared.set(key, (s = { config: o.config, overrides: o.overrides ?? {}, includeInfo: o.includeInfo }));
      return s;
    };
    // Configs are per directory and settings per folder, so every file of a directory has the same
    // options: its config is looked up once (for the ignore patterns while files are found, then
    // for the options), and its options are made once.
    const dirs = new Map<string, Directory>();
    const directory = (file: string): Directory => {
      const dir = path.dirname(file);
      let d = dirs.get(dir);
      if (!d) dirs.set(dir, (d = { config: this.linter.configFor(pathToFileURL(file).toString()) }));
      return d;
    };
    const optionsFor = (file: string, settings: Settings) => {
      if (!settings.enable) return undefined;
      const d = directory(file);
      return (d.options ??= share(withSettings(d.config, settings)));
    };
    // Once stopped, results still coming back from the worker are neither counted nor published.
    let stopped = false;
    const cancelled = () => {
      if (!stopped && req.isCancelled()) stopped = summary.cancelled = true;
      return stopped;
    };
    let total = 0;
    let lastReport = 0;
    /** One more file accounted for; a few reports a second are enough for a progress bar. */
    const settled = () => {
      summary.files++;
      const now = Date.now();
      if (summary.files === 1 || summary.files === total || now - lastReport >= REPORT_INTERVAL_MS) {
        lastReport = now;
        req.progress.report(Math.round((summary.files / total) * 100), `${formatCount(summary.files)} of ${plural(total, 'file')}`);
      }
    };
    // `includeInfo`: the file's folder shows information findings (those placed in it by others too).
    const linted = (uri: string, result: FileResult, includeInfo: boolean, again = false) => {
      if (stopped) return;
      importers?.add(result);
      exported?.add(uri, result, includeInfo);
      // Opened while the worker had it: the editor's live diagnostics stand.
      const open = req.openDocument(uri);
      if (open) count(this.linter.lastResult(uri, open.version) ?? result);
      else {
        count(result);
        if (result.findings.length > 0 || result.notes.length > 0 || result.elsewhere || this.published.has(uri)) {
          this.published.add(uri);
          this.linter.publishScanned(uri, result, includeInfo);
        }
      }
      if (!again) settled();
    };

    this.running = true;
    const worker = workerFile();
    // An install without the worker script (packaging) scans here, as before workers, not at all.
    const inThread = !existsSync(worker);
    if (inThread) this.connection.console.warn(`tlslint: ${worker} is missing; the workspace scan runs in the server's main thread.`);
    // Severities come with each file's options (per folder settings), so the batch has none of its
    // own; information findings come back too and are shown per folder (visibleResult below).
    // The project model reads the workspace folders; the importer passes (runner/importers.ts)
    // then lint the files that call what the first pass found exports TLS settings.
    const projectRoots = req.roots.length > 0 ? req.roots : undefined;
    const importers = projectRoots && new ImporterPasses(projectRoots, (file) => maxFileSizeOf(directory(file).config));
    const exported = projectRoots && new ScanExports();
    const batch = new Batch({ job: { overrides: {}, reportUnusedDirectives: false, fix: 'none', includeInfo: true, ...(projectRoots ? { projectRoots } : {}) }, workers: inThread ? 0 : 1, workerFile: worker, minFilesForWorkers: 0, yieldInline: true });
    try {
      const excluded = req.exclude.length > 0 ? picomatch(req.exclude, { dot: true }) : undefined;
      const files: string[] = [];
      req.progress.begin('tlslint: scanning workspace', 0, 'Finding files…', true);
      for await (const f of discoverFiles(req.roots, { cwd: req.roots[0] ?? process.cwd(), ignore: (abs) => ignored(abs, req.roots, excluded, directory(abs).config) })) {
        if (cancelled()) break;
        files.push(f);
      }
      total = files.length;
      for (const [i, file] of files.entries()) {
        if (cancelled()) break;
        // Open and disabled files take no time each, but thousands of them would hold up requests.
        if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise<void>((resolve) => setImmediate(resolve));
        const uri = pathToFileURL(file).toString();
        const open = req.openDocument(uri);
        if (open) {
          const live = this.linter.lastResult(uri, open.version);
          if (live) count(live);
          settled();
          continue;
        }
        const o = optionsFor(file, await settingsFor(file, uri));
        if (!o) {
          settled();
          continue;
        }
        // The worker takes a few batches ahead; past that, wait for results.
        await until(batch.add({ file, config: o.config, overrides: o.overrides, done: (result) => linted(uri, visibleResult(result, o.includeInfo), !!o.includeInfo) }), cancelled);
      }
      if (!cancelled()) await until(batch.finish(), cancelled);
      for (let more = cancelled() ? [] : (importers?.next() ?? []); more.length > 0 && !cancelled(); more = importers!.next()) {
        for (const { file, reads } of more) {
          const uri = pathToFileURL(file).toString();
          if (req.openDocument(uri)) continue;
          const o = optionsFor(file, await settingsFor(file, uri));
          if (!o) continue;
          await until(batch.add({ file, config: o.config, overrides: o.overrides, importer: reads, done: (result) => linted(uri, visibleResult(result, o.includeInfo), !!o.includeInfo, true) }), cancelled);
        }
        await until(batch.finish(), cancelled);
      }
      // Exported options every importer uses safely are quiet, as in the CLI (runner/importer-uses.ts).
      if (exported && !cancelled()) {
        for (const { uri, result, judged, includeInfo } of exported.judge({ isEntry: (f) => isPackageEntry(f, projectRoots!), unlintedUse: (f, names) => importers!.unlintedUse(f, names) })) {
          // An open document's live diagnostics stand (the editor judged them itself).
          if (req.openDocument(uri)) continue;
          uncount(result, judged);
          this.linter.publishScanned(uri, judged, includeInfo);
        }
      }
    } finally {
      stopped = true;
      this.running = false;
      req.progress.done();
      await batch.close();
    }
    summary.durationMs = Date.now() - started;
    return summary;
  }

  /** Removes every diagnostic the scans published (open documents keep theirs). */
  clear(isOpen: (uri: string) => boolean): number {
    let n = 0;
    this.linter.forgetScanned(isOpen);
    for (const uri of this.published) {
      if (isOpen(uri)) continue;
      void this.connection.sendDiagnostics({ uri, diagnostics: this.linter.configProblems.diagnosticsFor(uri) });
      n++;
    }
    this.published = new Set([...this.published].filter(isOpen));
    return n;
  }
}

/** Whether discovery skips a file: `files.exclude` (switched-on patterns) or its config's ignores. */
function ignored(abs: string, roots: string[], excluded: picomatch.Matcher | undefined, config: ResolvedConfig): boolean {
  const root = rootOf(abs, roots);
  if (excluded && root) {
    const rel = abs.slice(root.length + 1).split('\\').join('/');
    if (rel && excluded(rel)) return true;
  }
  return isIgnored(config, abs, config.baseDir);
}

/** Resolves when `work` settles or `stop()` turns true, whichever is first. */
function until(work: Promise<unknown>, stop: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const finish = () => {
      clearInterval(timer);
      resolve();
    };
    const timer = setInterval(() => stop() && finish(), CANCEL_POLL_MS);
    void work.then(finish, finish);
  });
}

/** The innermost root holding `file`. */
function rootOf(file: string, roots: string[]): string | undefined {
  return roots.filter((r) => file === r || file.startsWith(r + path.sep)).sort((a, b) => b.length - a.length)[0];
}
