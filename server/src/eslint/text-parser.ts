// The parser of `configs.standalone`, for projects whose ESLint has no TypeScript parser: tlslint's
// rules read the text, not the tree, so a TypeScript file only needs to get through ESLint's
// parsing step. The program it returns is empty but for its comments, which ESLint reads its
// `eslint-disable` directives from. Any other rule sees nothing in such a file, which is why
// `configs.recommended` never sets a parser: with typescript-eslint, its parser is the one to use.
import type { Position } from '../engine/types.js';
import { VERSION } from '../engine/version.js';
import { commentsHolding } from '../linter/index.js';

/** ESLint's line breaks (and TypeScript's): \r\n, \r, \n, U+2028, U+2029. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/** ESLint counts lines from 1 and columns from 0; the engine both from 0. */
const loc = (p: Position) => ({ line: p.line + 1, column: p.character });

export const textParser = {
  meta: { name: 'tlslint/text-parser', version: VERSION },
  /** `filePath` is what ESLint passes; TypeScript's dialect (.ts, .tsx) follows from it. */
  parseForESLint(code: string, options: { filePath?: string } = {}) {
    const comments = commentsHolding(options.filePath ?? 'file.ts', code, 'eslint').map((c) => ({
      type: c.block ? 'Block' : 'Line',
      value: c.body,
      range: [c.start, c.end] as [number, number],
      loc: { start: loc(c.range.start), end: loc(c.range.end) },
    }));
    const lines = code.split(LINE_BREAK);
    return {
      ast: {
        type: 'Program',
        sourceType: 'module',
        body: [],
        range: [0, code.length] as [number, number],
        loc: { start: { line: 1, column: 0 }, end: { line: lines.length, column: lines[lines.length - 1].length } },
        tokens: [],
        comments,
      },
      visitorKeys: { Program: [] },
    };
  },
};
