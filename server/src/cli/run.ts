// `tlslint [paths]`: discover files, lint each with its configuration, apply fixes, report.
// With --jobs N > 1 the files are linted in worker threads (pool.ts) as discovery finds them;
// results are kept in discovery order, so the output is the same whatever N is.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules as catalog } from '../../../rules/index.js';
import { ConfigError, isIgnored, type ResolvedConfig } from '../engine/config/index.js';
import type { FileResult } from '../engine/types.js';
import { maxFileSizeOf } from '../engine/file-guards.js';
import { ready, visibleResult } from '../linter/index.js';
import { placedDataFiles, placeFindings, severityIn } from '../linter/placement.js';
import { Batch, DEFAULT_WORKER_FILE } from '../runner/batch.js';
import { DirectoryConfigs } from '../runner/configs.js';
import { discoverFiles, SKIP_NOT_FOUND } from '../runner/discover.js';
import { ImportedUses, isPackageEntry, quietSafelyImported } from '../runner/importer-uses.js';
import { ImporterPasses } from '../runner/importers.js';
import type { CliOptions } from './args.js';
import { ResultCache, runKey } from './cache.js';
import { DEFAULT_CACHE_LOCATION } from './ci-options.js';
import { quietResults, totalCounts } from './counts.js';
import { formatJson, formatJsonWithMetadata } from './format-json.js';
import { formatSarif } from './format-sarif.js';
import { formatText } from './format-text.js';
import { onlyWhatIsNew, prepareOnlyNew } from './only-new.js';
import { lintStdin } from './stdin.js';
import { InputError } from './usage-error.js';

export interface RunIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  version: string;
  /** Standard input, for --stdin; the process's when absent. */
  readStdin?: () => Promise<string>;
}

/** For tests: another worker script, and how many files make starting workers worth it. */
export interface RunHooks {
  workerFile?: string;
  minFilesForWorkers?: number;
}

/** Starting a worker costs about as much as linting a few hundred small files. */
const MIN_FILES_FOR_WORKERS = 200;

export async function runLint(options: CliOptions, io: RunIo, hooks: RunHooks = {}): Promise<number> {
  try {
    return await lint(options, io, hooks);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.stderr(`tlslint: ${e.message}`);
    return 2;
  }
}

async function lint(options: CliOptions, io: RunIo, hooks: RunHooks): Promise<number> {
  await ready();
  const explicitConfig = options.config ? path.resolve(io.cwd, options.config) : undefined;
  const configs = new DirectoryConfigs({ explicitConfig, rootOf: () => (explicitConfig ? io.cwd : undefined), baseOf: (file) => scanBaseOf(file, io.cwd, options.paths) });
  // Before linting: a wrong ref or a broken baseline should not cost a scan.
  const onlyNew = prepareOnlyNew(options, io.cwd);
  let linted: Linted;
  if (options.stdin) {
    const s = await lintStdin(options, io.cwd, configs, io.readStdin);
    if (s.result instanceof ConfigError) {
      io.stderr(`tlslint: configuration error: ${s.result.message}`);
      return 2;
    }
    linted = { results: [s.result], usageProblem: false, configProblem: false, texts: new Map([[s.fileName, s.text]]) };
  } else {
    linted = await lintFiles(options, io, configs, hooks);
  }
  if (linted.configProblem) return 2;

  const results = onlyWhatIsNew(linted.results, onlyNew, linted.texts, io.stderr);
  const shown = options.quiet ? quietResults(results) : results;
  const report = format(shown, options, io, linted.usageProblem);
  if (options.output) writeFileSync(path.resolve(io.cwd, options.output), `${report}\n`);
  // A run that printed only its errors (a missing path) has no report to add.
  else if (report !== '') io.stdout(report);
  return exitCode(results, options, linted.usageProblem);
}

interface Linted {
  results: FileResult[];
  usageProblem: boolean;
  configProblem: boolean;
  /** Texts linted that are not on disk (standard input), for fingerprints. */
  texts?: ReadonlyMap<string, string>;
}

