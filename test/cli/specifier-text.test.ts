// The importer passes' byte checks of a text (runner/specifier-text.ts): which quoted bare
// specifiers a text ends with a name (an alias of a barrel), and the files an alias may name.
// specifierEnds reads a text once; these tables hold it to the search from each name back to its
// quote that it replaced (every quote closes a literal opened by the same quote on its line).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AliasTargets, aliasNames, specifierEnds, specifierEndsWith } from '../../server/src/runner/specifier-text.js';

const endsWith = (text: string, name: string) => specifierEndsWith(specifierEnds(text), name);

describe('specifierEndsWith', () => {
  const cases: [string, string, boolean][] = [
    ["import { x } from '@acme/http';", 'http', true],
    ["import { x } from '@acme/http';", '@acme/http', true],
    ["import { x } from 'http';", 'http', true],
    ['const h = require("@acme/http");', 'http', true],
    ['const h = require(`@acme/http`);', 'http', true],
    // A relative specifier is no alias.
    ["import { x } from './http';", 'http', false],
    ["import { x } from '../lib/http';", 'http', false],
    // A longer name ending with it, or a name not at the literal's end.
    ["import { x } from '@acme/xhttp';", 'http', false],
    ["import { x } from '@acme/http/client';", 'http', false],
    ["import { x } from '@acme/http-client';", 'http', false],
    // The opening quote must be on the same line, and the same quote.
    ["const a = 'x\nhttp';", 'http', false],
    ["const a = \"x\nhttp';", 'http', false],
    ["const a = \"x/http';", 'http', false],
    // Every quote closes a literal: between two literals, the text between them is one too.
    ["f('a', 'b') + x/http'", 'http', true],
    ["f('a', 'b') + x.http'", 'http', false],
    ["f('a') + x/http'", 'http', true],
    ["f(\"a\", '@acme/http')", 'http', true],
    ['// see `@acme/http` in the docs', 'http', true],
    ['http', 'http', false],
    ["http'", 'http', false],
    ["'http'", 'http', true],
    // Names with a quote or a line break, or empty, end no literal.
    ["import x from '';", '', false],
    ["import x from 'a\"b';", 'a"b', false],
  ];
  for (const [text, name, expected] of cases) {
    it(`${JSON.stringify(text)} ${expected ? 'ends' : 'does not end'} with ${JSON.stringify(name)}`, () => {
      assert.equal(endsWith(text, name), expected);
    });
  }
});

describe('aliasNames', () => {
  it('names a file by its stem and its directory, an index by its directory (and its package above src/ or lib/)', () => {
    assert.deepEqual(aliasNames('/p/config/tls.ts'), ['tls', 'config/tls']);
    assert.deepEqual(aliasNames('/p/config/index.ts'), ['config']);
    assert.deepEqual(aliasNames('/p/packages/http/src/index.ts'), ['src', 'http']);
    // Asked again: the same answer.
    assert.deepEqual(aliasNames('/p/config/tls.ts'), ['tls', 'config/tls']);
  });
});

describe('AliasTargets', () => {
  it('finds the targets an alias names, by its name, after a sigil, or after a slash, in each set asked about', () => {
    const aliases = new AliasTargets();
    const targets = new Set(['/p/config/tls.ts', '/p/packages/http/src/index.ts']);
    assert.deepEqual(aliases.of('@acme/http', targets), ['/p/packages/http/src/index.ts']);
    assert.deepEqual(aliases.of('@config/tls', targets), ['/p/config/tls.ts']);
    assert.deepEqual(aliases.of('#tls', targets), ['/p/config/tls.ts']);
    assert.deepEqual(aliases.of('tls', targets), ['/p/config/tls.ts']);
    assert.deepEqual(aliases.of('lodash', targets), []);
    // Another set: only its own files, the ones added since included.
    const other = new Set(['/p/config/tls.ts', '/p/lib/tls.js']);
    assert.deepEqual(aliases.of('~tls', other), ['/p/config/tls.ts', '/p/lib/tls.js']);
    assert.deepEqual(aliases.of('@acme/http', other), []);
  });
});
