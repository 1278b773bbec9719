// Engine results as LSP diagnostics: source, code = rule id, codeDescription.href = the rule's
// docs, and data carrying the fixes for code actions.
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Severity } from '../../../rules/api.js';
import { docsUrl } from '../../../rules/docs-url.js';
import type { FileResult, Note } from '../engine/types.js';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from '../../../protocol/protocol.js';

/** More findings than this in one file are capped, with a note saying so. */
export const MAX_DIAGNOSTICS_PER_FILE = 1000;

export function toLspSeverity(s: Severity): DiagnosticSeverity {
  return s === 'error' ? DiagnosticSeverity.Error : s === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information;
}

/**
 * `syntaxNote: false` leaves out the note that the file has a syntax error: in an editor that shows
 * the language's syntax errors itself (VS Code's TypeScript support), it would be a second one.
 */
export function toDiagnostics(result: FileResult, version: number | null, { syntaxNote = true } = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of result.findings.slice(0, MAX_DIAGNOSTICS_PER_FILE)) {
    const data: DiagnosticData = { ruleId: f.ruleId, version, fixes: f.fixes, docsUrl: docsUrl(f.ruleId) };
    out.push({
      range: f.range,
      severity: toLspSeverity(f.severity),
      source: DIAGNOSTIC_SOURCE,
      code: f.ruleId,
      codeDescription: { href: docsUrl(f.ruleId) },
      message: f.message,
      ...(f.related?.length
        ? { relatedInformation: f.related.map((r) => ({ location: { uri: pathToFileURL(r.fileName).toString(), range: r.range }, message: r.message })) }
        : {}),
      data,
    });
  }
  if (result.findings.length > MAX_DIAGNOSTICS_PER_FILE) {
    out.push(noteDiagnostic({ kind: 'skipped', severity: 'info', message: `tlslint shows the first ${MAX_DIAGNOSTICS_PER_FILE} of ${result.findings.length} findings in this file.` }));
  }
  for (const n of result.notes) if (syntaxNote || n.kind !== 'parse-error') out.push(noteDiagnostic(n));
  return out;
}

function noteDiagnostic(n: Note): Diagnostic {
  const range = n.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { range, severity: toLspSeverity(n.severity), source: DIAGNOSTIC_SOURCE, message: n.message, ...(n.ruleId ? { code: n.ruleId } : {}) };
}
