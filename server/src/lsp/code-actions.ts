// Code actions: each fix as a quick fix (safe ones preferred, ones that change what connects
// never), "Disable <id> for this line", "Disable <id> for the entire file", "Show documentation for
// <id>", "Fix all safe tlslint problems" (in the quick-fix menu, as vscode-eslint has it), and
// source.fixAll.tlslint (safe fixes only, usable in editor.codeActionsOnSave).
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND, ServerCommands, type DiagnosticData } from '../../../protocol/protocol.js';
import type { ParsedDocument } from '../engine/language.js';
import { directiveEdit, fixText, parseForEdits, releaseDocument, type LintOptions } from '../linter/index.js';

export const FIX_ALL_TITLE = 'Fix all safe tlslint problems';
/** What a disable comment says after `--` until the user types the reason. */
export const REASON_PLACEHOLDER = 'reason';

/** What the client can do with the actions, from its capabilities. */
export interface ActionFeatures {
  /** Applies SnippetTextEdit in workspace edits (LSP 3.18 `workspace.workspaceEdit.snippetEditSupport`). */
  snippets: boolean;
  /** Fills in an action's `edit` when it is chosen (`codeAction/resolve`), so it need not be computed for every menu. */
  resolveEdit: boolean;
}

/** The data of a "Fix all" quick fix whose edit is computed on codeAction/resolve. */
export interface FixAllData {
  fixAll: { uri: string; version: number };
}

export function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/**
 * The quick fixes for the diagnostics of a request; `fixAll` (when the document has safe fixes)
 * is appended once if any of them is tlslint's.
 */
export function quickFixes(doc: TextDocument, fileName: string, params: CodeActionParams, features: ActionFeatures, fixAll?: () => CodeAction | undefined): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  const ours: Diagnostic[] = [];
  let parsed: ParsedDocument | undefined;
  const disable = (title: string, diag: Diagnostic, directive: string, placement: { line: number } | 'file') => {
    parsed ??= parseForEdits(fileName, doc.getText());
    const edit = parsed && directiveEdit(parsed, `${directive} -- ${REASON_PLACEHOLDER}`, placement);
    if (edit) actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diag], edit: directiveWorkspaceEdit(doc, edit, features) });
  };
  for (const diag of params.context.diagnostics) {
    const data = diagnosticData(diag);
    // Fixes were computed for one version of the text; on any other they could corrupt it.
    if (!data || data.version !== doc.version) continue;
    ours.push(diag);
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
    if (once(seen, `line:${data.ruleId}:${line}`)) disable(`Disable ${data.ruleId} for this line`, diag, `tlslint-disable-next-line ${data.ruleId}`, { line });
    if (once(seen, `file:${data.ruleId}`)) disable(`Disable ${data.ruleId} for the entire file`, diag, `tlslint-disable ${data.ruleId}`, 'file');
    if (once(seen, `docs:${data.ruleId}`)) {
      actions.push({
        title: `Show documentation for ${data.ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diag],
        command: { title: `Show documentation for ${data.ruleId}`, command: ServerCommands.showDocumentation, arguments: [data.docsUrl] },
      });
    }
  }
  if (parsed) releaseDocument(parsed);
  const all = ours.length > 0 ? fixAll?.() : undefined;
  if (all) actions.push({ ...all, diagnostics: ours });
  return actions;
}

/**
 * "Fix all safe tlslint problems" for the quick-fix menu: without its edit when the client
 * resolves it on choice (the menu is asked for on every cursor move; fix-all lints to a fixpoint).
 */
export function fixAllQuickFix(doc: TextDocument, fileName: string, options: LintOptions, features: ActionFeatures): CodeAction | undefined {
  if (features.resolveEdit) {
    const data: FixAllData = { fixAll: { uri: doc.uri, version: doc.version } };
    return { title: FIX_ALL_TITLE, kind: CodeActionKind.QuickFix, data };
  }
  const all = fixAllAction(doc, fileName, options);
  return all && { ...all, kind: CodeActionKind.QuickFix };
}

/** One action that applies every safe fix of the document (several passes, no overlaps). */
export function fixAllAction(doc: TextDocument, fileName: string, options: LintOptions): CodeAction | undefined {
  const text = doc.getText();
  const fixed = fixText(fileName, text, options, 'safe');
  if (fixed.fixedText === undefined) return undefined;
  const edit: TextEdit = { range: { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) }, newText: fixed.fixedText };
  return { title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: [edit] } } };
}

export function isFixAllData(data: unknown): data is FixAllData {
  const f = (data as Partial<FixAllData> | undefined)?.fixAll;
  return typeof f === 'object' && f !== null && typeof f.uri === 'string' && typeof f.version === 'number';
}

export function diagnosticData(diag: Diagnostic): DiagnosticData | undefined {
  if (diag.source !== DIAGNOSTIC_SOURCE || !diag.data || typeof diag.data !== 'object') return undefined;
  const d = diag.data as Partial<DiagnosticData>;
  return typeof d.ruleId === 'string' && Array.isArray(d.fixes) && typeof d.docsUrl === 'string' ? (d as DiagnosticData) : undefined;
}

/**
 * The edit inserting a disable comment. Where the client takes snippets, the placeholder reason is
 * a tab stop, selected so that typing replaces it; elsewhere it stays as plain text to overwrite.
 */
function directiveWorkspaceEdit(doc: TextDocument, edit: { start: number; end: number; text: string }, features: ActionFeatures): WorkspaceEdit {
  const text = toTextEdit(doc, edit);
  const at = edit.text.lastIndexOf(REASON_PLACEHOLDER);
  if (!features.snippets || at < 0) return { changes: { [doc.uri]: [text] } };
  const snippet = `${escapeSnippet(edit.text.slice(0, at))}\${1:${REASON_PLACEHOLDER}}${escapeSnippet(edit.text.slice(at + REASON_PLACEHOLDER.length))}`;
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [{ range: text.range, snippet: { kind: 'snippet', value: snippet } }] }] };
}

/** Snippet syntax gives `$`, `}` and `\` meanings; the comment's own characters must stay literal. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

function once(seen: Set<string>, key: string): boolean {
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

function toTextEdit(doc: TextDocument, e: { start: number; end: number; text: string }): TextEdit {
  return { range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text };
}

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];
