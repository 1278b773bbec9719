// `tlslint [paths]`: discover files, lint each with its configuration, apply fixes, report.
// With --jobs N > 1 the files are linted in worker threads (pool.ts) as discovery finds them;
// results are kept in discovery order, so the output is the same whatever N is.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules as catalog } from '../../../rules/index.js';
import { ConfigError, isIgnored, loadConfigForFile, type ConfigCache, type ResolvedConfig } from '../engine/config.js';
import type { FileResult } from '../engine/types.js';
import type { CliOptions } from './args.js';
import { discoverFiles, SKIP_NOT_FOUND } from './discover.js';
import { formatJson } from './format-json.js';
import { formatSarif } from './format-sarif.js';
import { formatText } from './format-text.js';
import { lintOne, type RunLintOptions } from './lint-one.js';
import { LintPool } from './pool.js';

export interface RunIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  version: string;
}

/** For tests: another worker script, and how many files make starting workers worth it. */
export interface RunHooks {
  workerFile?: string;
  minFilesForWorkers?: number;
}

/** Starting a worker costs about as much as linting a few hundred small files. */
const MIN_FILES_FOR_WORKERS = 200;

export async function runLint(options: CliOptions, io: RunIo, hooks: RunHooks = {}): Promise<number> {
  const ruleIds = catalog.map((r) => r.meta.id);
  const cache: ConfigCache = new Map();
  const explicitConfig = options.config ? path.resolve(io.cwd, options.config) : undefined;
  const results: FileResult[] = [];
  let usageProblem = false;
  let configProblem = false;
  // Every entry of a directory has the same config: one lookup per directory, not per file.
  const byDir = new Map<string, ResolvedConfig | ConfigError>();
  const configFor = (file: string): ResolvedConfig => {
    const dir = path.dirname(file);
    let c = byDir.get(dir);
    if (!c) {
      try {
        c = loadConfigForFile(file, { explicitConfig, ruleIds, cache, root: explicitConfig ? io.cwd : undefined });
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        c = err;
      }
      byDir.set(dir, c);
    }
    if (c instanceof ConfigError) throw c;
    return c;
  };

  const files = discoverFiles(options.paths, {
    cwd: io.cwd,
    ignore: (abs) => {
      try {
        const c = configFor(abs);
        return isIgnored(c, abs, c.baseDir);
      } catch {
        return false;
      }
    },
    onSkip: (p, reason) => {
      if (reason === SKIP_NOT_FOUND) {
        usageProblem = true;
        io.stderr(`tlslint: ${path.relative(io.cwd, p) || p}: ${reason}`);
      }
    },
  });
  const run: RunLintOptions = { overrides: options.rules, reportUnusedDirectives: options.reportUnusedDirectives, fix: options.fix };
  // Workers start once the tree is large enough; a smaller one is linted here when discovery ends.
  const waiting: { file: string; config: ResolvedConfig; index: number }[] = [];
  const minFiles = options.jobs > 1 ? (hooks.minFilesForWorkers ?? MIN_FILES_FOR_WORKERS) : Infinity;
  let pool: LintPool | undefined;
  const toPool = (w: { file: string; config: ResolvedConfig; index: number }) => {
    void pool!.lint(w.file, w.config).then((r) => (results[w.index] = compact(r)));
  };
  try {
    for await (const file of files) {
      let config;
      try {
        config = configFor(file);
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        if (!configProblem) io.stderr(`tlslint: configuration error: ${err.message}`);
        configProblem = true;
        continue;
      }
      const index = results.push(undefined as unknown as FileResult) - 1;
      if (options.jobs <= 1) {
        results[index] = compact(lintOne(file, config, run));
        continue;
      }
      waiting.push({ file, config, index });
      if (!pool && waiting.length < minFiles) continue;
      pool ??= new LintPool(options.jobs, run, hooks.workerFile ?? path.join(__dirname, 'worker.js'));
      waiting.splice(0).forEach(toPool);
      await pool.room();
    }
    for (const w of waiting) results[w.index] = compact(lintOne(w.file, w.config, run));
    await pool?.idle();
  } finally {
    await pool?.close();
  }
  if (configProblem) return 2;

  const shown = options.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
  const report = format(shown, options, io);
  if (options.output) writeFileSync(path.resolve(io.cwd, options.output), `${report}\n`);
  else io.stdout(report);
  return exitCode(results, options, usageProblem);
}

const NONE = Object.freeze([]) as never[];
/** A result without findings or notes shares its empty lists: most files of a large tree are clean. */
function compact(r: FileResult): FileResult {
  return r.findings.length === 0 && r.notes.length === 0 ? { fileName: r.fileName, findings: NONE, notes: NONE } : r;
}

function format(results: FileResult[], options: CliOptions, io: RunIo): string {
  switch (options.format) {
    case 'json':
      return formatJson(results, { cwd: io.cwd });
    case 'sarif':
      return formatSarif(results, { cwd: io.cwd, rules: catalog, toolVersion: io.version });
    default:
      return formatText(results, { cwd: io.cwd, color: options.color ?? (io.isTty && !process.env.NO_COLOR) });
  }
}

function exitCode(results: FileResult[], options: CliOptions, usageProblem: boolean): number {
  if (usageProblem) return 2;
  if (results.some((r) => r.notes.some((n) => n.kind === 'rule-error'))) return 2;
  const errors = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length + r.notes.filter((x) => x.kind === 'unused-directive').length, 0);
  const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return 1;
  return 0;
}
