// A workspace of 100,000 files is scanned in bounded memory: the CLI (two jobs) and the
// language server's Scan Workspace finish it with the V8 heap capped, find every finding planted
// in it, and stay under a peak resident size (VmHWM, read from /proc while they run). What grows
// with the tree is one small record per file, never a syntax tree.
// test-unit: own process (long: about 10 s of CPU, so it runs beside the short files)
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLI, SCAN_WORKSPACE, startServer } from './sandbox.js';

const FILES = 100_000;
const PER_DIR = 1000;
/** One file in this many holds a finding. */
const INSECURE_EVERY = 250;
const INSECURE = "const tls = require('tls');\ntls.connect({ host: 'db.internal', servername: 'db.internal', rejectUnauthorized: false });\n";
/** One clean file in PARSED_EVERY holds a needle (`'https'`), so it is parsed and analysed, not only read: 20,000 syntax trees of about 8 KB each, some 160 MB if they were kept, more than the heap holds. */
const PARSED_EVERY = 5;
const PARSED_CLEAN = "const https = require('https');\nhttps.get('https://example.com/' + process.argv[2], (res) => res.resume());\n";
const PLAIN_CLEAN = 'export function add(a, b) {\n  return a + b;\n}\n';
const HEAP_MB = 96;
/** The server: its own heap and one scan worker's. */
const PEAK_RSS_MB = 300;
/** The CLI with --jobs 2: the main thread and two workers, each a V8 heap with typescript loaded. */
const PEAK_RSS_JOBS2_MB = 450;

/** Peak resident size of a process (and its threads) in MB, polled from /proc until it exits. */
function peakRss(pid: number, exited: Promise<unknown>): Promise<number> {
  let peak = 0;
  const read = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      // exited
    }
  };
  const timer = setInterval(read, 20);
  return exited.then(() => {
    clearInterval(timer);
    return peak;
  });
}

function run(args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string; peakMb: number }> {
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return Promise.all([exited, peakRss(child.pid!, exited)]).then(([status, peakMb]) => ({ status, stdout, stderr, peakMb }));
}

describe('a workspace of 100,000 files', () => {
  let root = '';
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'tlslint-scale-'));
    for (let d = 0; d < FILES / PER_DIR; d++) {
      const dir = path.join(root, `pkg${d}`);
      mkdirSync(dir);
      for (let f = 0; f < PER_DIR; f++) {
        const i = d * PER_DIR + f;
        writeFileSync(path.join(dir, `m${f}.js`), i % INSECURE_EVERY === 0 ? INSECURE : i % PARSED_EVERY === 1 ? PARSED_CLEAN : PLAIN_CLEAN);
      }
    }
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it(`the CLI (--jobs 2) scans it with a ${HEAP_MB} MB main-thread heap and under ${PEAK_RSS_JOBS2_MB} MB resident`, async () => {
    const r = await run(['--jobs', '2', '--format', 'json', '.'], root);
    assert.equal(r.status, 1, r.stderr.slice(0, 2000));
    const results = JSON.parse(r.stdout) as { filePath: string; findings: { ruleId: string }[] }[];
    const findings = results.flatMap((f) => f.findings);
    assert.equal(findings.length, FILES / INSECURE_EVERY);
    assert.ok(findings.every((f) => f.ruleId === 'no-unverified-certificate'));
    assert.ok(r.peakMb > 0 && r.peakMb <= PEAK_RSS_JOBS2_MB, `peak resident size ${r.peakMb.toFixed(0)} MB`);
  });

  it(`the language server's Scan Workspace covers every file with a ${HEAP_MB} MB heap and under ${PEAK_RSS_MB} MB resident`, async () => {
    const server = await startServer(root, { nodeFlags: [`--max-old-space-size=${HEAP_MB}`] });
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    const peak = peakRss(server.child.pid!, exited);
    try {
      const summary = (await server.connection.sendRequest('workspace/executeCommand', { command: SCAN_WORKSPACE, arguments: [{}] })) as { files: number; findings: number; cancelled: boolean };
      assert.equal(summary.cancelled, false);
      assert.equal(summary.files, FILES);
      assert.equal(summary.findings, FILES / INSECURE_EVERY);
      assert.equal([...server.diagnostics.values()].filter((p) => p.diagnostics.length > 0).length, FILES / INSECURE_EVERY);
    } finally {
      assert.equal(await server.stop(), 0, server.stderr());
    }
    const peakMb = await peak;
    assert.ok(peakMb > 0 && peakMb <= PEAK_RSS_MB, `peak resident size ${peakMb.toFixed(0)} MB`);
  });
});
