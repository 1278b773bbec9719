// The benchmark's pure helpers (bench/*.mjs): how Bandit's and the Ruff driver's output says how
// many files each read (a wrong count would compare tools that did different work), the Ruff
// driver's file walk, and corpus.json's hand-written layout, which `bench/corpus.mjs --pin` rewrites.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/cli.js';

const load = (name: string) => import(pathToFileURL(path.join(ROOT, 'bench', name)).href);

describe('bench/python.mjs', () => {
  it('counts the files Bandit read: its metrics entries (not _totals), with those it could not parse', async () => {
    const { banditFiles } = await load('python.mjs');
    // Bandit 1.7.10 lists a file it could not parse both in errors and in metrics: counted once.
    const report = {
      errors: [{ filename: 'b/y.py', reason: 'syntax error while parsing AST from file' }],
      metrics: { _totals: { loc: 3 }, 'a/x.py': { loc: 1 }, 'b/y.py': { loc: 0 } },
      results: [],
    };
    assert.deepEqual(banditFiles(report), { files: 2, unparsed: 1 });
    // One only in errors still counts as read.
    assert.deepEqual(banditFiles({ ...report, errors: [{ filename: 'c/z.py', reason: 'x' }] }), { files: 3, unparsed: 1 });
    assert.deepEqual(banditFiles({}), { files: 0, unparsed: 0 });
  });

  it("reads the Ruff driver's last line, and fails on output without a file count", async () => {
    const { ruffOutput } = await load('python.mjs');
    assert.deepEqual(ruffOutput('warning: x\n{"version":"0.17.4","files":12,"diagnostics":3,"syntaxErrors":1}\n'), { version: '0.17.4', files: 12, diagnostics: 3, syntaxErrors: 1 });
    assert.throws(() => ruffOutput(''), /printed no result/);
    assert.throws(() => ruffOutput('{"version":"0.17.4"}'), /no file count/);
  });
});

describe('bench/ruff.mjs', () => {
  it('walks every .py file, sorted, outside the folders Ruff excludes by default', async () => {
    const { pythonFiles } = await load('ruff.mjs');
    const dir = mkdtempSync(path.join(tmpdir(), 'tlslint-bench-'));
    for (const f of ['b.py', 'a/z.py', 'a/stub.pyi', 'a/readme.txt', 'venv/lib.py', '.git/hook.py', 'site-packages/m.py', 'Lib/venv2/ok.py']) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), '');
    }
    assert.deepEqual(
      pythonFiles(dir).map((f: string) => path.relative(dir, f)),
      ['Lib/venv2/ok.py', 'a/z.py', 'b.py'],
    );
  });
});

describe('bench/corpus.mjs formatSpec', () => {
  it('writes bench/corpus.json back exactly as it is (one package a line)', async () => {
    const { formatSpec } = await load('corpus.mjs');
    const text = readFileSync(path.join(ROOT, 'bench', 'corpus.json'), 'utf8');
    assert.equal(`${formatSpec(JSON.parse(text))}\n`, text);
  });

  it('puts a short object of a list on one line and a long one over several', async () => {
    const { formatSpec } = await load('corpus.mjs');
    const long = 'x'.repeat(240);
    assert.equal(formatSpec({ a: [{ n: 1, o: { p: [2] } }, { n: long }], e: [] }), `{\n  "a": [\n    { "n": 1, "o": { "p": [2] } },\n    {\n      "n": "${long}"\n    }\n  ],\n  "e": []\n}`);
  });
});
