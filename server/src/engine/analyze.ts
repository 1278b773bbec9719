// Analyses one parsed document: runs each rule's part for the document's language in isolation,
// applies severities and suppressions, and turns reports into findings. Never throws for a
// document's content: problems become notes.
import type { ReportDescriptor, Rule, RulePart, Severity, SeveritySetting } from '../../../rules/api.js';
import type { TlslintConfig } from './config/types.js';
import { DocumentError, partKeyOf, type Frontend, type ParsedDocument } from './language.js';
import { formatMessage } from './messages.js';
import { isSuppressed, parseDirectives, unusedDirectiveNotes } from './suppressions.js';
import type { FileResult, Finding, Note, Range } from './types.js';

export interface AnalyzeOptions {
  /** The rules to run: those the pre-filter let through (their parts for this language run). */
  rules: readonly Rule[];
  /** Every rule id a directive may name: the catalog's, for unknown-rule notes. */
  knownRuleIds: readonly string[];
  /** The severity a finding gets (config, settings, test-file lowering); 'off' drops it. Defaults to the finding's own. */
  severityOf?: (ruleId: string, severity: Severity) => SeveritySetting;
  /** Report directives that suppressed nothing, and unknown rule ids in directives. */
  reportUnusedDirectives?: boolean;
  /** The file's configuration, handed to the frontend for the settings of its language. */
  config?: Readonly<TlslintConfig>;
}

export function analyzeDocument<D extends ParsedDocument>(frontend: Frontend<D>, doc: D, options: AnalyzeOptions): FileResult {
  const { fileName } = doc;
  const notes: Note[] = [];
  const findings: Finding[] = [];
  const rangeOf = (start: number, end: number): Range => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
  const parseNote = syntaxNote(doc, rangeOf);
  if (parseNote) notes.push(parseNote);

  const directives = parseDirectives(frontend, doc);
  const runner = frontend.runner(doc, options.config);
  const seen = new Set<string>();
  const partKey = partKeyOf(frontend);
  for (const rule of options.rules) {
    const { meta } = rule;
    const part = rule.parts[partKey];
    if (!part || options.severityOf?.(meta.id, meta.defaultSeverity) === 'off') continue;
    const report = (d: ReportDescriptor) => {
      const { start, end } = d.range;
      const key = `${meta.id}:${start}:${end}:${d.messageId}`;
      if (seen.has(key)) return;
      seen.add(key);
      const own = d.severity ?? meta.defaultSeverity;
      const severity = options.severityOf ? options.severityOf(meta.id, own) : own;
      if (severity === 'off') return;
      const range = rangeOf(start, end);
      if (isSuppressed(directives, meta.id, range.start.line)) return;
      const template = (meta.messages as Record<string, string>)[d.messageId];
      if (template === undefined) throw new Error(`unknown messageId '${d.messageId}'`);
      findings.push({ ruleId: meta.id, messageId: d.messageId, message: formatMessage(template, d.data), severity, start, end, range, fixes: d.fixes ?? [] });
    };
    try {
      runner.run(part as RulePart<unknown>, report);
    } catch (err) {
      if (err instanceof DocumentError) {
        // No rule can look at this file: one note for the file, whichever rule asked first.
        notes.push({ kind: 'rule-error', severity: 'error', message: `tlslint could not analyse ${fileName}: ${errorText(err.reason)}` });
        return { fileName, findings: [], notes };
      }
      notes.push({ kind: 'rule-error', ruleId: meta.id, severity: 'error', message: `Rule ${meta.id} failed on ${fileName}: ${errorText(err)}` });
    }
  }
  frontend.keepFixesThatParse?.(doc, findings);
  keepLineEndings(doc.text, findings);
  if (options.reportUnusedDirectives) notes.push(...unusedDirectiveNotes(directives, options.knownRuleIds, rangeOf));
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { fileName, findings, notes };
}

function syntaxNote(doc: ParsedDocument, rangeOf: (s: number, e: number) => Range): Note | undefined {
  const [first, ...rest] = doc.syntaxProblems;
  if (!first) return undefined;
  const pos = doc.positionAt(first.start);
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
  return {
    kind: 'parse-error',
    severity: 'warning',
    range: rangeOf(first.start, first.end),
    message: `Syntax error at ${pos.line + 1}:${pos.character + 1}: ${first.message}${more}. The parts that parse were still checked.`,
  };
}

/**
 * Fixes write `\n` where they add a line; in a file whose lines end in `\r\n` they must too, or
 * a fixed file mixes line endings (and a diff shows every added line as changed).
 */
export function keepLineEndings(text: string, findings: readonly Finding[]): void {
  const lf = text.indexOf('\n');
  if (lf <= 0 || text[lf - 1] !== '\r') return;
  for (const f of findings) {
    for (const fix of f.fixes) {
      if (fix.edits.some((e) => /(^|[^\r])\n/.test(e.text))) fix.edits = fix.edits.map((e) => ({ ...e, text: e.text.replace(/\r?\n/g, '\r\n') }));
    }
  }
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
