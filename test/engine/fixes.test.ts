// Applying fixes: edits are relative to the original text (as in LSP), applied in order of
// position whatever order they come in, and overlapping edits are refused.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import ts from 'typescript';
import type { Fix, TextEdit } from '../../rules/api.js';
import { analyzeText } from '../helpers/lint.js';
import { defaultConfig } from '../../server/src/engine/config/index.js';
import { applyFixesThatParse } from '../../server/src/engine/fix-checks.js';
import { applyEdits, selectNonOverlapping } from '../../server/src/engine/fixes.js';
import { enclosingStatement, isStatementLike } from '../../server/src/lang/js/fix-syntax.js';
import { fixText } from '../../server/src/linter/index.js';
import { mulberry32 } from '../fuzz/rng.js';

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', 'examples');

const edit = (start: number, end: number, text = ''): TextEdit => ({ start, end, text });
const fix = (title: string, ...edits: TextEdit[]): Fix => ({ title, kind: 'suggestion', edits });

describe('applyEdits', () => {
  test('no edits: the text itself', () => assert.equal(applyEdits('abc', []), 'abc'));
  test('offsets refer to the original text, in any order', () => {
    const text = '0123456789';
    const edits = [edit(8, 9, 'E'), edit(1, 3, 'X'), edit(5, 5, '+')];
    assert.equal(applyEdits(text, edits), '0X34+567E9');
    assert.equal(applyEdits(text, [...edits].reverse()), '0X34+567E9');
  });
  test('the input array is not reordered', () => {
    const edits = [edit(2, 3, 'b'), edit(0, 1, 'a')];
    applyEdits('xyz', edits);
    assert.deepEqual(edits.map((e) => e.start), [2, 0]);
  });
  test('an insertion goes before a deletion at the same offset', () => {
    assert.equal(applyEdits('abcdef', [edit(2, 4), edit(2, 2, '+')]), 'ab+ef');
    assert.equal(applyEdits('abcdef', [edit(2, 2, '+'), edit(2, 4)]), 'ab+ef');
  });
  test('insertions at the same offset keep their order', () => {
    assert.equal(applyEdits('ab', [edit(1, 1, 'x'), edit(1, 1, 'y')]), 'axyb');
  });
  test('edits that touch end to end are fine', () => {
    assert.equal(applyEdits('abcdef', [edit(1, 3, 'X'), edit(3, 5, 'Y')]), 'aXYf');
    assert.equal(applyEdits('abcdef', [edit(1, 3), edit(3, 3, '+')]), 'a+def');
  });
  test('at the very start and end', () => assert.equal(applyEdits('abc', [edit(0, 0, '<'), edit(3, 3, '>')]), '<abc>'));
  test('overlapping edits are refused', () => {
    assert.throws(() => applyEdits('abcdef', [edit(1, 4, 'X'), edit(3, 5, 'Y')]), /overlapping/);
    assert.throws(() => applyEdits('abcdef', [edit(1, 4), edit(2, 2, '+')]), /overlapping/, 'an insertion inside a deletion');
    assert.throws(() => applyEdits('abcdef', [edit(1, 3, 'X'), edit(1, 4, 'Y')]), /overlapping/, 'two replacements from one offset');
  });
  test('invalid ranges are refused', () => {
    assert.throws(() => applyEdits('abc', [edit(2, 1)]), /invalid/);
    assert.throws(() => applyEdits('abc', [edit(1, 4)]), /invalid/);
    assert.throws(() => applyEdits('abc', [edit(-1, 1)]), /overlapping or invalid/);
  });
});

