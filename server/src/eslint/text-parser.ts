// The parser of `configs.standalone`, for projects whose ESLint has no TypeScript parser: tlslint's
// rules read the text, not the tree, so a TypeScript file only needs to get through ESLint's
// parsing step. The program it returns is empty but for its comments, which ESLint reads its
// `eslint-disable` directives from. Any other rule sees nothing in such a file, which is why
// `configs.recommended` never sets a parser: with typescript-eslint, its parser is the one to use.
import { commentsHolding } from '../linter/index.js';
import { VERSION } from '../engine/version.js';

interface Position {
  line: number;
  column: number;
}

/** ESLint's line breaks (and TypeScript's): \r\n, \r, \n, U+2028, U+2029. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

function locator(text: string): (offset: number) => Position {
  const starts = [0];
  for (const m of text.matchAll(LINE_BREAK)) starts.push(m.index + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] };
  };
}

export const textParser = {
  meta: { name: 'tlslint/text-parser', version: VERSION },
  /** `filePath` is what ESLint passes; TypeScript's dialect (.ts, .tsx) follows from it. */
  parseForESLint(code: string, options: { filePath?: string } = {}) {
    const at = locator(code);
    const comments = commentsHolding(options.filePath ?? 'file.ts', code, 'eslint').map((c) => ({
      type: c.block ? 'Block' : 'Line',
      value: c.body,
      range: [c.start, c.end] as [number, number],
      loc: { start: at(c.start), end: at(c.end) },
    }));
    return {
      ast: {
        type: 'Program',
        sourceType: 'module',
        body: [],
        range: [0, code.length] as [number, number],
        loc: { start: { line: 1, column: 0 }, end: at(code.length) },
        tokens: [],
        comments,
      },
      visitorKeys: { Program: [] },
    };
  },
};
