// The document every project-file frontend returns: the text, its lines, the comments the format
// has (for suppressions), the syntax problems its parser recovered from, and the `files` model
// (rules/files/api.ts), built when a rule first asks for it.
import type { FilesModel } from '../../../../rules/files/api.js';
import type { TextEdit } from '../../../../rules/api.js';
import { type Comment, type ParsedDocument, type SyntaxProblem } from '../../engine/language.js';
import { lineStarts, positionAt } from '../../engine/lines.js';

export interface FilesDocument extends ParsedDocument {
  /** The `#` comments of the file (none for JSON), in order. */
  readonly comments: readonly Comment[];
  /** The rules' model of the file. */
  model(): FilesModel;
}

export interface Built {
  model: FilesModel;
  comments: Comment[];
  syntaxProblems: SyntaxProblem[];
}

/** A document whose parse (`build`) runs at once; a model that fails is reported once for the file. */
export function filesDocument(fileName: string, text: string, build: () => Built): FilesDocument {
  const lines = lineStarts(text);
  const built = build();
  return {
    fileName,
    text,
    comments: built.comments,
    syntaxProblems: built.syntaxProblems,
    positionAt: (offset) => positionAt(lines, offset),
    lineStart: (line) => lines[Math.max(0, Math.min(line, lines.length - 1))]!,
    model: () => built.model,
  };
}

/** `#` comments whose text holds `needle`. */
export function commentsHolding(doc: FilesDocument, needle: string): Comment[] {
  return doc.comments.filter((c) => c.body.includes(needle));
}

/**
 * A `# directive` line above `line`, indented like it (YAML keeps its structure), or at the top of
 * the file: after a shebang and a Dockerfile's parser directives (`# syntax=…`, `# escape=…`),
 * which stop being directives below any other comment.
 */
export function hashDirectiveEdit(doc: ParsedDocument, directive: string, placement: { line: number } | 'file'): TextEdit {
  if (placement === 'file') {
    const head = /^(?:#!.*\r?\n)?(?:#[ \t]*(?:syntax|escape|check)[ \t]*=.*\r?\n)*/i.exec(doc.text)![0].length;
    return { start: head, end: head, text: `# ${directive}\n` };
  }
  const start = doc.lineStart(placement.line);
  const indent = /^[ \t]*/.exec(doc.text.slice(start))![0];
  return { start, end: start, text: `${indent}# ${directive}\n` };
}

/** The span of whole lines holding `[start, end)`, with the line break after them. */
export function wholeLines(text: string, start: number, end: number): { start: number; end: number } {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', Math.max(end - 1, start));
  return { start: from, end: nl < 0 ? text.length : nl + 1 };
}
