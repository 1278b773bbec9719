// configs.standalone's parser for TypeScript files: an empty program spanning the text, with the
// comments ESLint reads its directives from (real comments only), at ESLint's lines and columns.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textParser } from '../../server/src/eslint/text-parser.js';

describe('the standalone text parser', () => {
  it('returns the comments holding eslint, with ESLint ranges and locations, and a program over the text', () => {
    const code = "const s = '// eslint-disable-line';\r\n/* eslint-disable no-x */\nlet x: number = 1; // eslint-disable-line tlslint/no-weak-cipher\n\u2028// unrelated\n";
    const { ast } = textParser.parseForESLint(code, { filePath: 'a.ts' });
    assert.deepEqual(
      ast.comments.map((c) => [c.type, c.value, code.slice(...c.range), c.loc]),
      [
        ['Block', ' eslint-disable no-x ', '/* eslint-disable no-x */', { start: { line: 2, column: 0 }, end: { line: 2, column: 25 } }],
        ['Line', ' eslint-disable-line tlslint/no-weak-cipher', '// eslint-disable-line tlslint/no-weak-cipher', { start: { line: 3, column: 19 }, end: { line: 3, column: 64 } }],
      ],
    );
    assert.deepEqual([ast.type, ast.body, ast.tokens, ast.range], ['Program', [], [], [0, code.length]]);
    assert.deepEqual(ast.loc, { start: { line: 1, column: 0 }, end: { line: 6, column: 0 } });
  });

  it('reads TSX by the name, and a text without eslint comments is not parsed for them', () => {
    const tsx = 'const a = <div>{/* eslint-disable-next-line tlslint/no-weak-cipher */}</div>;\n';
    assert.deepEqual(textParser.parseForESLint(tsx, { filePath: 'a.tsx' }).ast.comments.map((c) => c.loc.start), [{ line: 1, column: 16 }]);
    assert.deepEqual(textParser.parseForESLint('let x = 1;\n', { filePath: 'a.ts' }).ast.comments, []);
  });
});
