// The Python part of `npm run bench` (bench/run.mjs --python): the tools measured on the Python
// corpus and on its standard library alone, Bandit's install, and how each tool's output says how
// many files it read.
//
// Bandit is Debian trixie's package (pinned .debs in bench/corpus.json, unpacked into
// .bench/tools/bandit and run on the machine's /usr/bin/python3, so the machine's apt and Python
// are left alone). Ruff runs through its WebAssembly build (bench/ruff.mjs), the only Ruff the npm
// registry has.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toolsDir } from '../scripts/tools.mjs';
import { withCodeCache } from './code-cache.mjs';
import { BENCH_DIR, fetchDeb, ROOT, unpackDeb } from './corpus.mjs';

/** The folder of the standard library inside the Python corpus (as bench/corpus.mjs names it). */
export const STDLIB = 'python3.13-3.13.5';
const BANDIT_DIR = path.join(BENCH_DIR, 'tools', 'bandit');
const SITE = path.join(BANDIT_DIR, 'usr', 'lib', 'python3', 'dist-packages');
const PYTHON = '/usr/bin/python3';

/** Bandit's command line for a folder, recursive, JSON report to `out`, as `bandit -r -f json` in Debian. */
function bandit(out, dir) {
  return {
    cmd: PYTHON,
    argv: ['-m', 'bandit', '-r', '-q', '-f', 'json', '-o', out, dir],
    // Only the unpacked packages: the user's site-packages or PYTHONPATH must not change what runs.
    env: { PATH: '/usr/bin:/bin', PYTHONPATH: SITE, PYTHONDONTWRITEBYTECODE: '1', PYTHONNOUSERSITE: '1', LANG: 'C.UTF-8' },
  };
}

/** Unpacks the pinned Bandit .debs unless the same ones are unpacked already; returns Bandit's version. */
export function installBandit(log) {
  const spec = JSON.parse(readFileSync(path.join(ROOT, 'bench', 'corpus.json'), 'utf8'));
  const { debs } = spec.bandit;
  const stamp = path.join(BANDIT_DIR, '.installed');
  const key = JSON.stringify(debs);
  if (!existsSync(PYTHON)) throw new Error(`Bandit runs on Debian's ${PYTHON}, which this machine lacks (apt-get install python3)`);
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== key) {
    log(`unpacking Bandit (${debs.length} Debian packages) into .bench/tools/bandit`);
    const files = debs.map((d) => fetchDeb(d, spec.corpora.python.debianSources));
    rmSync(BANDIT_DIR, { recursive: true, force: true });
    mkdirSync(BANDIT_DIR, { recursive: true });
    for (const f of files) unpackDeb(f, '/', BANDIT_DIR);
    writeFileSync(stamp, key);
  }
  const { cmd, env } = bandit('', '');
  const r = spawnSync(cmd, ['-m', 'bandit', '--version'], { env, encoding: 'utf8' });
  const version = /\b(\d+\.\d+\.\d+)\b/.exec(r.stdout)?.[1];
  if (r.status !== 0 || !version) throw new Error(`bandit --version failed:\n${r.stdout}${r.stderr}`);
  return version;
}

/**
 * The files Bandit read, from its JSON report: one `metrics` entry per file (besides `_totals`),
 * also for a file it could not parse, which is listed among `errors` as well (Bandit 1.7.10).
 */
export function banditFiles(report) {
  const seen = new Set(Object.keys(report.metrics ?? {}).filter((k) => k !== '_totals'));
  const failed = new Set((report.errors ?? []).map((e) => e.filename));
  for (const f of failed) seen.add(f);
  return { files: seen.size, unparsed: failed.size };
}

/** What bench/ruff.mjs printed: `{ version, files, diagnostics, syntaxErrors }`. */
export function ruffOutput(stdout) {
  const last = stdout.trim().split('\n').pop() ?? '';
  let out;
  try {
    out = JSON.parse(last);
  } catch {
    throw new Error(`bench/ruff.mjs printed no result: ${JSON.stringify(stdout.slice(-300))}`);
  }
  if (!Number.isInteger(out.files)) throw new Error(`bench/ruff.mjs printed no file count: ${last}`);
  return out;
}

/**
 * The tools of the Python corpus, in the shape bench/run.mjs measures (`tools` there): the
 * tree-sitter floors, tlslint with one and two jobs, Ruff's S rules (WebAssembly) and Bandit.
 */
export function pythonTools({ dir, node, cli, floor, out, banditVersion, banditRuns }) {
  const b = bandit(`${out}-bandit.json`, dir);
  return [
    { id: 'floor-parse', label: 'tree-sitter-python (web-tree-sitter) parse of every file (parse floor)', cmd: node, argv: [floor, 'parse', dir] },
    { id: 'floor-walk', label: 'the same plus a walk of every node (parse+walk floor)', cmd: node, argv: [floor, 'walk', dir] },
    { id: 'tlslint-1', label: 'tlslint --jobs 1', cmd: node, argv: [cli, '--jobs', '1', '--format', 'json', '-o', `${out}-1.json`, dir], linted: () => jsonLength(`${out}-1.json`) },
    { id: 'tlslint-2', label: 'tlslint --jobs 2', cmd: node, argv: [cli, '--jobs', '2', '--format', 'json', '-o', `${out}-2.json`, dir], linted: () => jsonLength(`${out}-2.json`) },
    withCodeCache(node, cli, dir, out),
    { id: 'ruff', label: `Ruff ${ruffVersion()} \`--select S\`, WebAssembly build (@astral-sh/ruff-wasm-nodejs), one thread`, cmd: node, argv: [path.join(ROOT, 'bench', 'ruff.mjs'), dir], linted: (r) => ruffOutput(r.stdout).files },
    { id: 'bandit', label: `Bandit ${banditVersion} (Debian trixie's package, CPython ${pythonVersion()}), all tests`, ...b, ...(banditRuns ? { runs: banditRuns } : {}), linted: () => banditFiles(JSON.parse(readFileSync(`${out}-bandit.json`, 'utf8'))).files },
  ];
}

/** The tools of the standard library alone: what the parse-floor goal is judged on. */
export function stdlibTools({ dir, node, cli, floor, out }) {
  return [
    { id: 'floor-parse', label: 'tree-sitter-python (web-tree-sitter) parse of every file (parse floor)', cmd: node, argv: [floor, 'parse', dir] },
    { id: 'tlslint-1', label: 'tlslint --jobs 1', cmd: node, argv: [cli, '--jobs', '1', '--format', 'json', '-o', `${out}-1.json`, dir], linted: () => jsonLength(`${out}-1.json`) },
    withCodeCache(node, cli, dir, out),
  ];
}

function ruffVersion() {
  return JSON.parse(readFileSync(path.join(toolsDir('bench'), 'node_modules', '@astral-sh', 'ruff-wasm-nodejs', 'package.json'), 'utf8')).version;
}

function pythonVersion() {
  return spawnSync(PYTHON, ['-c', 'import platform; print(platform.python_version())'], { encoding: 'utf8' }).stdout.trim();
}

/** The number of files a JSON report with one entry per file (tlslint's) covers. */
export function jsonLength(file) {
  return JSON.parse(readFileSync(file, 'utf8')).length;
}
