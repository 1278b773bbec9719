// `tlslint [paths]`: discover files, lint each with its configuration, apply fixes, report.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules as catalog } from '../../../rules/index.js';
import { ConfigError, isIgnored, loadConfigForFile, type ConfigCache } from '../engine/config.js';
import { fixText, lintFile, readSource } from '../engine/lint-file.js';
import type { FileResult } from '../engine/types.js';
import type { CliOptions } from './args.js';
import { discoverFiles, SKIP_NOT_FOUND } from './discover.js';
import { formatJson } from './format-json.js';
import { formatSarif } from './format-sarif.js';
import { formatText } from './format-text.js';

export interface RunIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  version: string;
}

export async function runLint(options: CliOptions, io: RunIo): Promise<number> {
  const ruleIds = catalog.map((r) => r.meta.id);
  const cache: ConfigCache = new Map();
  const explicitConfig = options.config ? path.resolve(io.cwd, options.config) : undefined;
  const results: FileResult[] = [];
  let usageProblem = false;
  let configProblem = false;
  const configFor = (file: string) => loadConfigForFile(file, { explicitConfig, ruleIds, cache, root: explicitConfig ? io.cwd : undefined });

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
  const lintOptionsBase = { overrides: options.rules, reportUnusedDirectives: options.reportUnusedDirectives };
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
    const lintOptions = { ...lintOptionsBase, config };
    if (options.fix === 'none') {
      results.push(lintFile(file, lintOptions));
      continue;
    }
    const read = readSource(file);
    if ('skipped' in read) {
      results.push(lintFile(file, lintOptions));
      continue;
    }
    const fixed = fixText(file, read.text, lintOptions, options.fix);
    if (fixed.fixedText !== undefined) writeFileSync(file, fixed.fixedText);
    results.push(fixed.result);
  }
  if (configProblem) return 2;

  const shown = options.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
  const report = format(shown, options, io);
  if (options.output) writeFileSync(path.resolve(io.cwd, options.output), `${report}\n`);
  else io.stdout(report);
  return exitCode(results, options, usageProblem);
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
