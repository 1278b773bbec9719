// --cache: each file's result kept by content hash and config, the whole cache by tlslint build,
// rule catalog and run options; a warm run reads no unchanged file and reports the same.
import assert from 'node:assert/strict';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ResultCache, runKey } from '../../server/src/cli/cache.js';
import { defaultConfig, type ResolvedConfig } from '../../server/src/engine/config/index.js';
import { lintFile } from '../../server/src/linter/index.js';
import { findingKeys, run, tree } from '../helpers/cli.js';

const INSECURE = "const https = require('https');\nexports.agent = new https.Agent({ rejectUnauthorized: false });\n";
const CLEAN = "const https = require('https');\nexports.agent = new https.Agent({ keepAlive: true });\n";

function config(dir: string, rules: ResolvedConfig['rules'] = {}): ResolvedConfig {
  return { ...defaultConfig(), rules, configFile: undefined, baseDir: dir };
}

/** A cache file holding the result of one file, a.js with `text`. */
function cachedOnce(text: string) {
  const dir = tree({ 'a.js': text });
  const file = path.join(dir, 'cache.json');
  const abs = path.join(dir, 'a.js');
  const c = config(dir);
  const first = new ResultCache(file, KEY);
  first.lookup(abs, c);
  first.store(abs, c, lintFile(abs, { config: c }));
  first.save();
  return { dir, file, abs, c };
}

const KEY = runKey({ ruleIds: ['a'], overrides: {}, reportUnusedDirectives: false, includeInfo: false }, 'build-1');

describe('ResultCache', () => {
  it('a second run takes every unchanged file from the cache, by size and time, without reading it', () => {
    const dir = tree({ 'a.js': INSECURE, 'b.js': CLEAN });
    const file = path.join(dir, '.tlslintcache');
    const c = config(dir);
    // Whole seconds, so the time can be set back exactly below.
    const when = new Date('2024-01-02T03:04:05Z');
    for (const f of ['a.js', 'b.js']) utimesSync(path.join(dir, f), when, when);
    const first = new ResultCache(file, KEY);
    for (const f of ['a.js', 'b.js']) {
      const abs = path.join(dir, f);
      assert.equal(first.lookup(abs, c), undefined);
      first.store(abs, c, lintFile(abs, { config: c }));
    }
    first.save();
    const data = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(Object.keys(data.files).sort(), ['a.js', 'b.js'], 'data only: JSON, paths relative to the cache');

    // Same size and time, different bytes: only a cache that does not read the file returns the old result.
    const abs = path.join(dir, 'a.js');
    writeFileSync(abs, INSECURE.replace('false', 'fals_'));
    utimesSync(abs, when, when);
    assert.equal(statSync(abs).size, INSECURE.length);
    const second = new ResultCache(file, KEY);
    const hit = second.lookup(abs, c);
    assert.deepEqual(hit?.findings.map((f) => f.ruleId), ['no-unverified-certificate']);
    assert.equal(second.lookup(path.join(dir, 'b.js'), c)?.findings.length, 0);
    assert.deepEqual([second.hits, second.misses], [2, 0]);
  });

  it('a file whose time moved is hashed: same bytes hit, other bytes miss', () => {
    const { file, abs, c } = cachedOnce(INSECURE);
    utimesSync(abs, new Date(2001, 1, 1), new Date(2001, 1, 1));
    const touched = new ResultCache(file, KEY);
    assert.equal(touched.lookup(abs, c)?.findings.length, 1, 'a checkout that only touched the file');
    writeFileSync(abs, CLEAN);
    assert.equal(new ResultCache(file, KEY).lookup(abs, c), undefined);
  });

  it('another config of the file misses; another build, catalog or run option discards the whole cache', () => {
    const { dir, file, abs, c } = cachedOnce(INSECURE);
    assert.ok(new ResultCache(file, KEY).lookup(abs, c));
    assert.equal(new ResultCache(file, KEY).lookup(abs, config(dir, { 'no-unverified-certificate': 'off' })), undefined);
    // Another targeted Python version (requires-python changed in pyproject.toml) is another config.
    assert.equal(new ResultCache(file, KEY).lookup(abs, { ...c, python: { version: '3.12', source: 'requires-python ">=3.12" in pyproject.toml' } }), undefined);
    for (const other of [
      runKey({ ruleIds: ['a'], overrides: {}, reportUnusedDirectives: false, includeInfo: false }, 'build-2'),
      runKey({ ruleIds: ['a', 'b'], overrides: {}, reportUnusedDirectives: false, includeInfo: false }, 'build-1'),
      runKey({ ruleIds: ['a'], overrides: { a: 'off' }, reportUnusedDirectives: false, includeInfo: false }, 'build-1'),
      runKey({ ruleIds: ['a'], overrides: {}, reportUnusedDirectives: true, includeInfo: false }, 'build-1'),
      runKey({ ruleIds: ['a'], overrides: {}, reportUnusedDirectives: false, includeInfo: true }, 'build-1'),
    ]) assert.equal(new ResultCache(file, other).lookup(abs, c), undefined);
  });

  it('a result with a rule error is not kept; an unreadable cache is ignored and written anew', () => {
    const dir = tree({ 'a.js': INSECURE, 'cache.json': '{ not json' });
    const file = path.join(dir, 'cache.json');
    const abs = path.join(dir, 'a.js');
    const c = config(dir);
    const cache = new ResultCache(file, KEY);
    assert.equal(cache.lookup(abs, c), undefined);
    cache.store(abs, c, { fileName: abs, findings: [], notes: [{ kind: 'rule-error', severity: 'error', message: 'crashed' }] });
    cache.save();
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')).files, {});
  });
});

