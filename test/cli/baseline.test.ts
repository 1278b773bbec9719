// --write-baseline, --baseline, --report-unused-baseline, --prune-baseline: only new findings are
// reported, matched by the fingerprints SARIF carries, whatever the format, with the exit code of
// what is shown.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { findingKeys, run, tree, type JsonFile } from '../helpers/cli.js';

const A = "const https = require('https');\n\nconst agent = new https.Agent({ rejectUnauthorized: false });\nmodule.exports = { agent };\n";
const B = "const tls = require('tls');\n\nexports.open = () => tls.connect({ host: 'db.internal', servername: 'db.internal', minVersion: 'TLSv1' });\n";
/** One new line with exactly one finding (a legacy protocol). */
const NEW_LINE = "exports.legacy = () => tls.connect({ host: 'x.example', servername: 'x.example', maxVersion: 'TLSv1.1' });\n";

const json = (stdout: string) => JSON.parse(stdout) as JsonFile[];

describe('--write-baseline then --baseline', () => {
  it('an unchanged tree reports nothing (exit 0); one new insecure line and a shifted file give exactly one finding (exit 1)', async () => {
    const dir = tree({ 'src/a.js': A, 'src/b.js': B });
    const wrote = await run(['--write-baseline', 'tlslint-baseline.json', '--format', 'json', 'src'], dir);
    assert.equal(wrote.code, 0, wrote.stderr);
    assert.deepEqual(findingKeys(wrote.stdout), []);
    assert.match(wrote.stderr, /recorded 2 findings in .*tlslint-baseline\.json/);
    const recorded = JSON.parse(readFileSync(path.join(dir, 'tlslint-baseline.json'), 'utf8'));
    assert.equal(recorded.tlslintBaseline, 1);
    assert.deepEqual(recorded.findings.map((e: { path: string; ruleId: string; line: number }) => `${e.path}:${e.line}:${e.ruleId}`), ['src/a.js:3:no-unverified-certificate', 'src/b.js:3:no-legacy-tls-version']);

    const unchanged = await run(['--baseline', 'tlslint-baseline.json', '--format', 'json', 'src'], dir);
    assert.equal(unchanged.code, 0, unchanged.stderr);
    assert.deepEqual(findingKeys(unchanged.stdout), []);

    writeFileSync(path.join(dir, 'src/b.js'), B + NEW_LINE);
    writeFileSync(path.join(dir, 'src/a.js'), `// Agents shared by the HTTP clients.\n'use strict';\n\n${A}`);
    const after = await run(['--baseline', 'tlslint-baseline.json', '--format', 'json', 'src'], dir);
    assert.equal(after.code, 1, after.stderr);
    assert.deepEqual(findingKeys(after.stdout), ['src/b.js:4:no-legacy-tls-version']);
    // Without the baseline all three are there: the baseline hid the two old ones, at their new lines too.
    assert.deepEqual(findingKeys((await run(['--format', 'json', 'src'], dir)).stdout), ['src/a.js:6:no-unverified-certificate', 'src/b.js:3:no-legacy-tls-version', 'src/b.js:4:no-legacy-tls-version']);
  });

  it('works the same in text, SARIF and json-with-metadata, with the exit code of what is shown', async () => {
    const dir = tree({ 'a.js': A });
    await run(['--write-baseline', 'base.json', 'a.js'], dir);
    const text = await run(['--baseline', 'base.json', 'a.js'], dir);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /No problems found/);
    const sarif = await run(['--baseline', 'base.json', '--format', 'sarif', 'a.js'], dir);
    assert.equal(sarif.code, 0);
    assert.deepEqual(JSON.parse(sarif.stdout).runs[0].results, []);
    const meta = await run(['--baseline', 'base.json', '--format', 'json-with-metadata', 'a.js'], dir);
    assert.deepEqual([meta.code, JSON.parse(meta.stdout).metadata.errorCount], [0, 0]);
    writeFileSync(path.join(dir, 'a.js'), `${A}const again = new https.Agent({ rejectUnauthorized: false, keepAlive: true });\n`);
    const sarif2 = await run(['--baseline', 'base.json', '--format', 'sarif', 'a.js'], dir);
    assert.equal(sarif2.code, 1);
    const results = JSON.parse(sarif2.stdout).runs[0].results;
    assert.deepEqual(results.map((r: { locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) => r.locations[0].physicalLocation.region.startLine), [5]);
    const text2 = await run(['--baseline', 'base.json', 'a.js'], dir);
    assert.equal(text2.code, 1);
    assert.match(text2.stdout, /5:\d+\s+error/);
    const meta2 = await run(['--baseline', 'base.json', '--format', 'json-with-metadata', 'a.js'], dir);
    assert.deepEqual([meta2.code, JSON.parse(meta2.stdout).metadata.errorCount, JSON.parse(meta2.stdout).results[0].findings.map((f: { line: number }) => f.line)], [1, 1, [5]]);
    assert.doesNotMatch(text2.stdout, /\b3:\d+\s+error/);
  });

  it('moving a flagged line keeps it matched; editing it makes it new', async () => {
    const dir = tree({ 'a.js': "const https = require('https');\nconst x = 1;\nconst agent = new https.Agent({ rejectUnauthorized: false });\n" });
    await run(['--write-baseline', 'base.json', 'a.js'], dir);
    writeFileSync(path.join(dir, 'a.js'), "const https = require('https');\nconst agent = new https.Agent({ rejectUnauthorized: false });\nconst x = 1;\n");
    assert.deepEqual(findingKeys((await run(['--baseline', 'base.json', '--format', 'json', 'a.js'], dir)).stdout), []);
    writeFileSync(path.join(dir, 'a.js'), "const https = require('https');\nconst agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });\n");
    assert.deepEqual(findingKeys((await run(['--baseline', 'base.json', '--format', 'json', 'a.js'], dir)).stdout), ['a.js:2:no-unverified-certificate']);
  });

  it('identical flagged lines are told apart by occurrence: a third copy is new', async () => {
    const line = 'new https.Agent({ rejectUnauthorized: false });\n';
    const dir = tree({ 'a.js': `const https = require('https');\n${line}${line}` });
    await run(['--write-baseline', 'base.json', 'a.js'], dir);
    writeFileSync(path.join(dir, 'a.js'), `const https = require('https');\n${line}${line}${line}`);
    assert.deepEqual(findingKeys((await run(['--baseline', 'base.json', '--format', 'json', 'a.js'], dir)).stdout), ['a.js:4:no-unverified-certificate']);
  });

  it('paths are relative to the baseline file, so a run from a subfolder matches too', async () => {
    const dir = tree({ 'pkg/src/a.js': A });
    await run(['--write-baseline', 'base.json', 'pkg'], dir);
    const r = await run(['--baseline', '../base.json', '--format', 'json', 'src'], path.join(dir, 'pkg'));
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(findingKeys(r.stdout), []);
  });
});

