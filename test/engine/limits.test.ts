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

  // Found by the fuzzer: each took from 2 s to 2 minutes (quadratic walks) or overflowed the stack.
  // The bound is loose on purpose: the regressions were 20–200 times over it.
  for (const [name, code] of [
    ['a 100,000-term comma expression (scope lookups walked every ancestor)', `import tls from 'tls';\nx = (${'a, '.repeat(100_000)}b);\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });`],
    ['a 100,000-step member chain (paths were built with unshift)', `import tls from 'tls';\nx = a${'.b'.repeat(100_000)};\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });`],
    ['a 60,000-step ?? chain (every message snippet read the whole node)', `import tls from 'tls';\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: a ${'?? a '.repeat(60_000)}?? false });`],
    ['40,000 chained aliases (alias groups were merged without path compression)', `import tls from 'tls';\nconst v0 = { host: '10.0.0.1', rejectUnauthorized: false };\n${Array.from({ length: 40_000 }, (_, i) => `const v${i + 1} = v${i};`).join('\n')}\ntls.connect(v40000);`],
  ] as const) {
    it(`analyses ${name} in linear time`, () => {
      const started = Date.now();
      const r = analyzeText('long.ts', code);
      assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
      assert.deepEqual(r.notes.filter((n) => n.kind === 'rule-error'), []);
      assert.ok(r.findings.some((f) => f.ruleId === 'no-unverified-certificate'));
    });
  }

  it('analyses 100,000 chained calls f()()() without a stack overflow in module resolution', () => {
    const r = analyzeText('calls.ts', `import tls from 'tls';\nx = f${'()'.repeat(100_000)};\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });`);
    assert.deepEqual(r.notes, []);
    assert.deepEqual(r.findings.map((f) => f.ruleId), ['no-unverified-certificate']);
  });

  it('walks 2,500 nested type assertions and a 5,000-operand | chain without a stack overflow in the rules', () => {
    // Found by the fuzzer: the parser takes trees deeper than a recursive visitor survives
    // (no-weak-cipher's scan for --tls-cipher-list, bit-flag operands, key-logging taint, opt-in tests).
    const deep = '<any>'.repeat(2500);
    const code = [
      "import tls from 'tls';",
      "import crypto from 'crypto';",
      "import fs from 'fs';",
      'const s = tls.connect(443);',
      `s.on('keylog', (line) => { if (${deep}x) fs.appendFileSync('k', ${deep}line); });`,
      `process.env.NODE_OPTIONS = ${deep}'--tls-cipher-list=RC4-SHA';`,
      `tls.connect({ host: 'h', secureOptions: ${'1 | '.repeat(5000)}crypto.constants.SSL_OP_LEGACY_SERVER_CONNECT });`,
    ].join('\n');
    const r = analyzeText('deep.ts', code);
    assert.deepEqual(r.notes, []);
    assert.deepEqual([...new Set(r.findings.map((f) => f.ruleId))].sort(), ['no-tls-key-logging', 'no-unsafe-secure-options', 'no-weak-cipher', 'require-servername']);
  });
});
