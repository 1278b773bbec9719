// Parsing JavaScript and TypeScript with TypeScript's own parser, which recovers from syntax
// errors; an editor's next version is re-parsed incrementally (ts.updateSourceFile), re-using
// every node the edits did not touch.
import ts from 'typescript';
import type { Edit, ParsedDocument, SyntaxProblem } from '../../engine/language.js';
import type { Position } from '../../engine/types.js';
import { forgetSourceFile } from './syntax.js';

export interface JsDocument extends ParsedDocument {
  readonly sourceFile: ts.SourceFile;
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
  // A JSON module a project file imports (`import config from './config.json'`): one object literal.
  '.json': ts.ScriptKind.JSON,
};

export function scriptKindOf(fileName: string): ts.ScriptKind {
  const m = /\.(?:[cm]?[jt]sx?|json)$/i.exec(fileName);
  return (m && SCRIPT_KINDS[m[0].toLowerCase()]) ?? ts.ScriptKind.TS;
}

/**
 * JSDoc comments are not parsed into nodes: nothing reads them (comments are found in the text,
 * comments.ts), and parsing them cost about a tenth of the parse of JSDoc-heavy code (Node's
 * lib/, compiled packages). An edit's re-parse keeps the mode.
 */
const PARSE_OPTIONS: ts.CreateSourceFileOptions = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };

export function parseSourceFile(fileName: string, text: string): ts.SourceFile {
  return ts.createSourceFile(fileName, text, PARSE_OPTIONS, true, scriptKindOf(fileName));
}

/** The tree of `text`, from the tree of the text before `edits`. The old tree is used up. */
export function reparse(old: ts.SourceFile, text: string, edits: readonly Edit[]): ts.SourceFile {
  if (edits.length === 0 && old.text === text) return old;
  const ranges = edits.map((e) => ts.createTextChangeRange(ts.createTextSpan(e.start, e.end - e.start), e.newLength));
  const change = ranges.length === 0 ? ts.createTextChangeRange(ts.createTextSpan(0, old.text.length), text.length) : ts.collapseTextChangeRangesAcrossMultipleVersions(ranges);
  const next = ts.updateSourceFile(old, text, change);
  // Nodes the new tree took over from the old one no longer belong to it.
  forgetSourceFile(old);
  return next;
}

/** Syntax errors TypeScript keeps on the source file (the parser recovered from each). */
export function syntaxErrors(sf: ts.SourceFile): readonly ts.DiagnosticWithLocation[] {
  return (sf as unknown as { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
}

export function jsDocument(sf: ts.SourceFile): JsDocument {
  let problems: SyntaxProblem[] | undefined;
  return {
    fileName: sf.fileName,
    text: sf.text,
    sourceFile: sf,
    positionAt: (offset: number): Position => sf.getLineAndCharacterOfPosition(offset),
    lineStart: (line: number) => sf.getPositionOfLineAndCharacter(line, 0),
    get syntaxProblems() {
      return (problems ??= syntaxErrors(sf).map((d) => ({ start: d.start, end: d.start + d.length, message: ts.flattenDiagnosticMessageText(d.messageText, ' ') })));
    },
  };
}
