// Analyses one file: parse once, build the model, run every enabled rule in isolation, apply
// suppressions and severities. Never throws for a file's content: problems become notes.
import ts from 'typescript';
import type { ReportDescriptor, Rule, Severity, SeveritySetting } from '../../../rules/api.js';
import { rules as catalog } from '../../../rules/index.js';
import { createRuleContext, LazyModel, ModelError } from './context.js';
import { dropUnsafeFixes } from './fixes.js';
import { formatMessage } from './messages.js';
import { MAX_NESTING_DEPTH, nestingDepth } from './limits.js';
import { prefilterFor, type Gate } from './prefilter.js';
import { isSuppressed, parseDirectives } from './suppressions.js';
import type { FileResult, Finding, Note, Range } from './types.js';

export interface AnalyzeOptions {
  rules?: readonly Rule[];
  /** The severity a finding gets (config, settings, test-file lowering); 'off' drops it. Defaults to the finding's own. */
  severityOf?: (ruleId: string, severity: Severity) => SeveritySetting;
  /** Report directives that suppressed nothing, and unknown rule ids in directives. */
  reportUnusedDirectives?: boolean;
  /**
   * Leave a text none of the rules can fire in unparsed (see prefilter.ts): it gets no finding
   * and no parse note. Off by default here; the CLI and the editor (lint-file.ts) turn it on.
   */
  prefilter?: boolean;
  /** What the pre-filter found in the text: only these rules run. */
  gate?: Gate;
  /** A note when the text must not be analysed at all (over the size limit, minified: file-guards.ts). */
  guard?: (fileName: string, text: string) => Note | undefined;
}

const SCRIPT_KINDS: Record<string, ts.ScriptKind> = {
  '.js': ts.ScriptKind.JS,
  '.cjs': ts.ScriptKind.JS,
  '.mjs': ts.ScriptKind.JS,
  '.jsx': ts.ScriptKind.JSX,
  '.ts': ts.ScriptKind.TS,
  '.cts': ts.ScriptKind.TS,
  '.mts': ts.ScriptKind.TS,
  '.tsx': ts.ScriptKind.TSX,
};

export function scriptKindOf(fileName: string): ts.ScriptKind {
  const m = /\.[cm]?[jt]sx?$/i.exec(fileName);
  return (m && SCRIPT_KINDS[m[0].toLowerCase()]) ?? ts.ScriptKind.TS;
}

export function parse(fileName: string, text: string): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, scriptKindOf(fileName));
}

export function analyzeText(fileName: string, text: string, options: AnalyzeOptions = {}): FileResult {
  return analyzeParsed(fileName, text, options, () => parse(fileName, text)).result;
}

/**
 * analyzeText with the parse step given (the editor re-parses incrementally): the pre-filter and
 * the nesting guard first, then `parseText`, then the rules. `sourceFile` is the tree, if one
 * was made.
 */
export function analyzeParsed(fileName: string, text: string, options: AnalyzeOptions, parseText: () => ts.SourceFile): { result: FileResult; sourceFile?: ts.SourceFile } {
  const guarded = options.guard?.(fileName, text);
  if (guarded) return { result: { fileName, findings: [], notes: [guarded] } };
  let gate = options.gate;
  if (options.prefilter && !gate) {
    gate = gateOf(text, options);
    if (gate.rules.length === 0 && !gate.directives) return { result: clean(fileName) };
  }
  const depth = nestingDepth(text);
  if (depth > MAX_NESTING_DEPTH) return { result: skipped(fileName, `skipped: brackets nest more than ${MAX_NESTING_DEPTH} levels deep, past what the parser can take safely`) };
  let sourceFile: ts.SourceFile;
  try {
    sourceFile = parseText();
  } catch (err) {
    return { result: skipped(fileName, `skipped: the parser could not read this file (${errorText(err)})`) };
  }
  return { result: analyzeSourceFile(sourceFile, { ...options, gate }), sourceFile };
}

/** Which rules of the options may fire in this text or these bytes (the pre-filter). */
export function gateOf(input: string | Uint8Array, options: Pick<AnalyzeOptions, 'rules' | 'reportUnusedDirectives'>): Gate {
  return prefilterFor(options.rules ?? catalog, !!options.reportUnusedDirectives).gate(input);
}

export function clean(fileName: string): FileResult {
  return { fileName, findings: [], notes: [] };
}