async function lintFiles(options: CliOptions, io: RunIo, configs: DirectoryConfigs, hooks: RunHooks): Promise<Linted> {
  let results: FileResult[] = [];
  let usageProblem = false;
  // The project model reads only what was asked for: the directories and files named (or the cwd).
  const projectRoots = options.project ? (options.paths.length > 0 ? options.paths : ['.']).map((p) => path.resolve(io.cwd, p)) : undefined;
  const importers = projectRoots && new ImporterPasses(projectRoots, (file) => {
    const c = configs.for(file);
    return c instanceof ConfigError ? 0 : maxFileSizeOf(c);
  });
  let configProblem = false;
  const files = discoverFiles(options.paths, {
    cwd: io.cwd,
    ignore: (abs) => {
      const c = configs.for(abs);
      return !(c instanceof ConfigError) && isIgnored(c, abs, c.baseDir);
    },
    onSkip: (p, reason) => {
      if (reason === SKIP_NOT_FOUND) {
        usageProblem = true;
        io.stderr(`tlslint: ${path.relative(io.cwd, p) || p}: ${reason}`);
      }
    },
  });
  const cache = options.cache
    ? new ResultCache(path.resolve(io.cwd, options.cacheLocation ?? DEFAULT_CACHE_LOCATION), runKey({ ruleIds: catalog.map((r) => r.meta.id), overrides: options.rules, reportUnusedDirectives: options.reportUnusedDirectives, includeInfo: options.includeInfo }))
    : undefined;
  const batch = new Batch({
    job: { overrides: options.rules, reportUnusedDirectives: options.reportUnusedDirectives, fix: options.fix, includeInfo: options.includeInfo, ...(projectRoots ? { projectRoots } : {}) },
    workers: options.jobs > 1 ? options.jobs : 0,
    workerFile: hooks.workerFile ?? DEFAULT_WORKER_FILE,
    minFilesForWorkers: hooks.minFilesForWorkers ?? MIN_FILES_FOR_WORKERS,
  });
  const indexOf = new Map<string, number>();
  const uses = projectRoots && new ImportedUses();
  const done = (index: number, r: FileResult) => {
    importers?.add(r);
    uses?.add(r);
    // Only a deferred file can come back in an importer pass.
    if (r.deferred) indexOf.set(r.fileName, index);
    results[index] = compact(r);
  };
  try {
    for await (const file of files) {
      const config: ResolvedConfig | ConfigError = configs.for(file);
      if (config instanceof ConfigError) {
        if (!configProblem) io.stderr(`tlslint: configuration error: ${config.message}`);
        configProblem = true;
        continue;
      }
      // Results are kept in discovery order, so the output is the same whatever --jobs is.
      const index = results.push(undefined as unknown as FileResult) - 1;
      const cached = cache?.lookup(file, config);
      // With --fix, a file with something to fix is linted (and fixed) again; its result is not kept, its text changes.
      if (cached && !(options.fix !== 'none' && hasFix(cached, options.fix))) {
        results[index] = compact(cached);
        continue;
      }
      await batch.add({
        file,
        config,
        done: (r) => {
          done(index, r);
          if (options.fix === 'none' && standsAlone(r)) cache?.store(file, config, r);
        },
      });
    }
    await batch.finish();
    // Importer passes: skipped files that name an export of a file that holds TLS settings.
    for (let files = importers?.next() ?? []; files.length > 0; files = importers!.next()) {
      for (const { file, reads } of files) {
        const index = indexOf.get(file)!;
        await batch.add({ file, config: configs.for(file) as ResolvedConfig, importer: reads, done: (r) => done(index, r) });
      }
      await batch.finish();
    }
  } finally {
    await batch.close();
  }
  // Findings placed in a file take its configuration; an information one shows only when asked for.
  // Exported options every importer uses safely are quiet (runner/importer-uses.ts), before the unsafe uses place theirs.
  if (projectRoots) results = quietSafelyImported(results, { uses: uses!, isEntry: (f) => isPackageEntry(f, projectRoots), unlintedUse: (f, names) => importers!.unlintedUse(f, names) });
  if (projectRoots) results = [...results, ...placedDataFiles(results, (f) => isWanted(f, projectRoots, configs))];
  if (projectRoots) results = placeFindings(results, severityIn((f) => asConfig(configs.for(f)), options.rules)).map((r) => visibleResult(r, options.includeInfo));
  const unsaved = cache?.save();
  if (unsaved) io.stderr(`tlslint: warning: ${unsaved}`);
  return { results, usageProblem, configProblem };
}