describe('tlslint --cache', () => {
  it('a warm run reports exactly what a cold one does, and follows edits and config changes', async () => {
    const dir = tree({ 'src/a.js': INSECURE, 'src/b.js': CLEAN, 'test/c.test.js': INSECURE });
    const plain = await run(['--format', 'json', '.'], dir);
    const cold = await run(['--cache', '--format', 'json', '.'], dir);
    const warm = await run(['--cache', '--format', 'json', '.'], dir);
    assert.equal(cold.stdout, plain.stdout);
    assert.equal(warm.stdout, plain.stdout);
    assert.equal(warm.code, plain.code);
    writeFileSync(path.join(dir, 'src/b.js'), INSECURE);
    writeFileSync(path.join(dir, '.tlslintrc.json'), '{ "testFileSeverity": "same" }');
    const after = await run(['--cache', '--format', 'json', '.'], dir);
    assert.equal(after.stdout, (await run(['--format', 'json', '.'], dir)).stdout);
    assert.deepEqual(findingKeys(after.stdout), ['src/a.js:2:no-unverified-certificate', 'src/b.js:2:no-unverified-certificate', 'test/c.test.js:2:no-unverified-certificate']);
    const testFile = JSON.parse(after.stdout).find((f: { filePath: string }) => f.filePath === 'test/c.test.js');
    assert.equal(testFile.findings[0].severity, 'error', 'the new config applies to a cached file');
  });

  it('--cache-location names the file; --fix still fixes a file whose result was cached', async () => {
    const dir = tree({ 'a.js': "const tls = require('tls');\ntls.connect({ host: 'h.example', servername: 'h.example', enableTrace: true });\n" });
    const elsewhere = tree({ 'a.js': CLEAN });
    assert.equal((await run(['--cache-location', 'out/cache.json', '.'], elsewhere)).code, 0);
    assert.ok(JSON.parse(readFileSync(path.join(elsewhere, 'out/cache.json'), 'utf8')).files['../a.js'], 'its folder is created; paths are relative to it');
    const first = await run(['--cache-location', path.join(dir, 'c.json'), '.'], dir);
    assert.equal(first.code, 0);
    assert.ok(JSON.parse(readFileSync(path.join(dir, 'c.json'), 'utf8')).files['a.js']);
    const fixed = await run(['--cache-location', path.join(dir, 'c.json'), '--fix', '.'], dir);
    assert.equal(fixed.code, 0);
    assert.doesNotMatch(readFileSync(path.join(dir, 'a.js'), 'utf8'), /enableTrace/);
  });
});
