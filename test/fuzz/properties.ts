// The properties every fuzz input must keep. Each check returns problems as text instead of
// throwing, so one run reports every kind of failure it meets.
import { performance } from 'node:perf_hooks';
import type { Fix } from '../../rules/api.js';
import { rules as catalog } from '../../rules/index.js';
import { defaultConfig, type ResolvedConfig } from '../../server/src/engine/config/index.js';
import { applyEdits, selectNonOverlapping } from '../../server/src/engine/fixes.js';
import { fixText, lintText, syntaxErrorCount, type LintOptions } from '../../server/src/linter/index.js';
import type { FileResult, Finding } from '../../server/src/engine/types.js';
import type { Rng } from './rng.js';

export const FUZZ_ROOT = '/fuzz';

export interface FuzzInput {
  /** `seed:index`, enough to regenerate the input. */
  id: string;
  generator: string;
  fileName: string;
  text: string;
  origin?: string;
}

export interface Failure {
  id: string;
  generator: string;
  property: string;
  message: string;
  fileName: string;
  text: string;
}

export interface CheckOptions {
  /** Time one file's analysis may take. */
  budgetMs: number;
  /** Fixes re-linted per input (a random sample when there are more). */
  maxFixes: number;
  rng: Rng;
}

export interface CheckResult {
  /**
   * The analysis time of the input in CPU milliseconds (the best of up to three tries when the
   * first is over budget): on a shared two-core machine wall time measures the neighbours.
   */
  ms: number;
  wallMs: number;
  result?: FileResult;
  findings: number;
  fixesChecked: number;
  fixAllChecked: number;
  skipped: boolean;
  failures: Failure[];
}

export function lintOptions(): LintOptions {
  const config: ResolvedConfig = { ...defaultConfig(), configFile: undefined, baseDir: FUZZ_ROOT };
  return { config };
}

const OPTIONS = lintOptions();

function errorText(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message).split('\n').slice(0, 6).join('\n') : String(err);
}

export function checkInput(input: FuzzInput, opts: CheckOptions): CheckResult {
  const fileName = `${FUZZ_ROOT}/${input.fileName}`;
  const out: CheckResult = { ms: 0, wallMs: 0, findings: 0, fixesChecked: 0, fixAllChecked: 0, skipped: false, failures: [] };
  const fail = (property: string, message: string) => out.failures.push({ id: input.id, generator: input.generator, property, message, fileName: input.fileName, text: input.text });
  const lint = (text: string): FileResult => lintText(fileName, text, OPTIONS);

  let result: FileResult;
  try {
    const timed = () => {
      const wall = performance.now();
      const cpu = process.cpuUsage();
      const r = lint(input.text);
      const used = process.cpuUsage(cpu);
      return { r, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall };
    };
    const first = timed();
    result = first.r;
    out.ms = first.cpuMs;
    out.wallMs = first.wallMs;
    // A slow first try may be the machine (GC, JIT); the input is slow only if it stays slow.
    for (let retry = 0; retry < 2 && out.ms > opts.budgetMs; retry++) {
      const again = timed();
      out.ms = Math.min(out.ms, again.cpuMs);
      out.wallMs = Math.min(out.wallMs, again.wallMs);
    }
  } catch (err) {
    fail('no-exception', `lintText threw: ${errorText(err)}`);
    return out;
  }
  out.result = result;
  out.findings = result.findings.length;
  out.skipped = result.notes.some((n) => n.kind === 'skipped');
  if (out.ms > opts.budgetMs) fail('time-budget', `analysis took ${out.ms.toFixed(0)} ms of CPU (budget ${opts.budgetMs} ms) for ${input.text.length} characters`);
  for (const n of result.notes) if (n.kind === 'rule-error') fail('no-rule-error', n.message);
  checkShape(input.text, result, fail);

  const fixes = result.findings.flatMap((f) => f.fixes.map((fix) => ({ finding: f, fix })));
  const sample = fixes.length <= opts.maxFixes ? fixes : opts.rng.shuffle(fixes).slice(0, opts.maxFixes);
  let before: number | undefined;
  for (const { finding, fix } of sample) {
    before ??= syntaxErrorCount(fileName, input.text);
    out.fixesChecked++;
    checkFix(fileName, input.text, before, finding, fix, lint, fail);
  }
  checkSelection(input.text, fixes.map((x) => x.fix), opts.rng, fail);
  if (result.findings.some((f) => f.fixes.length > 0)) {
    before ??= syntaxErrorCount(fileName, input.text);
    for (const kind of ['safe', 'all'] as const) {
      out.fixAllChecked++;
      checkFixAll(fileName, input.text, before, kind, fail);
    }
  }
  return out;
}

type Fail = (property: string, message: string) => void;

/**
 * The placeholders of each rule's message templates (`{host}`): one left in a message means its
 * data was missing. Only those: a message quotes code, and code may hold `{region}` of its own.
 */
