// V8's code cache for the command's bundles (server/src/runner/code-cache.ts, dist/cli.js): where
// it lives, that a second run uses what the first wrote and reports the same, and that a cache it
// cannot trust or that V8 rejects is never used (the run compiles anew and says the same).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cacheFileName, codeCacheDir, openCache, sealCache, trustedDir } from '../../server/src/runner/code-cache.js';
import { CLI, tree } from '../helpers/cli.js';

describe('codeCacheDir: where the cache lives', () => {
  const cases: { env: NodeJS.ProcessEnv; platform: NodeJS.Platform; home: string; dir: string | undefined }[] = [
    // Off unless asked for: it costs a large tree's run time and memory (server/src/runner/code-cache.ts).
    { env: {}, platform: 'linux', home: '/home/u', dir: undefined },
    { env: { TLSLINT_CODE_CACHE: '' }, platform: 'linux', home: '/home/u', dir: undefined },
    { env: { TLSLINT_CODE_CACHE: 'on' }, platform: 'linux', home: '/home/u', dir: '/home/u/.cache/tlslint/code-cache' },
    { env: { TLSLINT_CODE_CACHE: 'ON', XDG_CACHE_HOME: '/var/cache/u' }, platform: 'linux', home: '/home/u', dir: '/var/cache/u/tlslint/code-cache' },
    // XDG says a relative value is to be ignored.
    { env: { TLSLINT_CODE_CACHE: '1', XDG_CACHE_HOME: 'rel' }, platform: 'linux', home: '/home/u', dir: '/home/u/.cache/tlslint/code-cache' },
    { env: { TLSLINT_CODE_CACHE: 'on' }, platform: 'darwin', home: '/Users/u', dir: '/Users/u/Library/Caches/tlslint/code-cache' },
    { env: { TLSLINT_CODE_CACHE: 'on', LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, platform: 'win32', home: 'C:\\Users\\u', dir: path.join('C:\\Users\\u\\AppData\\Local', 'tlslint', 'code-cache') },
    { env: { TLSLINT_CODE_CACHE: 'on' }, platform: 'win32', home: 'C:\\Users\\u', dir: undefined },
    { env: { TLSLINT_CODE_CACHE: 'on' }, platform: 'linux', home: '', dir: undefined },
    { env: { TLSLINT_CODE_CACHE: 'off' }, platform: 'linux', home: '/home/u', dir: undefined },
    { env: { TLSLINT_CODE_CACHE: 'OFF' }, platform: 'linux', home: '/home/u', dir: undefined },
    { env: { TLSLINT_CODE_CACHE: '0' }, platform: 'linux', home: '/home/u', dir: undefined },
    { env: { TLSLINT_CODE_CACHE: '/tmp/cc' }, platform: 'linux', home: '/home/u', dir: '/tmp/cc' },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.env)} on ${c.platform} -> ${c.dir}`, () => assert.equal(codeCacheDir(c.env, c.platform, c.home), c.dir));
  }

  it('seals a cache with the CRC-32 of its data, and opens only what is whole', () => {
    const data = Buffer.from('some bytes V8 made');
    const sealed = sealCache(data);
    assert.equal(sealed.length, data.length + 4);
    assert.deepEqual(openCache(sealed), data);
    const flipped = Buffer.from(sealed);
    flipped[10] ^= 1;
    assert.equal(openCache(flipped), undefined);
    assert.equal(openCache(sealed.subarray(0, sealed.length - 1)), undefined);
    assert.equal(openCache(Buffer.alloc(0)), undefined);
    assert.equal(openCache(sealed.subarray(0, 4)), undefined);
  });

  it('names a cache by the bundle and a hash of its content, so a rebuilt bundle of the same length gets another', () => {
    const a = cacheFileName('/x/dist/cli-main.js', 'aaaa');
    assert.match(a, /^cli-main-[0-9a-f]{24}\.v8$/);
    assert.equal(cacheFileName('/y/cli-main.js', 'aaaa'), a, 'where the bundle is does not matter');
    assert.notEqual(cacheFileName('/x/dist/cli-main.js', 'aaab'), a);
  });
});

describe('the code cache of dist/cli.js', () => {
  let project: string;
  let cache: string;
  const lint = (env: NodeJS.ProcessEnv = {}) => {
    const r = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TLSLINT_CODE_CACHE: cache, TLSLINT_TRACE_CODE_CACHE: '1', ...env } });
    const trace = /tlslint code cache: (.*)\n/.exec(r.stderr)?.[1];
    return { code: r.status, stdout: r.stdout, trace, stderr: r.stderr };
  };
  const files = () => (existsSync(cache) ? readdirSync(cache).sort() : []);
  before(() => {
    project = tree({ 'a.js': "require('https').request({ rejectUnauthorized: false });\n", 'b.py': 'import requests\nrequests.get(u, verify=False)\n' });
    cache = path.join(project, '..', `${path.basename(project)}-cache`);
  });
  after(() => {
    rmSync(project, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  it('is written by a first run and used by the next, which reports the same', () => {
    const first = lint();
    assert.equal(first.code, 1, first.stderr);
    assert.equal(first.trace, 'cli-main.js made, typescript.js made');
    const written = files();
    assert.equal(written.length, 2, written.join());
    assert.match(written[0], /^cli-main-[0-9a-f]{24}\.v8$/);
    assert.match(written[1], /^typescript-[0-9a-f]{24}\.v8$/);
    assert.equal(statSync(cache).mode & 0o777, 0o700, 'the directory is the user\'s alone');
    const second = lint();
    assert.equal(second.trace, 'cli-main.js used, typescript.js used');
    assert.equal(second.stdout, first.stdout);
    assert.equal(JSON.parse(second.stdout).reduce((n: number, f: { findings: unknown[] }) => n + f.findings.length, 0), 2, 'the JavaScript and the Python finding');
    assert.deepEqual(files(), written, 'nothing written again');
  });

  // V8 itself does not check a cache's checksum in a release build: these bytes crashed node (SIGSEGV).
  const damages: [string, (b: Buffer) => Buffer][] = [
    ['bytes flipped after V8\'s header', (b) => Buffer.from(b.map((x, i) => (i > 200 && i % 997 === 0 ? x ^ 0x55 : x)))],
    ['filled with one byte after the first 68', (b) => Buffer.concat([b.subarray(0, 68), Buffer.alloc(b.length - 68, 7)])],
    ['cut in half', (b) => b.subarray(0, b.length >> 1)],
    ['empty', () => Buffer.alloc(0)],
  ];
  for (const [what, damage] of damages) {
    it(`is not used when damaged (${what}): the run compiles anew, reports the same and writes a good one`, () => {
      const good = lint();
      const main = path.join(cache, files()[0]);
      const damaged = damage(readFileSync(main));
      writeFileSync(main, damaged);
      const r = lint();
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.trace, 'cli-main.js made, typescript.js used');
      assert.equal(r.stdout, good.stdout);
      assert.notDeepEqual(readFileSync(main), damaged, 'written again');
      assert.equal(lint().trace, 'cli-main.js used, typescript.js used', 'the rewritten cache is good');
    });
  }

  it('is rejected by V8 when made under other flags (the run compiles anew and says the same)', () => {
    const good = lint();
    const r = lint({ NODE_OPTIONS: '--max-old-space-size=1000' });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, good.stdout);
    assert.equal(r.trace, 'cli-main.js made, typescript.js made');
  });

  it('replaces the cache of another build of the same bundle', () => {
    lint();
    const stale = path.join(cache, 'cli-main-000000000000000000000000.v8');
    writeFileSync(stale, 'old');
    writeFileSync(path.join(cache, 'other-file.txt'), 'kept');
    rmSync(path.join(cache, files().find((f) => /^cli-main-(?!0{24})/.test(f))!));
    assert.equal(lint().trace, 'cli-main.js made, typescript.js used');
    assert.ok(!existsSync(stale), 'the other build\'s cache is gone');
    assert.ok(existsSync(path.join(cache, 'other-file.txt')), 'what is not a cache stays');
    rmSync(path.join(cache, 'other-file.txt'));
  });

  it('is neither read nor written in a directory others may write', { skip: process.platform === 'win32' || process.getuid?.() === undefined }, () => {
    lint();
    const before = files().map((f) => statSync(path.join(cache, f)).mtimeMs);
    chmodSync(cache, 0o777);
    try {
      assert.equal(trustedDir(cache), false);
      const r = lint();
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.trace, 'cli-main.js made, typescript.js made');
      assert.deepEqual(files().map((f) => statSync(path.join(cache, f)).mtimeMs), before, 'nothing written there');
    } finally {
      chmodSync(cache, 0o700);
    }
    assert.equal(trustedDir(cache), true);
  });

  it('is off by default, and with TLSLINT_CODE_CACHE=off: nothing read, nothing written', () => {
    const r0 = lint({ TLSLINT_CODE_CACHE: '' });
    assert.equal(r0.code, 1, r0.stderr);
    assert.equal(r0.trace, 'cli-main.js off, typescript.js off');
    const dir = `${cache}-off`;
    const r = lint({ TLSLINT_CODE_CACHE: 'off' });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.trace, 'cli-main.js off, typescript.js off');
    assert.ok(!existsSync(dir));
  });

  it('makes what it can when the directory cannot be created (a file is in the way): the run goes on', () => {
    const blocked = `${cache}-blocked`;
    writeFileSync(blocked, 'a file');
    try {
      const r = lint({ TLSLINT_CODE_CACHE: path.join(blocked, 'sub') });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.trace, 'cli-main.js made, typescript.js made');
    } finally {
      rmSync(blocked, { force: true });
    }
  });

  it('is made only for the bundles a run loads (a Python-only run leaves typescript out)', () => {
    const py = tree({ 'b.py': 'import requests\nrequests.get(u, verify=False)\n' });
    const dir = `${cache}-py`;
    try {
      mkdirSync(dir, { mode: 0o700 });
      const r = spawnSync(process.execPath, [CLI, '.'], { cwd: py, encoding: 'utf8', env: { ...process.env, TLSLINT_CODE_CACHE: dir, TLSLINT_TRACE_CODE_CACHE: '1' } });
      assert.match(r.stderr, /tlslint code cache: cli-main\.js made\n/);
      assert.deepEqual(readdirSync(dir).map((f) => f.replace(/-[0-9a-f]+\.v8$/, '')), ['cli-main']);
    } finally {
      rmSync(py, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
