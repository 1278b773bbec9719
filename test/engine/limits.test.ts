// Pathological input becomes a note, never an exception.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../server/src/engine/analyze.js';
import { MAX_NESTING_DEPTH, nestingDepth } from '../../server/src/engine/limits.js';

describe('input limits', () => {
  it('measures bracket nesting, ignoring brackets in strings and comments', () => {
    assert.equal(nestingDepth('f(a[1], { b: (2) })'), 3);
    assert.equal(nestingDepth("x = '((((' + \"[[[[\" // ((((\n/* {{{{ */ y"), 0);
    assert.equal(nestingDepth('('.repeat(600), 500), 501, 'stops counting just past the limit');
  });

  for (const [name, code] of [
    ['100,000 nested parentheses', `const x = ${'('.repeat(100_000)}1${')'.repeat(100_000)};`],
    ['100,000 nested calls', `${'f('.repeat(100_000)}${')'.repeat(100_000)};`],
    ['100,000 nested arrays', `x = ${'['.repeat(100_000)}${']'.repeat(100_000)};`],
  ] as const) {
    it(`skips ${name} with a note`, () => {
      const r = analyzeText('deep.ts', code);
      assert.deepEqual(r.findings, []);
      assert.equal(r.notes.length, 1);
      assert.equal(r.notes[0].kind, 'skipped');
      assert.match(r.notes[0].message, new RegExp(`more than ${MAX_NESTING_DEPTH} levels`));
    });
  }

  it('turns a parser stack overflow (3,000 chained conditionals) into a note', () => {
    const r = analyzeText('chain.ts', `x = ${'a ? b : '.repeat(3000)}c;`);
    assert.equal(r.notes[0]?.kind, 'skipped');
    assert.match(r.notes[0].message, /parser could not read this file/);
  });

  it('still analyses long flat expressions (100,000 terms)', () => {
    const r = analyzeText('flat.ts', `import tls from 'tls';\nx = 1${' + 1'.repeat(100_000)};\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });`);
    assert.deepEqual(r.notes, []);
    assert.deepEqual(r.findings.map((f) => f.ruleId), ['no-unverified-certificate']);
  });
});
