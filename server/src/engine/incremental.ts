// Linting an editor buffer as it is edited: the tree of the last version is re-parsed with
// TypeScript's incremental parser (ts.updateSourceFile), which re-uses every node the edits did
// not touch, instead of parsing the whole file again. Only the edited document is analysed.
import ts from 'typescript';
import { analyzeParsed, parse } from './analyze.js';
import { analyzeOptions, type LintOptions } from './lint-file.js';
import { forgetSourceFile } from './syntax.js';
import type { FileResult } from './types.js';

/** One edit as an editor reports it: the range it replaced, in the text before it, and its new length. */
export interface Edit {
  start: number;
  end: number;
  newLength: number;
}

/** The tree of one version of a buffer, to re-parse the next version from. */
export interface ParsedBuffer {
  fileName: string;
  sourceFile: ts.SourceFile;
}

/**
 * Lints `text`; when `previous` is the tree of the text before `edits` (applied in order), only
 * the edited region is parsed again. The old tree must not be used afterwards: the incremental
 * parser moves its nodes into the new one. `parsed` is the new tree, for the next edit (none when
 * the pre-filter found nothing to parse).
 */
export function lintEdited(fileName: string, text: string, options: LintOptions, previous?: { parsed: ParsedBuffer; edits: readonly Edit[] }): { result: FileResult; parsed?: ParsedBuffer } {
  const reuse = previous && previous.parsed.fileName === fileName ? previous : undefined;
  const parseText = reuse ? () => reparse(reuse.parsed.sourceFile, text, reuse.edits) : () => parse(fileName, text);
  const { result, sourceFile } = analyzeParsed(fileName, text, analyzeOptions(fileName, options), parseText);
  return { result, parsed: sourceFile ? { fileName, sourceFile } : undefined };
}

/** The tree of `text`, from the tree of the text before `edits`. */
export function reparse(old: ts.SourceFile, text: string, edits: readonly Edit[]): ts.SourceFile {
  if (edits.length === 0 && old.text === text) return old;
  const ranges = edits.map((e) => ts.createTextChangeRange(ts.createTextSpan(e.start, e.end - e.start), e.newLength));
  const change = ranges.length === 0 ? ts.createTextChangeRange(ts.createTextSpan(0, old.text.length), text.length) : ts.collapseTextChangeRangesAcrossMultipleVersions(ranges);
  const next = ts.updateSourceFile(old, text, change);
  // Nodes the new tree took over from the old one no longer belong to it.
  forgetSourceFile(old);
  return next;
}
