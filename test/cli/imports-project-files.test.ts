// importsProjectFiles (linter/index.ts): whether a file the pre-filter skips holds a specifier
// opening of the project's own modules, and is worth an importer pass. It finds each quote and
// reads the bytes after it; these cases hold it to the twelve openings it looks for, in a text
// and in bytes alike.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importsProjectFiles } from '../../server/src/linter/index.js';

describe('importsProjectFiles', () => {
  const cases: [string, boolean][] = [
    ["import { a } from './a';", true],
    ['const a = require("../lib/a");', true],
    ['const a = await import(`./a.js`);', true],
    ['const a = await import(`../a.js`);', true],
    ["import a from '@/a';", true],
    ['import a from "~/a";', true],
    ["import a from '#config';", true],
    ['import a from "#config";', true],
    // A backtick opens no alias (the twelve openings do not say `@/`, `~/` or `#` after one).
    ['const a = `#config`;', false],
    ['const a = `@/a`;', false],
    // Not an opening: a bare package, a dot not followed by a slash, a slash alone.
    ["import a from 'lodash';", false],
    ["const s = '.';", false],
    ["const s = '..';", false],
    ["const s = '.x';", false],
    ["const s = '@a/b';", false],
    ["const s = '~a';", false],
    ["const s = '/abs';", false],
    ['', false],
    ["'", false],
    // At the very end of the text, the bytes after the quote are all needed.
    ["x = './", true],
    ["x = '../", true],
    ["x = '..", false],
    ["x = '@", false],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)}: ${expected}`, () => {
      assert.equal(importsProjectFiles(text), expected);
      assert.equal(importsProjectFiles(Buffer.from(text)), expected);
    });
  }

  it("asks for tsconfig `paths` aliases only when no opening says it, and finds them in bytes and text", () => {
    let asked = 0;
    const aliases = () => {
      asked++;
      return ["'@net/"];
    };
    assert.equal(importsProjectFiles("import a from './a';", aliases), true);
    assert.equal(asked, 0);
    assert.equal(importsProjectFiles("import a from '@net/a';", aliases), true);
    assert.equal(importsProjectFiles(Buffer.from("import a from '@net/a';"), aliases), true);
    assert.equal(importsProjectFiles("import a from '@web/a';", aliases), false);
    assert.equal(asked, 3);
  });
});