/**
 * Whether a result depends on its file's text alone, so the cache (keyed by that text) may keep
 * it: not one that read other project files, placed findings in them, matters to its importers or
 * waits for an importer pass.
 */
function standsAlone(r: FileResult): boolean {
  return !r.dependencies?.length && !r.elsewhere?.length && !r.exports && !r.deferred && !r.exportedOptions && !r.importUses;
}

function hasFix(r: FileResult, mode: 'safe' | 'all'): boolean {
  return r.findings.some((f) => f.fixes.some((x) => mode === 'all' || x.kind === 'safe'));
}

/** Whether a file lies inside the run's paths and its configuration does not ignore it. */
function isWanted(file: string, roots: readonly string[], configs: DirectoryConfigs): boolean {
  if (!roots.some((r) => file === r || file.startsWith(r.endsWith(path.sep) ? r : r + path.sep))) return false;
  const c = configs.for(file);
  return !(c instanceof ConfigError) && !isIgnored(c, file, c.baseDir);
}

function asConfig(c: ResolvedConfig | ConfigError): ResolvedConfig | undefined {
  return c instanceof ConfigError ? undefined : c;
}

const NONE = Object.freeze([]) as never[];
/** A result without findings or notes shares its empty lists: most files of a large tree are clean. */
function compact(r: FileResult): FileResult {
  if (r.findings.length > 0 || r.notes.length > 0 || r.elsewhere || r.exportedOptions) return r;
  return { fileName: r.fileName, findings: NONE, notes: NONE };
}

function format(results: FileResult[], options: CliOptions, io: RunIo, incomplete: boolean): string {
  switch (options.format) {
    case 'json':
      return formatJson(results, { cwd: io.cwd });
    case 'json-with-metadata':
      return formatJsonWithMetadata(results, { cwd: io.cwd });
    case 'sarif':
      return formatSarif(results, { cwd: io.cwd, rules: catalog, toolVersion: io.version, category: options.sarifCategory, warn: (m) => io.stderr(`tlslint: ${m}`) });
    default:
      return formatText(results, { cwd: io.cwd, color: options.color ?? (io.isTty && !process.env.NO_COLOR), incomplete });
  }
}

function exitCode(results: FileResult[], options: CliOptions, usageProblem: boolean): number {
  if (usageProblem) return 2;
  if (results.some((r) => r.notes.some((n) => n.kind === 'rule-error'))) return 2;
  const { errorCount, warningCount } = totalCounts(results);
  if (errorCount > 0) return 1;
  if (options.maxWarnings !== undefined && warningCount > options.maxWarnings) return 1;
  return 0;
}

/**
 * Where the default test-file globs (the test/ folder ones) start for a file no config covers: the working
 * directory when it holds the file, else the path named on the command line that does, as ESLint
 * takes the working directory. Files elsewhere keep their own directory.
 */
export function scanBaseOf(file: string, cwd: string, paths: readonly string[]): string | undefined {
  const inside = (dir: string) => file.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
  if (inside(path.resolve(cwd))) return path.resolve(cwd);
  return paths.map((p) => path.resolve(cwd, p)).filter(inside).sort((a, b) => a.length - b.length)[0];
}
