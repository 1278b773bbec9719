// --changed-since <ref>: only findings on lines added or changed since the merge base of the ref
// and HEAD; git only reads objects, so nothing a repository configures runs.
// test-unit: own process (runs git many times)
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { addedLines } from '../../server/src/cli/changed-lines.js';
import { findingKeys, git, repo, run, tree } from '../helpers/cli.js';

const OLD = "const https = require('https');\nexports.agent = new https.Agent({ rejectUnauthorized: false });\n";
const TLS = "const tls = require('tls');\nexports.open = () => tls.connect({ host: 'db.internal', servername: 'db.internal', minVersion: 'TLSv1' });\n";
const NEW_LINE = "exports.legacy = () => tls.connect({ host: 'x.example', servername: 'x.example', maxVersion: 'TLSv1.1' });\n";

describe('--changed-since', () => {
  it('reports findings on added lines and in new files only, whatever shifted', async () => {
    const dir = repo({ 'src/a.js': OLD, 'src/b.js': TLS });
    writeFileSync(path.join(dir, 'src/a.js'), `// a comment on top shifts every line\n\n${OLD}`);
    writeFileSync(path.join(dir, 'src/b.js'), TLS + NEW_LINE);
    writeFileSync(path.join(dir, 'src/c.js'), OLD);
    const r = await run(['--changed-since', 'HEAD', '--format', 'json', 'src'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(findingKeys(r.stdout), ['src/b.js:3:no-legacy-tls-version', 'src/c.js:2:no-unverified-certificate']);
  });

  it('an edited flagged line counts; an untouched tree reports nothing (exit 0) in every format', async () => {
    const dir = repo({ 'a.js': OLD, 'b.js': TLS });
    for (const format of ['json', 'text', 'sarif']) {
      const r = await run(['--changed-since', 'HEAD', '--format', format, '.'], dir);
      assert.equal(r.code, 0, `${format}: ${r.stdout}`);
    }
    writeFileSync(path.join(dir, 'b.js'), TLS.replace("minVersion: 'TLSv1'", "minVersion: 'TLSv1', ca: caPem"));
    const r = await run(['--changed-since', 'HEAD', '--format', 'sarif', '.'], dir);
    assert.equal(r.code, 1);
    const results = JSON.parse(r.stdout).runs[0].results;
    assert.deepEqual(results.map((x: { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => `${x.locations[0].physicalLocation.artifactLocation.uri}:${x.ruleId}`), ['b.js:no-legacy-tls-version']);
  });

  it('compares with the merge base: what the target branch changed since is not the branch\'s', async () => {
    const dir = repo({ 'a.js': OLD, 'b.js': TLS });
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFileSync(path.join(dir, 'b.js'), TLS + NEW_LINE);
    git(dir, 'commit', '-qam', 'feature: a legacy client');
    git(dir, 'checkout', '-q', 'main');
    // main moves on: its version of a.js differs from the feature branch's on the flagged line.
    writeFileSync(path.join(dir, 'a.js'), OLD.replace('rejectUnauthorized: false', 'rejectUnauthorized: true'));
    git(dir, 'commit', '-qam', 'main: verify certificates');
    git(dir, 'checkout', '-q', 'feature');
    const r = await run(['--changed-since', 'main', '--format', 'json', '.'], dir);
    assert.deepEqual(findingKeys(r.stdout), ['b.js:3:no-legacy-tls-version']);
  });

  it('works with a baseline: only findings that are both new and on changed lines', async () => {
    const dir = repo({ 'a.js': OLD, 'b.js': TLS });
    await run(['--write-baseline', 'base.json', '.'], dir);
    writeFileSync(path.join(dir, 'b.js'), TLS + NEW_LINE);
    writeFileSync(path.join(dir, 'c.js'), OLD);
    const r = await run(['--changed-since', 'HEAD', '--baseline', 'base.json', '--format', 'json', '.'], dir);
    assert.deepEqual(findingKeys(r.stdout), ['b.js:3:no-legacy-tls-version', 'c.js:2:no-unverified-certificate']);
  });

  it('exit 2 with a clear message outside a repository, for an unknown ref, and for an option-like ref', async () => {
    const outside = tree({ 'a.js': OLD });
    const r1 = await run(['--changed-since', 'HEAD', 'a.js'], outside);
    assert.equal(r1.code, 2);
    assert.match(r1.stderr, /--changed-since needs a git repository: .*not a git repository/i);
    const dir = repo({ 'a.js': OLD });
    const r2 = await run(['--changed-since', 'origin/nope', 'a.js'], dir);
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /unknown git ref 'origin\/nope' \(fetch it first if it is a remote branch\)/);
    const r3 = await run(['--changed-since=--output=x', 'a.js'], dir);
    assert.equal(r3.code, 2);
    assert.match(r3.stderr, /'--output=x' is not a git ref/);
    assert.equal(r1.stdout + r2.stdout + r3.stdout, '');
  });

  it('runs nothing the repository configures: fsmonitor, filters, textconv, external diff, hooks', async () => {
    const dir = repo({ 'a.js': OLD });
    const marker = path.join(dir, 'ran');
    const script = path.join(dir, 'evil.sh');
    writeFileSync(script, `#!/bin/sh\necho "$0 $*" >> '${marker}'\ncat\n`);
    chmodSync(script, 0o755);
    for (const [key, value] of [
      ['core.fsmonitor', script],
      ['filter.evil.clean', script],
      ['filter.evil.smudge', script],
      ['diff.evil.textconv', script],
      ['diff.evil.command', script],
      ['diff.external', script],
      ['core.hooksPath', path.join(dir, 'hooks')],
    ]) git(dir, 'config', key, value);
    mkdirSync(path.join(dir, 'hooks'));
    for (const hook of ['post-checkout', 'post-index-change', 'reference-transaction']) {
      writeFileSync(path.join(dir, 'hooks', hook), `#!/bin/sh\necho hook >> '${marker}'\n`);
      chmodSync(path.join(dir, 'hooks', hook), 0o755);
    }
    writeFileSync(path.join(dir, '.gitattributes'), '*.js filter=evil diff=evil\n');
    writeFileSync(path.join(dir, 'a.js'), OLD + NEW_LINE.replace('exports.legacy = () => tls', "exports.legacy = () => require('tls')"));
    const r = await run(['--changed-since', 'HEAD', '--format', 'json', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(findingKeys(r.stdout), ['a.js:3:no-legacy-tls-version']);
    assert.equal(existsSync(marker), false, 'a command configured in the repository ran');
    // The trap is armed: git itself runs it for a working-tree diff.
    git(dir, 'diff', 'HEAD', '--stat');
    assert.equal(existsSync(marker), true, 'the check above could not fail');
  });
});

describe('addedLines (0-based lines of the new text that the old one does not have)', () => {
  const cases: Array<[string, string, string, number[] | 'all']> = [
    ['nothing changed', 'a\nb\nc\n', 'a\nb\nc\n', []],
    ['a line added at the top shifts nothing else', 'a\nb\n', 'x\na\nb\n', [0]],
    ['a changed line', 'a\nb\nc\n', 'a\nB\nc\n', [1]],
    ['a deleted line marks nothing', 'a\nb\nc\n', 'a\nc\n', []],
    ['CRLF against LF is no change', 'a\nb\n', 'a\r\nb\r\n', []],
    ['U+2028 breaks a line as in the engine', 'a\nb\n', 'a\u2028x\nb\n', [1]],
  ];
  for (const [name, before, after, expected] of cases) {
    it(name, () => {
      const got = addedLines(before, after);
      assert.deepEqual(got === 'all' ? 'all' : [...got].sort((x, y) => x - y), expected);
    });
  }
});
