// Pathological input becomes a note, never an exception: deep nesting, long chains, files too
// large, minified, binary, not UTF-8, deleted or changed while read.
// test-unit: own process (its linear-time guards read the whole process's CPU time)
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { analyzeText } from '../helpers/lint.js';
import { defaultConfig, type ResolvedConfig } from '../../server/src/engine/config/index.js';
import { changedWhileRead, DEFAULT_MAX_FILE_SIZE, guardText, minifiedReason, writeIfUnchanged } from '../../server/src/engine/file-guards.js';
import { MAX_NESTING_DEPTH, nestingDepth } from '../../server/src/lang/js/nesting.js';
import { lintBuffer, lintFile, lintText } from '../../server/src/linter/index.js';
import { discoverFiles } from '../../server/src/runner/discover.js';

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
  // The bound is loose on purpose: the regressions were 20–200 times over it. It is on this
  // process's CPU time, not the clock: on a machine busy with other tests (npm test runs the
  // editors beside this layer) the clock ran 10 times slower than alone, the CPU time did not.
  for (const [name, code] of [
    ['a 100,000-term comma expression (scope lookups walked every ancestor)', `import tls from 'tls';\nx = (${'a, '.repeat(100_000)}b);\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });`],
    ['a 100,000-step member chain (paths were built with unshift)', `import tls from 'tls';\nx = a${'.b'.repeat(100_000)};\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });`],
    ['a 60,000-step ?? chain (every message snippet read the whole node)', `import tls from 'tls';\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: a ${'?? a '.repeat(60_000)}?? false });`],
    ['40,000 chained aliases (alias groups were merged without path compression)', `import tls from 'tls';\nconst v0 = { host: '10.0.0.1', rejectUnauthorized: false };\n${Array.from({ length: 40_000 }, (_, i) => `const v${i + 1} = v${i};`).join('\n')}\ntls.connect(v40000);`],
  ] as const) {
    it(`analyses ${name} in linear time`, () => {
      const started = process.cpuUsage();
      const r = analyzeText('long.ts', code);
      const used = process.cpuUsage(started);
      const ms = (used.user + used.system) / 1000;
      assert.ok(ms < 10_000, `took ${ms.toFixed(0)} ms of CPU`);
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

describe('file limits', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tlslint-limits-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const config = (extra: Partial<ResolvedConfig> = {}): ResolvedConfig => ({ ...defaultConfig(), configFile: undefined, baseDir: dir, ...extra });
  const INSECURE = "import tls from 'tls';\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n";
  const write = (name: string, data: string | Buffer) => {
    const file = path.join(dir, name);
    writeFileSync(file, data);
    return file;
  };
  const skippedNote = (r: { findings: unknown[]; notes: { kind: string; message: string }[] }, pattern: RegExp) => {
    assert.deepEqual(r.findings, []);
    assert.equal(r.notes.length, 1);
    assert.equal(r.notes[0].kind, 'skipped');
    assert.match(r.notes[0].message, pattern);
  };

  it('skips files over 2 MB by default, with a note naming the limit', () => {
    assert.equal(DEFAULT_MAX_FILE_SIZE, 2 * 1024 * 1024);
    const line = `// ${'x'.repeat(76)}\n`;
    const big = write('big.js', INSECURE + line.repeat(DEFAULT_MAX_FILE_SIZE / line.length + 1));
    skippedNote(lintFile(big, { config: config() }), /over the 2097152-byte limit/);
    const fits = write('fits.js', INSECURE + line.repeat((DEFAULT_MAX_FILE_SIZE - INSECURE.length) / line.length - 1));
    assert.deepEqual(lintFile(fits, { config: config() }).findings.map((f) => f.ruleId), ['no-unverified-certificate']);
  });

  it('takes the size limit from maxFileSize, on disk, in memory and in the editor', () => {
    const file = write('small.js', INSECURE + '// padding\n'.repeat(100));
    const limited = { config: config({ maxFileSize: 1000 }) };
    skippedNote(lintFile(file, limited), /over the 1000-byte limit/);
    const text = readFileSync(file, 'utf8');
    skippedNote(lintText(file, text, limited), /over the 1000-byte limit for one file \(maxFileSize/);
    skippedNote(lintBuffer(file, text, limited).result, /over the 1000-byte limit/);
    // Counted in UTF-8 bytes, not characters: 400 'é' are 800 bytes.
    assert.ok(guardText('x.js', 'é'.repeat(400), { maxFileSize: 799 }));
    assert.equal(guardText('x.js', 'é'.repeat(400), { maxFileSize: 800 }), undefined);
  });

  it('skips minified bundles (long lines, or .min.js) unless skipMinified is false', () => {
    const line = `${INSECURE.replace(/\n/g, ';')}${'var a=1;'.repeat(3000)}`;
    const file = write('bundle.js', line);
    skippedNote(lintFile(file, { config: config() }), /looks minified \(one line averaging \d+ characters\)/);
    assert.deepEqual(lintFile(file, { config: config({ skipMinified: false }) }).findings.map((f) => f.ruleId), ['no-unverified-certificate']);
    skippedNote(lintFile(write('vendor.min.js', INSECURE + '// x\n'.repeat(300)), { config: config() }), /minified bundle \(\.min\.js\)/);
    // Ordinary code, even with a long PEM or data line, is not minified.
    const pem = `const ca = '${'A'.repeat(4000)}';\n`;
    assert.equal(minifiedReason('app.js', pem + INSECURE.repeat(400)), undefined);
    assert.equal(minifiedReason('app.js', 'x'.repeat(10_000)), undefined, 'small files are never minified');
  });

  it('skips binary files and invalid UTF-8 with a note', () => {
    skippedNote(lintFile(write('nul.js', Buffer.from('const a = 1;\0\0\0')), { config: config() }), /binary file/);
    skippedNote(lintFile(write('latin1.js', Buffer.from([0x63, 0x6f, 0x6e, 0x73, 0x74, 0x20, 0xe9, 0x3d, 0x31])), { config: config() }), /not valid UTF-8/);
  });

  it('skips a file deleted between discovery and analysis', async () => {
    const sub = mkdtempSync(path.join(dir, 'scan-'));
    writeFileSync(path.join(sub, 'a.js'), INSECURE);
    writeFileSync(path.join(sub, 'b.js'), INSECURE);
    const results = [];
    for await (const file of discoverFiles([sub], { cwd: sub })) {
      if (file.endsWith('a.js')) unlinkSync(path.join(sub, 'b.js'));
      results.push(lintFile(file, { config: config() }));
    }
    assert.deepEqual(results.map((r) => r.findings.length), [1, 0]);
    skippedNote(results[1], /could not read the file \(ENOENT\)/);
  });

  it('tells a file changed while read, and never writes fixes over a change made since the read', () => {
    const st = { size: 10, mtimeMs: 1, ino: 7 };
    assert.equal(changedWhileRead(st, { ...st }, 10), false);
    assert.equal(changedWhileRead(st, { ...st, size: 11 }, 10), true);
    assert.equal(changedWhileRead(st, { ...st, mtimeMs: 2 }, 10), true);
    assert.equal(changedWhileRead(st, { ...st, ino: 8 }, 10), true, 'replaced by a new file');
    assert.equal(changedWhileRead(st, st, 9), true, 'fewer bytes read than the file holds');
    const file = write('fix-me.js', '\ufeffold');
    assert.equal(writeIfUnchanged(file, 'old', 'new'), true);
    assert.equal(readFileSync(file, 'utf8'), '\ufeffnew', 'the byte order mark is kept');
    writeFileSync(file, 'edited by someone else');
    assert.equal(writeIfUnchanged(file, 'new', 'newer'), false);
    assert.equal(readFileSync(file, 'utf8'), 'edited by someone else');
    unlinkSync(file);
    assert.equal(writeIfUnchanged(file, 'edited by someone else', 'x'), false, 'a deleted file is not created again');
  });
});
