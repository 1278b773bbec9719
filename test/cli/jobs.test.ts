// `--jobs N`: worker threads give the same report as one thread, in the same order, and a worker
// that dies costs the file it was on, nothing else.
// test-unit: own process (long: about 11 s of CPU, so it runs beside the short files)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { rules as catalog } from '../../rules/index.js';
import { parseArgs } from '../../server/src/cli/args.js';
import { runLint } from '../../server/src/cli/run.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const ids = catalog.map((r) => r.meta.id);

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function lint(argv: string[], cwd: string, hooks: Parameters<typeof runLint>[2] = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runLint(parseArgs(argv, ids), { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false, version: 'test' }, hooks);
  return { code, stdout, stderr };
}

const SNIPPETS = [
  "const tls = require('tls');\ntls.connect({ host: 'db.internal', port: 5432, rejectUnauthorized: false });\n",
  "import https from 'node:https';\nnew https.Agent({ secureProtocol: 'TLSv1_method', ciphers: 'RC4-SHA' });\n",
  "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n",
  'export const sum = (a: number, b: number) => a + b;\n',
  "import tls from 'tls';\nconst x = ;\ntls.createServer({ minVersion: 'TLSv1' });\n",
  '// tlslint-disable-next-line no-weak-cipher\nexport const unused = 1;\n',
  "const { MongoClient } = require('mongodb');\nnew MongoClient('mongodb://h/?tlsInsecure=true');\n",
];

/** A tree of `count` files across directories, with findings, clean files, parse errors, a binary file and a nested config. */
function tree(count: number, extra: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tlslint-jobs-'));
  const write = (rel: string, body: string | Buffer) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), body);
  };
  for (let i = 0; i < count; i++) write(`pkg${i % 7}/src/file${String(i).padStart(4, '0')}.${i % 3 === 0 ? 'js' : 'ts'}`, SNIPPETS[i % SNIPPETS.length]);
  write('pkg3/.tlslintrc.json', JSON.stringify({ rules: { 'no-weak-cipher': 'off' } }));
  write('pkg5/src/binary.js', Buffer.from([0x61, 0x00, 0x62]));
  for (const [rel, body] of Object.entries(extra)) write(rel, body);
  return dir;
}

describe('tlslint --jobs', () => {
  it('gives the same report with two worker threads as with one thread, on examples/', async () => {
    const examples = path.join(ROOT, 'examples');
    // SARIF is made from the same results as JSON (test/cli/format.test.ts).
    for (const format of ['json', 'text']) {
      const one = await lint(['--jobs', '1', '--format', format, '.'], examples);
      const two = await lint(['--jobs', '2', '--format', format, '.'], examples, { minFilesForWorkers: 1 });
      assert.equal(two.stdout, one.stdout, format);
      assert.equal(two.code, one.code);
    }
  });

  it('gives the same report and exit code on a generated tree, in this process and from the built command', async () => {
    const dir = tree(240);
    const args = ['--format', 'json', '--report-unused-disable-directives', '.'];
    const one = await lint(['--jobs', '1', ...args], dir);
    const two = await lint(['--jobs', '2', ...args], dir, { minFilesForWorkers: 1 });
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.code, one.code);
    const results = JSON.parse(one.stdout) as { filePath: string; findings: unknown[] }[];
    assert.equal(results.length, 241, 'every file (and the binary one), once');
    assert.ok(results.reduce((n, r) => n + r.findings.length, 0) > 150);
    // dist/cli.js starts its workers past 200 files.
    const built = cli(['--jobs', '3', ...args], dir);
    assert.ok(built.stdout === `${one.stdout}\n`, 'the built command prints the same report, with a newline at the end');
    assert.equal(built.code, one.code);
  });

  it('writes the same fixes with two worker threads as with one thread', async () => {
    const a = tree(80);
    const b = tree(80);
    const report = async (dir: string) => (await lint(['--jobs', '1', '--format', 'json', '.'], dir)).stdout;
    const unfixed = await report(a);
    await lint(['--jobs', '1', '--fix-suggestions', '.'], a);
    await lint(['--jobs', '2', '--fix-suggestions', '.'], b, { minFilesForWorkers: 1 });
    const fixed = await report(a);
    assert.notEqual(fixed, unfixed, 'the fixes changed something');
    assert.equal((await report(b)).replaceAll(b, a), fixed);
  });

  it('rejects a --jobs that is not a whole number of at least 1', () => {
    for (const bad of ['0', 'two', '1.5']) assert.throws(() => parseArgs(['--jobs', bad], ids), /--jobs takes a whole number of at least 1/);
    assert.equal(parseArgs(['-j', '3'], ids).jobs, 3);
    assert.ok(parseArgs([], ids).jobs >= 1);
  });

  it('replaces a worker that dies: the file it was on gets a note, every other file its result', async () => {
    const dir = tree(120, { 'pkg1/src/crash-me.js': SNIPPETS[0], 'pkg4/src/throw-me.ts': SNIPPETS[1] });
    // The real worker, with a file system that kills the thread on two files.
    const worker = path.join(dir, 'crashing-worker.js');
    writeFileSync(
      worker,
      `const fs = require('node:fs');
const open = fs.openSync;
const close = fs.closeSync;
let last = '';
fs.openSync = (p, ...rest) => {
  last = String(p);
  if (last.endsWith('crash-me.js')) process.exit(3);
  return open(p, ...rest);
};
// An exception nothing catches, thrown while the file is being read.
fs.closeSync = (fd) => {
  close(fd);
  if (last.endsWith('throw-me.ts')) throw new Error('boom in the worker');
};
require(${JSON.stringify(path.join(ROOT, 'out', 'server', 'src', 'runner', 'worker.js'))});
`,
    );
    const one = await lint(['--jobs', '1', '--format', 'json', 'pkg0', 'pkg1', 'pkg2', 'pkg3', 'pkg4', 'pkg5', 'pkg6'], dir);
    const two = await lint(['--jobs', '2', '--format', 'json', 'pkg0', 'pkg1', 'pkg2', 'pkg3', 'pkg4', 'pkg5', 'pkg6'], dir, { workerFile: worker, minFilesForWorkers: 1 });
    type R = { filePath: string; findings: unknown[]; notes: { kind: string; message: string }[] };
    const byFile = (out: string) => new Map((JSON.parse(out) as R[]).map((r) => [r.filePath, r]));
    const expected = byFile(one.stdout);
    const got = byFile(two.stdout);
    assert.deepEqual([...got.keys()], [...expected.keys()], 'every file, in the same order');
    assert.equal(two.code, 2, 'a file that was not checked is an internal error');
    const crash = got.get('pkg1/src/crash-me.js')!;
    assert.deepEqual(crash.findings, []);
    assert.match(crash.notes[0].message, /tlslint stopped while analysing this file \(the worker thread exited with code 3\)/);
    assert.match(got.get('pkg4/src/throw-me.ts')!.notes[0].message, /boom in the worker/);
    for (const [file, r] of expected) if (!/crash-me|throw-me/.test(file)) assert.deepEqual(got.get(file), r, file);
  });
});