describe('selectNonOverlapping', () => {
  test('keeps fixes in order, skipping any that touches text already taken', () => {
    const a = fix('a', edit(0, 2, 'A'));
    const b = fix('b', edit(1, 3, 'B'));
    const c = fix('c', edit(5, 6, 'C'));
    assert.deepEqual(selectNonOverlapping([a, b, c]).map((f) => f.title), ['a', 'c']);
    assert.deepEqual(selectNonOverlapping([b, a, c]).map((f) => f.title), ['b', 'c']);
  });
  test('one overlapping edit of a multi-edit fix skips the whole fix', () => {
    const a = fix('a', edit(4, 6, 'A'));
    const b = fix('b', edit(0, 1, 'B'), edit(5, 5, '+'));
    assert.deepEqual(selectNonOverlapping([a, b]).map((f) => f.title), ['a']);
  });
  test('two insertions at the same offset conflict (their order would be arbitrary)', () => {
    const a = fix('a', edit(3, 3, 'x'));
    const b = fix('b', edit(3, 3, 'y'));
    assert.deepEqual(selectNonOverlapping([a, b]).map((f) => f.title), ['a']);
  });
  test('fixes whose edits only meet wait for the next pass (found by fuzzing)', () => {
    // `, servername: 'h'` added right after a property another fix removes would follow nothing.
    const del = fix('del', edit(2, 5));
    const before = fix('before', edit(2, 2, '<'));
    const after = fix('after', edit(5, 5, '>'));
    const next = fix('next', edit(5, 6, 'N'));
    const apart = fix('apart', edit(6, 7, 'A'));
    assert.deepEqual(selectNonOverlapping([del, before, after, next, apart]).map((f) => f.title), ['del', 'apart']);
    assert.deepEqual(selectNonOverlapping([before, after]).map((f) => f.title), ['before', 'after']);
  });
  test('the same fix offered by two findings is taken once', () => {
    const shared = fix('safe settings', edit(1, 4, 'S'));
    assert.equal(selectNonOverlapping([shared, { ...shared }]).length, 1);
  });
  test('a fix whose own edits overlap is skipped', () => {
    const broken = fix('broken', edit(0, 3, 'X'), edit(2, 4, 'Y'));
    const ok = fix('ok', edit(6, 7, 'Z'));
    assert.deepEqual(selectNonOverlapping([broken, ok]).map((f) => f.title), ['ok']);
  });
  test('a fix without edits is not taken', () => {
    assert.deepEqual(selectNonOverlapping([fix('empty'), fix('real', edit(0, 1, 'x'))]).map((f) => f.title), ['real']);
  });
  test('the chosen fixes always apply together', () => {
    const fixes = [fix('a', edit(0, 1, 'A')), fix('b', edit(2, 3, 'B')), fix('c', edit(1, 1, '+')), fix('d', edit(0, 2, 'D')), fix('e', edit(4, 4, '!'))];
    const taken = selectNonOverlapping(fixes);
    assert.deepEqual(taken.map((f) => f.title), ['a', 'b', 'e']);
    assert.equal(applyEdits('wxyz', taken.flatMap((f) => f.edits)), 'AxBz!');
  });
});

describe('fixes in files with syntax errors (found by fuzzing)', () => {
  // The parser's recovery decides where an unterminated object ends; "Add servername" inserted
  // there landed outside the object, added syntax errors, and fix-all added it again every pass.
  const lint = (code: string) => analyzeText('broken.ts', code).findings.map((f) => `${f.ruleId}: ${f.fixes.map((x) => x.title).join('; ')}`);

  test('a statement holding a syntax error offers no fix', () => {
    assert.deepEqual(lint("import tls from 'node:tls'; tls.connect({ host: 'example.com', minVersion: 'TLSv1."), ['require-servername: ']);
    assert.deepEqual(lint("import tls from 'node:tls'; tls.connect({ host: 'e.com', checkServerIdentity: () => { throw new Eror('never trust>; } });"), ['require-servername: ']);
  });

  test('a project file that does not parse keeps only the fixes that add no error (found by fuzzing)', () => {
    // A truncated pm2 file: removing the NODE_OPTIONS pair, whose string never closes, added an error.
    const text = '{ "apps": [{ "name": "api", "script": "server.js", "node_args": "--tls-min-v1.0", "env_production": { "NODE_OPTIONS": "--tls-min-v1.1';
    const found = analyzeText('ecosystem.config.json', text).findings;
    assert.deepEqual(found.map((f) => f.fixes.map((x) => x.title)), [['Remove --tls-min-v1.0'], []]);
  });

  test('a command line in a template the file never closes is reported within the text (found by fuzzing)', () => {
    const text = "const cp = require('node:child_process');\ncp.exec(`node --tls-keylog=${";
    const found = analyzeText('x.js', text).findings;
    assert.equal(found.length, 1);
    assert.ok(found[0].end <= text.length, `${found[0].end} > ${text.length}`);
  });

  test('a statement that parses keeps its fixes while another one is broken', () => {
    assert.deepEqual(lint("import tls from 'node:tls';\nconst broken = [1, 2;\ntls.connect({ host: 'example.com', rejectUnauthorized: false });"), [
      "require-servername: Add servername: 'example.com'",
      'no-unverified-certificate: Remove rejectUnauthorized: false (verify certificates); Apply safe TLS settings to these options',
    ]);
  });

  test('a syntax error at the end of a truncated file, past the statement\'s line break, is the statement\'s', () => {
    assert.deepEqual(lint("import tls from 'node:tls'; tls.connect({\n  host: 'example.com',\n  checkServerIdentity(host, cert) {\n    const err \n"), ['require-servername: ', 'no-unverified-hostname: ']);
  });

  test('fix-all on a truncated call does not put an added option after a removed one', () => {
    const options = { config: { ...defaultConfig(), configFile: undefined, baseDir: '/' } };
    const text = "import * as tls from 'node:tls';\ntls.connect(443, 'h', { rejectUnauthorized: false ";
    const fixed = fixText('/broken.ts', text, options, 'all').fixedText;
    assert.ok(fixed === undefined || !fixed.includes('{ ,'), fixed);
  });

  test('fix-all reaches a fixpoint on an object with dozens of duplicate insecure keys (found by fuzzing)', () => {
    const options = { config: { ...defaultConfig(), configFile: undefined, baseDir: '/' } };
    const dupes = Array.from({ length: 40 }, () => "secureProtocol: 'SSLv3_method', ['agent']: false").join(', ');
    const text = `import tls from 'node:tls';\ntls.connect({ host: '10.0.0.1', ${dupes} });\n`;
    const once = fixText('/dupes.ts', text, options, 'all');
    assert.ok(once.fixedText && !once.fixedText.includes('SSLv3_method'), once.fixedText);
    assert.equal(fixText('/dupes.ts', once.fixedText, options, 'all').fixedText, undefined, 'a second fix-all changes nothing');
  });

  test('in a large broken file the re-parse checks stop at a budget: later fixes are dropped, never offered unchecked', () => {
    // Found by the editor benchmark: a keystroke that broke a 10,000-line file re-parsed it once per fix (40 s).
    const filler = `${'// filler line of a large module, long enough to make the file large\n'.repeat(10)}`;
    const blocks = Array.from({ length: 300 }, (_, i) => `tls.connect({ host: 'h${i}.example.com', port: 443 });\n${filler}`);
    const text = `import tls from 'node:tls';\n${blocks.join('')}const broken = [1, 2;\n`;
    assert.ok(text.length > 128 * 1024 && text.length < 256 * 1024, String(text.length));
    const findings = analyzeText('large.ts', text).findings.filter((f) => f.ruleId === 'require-servername');
    assert.equal(findings.length, 300);
    assert.deepEqual(findings.map((f) => f.fixes.length), [1, ...Array(299).fill(0)]);
    // The same file without the error keeps every fix, without any check.
    assert.ok(analyzeText('large.ts', text.replace('[1, 2;', '[1, 2];')).findings.every((f) => f.fixes.length === 1));
  });

  test('fixes checked one by one are checked together: a pass keeps those that add no error beside the others', () => {
    // Fix-all in an unclosed f''' (seed 20261211, input 109305): two removals, each leaving one error, left two.
    const errorsIn = (t: string) => (t.includes('a') || t.includes('b') ? 0 : 1);
    const fixes = [fix('a', edit(0, 1)), fix('b', edit(1, 2)), fix('c', edit(3, 4, 'C'))];
    assert.deepEqual(applyFixesThatParse('ab c', fixes, errorsIn), { text: 'b C', applied: 2 }, 'b would add an error beside a: left for the next pass');
    assert.deepEqual(applyFixesThatParse('ab c', [fixes[0], fixes[2]], errorsIn), { text: 'b C', applied: 2 }, 'together they add none: applied at once');
    assert.deepEqual(applyFixesThatParse('ab c', [fixes[1], fixes[0]], errorsIn), { text: 'a c', applied: 1 }, 'the first is kept: it was checked alone');
  });

  test('fix-all on a broken file changes nothing it cannot parse', () => {
    const text = "import tls from 'node:tls'; tls.connect({ host: 'example.com', minVersion: 'TLSv1.";
    const options = { config: { ...defaultConfig(), configFile: undefined, baseDir: '/' } };
    assert.equal(fixText('/broken.ts', text, options, 'all').fixedText, undefined);
  });
});