function skipped(fileName: string, message: string): FileResult {
  return { fileName, findings: [], notes: [{ kind: 'skipped', severity: 'info', message }] };
}

export function analyzeSourceFile(sourceFile: ts.SourceFile, options: AnalyzeOptions = {}): FileResult {
  const fileName = sourceFile.fileName;
  const notes: Note[] = [];
  const findings: Finding[] = [];
  const rangeOf = (start: number, end: number): Range => ({
    start: sourceFile.getLineAndCharacterOfPosition(start),
    end: sourceFile.getLineAndCharacterOfPosition(end),
  });
  const parseNote = parseProblem(sourceFile, rangeOf);
  if (parseNote) notes.push(parseNote);

  const model = new LazyModel(sourceFile);
  const directives = parseDirectives(sourceFile);
  const ruleSet = options.rules ?? catalog;
  const seen = new Set<string>();
  for (const rule of options.gate?.rules ?? ruleSet) {
    const { meta } = rule;
    if (options.severityOf?.(meta.id, meta.defaultSeverity) === 'off') continue;
    const report = (d: ReportDescriptor) => {
      const start = d.range?.start ?? d.node?.getStart(sourceFile) ?? 0;
      const end = d.range?.end ?? d.node?.end ?? start;
      const key = `${meta.id}:${start}:${end}:${d.messageId}`;
      if (seen.has(key)) return;
      seen.add(key);
      const own = d.severity ?? meta.defaultSeverity;
      const severity = options.severityOf ? options.severityOf(meta.id, own) : own;
      if (severity === 'off') return;
      const range = rangeOf(start, end);
      if (isSuppressed(directives, meta.id, range.start.line)) return;
      const template = meta.messages[d.messageId];
      if (template === undefined) throw new Error(`unknown messageId '${d.messageId}'`);
      findings.push({ ruleId: meta.id, messageId: d.messageId, message: formatMessage(template, d.data), severity, start, end, range, fixes: d.fixes ?? [] });
    };
    try {
      rule.check(createRuleContext(model, fileName, report));
    } catch (err) {
      if (err instanceof ModelError) {
        // No rule can look at this file: one note for the file, whichever rule asked first.
        notes.push({ kind: 'rule-error', severity: 'error', message: `tlslint could not analyse ${fileName}: ${errorText(err.reason)}` });
        findings.length = 0;
        return { fileName, findings, notes };
      }
      notes.push({ kind: 'rule-error', ruleId: meta.id, severity: 'error', message: `Rule ${meta.id} failed on ${fileName}: ${errorText(err)}` });
    }
  }
  dropUnsafeFixes(sourceFile, findings);
  if (options.reportUnusedDirectives) notes.push(...directiveNotes(directives, ruleSet, rangeOf));
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { fileName, findings, notes };
}

function directiveNotes(directives: ReturnType<typeof parseDirectives>, ruleSet: readonly Rule[], rangeOf: (s: number, e: number) => Range): Note[] {
  const known = new Set(ruleSet.map((r) => r.meta.id));
  const out: Note[] = [];
  for (const d of directives) {
    const range = rangeOf(d.start, d.end);
    for (const id of d.ruleIds) {
      if (!known.has(id)) out.push({ kind: 'unused-directive', severity: 'error', range, message: `Unknown rule '${id}' in tlslint-${d.kind} directive.` });
      else if (!d.used.has(id)) out.push({ kind: 'unused-directive', severity: 'error', range, message: `Unused tlslint-${d.kind} directive (no ${id} finding to suppress here).` });
    }
    if (d.ruleIds.length === 0 && !d.used.has('*')) out.push({ kind: 'unused-directive', severity: 'error', range, message: `Unused tlslint-${d.kind} directive (no finding to suppress here).` });
  }
  return out;
}

function parseProblem(sf: ts.SourceFile, rangeOf: (s: number, e: number) => Range): Note | undefined {
  // TypeScript keeps syntax errors on the source file; the parser recovers and the rest is analysed.
  const diags = (sf as unknown as { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  if (diags.length === 0) return undefined;
  const first = diags[0];
  const pos = sf.getLineAndCharacterOfPosition(first.start);
  const more = diags.length > 1 ? ` (and ${diags.length - 1} more)` : '';
  return {
    kind: 'parse-error',
    severity: 'warning',
    range: rangeOf(first.start, first.start + first.length),
    message: `Syntax error at ${pos.line + 1}:${pos.character + 1}: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}${more}. The parts that parse were still checked.`,
  };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
