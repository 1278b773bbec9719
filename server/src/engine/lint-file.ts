// Linting one file on disk or in memory, with its configuration: the unit both the CLI and the
// language server's workspace scan run. Reads only; writing fixed text back is the caller's call.
import { readFileSync, statSync } from 'node:fs';
import type { Fix, Rule, SeveritySetting } from '../../../rules/api.js';
import { rules as catalog } from '../../../rules/index.js';
import { analyzeText } from './analyze.js';
import { effectiveSeverity, type ResolvedConfig } from './config.js';
import { applyEdits, selectNonOverlapping } from './fixes.js';
import type { FileResult } from './types.js';

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
const MAX_FIX_PASSES = 10;

export interface LintOptions {
  config: ResolvedConfig;
  /** Severity overrides from the command line or editor settings; they beat the config file. */
  overrides?: Record<string, SeveritySetting>;
  rules?: readonly Rule[];
  reportUnusedDirectives?: boolean;
  maxFileBytes?: number;
}

export interface FixedResult {
  result: FileResult;
  /** The text after fixes, when any fix was applied. */
  fixedText?: string;
  appliedFixes: number;
}

export function lintText(fileName: string, text: string, options: LintOptions): FileResult {
  const { config, overrides = {} } = options;
  return analyzeText(fileName, text, {
    rules: options.rules ?? catalog,
    reportUnusedDirectives: options.reportUnusedDirectives,
    severityOf: (ruleId, severity) => {
      const own = overrides[ruleId];
      if (own) return own;
      return effectiveSeverity(config, ruleId, severity, fileName, config.baseDir);
    },
  });
}

/** Reads a file, skipping what is not source text (too large, binary, not UTF-8) with a note. */
export function readSource(fileName: string, maxBytes = DEFAULT_MAX_FILE_BYTES): { text: string } | { skipped: string } {
  let size: number;
  try {
    size = statSync(fileName).size;
  } catch (err) {
    return { skipped: `could not read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  }
  if (size > maxBytes) return { skipped: `skipped: ${size} bytes is over the ${maxBytes}-byte limit for one file` };
  let buf: Buffer;
  try {
    buf = readFileSync(fileName);
  } catch (err) {
    return { skipped: `could not read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  }
  if (buf.includes(0)) return { skipped: 'skipped: binary file (contains NUL bytes)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    return { skipped: 'skipped: not valid UTF-8 text' };
  }
}

export function lintFile(fileName: string, options: LintOptions): FileResult {
  const read = readSource(fileName, options.maxFileBytes);
  if ('skipped' in read) return { fileName, findings: [], notes: [{ kind: 'skipped', severity: 'info', message: read.skipped }] };
  return lintText(fileName, read.text, options);
}

/**
 * Applies fixes of the wanted kind until none is left (at most ten passes): each pass takes, for
 * each finding, its first fix of that kind, never two that touch overlapping text.
 */
export function fixText(fileName: string, text: string, options: LintOptions, kind: 'safe' | 'all'): FixedResult {
  let current = text;
  let applied = 0;
  let result = lintText(fileName, current, options);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const candidates: Fix[] = [];
    for (const f of result.findings) {
      const fix = f.fixes.find((x) => kind === 'all' || x.kind === 'safe');
      if (fix) candidates.push(fix);
    }
    const chosen = selectNonOverlapping(candidates);
    if (chosen.length === 0) break;
    current = applyEdits(current, chosen.flatMap((f) => f.edits));
    applied += chosen.length;
    result = lintText(fileName, current, options);
  }
  return { result, fixedText: applied > 0 ? current : undefined, appliedFixes: applied };
}
