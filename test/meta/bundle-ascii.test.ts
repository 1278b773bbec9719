// The bundles are ASCII: V8 keeps a script's source in the heap of every thread that loads it, as
// one-byte text when it is all ASCII and as two-byte text otherwise. esbuild escapes non-ASCII
// characters in strings and regular expressions (charset 'ascii' in esbuild.mjs) but keeps the
// comments it preserves (JSDoc inside object literals, for instance) as written: one '…' in such a
// comment doubled the 15 MB of source the CLI's main thread and each worker hold, and the
// 100,000-file scan of test/security/scale.test.ts ran out of its 96 MB heap under load.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const BUNDLES = ['cli.js', 'cli-main.js', 'worker.js', 'server.js', 'eslint-plugin.js', 'extension.js', 'typescript.js'];

describe('bundles', () => {
  for (const name of BUNDLES) {
    it(`dist/${name} is ASCII only (one-byte source in V8)`, () => {
      const lines = readFileSync(path.join(ROOT, 'dist', name), 'utf8').split('\n');
      const offending = lines.map((text, i) => ({ line: i + 1, text })).filter((l) => /[^\x00-\x7f]/.test(l.text));
      assert.deepEqual(
        offending.slice(0, 5).map((l) => `${l.line}: ${l.text.trim().slice(0, 100)}`),
        [],
        `${offending.length} line(s) with non-ASCII characters, most likely in a comment esbuild keeps: write ASCII there ('...' for '…')`,
      );
    });
  }
});
