// The Python frontend on hostile input: truncations and byte mutations of realistic files, deep
// nesting, long lines and odd encodings. Nothing throws, no rule fails, every file takes well under
// a few seconds even on a shared, loaded machine, and every fix offered leaves a text that parses
// no worse than before.
// test-unit: own process (about 5 s of CPU: a hundred parses with their fixes re-parsed)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { applyEdits } from '../../server/src/engine/fixes.js';
import { lintText, parseForEdits, ready, releaseDocument } from '../../server/src/linter/index.js';
import { mulberry32 } from '../fuzz/rng.js';

const DIR = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'python-eval');

function errors(text: string): number {
  const doc = parseForEdits('x.py', text)!;
  try {
    return doc.syntaxProblems.length;
  } finally {
    releaseDocument(doc);
  }
}

function check(text: string, label: string): void {
  const t0 = performance.now();
  const r = lintText('x.py', text);
  const ms = performance.now() - t0;
  assert.deepEqual(r.notes.filter((n) => n.kind === 'rule-error'), [], `${label}: a rule failed`);
  // Generous: the machine is shared; the bench measures speed, this only catches a runaway.
  assert.ok(ms < 5000, `${label}: ${ms.toFixed(0)} ms`);
  const before = errors(text);
  for (const f of r.findings) for (const fix of f.fixes) assert.ok(errors(applyEdits(text, fix.edits)) <= before, `${label}: fix "${fix.title}" broke the syntax`);
}

describe('Python frontend robustness', () => {
  before(() => ready());
  const files = readdirSync(DIR).filter((f) => f.endsWith('.py')).map((f) => readFileSync(path.join(DIR, f), 'utf8'));

  it('survives truncations and byte mutations of realistic files', () => {
    const rng = mulberry32(20261206);
    let n = 0;
    for (const text of files) {
      for (let k = 0; k < 4; k++) {
        const at = Math.floor(rng() * text.length);
        const mutated = k % 3 === 0 ? text.slice(0, at) : k % 3 === 1 ? text.slice(0, at) + text.slice(at + 1 + Math.floor(rng() * 8)) : text.slice(0, at) + '([{"\'\\:'[Math.floor(rng() * 7)] + text.slice(at);
        check(mutated, `mutation ${n++}`);
      }
    }
    assert.ok(n >= 100);
  });

  it('survives deep nesting, long lines and unusual text', () => {
    check(`x = ${'('.repeat(5000)}1${')'.repeat(5000)}\n`, 'deep parentheses');
    check(`x = ${'['.repeat(20000)}\n`, 'unclosed brackets');
    check(`import requests\nrequests.get(u, verify=False)${' + 1'.repeat(20000)}\n`, 'a long line');
    check('def f():\n' + '    if x:\n'.repeat(1).replace(/^/, '') + Array.from({ length: 100 }, (_, i) => `${'    '.repeat(i + 1)}if x${i}:\n`).join('') + `${'    '.repeat(102)}requests.get(u, verify=False)\n`, 'deep blocks');
    check('\uFEFFimport ssl\r\nctx = ssl._create_unverified_context()\r\n\u0000\u2028x = "😀" * 3\n', 'BOM, CRLF, NUL, separators');
    check('a = b = c = d = e\n'.repeat(1000), 'many chained assignments');
    check(Array.from({ length: 400 }, (_, i) => `v${i} = v${i + 1}`).join('\n') + '\nimport requests\nrequests.get(u, verify=v0)\n', 'a long chain of names');
  });

  it('in a large broken file the re-parse checks stop at a budget: later fixes are dropped, never offered unchecked', () => {
    // Found by the Python editor benchmark: a keystroke that broke a 10,000-line file re-parsed it once per fix (27 s per edit).
    const filler = '# filler line of a large module, long enough to make the file large\n'.repeat(10);
    const blocks = Array.from({ length: 300 }, (_, i) => `requests.get("https://h${i}.example.com", verify=False)\n${filler}`);
    const text = `import requests\n${blocks.join('')}broken = [1, 2\n`;
    assert.ok(text.length > 128 * 1024 && text.length < 256 * 1024, String(text.length));
    const findings = lintText('large.py', text).findings.filter((f) => f.ruleId === 'no-unverified-certificate');
    assert.equal(findings.length, 300);
    const offered = findings.map((f) => f.fixes.length);
    // The first finding's fixes are checked (one full re-parse each, within the budget), the rest dropped.
    assert.ok(offered[0] > 0, 'the first finding keeps its checked fixes');
    assert.deepEqual(offered.slice(1).filter((n) => n > 0), [], 'the fixes past the budget are dropped');
    // The same file without the error keeps every fix, without any check.
    assert.ok(lintText('large.py', text.replace('[1, 2\n', '[1, 2]\n')).findings.every((f) => f.fixes.length > 0));
  });
});
