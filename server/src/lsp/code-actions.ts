// Code actions: each fix as a quick fix (safe ones preferred, ones that change what connects
// never), "Disable <id> for this line", "Show documentation for <id>", and source.fixAll.tlslint
// (safe fixes only, usable in editor.codeActionsOnSave).
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND, ServerCommands, type DiagnosticData } from '../../../protocol/protocol.js';
import type { ParsedDocument } from '../engine/language.js';
import { directiveEdit, fixText, parseForEdits, releaseDocument, type LintOptions } from '../linter/index.js';

export function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export function quickFixes(doc: TextDocument, fileName: string, params: CodeActionParams): CodeAction[] {
  const actions: CodeAction[] = [];
  const seenRules = new Set<string>();
  let parsed: ParsedDocument | undefined;
  for (const diag of params.context.diagnostics) {
    const data = diagnosticData(diag);
    if (!data) continue;
    // Fixes were computed for one version of the text; on any other they could corrupt it.
    if (data.version !== doc.version) continue;
    for (const fix of data.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diag],
        isPreferred: fix.kind === 'safe',
        edit: { changes: { [doc.uri]: fix.edits.map((e) => toTextEdit(doc, e)) } },
      });
    }
    const line = diag.range.start.line;
    const key = `${data.ruleId}:${line}`;
    if (!seenRules.has(key)) {
      seenRules.add(key);
      parsed ??= parseForEdits(fileName, doc.getText());
      const edit = parsed && directiveEdit(parsed, `tlslint-disable-next-line ${data.ruleId}`, { line });
      if (edit) {
        actions.push({
          title: `Disable ${data.ruleId} for this line`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diag],
          edit: { changes: { [doc.uri]: [toTextEdit(doc, edit)] } },
        });
      }
    }
    if (!seenRules.has(data.ruleId)) {
      seenRules.add(data.ruleId);
      actions.push({
        title: `Show documentation for ${data.ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diag],
        command: { title: `Show documentation for ${data.ruleId}`, command: ServerCommands.showDocumentation, arguments: [data.docsUrl] },
      });
    }
  }
  if (parsed) releaseDocument(parsed);
  return actions;
}

/** One action that applies every safe fix of the document (several passes, no overlaps). */
export function fixAllAction(doc: TextDocument, fileName: string, options: LintOptions): CodeAction | undefined {
  const text = doc.getText();
  const fixed = fixText(fileName, text, options, 'safe');
  if (fixed.fixedText === undefined) return undefined;
  const edit: TextEdit = { range: { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) }, newText: fixed.fixedText };
  return { title: 'Fix all safe tlslint problems', kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: [edit] } } };
}

export function diagnosticData(diag: Diagnostic): DiagnosticData | undefined {
  if (diag.source !== DIAGNOSTIC_SOURCE || !diag.data || typeof diag.data !== 'object') return undefined;
  const d = diag.data as Partial<DiagnosticData>;
  return typeof d.ruleId === 'string' && Array.isArray(d.fixes) && typeof d.docsUrl === 'string' ? (d as DiagnosticData) : undefined;
}

function toTextEdit(doc: TextDocument, e: { start: number; end: number; text: string }): TextEdit {
  return { range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text };
}

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];
