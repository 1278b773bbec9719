// Linting one file on disk or in memory, with its configuration: the unit both the CLI and the
// language server's workspace scan run. Reads only; writing fixed text back is the caller's call.
import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Fix, Rule, SeveritySetting } from '../../../rules/api.js';
import { rules as catalog } from '../../../rules/index.js';
import { analyzeText, clean, gateOf, type AnalyzeOptions } from './analyze.js';
import { effectiveSeverity, type ResolvedConfig } from './config.js';
import { guardText, maxFileSizeOf } from './file-guards.js';
import { applyEdits, selectNonOverlapping } from './fixes.js';
import type { Gate } from './prefilter.js';
import type { FileResult } from './types.js';

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Enough for a fixpoint in practice: fixes whose text touches go in later passes (fixes.ts). */
const MAX_FIX_PASSES = 100;

export interface LintOptions {
  config: ResolvedConfig;
  /** Severity overrides from the command line or editor settings; they beat the config file. */
  overrides?: Record<string, SeveritySetting>;
  rules?: readonly Rule[];
  reportUnusedDirectives?: boolean;
  maxFileBytes?: number;
  /** Skip texts no rule can fire in without parsing them (prefilter.ts); on unless false. */
  prefilter?: boolean;
}

export interface FixedResult {
  result: FileResult;
  /** The text after fixes, when any fix was applied. */
  fixedText?: string;
  appliedFixes: number;
}

/** `gate`: what the pre-filter found already, when the caller scanned the bytes. */
export function lintText(fileName: string, text: string, options: LintOptions, gate?: Gate): FileResult {
  return analyzeText(fileName, text, analyzeOptions(fileName, options, gate));
}

/** The engine's options for one file: its rules, and severities from the config and overrides. */
export function analyzeOptions(fileName: string, options: LintOptions, gate?: Gate): AnalyzeOptions {
  const { config, overrides = {} } = options;
  return {
    rules: options.rules ?? catalog,
    reportUnusedDirectives: options.reportUnusedDirectives,
    prefilter: options.prefilter !== false,
    gate,
    guard: (name, text) => guardText(name, text, config),
    severityOf: (ruleId, severity) => {
      const own = overrides[ruleId];
      if (own) return own;
      return effectiveSeverity(config, ruleId, severity, fileName, config.baseDir);
    },
  };
}

/** Reads a file, skipping what is not source text (too large, binary, not UTF-8) with a note. */
export function readSource(fileName: string, maxBytes = DEFAULT_MAX_FILE_BYTES): { text: string } | { skipped: string } {
  const read = readSourceBytes(fileName, maxBytes);
  return 'skipped' in read ? read : { text: decode(read.bytes) };
}

/**
 * Lints a file on disk. Its bytes go through the pre-filter before they are decoded: a file no
 * rule can fire in costs one read and one scan, and is never turned into a string.
 */
export function lintFile(fileName: string, options: LintOptions): FileResult {
  const read = readSourceBytes(fileName, options.maxFileBytes ?? maxFileSizeOf(options.config));
  if ('skipped' in read) return { fileName, findings: [], notes: [{ kind: 'skipped', severity: 'info', message: read.skipped }] };
  if (options.prefilter === false) return lintText(fileName, decode(read.bytes), options);
  const gate = gateOf(read.bytes, { rules: options.rules ?? catalog, reportUnusedDirectives: options.reportUnusedDirectives });
  if (gate.rules.length === 0 && !gate.directives) return clean(fileName);
  return lintText(fileName, decode(read.bytes), options, gate);
}

// One buffer per thread, reused for every file: reading a tree allocates nothing per file. What
// readSourceBytes returns is a view of it, valid until the next read.
let pool = Buffer.allocUnsafe(0);

function readSourceBytes(fileName: string, maxBytes = DEFAULT_MAX_FILE_BYTES): { bytes: Buffer } | { skipped: string } {
  if (pool.length <= maxBytes) pool = Buffer.allocUnsafe(maxBytes + 1);
  let fd: number | undefined;
  let n = 0;
  try {
    fd = openSync(fileName, 'r');
    // One byte past the limit tells a file that is too large without a stat call.
    for (let got = -1; got !== 0 && n <= maxBytes; n += got) got = readSync(fd, pool, n, maxBytes + 1 - n, null);
    if (n > maxBytes) return { skipped: `skipped: ${fstatSync(fd).size} bytes is over the ${maxBytes}-byte limit for one file` };
  } catch (err) {
    return { skipped: `could not read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const bytes = pool.subarray(0, n);
  if (bytes.includes(0)) return { skipped: 'skipped: binary file (contains NUL bytes)' };
  if (!isUtf8(bytes)) return { skipped: 'skipped: not valid UTF-8 text' };
  return { bytes };
}

/** UTF-8 to a string without a byte order mark, as TextDecoder gives it. */
function decode(bytes: Buffer): string {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return bytes.toString('utf8', bom ? 3 : 0);
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
