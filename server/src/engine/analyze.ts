// Analyses one parsed document: runs each rule's part for the document's language in isolation,
// applies severities and suppressions, and turns reports into findings. Never throws for a
// document's content: problems become notes.
import type { ReportDescriptor, Rule, RulePart, Severity, SeveritySetting } from '../../../rules/api.js';
import { DocumentError, partKeyOf, type Frontend, type ParsedDocument, type PartRunner, type Placement } from './language.js';
import { formatMessage } from './messages.js';
import { isSuppressed, parseDirectives, unusedDirectiveNotes, type Directive } from './suppressions.js';
import type { FileResult, Finding, Note, PlacedFinding, Range, RelatedLocation } from './types.js';

export interface AnalyzeOptions {
  /** The rules to run: those the pre-filter let through (their parts for this language run). */
  rules: readonly Rule[];
  /** Every rule id a directive may name: the catalog's, for unknown-rule notes. */
  knownRuleIds: readonly string[];
  /** The severity a finding gets (config, settings, test-file lowering); 'off' drops it. Defaults to the finding's own. */
  severityOf?: (ruleId: string, severity: Severity) => SeveritySetting;
  /** Report directives that suppressed nothing, and unknown rule ids in directives. */
  reportUnusedDirectives?: boolean;
}

export function analyzeDocument<D extends ParsedDocument>(frontend: Frontend<D>, doc: D, options: AnalyzeOptions, runner: PartRunner = frontend.runner(doc)): FileResult {
  const { fileName } = doc;
  const notes: Note[] = [];
  const findings: Finding[] = [];
  const elsewhere: PlacedFinding[] = [];
  const rangeOf = (start: number, end: number): Range => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
  const parseNote = syntaxNote(doc, rangeOf);
  if (parseNote) notes.push(parseNote);

  const directives = parseDirectives(frontend, doc);
  // Suppressions of the other files findings are placed in: their own comments decide there.
  const otherDirectives = new Map<string, Directive[]>();
  const directivesOf = (other: ParsedDocument) => {
    let d = otherDirectives.get(other.fileName);
    if (!d) otherDirectives.set(other.fileName, (d = parseDirectives(frontend, other as D)));
    return d;
  };
  const relatedOf = (placement: Placement | undefined): RelatedLocation[] | undefined =>
    placement?.related?.length
      ? placement.related.map((r) => ({ fileName: r.document.fileName, range: { start: r.document.positionAt(r.start), end: r.document.positionAt(r.end) }, message: r.message }))
      : undefined;
  const seen = new Set<string>();
  const partKey = partKeyOf(frontend);
  for (const rule of options.rules) {
    const { meta } = rule;
    const part = rule.parts[partKey];
    if (!part || options.severityOf?.(meta.id, meta.defaultSeverity) === 'off') continue;
    const report = (d: ReportDescriptor, placement?: Placement) => {
      const { start, end } = d.range;
      const other = placement?.document && placement.document.fileName !== fileName ? placement.document : undefined;
      const key = `${other?.fileName ?? ''}:${meta.id}:${start}:${end}:${d.messageId}`;
      if (seen.has(key)) return;
      seen.add(key);
      const own = d.severity ?? meta.defaultSeverity;
      const severity = options.severityOf ? options.severityOf(meta.id, own) : own;
      if (severity === 'off') return;
      const at = other ?? doc;
      const range = { start: at.positionAt(start), end: at.positionAt(end) };
      const fileDirectives = other ? directivesOf(other) : directives;
      if (isSuppressed(fileDirectives, meta.id, range.start.line)) return;
      if (d.usedAt !== undefined && isSuppressed(fileDirectives, meta.id, at.positionAt(d.usedAt).line)) return;
      const template = (meta.messages as Record<string, string>)[d.messageId];
      if (template === undefined) throw new Error(`unknown messageId '${d.messageId}'`);
      const message = formatMessage(template, d.data);
      const related = relatedOf(placement);
      if (other) {
        // Its fixes were made for this document's text; the other file's own analysis offers fixes.
        elsewhere.push({ fileName: other.fileName, ruleId: meta.id, messageId: d.messageId, message, severity, ownSeverity: own, start, end, range, fixes: [], ...(related ? { related } : {}) });
        return;
      }
      findings.push({ ruleId: meta.id, messageId: d.messageId, message, severity, start, end, range, fixes: d.fixes ?? [], ...(related ? { related } : {}) });
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
  const result: FileResult = { fileName, findings, notes };
  const summary = runner.finish?.();
  if (summary) {
    notes.push(...summary.notes);
    if (summary.dependencies.length > 0) result.dependencies = summary.dependencies;
    if (summary.exports && (summary.exports.names.length || summary.exports.passesOn.length)) result.exports = summary.exports;
    if (summary.deferred?.length) result.deferred = summary.deferred;
    // Only the spans a finding lies in matter (runner/importer-uses.ts): the others need not travel.
    const exported = summary.exportedOptions?.filter((s) => findings.some((f) => f.start >= s.start && f.end <= s.end));
    if (exported?.length) result.exportedOptions = exported;
    if (summary.importUses?.length) result.importUses = summary.importUses;
  }
  if (elsewhere.length > 0) {
    elsewhere.sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0) || a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    result.elsewhere = elsewhere;
  }
  return result;
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