describe('stale baseline entries', () => {
  it('are reported with --report-unused-baseline (exit 1), pruned with --prune-baseline, and a finding that comes back after that is new', async () => {
    const dir = tree({ 'a.js': A, 'b.js': B });
    await run(['--write-baseline', 'base.json', '.'], dir);
    const fixed = A.replace('rejectUnauthorized: false', 'keepAlive: true');
    writeFileSync(path.join(dir, 'a.js'), fixed);

    const quiet = await run(['--baseline', 'base.json', '--format', 'json', '.'], dir);
    assert.equal(quiet.code, 0, 'without the flag a stale entry is not an error');
    const reported = await run(['--baseline', 'base.json', '--report-unused-baseline', '--format', 'json', '.'], dir);
    assert.equal(reported.code, 1);
    const notes = json(reported.stdout).flatMap((f) => f.notes.map((n) => ({ file: f.filePath, ...n })));
    assert.deepEqual(notes.map((n) => [n.file, n.kind, n.ruleId]), [['a.js', 'unused-baseline', 'no-unverified-certificate']]);
    assert.match(notes[0].message, /matches no finding any more.*line 3 when recorded/);
    // A stale entry is a problem at its severity in the counts, as an unused disable directive is.
    assert.deepEqual(json(reported.stdout).map((f) => [f.filePath, f.errorCount]), [['a.js', 1], ['b.js', 0]]);
    const text = await run(['--baseline', 'base.json', '--report-unused-baseline', '.'], dir);
    assert.match(text.stdout, /unused baseline entry/);

    const pruned = await run(['--baseline', 'base.json', '--prune-baseline', '.'], dir);
    assert.equal(pruned.code, 0);
    assert.match(pruned.stderr, /removed 1 stale entry/);
    const entries = JSON.parse(readFileSync(path.join(dir, 'base.json'), 'utf8')).findings;
    assert.deepEqual(entries.map((e: { path: string }) => e.path), ['b.js']);

    writeFileSync(path.join(dir, 'a.js'), A);
    const back = await run(['--baseline', 'base.json', '--format', 'json', '.'], dir);
    assert.equal(back.code, 1);
    assert.deepEqual(findingKeys(back.stdout), ['a.js:3:no-unverified-certificate']);
  });

  it('an entry of a file that is gone is reported on that file', async () => {
    const dir = tree({ 'a.js': A, 'b.js': B });
    await run(['--write-baseline', 'base.json', '.'], dir);
    writeFileSync(path.join(dir, 'a.js'), '');
    const r = await run(['--baseline', 'base.json', '--report-unused-baseline', '--format', 'json', 'b.js'], dir);
    assert.equal(r.code, 1);
    assert.deepEqual(json(r.stdout).map((f) => [f.filePath, f.notes.map((n) => n.kind)]), [['b.js', []], ['a.js', ['unused-baseline']]]);
  });
});

describe('baseline errors', () => {
  const cases: Array<[string, string | undefined, RegExp]> = [
    ['a missing file', undefined, /cannot read the baseline .*missing\.json: ENOENT \(write one with --write-baseline\)/],
    ['invalid JSON', '{ "tlslintBaseline": 1, ', /is not valid JSON/],
    ['another JSON file', '{ "findings": [] }', /is not a tlslint baseline/],
    ['an entry without a fingerprint', '{ "tlslintBaseline": 1, "findings": [{ "path": "a.js", "ruleId": "x" }] }', /entry 1 needs "path", "ruleId" and "fingerprint" strings/],
  ];
  for (const [name, text, message] of cases) {
    it(`exit 2 before scanning: ${name}`, async () => {
      const dir = tree({ 'a.js': A, ...(text === undefined ? {} : { 'missing.json': text }) });
      const r = await run(['--baseline', 'missing.json', 'a.js'], dir);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
    });
  }

  it('flags that need --baseline, or contradict it, are usage errors', async () => {
    const dir = tree({ 'a.js': A });
    for (const [args, message] of [
      [['--report-unused-baseline'], /--report-unused-baseline needs --baseline FILE/],
      [['--prune-baseline'], /--prune-baseline needs --baseline FILE/],
      [['--baseline', 'x.json', '--write-baseline', 'x.json'], /--baseline and --write-baseline do not go together/],
    ] as const) {
      const r = await run([...args, 'a.js'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
    }
  });
});