describe('enclosingStatement (where a fix in a file with syntax errors is checked)', () => {
  /** The plain walk it replaced: every child in order, the first that holds the range. */
  function reference(sf: ts.SourceFile, start: number, end: number): ts.Node | undefined {
    let found: ts.Node | undefined;
    let node: ts.Node = sf;
    for (;;) {
      let next: ts.Node | undefined;
      ts.forEachChild(node, (c) => {
        if (c.getStart(sf) <= start && end <= c.end) next = c;
        return next !== undefined;
      });
      if (!next) return found;
      if (isStatementLike(next)) found = next;
      node = next;
    }
  }

  test('finds what a walk over every child finds, for ranges all over the examples, whole and broken', () => {
    const rng = mulberry32(0x51a7);
    let checked = 0;
    let inside = 0;
    for (const file of readdirSync(EXAMPLES, { recursive: true }).map(String).filter((f) => /\.[cm]?[jt]s$/.test(f))) {
      const text = readFileSync(path.join(EXAMPLES, file), 'utf8');
      // Whole, and cut short in the middle (the parser's recovery makes odd trees).
      for (const t of [text, text.slice(0, Math.floor(text.length * 0.6))]) {
        const sf = ts.createSourceFile(file, t, ts.ScriptTarget.Latest, true);
        const offsets = [0, t.length, ...sf.statements.flatMap((s) => [s.pos, s.end, s.getStart(sf)])];
        for (let i = 0; i < 200; i++) offsets.push(Math.floor(rng() * (t.length + 1)));
        for (const a of offsets) {
          for (const width of [0, 1, 7, 40]) {
            const start = Math.min(a, t.length);
            const end = Math.min(start + width, t.length);
            const got = enclosingStatement(sf, start, end);
            assert.equal(got, reference(sf, start, end), `${file} [${start}, ${end})`);
            checked++;
            if (got) inside++;
          }
        }
      }
    }
    assert.ok(checked > 5000 && inside > checked / 3, `${checked} ranges, ${inside} inside a statement`);
  });
});