const PLACEHOLDERS = new Map(catalog.map((r) => [r.meta.id, new Set(Object.values(r.meta.messages).flatMap((m) => [...m.matchAll(/\{(\w+)\}/g)].map((x) => x[1])))]));

function leftPlaceholder(ruleId: string, message: string): boolean {
  return [...(PLACEHOLDERS.get(ruleId) ?? [])].some((name) => message.includes(`{${name}}`));
}

/** Offsets, ranges and messages are well formed. */
function checkShape(text: string, result: FileResult, fail: Fail): void {
  for (const f of result.findings) {
    if (!(f.start >= 0 && f.start <= f.end && f.end <= text.length)) fail('finding-range', `${f.ruleId} finding at ${f.start}-${f.end} outside the text (${text.length})`);
    if (f.range.start.line > f.range.end.line || (f.range.start.line === f.range.end.line && f.range.start.character > f.range.end.character)) fail('finding-range', `${f.ruleId} range ends before it starts`);
    if (!f.message || leftPlaceholder(f.ruleId, f.message)) fail('message', `${f.ruleId} message is empty or has a placeholder: ${f.message}`);
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= text.length && typeof e.text === 'string')) {
          fail('fix-edit', `${f.ruleId} fix "${fix.title}" has an edit ${e.start}-${e.end} outside the text (${text.length})`);
        }
      }
    }
  }
}

/** Where an offset of the original text is after the edits: every place it may have moved to. */
function mappedOffsets(offset: number, edits: readonly { start: number; end: number; text: string }[]): Set<number> {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const out = new Set<number>();
  let low = offset;
  let high = offset;
  let inside = false;
  for (const e of sorted) {
    const delta = e.text.length - (e.end - e.start);
    if (e.end < offset || (e.end === offset && e.start < e.end)) {
      low += delta;
      high += delta;
    } else if (e.start === offset && e.start === e.end) {
      high += delta;
    } else if (e.start < offset && offset < e.end) {
      // Inside replaced text: the finding may now be anywhere in the replacement.
      const base = e.start + (low - offset);
      for (let i = 0; i <= e.text.length; i++) out.add(base + i);
      inside = true;
    }
  }
  if (!inside) {
    out.add(low);
    out.add(high);
  }
  return out;
}

function checkFix(fileName: string, text: string, before: number, finding: Finding, fix: Fix, lint: (t: string) => FileResult, fail: Fail): void {
  const what = `${finding.ruleId} fix "${fix.title}"`;
  let fixed: string;
  try {
    fixed = applyEdits(text, fix.edits);
  } catch (err) {
    fail('fix-applies', `${what}: ${errorText(err)}`);
    return;
  }
  const after = syntaxErrorCount(fileName, fixed);
  if (after > before) fail('fix-parses', `${what} adds syntax errors (${before} → ${after})`);
  let again: FileResult;
  try {
    again = lint(fixed);
  } catch (err) {
    fail('no-exception', `lintText threw on the fixed text of ${what}: ${errorText(err)}`);
    return;
  }
  // The same finding is one with the same rule, message and both ends where the edits moved them.
  const starts = mappedOffsets(finding.start, fix.edits);
  const ends = mappedOffsets(finding.end, fix.edits);
  const still = again.findings.find((g) => g.ruleId === finding.ruleId && g.messageId === finding.messageId && g.message === finding.message && starts.has(g.start) && ends.has(g.end));
  if (still) fail('fix-removes-finding', `${what} leaves its finding (${finding.messageId} at ${still.start}): ${finding.message}`);
}

/** One pass of fix-all never takes two fixes that touch overlapping text. */
function checkSelection(text: string, fixes: readonly Fix[], rng: Rng, fail: Fail): void {
  if (fixes.length < 2) return;
  const chosen = selectNonOverlapping(rng.shuffle(fixes));
  const edits = chosen.flatMap((f) => f.edits);
  try {
    applyEdits(text, edits);
  } catch (err) {
    fail('fix-all-no-overlap', `selectNonOverlapping chose overlapping fixes: ${errorText(err)}`);
  }
}

/** Fix-all parses at least as well as the input and applying it twice equals applying it once. */
function checkFixAll(fileName: string, text: string, before: number, kind: 'safe' | 'all', fail: Fail): void {
  const name = kind === 'safe' ? 'fix-all (safe)' : 'fix-all (suggestions too)';
  try {
    const once = fixText(fileName, text, OPTIONS, kind);
    if (once.fixedText === undefined) return;
    const after = syntaxErrorCount(fileName, once.fixedText);
    if (after > before) fail('fix-all-parses', `${name} adds syntax errors (${before} → ${after})`);
    const twice = fixText(fileName, once.fixedText, OPTIONS, kind);
    if (twice.fixedText !== undefined && twice.fixedText !== once.fixedText) {
      fail('fix-all-idempotent', `${name} applied again changes the text further (${twice.appliedFixes} more fixes)`);
    }
  } catch (err) {
    fail('no-exception', `${name} threw: ${errorText(err)}`);
  }
}
