#!/usr/bin/env node
// `npm run bench`: rebuilds the corpora if needed (bench/corpus.mjs), then measures on each, in one
// run and interleaved (round-robin, so a noisy neighbour hurts every tool alike): the parse-only
// and parse+walk floors (bench/floor.ts), tlslint with --jobs 1 and --jobs 2, oxlint (default
// rules; one thread and all cores) and ESLint + eslint-plugin-sonarjs (TLS rules, installed in tools/bench/ on first use by
// scripts/tools.mjs, with the config tools/bench/eslint.config.mjs); then the editor benchmark
// (bench/editor.ts). The Python corpus (bench/python.mjs) is measured the same way against Bandit,
// Ruff's S rules (WebAssembly) and the tree-sitter floors, its standard library alone against the
// parse floor, and the editor benchmark on a Python file. Fails when a tool lints far fewer files
// than tlslint discovers. Prints Markdown tables and the goals, and writes .bench/results.{json,md}.
//
//   node bench/run.mjs [--runs N] [--eslint-runs N] [--bandit-runs N] [--editor-edits N] [--only big|tls|editor|python] [--python] [--tools id,id,…]
//
// --python (the same as --only python): only the Python corpus, its standard library and the
// Python editor benchmark.
//
// --tools measures only the tools named (ids as in the tables: floor-parse, floor-walk, tlslint-1,
// tlslint-2, tlslint-cache-cold, tlslint-cache-warm, oxlint, eslint; Python: ruff, bandit); goals whose tools were not
// measured are left out.
//
// Runs: 3 of each tool (--runs), ESLint 3 on the TLS-heavy corpus and 1 on the big one, where it
// takes minutes and no goal depends on it (--eslint-runs sets both).
//
// tlslint --cache is measured twice: cold (the cache file deleted before each run, so the run
// lints everything and writes the cache) and warm (the cache filled by a run before the rounds;
// nothing changes between runs, so each finds every file unchanged). Both reports must equal the
// plain run's.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { BENCH_DIR, buildCorpora, corpusDir, ROOT } from './corpus.mjs';
import { primeCodeCache, withCodeCache } from './code-cache.mjs';
import { installBandit, jsonLength, pythonTools, STDLIB, stdlibTools } from './python.mjs';
import { goals, markdown } from './report.mjs';
import { ensureTools, toolBin, toolsDir } from '../scripts/tools.mjs';
import { treeSitterNodeHandle } from '../scripts/tree-sitter-node-handle.mjs';
import { typescriptOnce } from '../scripts/typescript-once.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt('--runs', '3'));
const ESLINT_RUNS = opt('--eslint-runs', undefined);
const BANDIT_RUNS = opt('--bandit-runs', undefined);
const EDITOR_EDITS = opt('--editor-edits', undefined);
// The editor tables report edit-to-diagnostics percentiles: with no edit there are none to print.
if (EDITOR_EDITS !== undefined && !(Number.isInteger(Number(EDITOR_EDITS)) && Number(EDITOR_EDITS) >= 1)) {
  process.stderr.write(`bench: --editor-edits takes a whole number of edits, at least 1 (got ${JSON.stringify(EDITOR_EDITS)})\n`);
  process.exit(2);
}
const ONLY = args.includes('--python') ? 'python' : opt('--only', undefined);
const TOOLS_WANTED = opt('--tools', undefined)?.split(',');
const BUILD = path.join(BENCH_DIR, 'build');
const TOOLS = path.join(BENCH_DIR, 'tools');
/**
 * oxlint is installed here, not as a devDependency: its package lists a native binding per
 * platform as optional dependencies, and a lock file must name them all, which `npm ci` then
 * fetches; the registry this project is built from carries only the Linux ones.
 */
const OXLINT_VERSION = '1.94.0';
const log = (m) => process.stderr.write(`bench: ${m}\n`);

function machine() {
  const cpu = os.cpus();
  return {
    date: new Date().toISOString(),
    cpu: `${cpu[0]?.model ?? 'unknown'} × ${cpu.length}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
    loadBefore: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  };
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/**
 * Runs a command. Wall time from here; peak RSS (VmHWM) and CPU time (user + system, all threads)
 * from /proc/<pid>, read every 5 ms until it exits: CPU time says how much work a tool did even
 * when other processes share the machine.
 */
function measure(cmd, argv, cwd, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    let cpuTicks = 0;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
        const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        cpuTicks = Math.max(cpuTicks, Number(fields[11]) + Number(fields[12]));
      } catch {
        // gone
      }
    }, 5);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ ms, cpuMs: (cpuTicks * 1000) / CLOCK_TICKS, peakMb: peakKb / 1024, code, stdout, stderr });
    });
  });
}

// As in esbuild.mjs: jsonc-parser's UMD "main" does not bundle (the editor helper reaches it through
// the linter), and web-tree-sitter's ES module build reads import.meta.url, empty in a CommonJS bundle.
const ALIAS = { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js', 'web-tree-sitter': path.join(ROOT, 'node_modules', 'web-tree-sitter', 'web-tree-sitter.cjs') };

async function bundle() {
  mkdirSync(BUILD, { recursive: true });
  log('building tlslint (node esbuild.mjs) and the floor and editor helpers');
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('node esbuild.mjs failed');
  for (const name of ['floor', 'editor']) {
    await esbuild.build({ entryPoints: [path.join(ROOT, 'bench', `${name}.ts`)], outfile: path.join(BUILD, `${name}.js`), bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', plugins: [typescriptOnce, treeSitterNodeHandle], alias: ALIAS, external: ['*.wasm'] });
  }
  // The Python parser's .wasm files beside the helpers, as esbuild.mjs puts them beside dist/'s bundles.
  for (const f of readdirSync(path.join(ROOT, 'dist')).filter((n) => n.endsWith('.wasm'))) copyFileSync(path.join(ROOT, 'dist', f), path.join(BUILD, f));
}

/** Where a corpus' tlslint reports go: `<prefix>-1.json` and so on. */
const outPrefix = (name) => path.join(BUILD, name.startsWith('python') ? `${name}-out` : 'out');

function tools(name, dir, banditVersion) {
  const node = process.execPath;
  const cli = path.join(ROOT, 'dist', 'cli.js');
  const out = outPrefix(name);
  const floor = path.join(BUILD, 'floor.js');
  if (name === 'python') return pythonTools({ dir, node, cli, floor, out, banditVersion, banditRuns: BANDIT_RUNS && Number(BANDIT_RUNS) });
  if (name === 'python-stdlib') return stdlibTools({ dir, node, cli, floor, out });
  return [
    { id: 'floor-parse', label: '`ts.createSourceFile` on every file (parse floor)', cmd: node, argv: [path.join(BUILD, 'floor.js'), 'parse', dir] },
    { id: 'floor-walk', label: 'the same plus a full AST walk (parse+walk floor)', cmd: node, argv: [path.join(BUILD, 'floor.js'), 'walk', dir] },
    { id: 'tlslint-1', label: 'tlslint --jobs 1', cmd: node, argv: [cli, '--jobs', '1', '--format', 'json', '-o', `${out}-1.json`, dir], linted: () => jsonLength(`${out}-1.json`) },
    { id: 'tlslint-2', label: 'tlslint --jobs 2', cmd: node, argv: [cli, '--jobs', '2', '--format', 'json', '-o', `${out}-2.json`, dir], linted: () => jsonLength(`${out}-2.json`) },
    withCodeCache(node, cli, dir, out),
    { id: 'tlslint-cache-cold', label: 'tlslint --jobs 1 --cache, cold (no cache file)', cmd: node, argv: [cli, '--jobs', '1', '--cache', '--cache-location', `${out}-cold.cache`, '--format', 'json', '-o', `${out}-cold.json`, dir], before: () => rmSync(`${out}-cold.cache`, { force: true }) },
    { id: 'tlslint-cache-warm', label: 'tlslint --jobs 1 --cache, warm (unchanged tree)', cmd: node, argv: [cli, '--jobs', '1', '--cache', '--cache-location', `${out}-warm.cache`, '--format', 'json', '-o', `${out}-warm.json`, dir], prime: true },
    // Run inside the corpus, which bench marks as a repository of its own (a `.git` directory):
    // oxlint honours the .gitignore of the repository around it, and ours ignores .bench/.
    { id: 'oxlint-1', label: `oxlint ${OXLINT_VERSION}, default rules (native, --threads=1)`, cmd: OXLINT, argv: ['--threads=1', ...OXLINT_ARGS], cwd: dir, linted: oxlintFiles },
    { id: 'oxlint', label: `oxlint ${OXLINT_VERSION}, default rules (native, all cores)`, cmd: OXLINT, argv: OXLINT_ARGS, cwd: dir, linted: oxlintFiles },
    // Only when measured: tools/bench/ is installed only then (main), and its bin is looked up here.
    ...(TOOLS_WANTED && !TOOLS_WANTED.includes('eslint') ? [] : [{ id: 'eslint', label: 'ESLint 9 + eslint-plugin-sonarjs, TLS rules only (JS files)', cmd: node, argv: [toolBin('bench', 'eslint'), '--no-config-lookup', '-c', path.join(toolsDir('bench'), 'eslint.config.mjs'), '--format', 'json', '-o', `${out}-eslint.json`, '.'], cwd: dir, runs: ESLINT_RUNS ? Number(ESLINT_RUNS) : name === 'big' ? 1 : 3, linted: () => jsonLength(`${out}-eslint.json`), jsOnly: true }]),
  ];
}

const OXLINT = path.join(TOOLS, 'node_modules', '.bin', 'oxlint');
const OXLINT_ARGS = ['--ignore-pattern', '**/*.d.ts', '--ignore-pattern', '**/*.d.mts', '--ignore-pattern', '**/*.d.cts', '.'];

/** oxlint's own count: "Finished in 2.1s on 19403 files with 96 rules using 2 threads." */
function oxlintFiles(r) {
  const m = /\bon (\d+) files?\b/.exec(`${r.stdout}\n${r.stderr}`);
  if (!m) throw new Error(`oxlint printed no file count:\n${r.stdout.slice(-500)}${r.stderr.slice(-500)}`);
  return Number(m[1]);
}

/**
 * A tool that lints far fewer files than tlslint discovers is not doing the same work, and its
 * figures say nothing (oxlint once linted 0 files of the big corpus: the enclosing .gitignore).
 */
const MIN_SHARE = 0.9;
function checkLinted(name, t, expected) {
  if (t.linted < MIN_SHARE * expected) throw new Error(`${name}: ${t.id} linted ${t.linted} files of the ${expected} tlslint discovers (under ${MIN_SHARE * 100}%): its times would not be comparable`);
}

async function benchCorpus(name, dir = corpusDir(name), banditVersion = undefined) {
  const out = outPrefix(name);
  // The whole corpus once, so every tool reads from the page cache.
  spawnSync('sh', ['-c', `find . -type f -print0 | xargs -0 cat > /dev/null`], { cwd: dir });
  const list = spawnSync(process.execPath, [path.join(BUILD, 'floor.js'), 'list', dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).stdout.trim().split('\n');
  const bytes = list.reduce((n, f) => n + readFileSync(f).length, 0);
  const jsFiles = list.filter((f) => /\.(?:[cm]?js|jsx)$/.test(f)).length;
  mkdirSync(path.join(dir, '.git'), { recursive: true });
  // tlslint --jobs 1 is every comparison's reference: always measured.
  const wanted = (t) => !TOOLS_WANTED || t.id === 'tlslint-1' || TOOLS_WANTED.includes(t.id);
  const runs = Object.fromEntries(tools(name, dir, banditVersion).filter(wanted).map((t) => [t.id, { ...t, times: [], cpu: [], peaks: [] }]));
  for (const t of Object.values(runs)) {
    if (!t.prime) continue;
    // The warm cache: one run before the rounds fills it.
    rmSync(t.argv[t.argv.indexOf('--cache-location') + 1], { force: true });
    const r = await measure(t.cmd, t.argv, t.cwd ?? ROOT, t.env);
    if (r.code !== 0 && r.code !== 1) throw new Error(`${t.id} (filling the cache) exited with ${r.code}:\n${r.stderr.slice(-2000)}`);
  }
  const rounds = Math.max(...Object.values(runs).map((t) => t.runs ?? RUNS));
  for (let round = 0; round < rounds; round++) {
    for (const t of Object.values(runs)) {
      if (round >= (t.runs ?? RUNS)) continue;
      t.before?.();
      const r = await measure(t.cmd, t.argv, t.cwd ?? ROOT, t.env);
      if (r.code !== 0 && r.code !== 1) throw new Error(`${t.id} exited with ${r.code}:\n${r.stderr.slice(-2000)}`);
      t.times.push(r.ms);
      t.cpu.push(r.cpuMs);
      t.peaks.push(r.peakMb);
      if (t.id === 'floor-walk' && round === 0) t.report = JSON.parse(r.stdout);
      if (t.linted && round === 0) t.linted = t.linted(r);
      log(`${name} ${t.id} round ${round + 1}: ${(r.ms / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU, ${r.peakMb.toFixed(0)} MB`);
    }
  }
  const report = (id) => (runs[`tlslint-${id}`] || runs[`tlslint-cache-${id}`] ? readFileSync(`${out}-${id}.json`, 'utf8') : undefined);
  const sameReport = runs['tlslint-2'] ? report('1') === report('2') : undefined;
  const sameReportCache = runs['tlslint-cache-cold'] && runs['tlslint-cache-warm'] ? report('1') === report('cold') && report('1') === report('warm') : undefined;
  // With and without the code cache, the same code runs: the same report, or the bench stops.
  if (runs['tlslint-1-code-cache'] && readFileSync(`${out}-1-code-cache.json`, 'utf8') !== report('1')) throw new Error(`${name}: tlslint's report differs with its code cache`);
  const tlslint = JSON.parse(readFileSync(`${out}-1.json`, 'utf8'));
  const jsDiscovered = tlslint.filter((r) => /\.(?:[cm]?js|jsx)$/.test(r.filePath)).length;
  for (const t of Object.values(runs)) if (typeof t.linted === 'number') checkLinted(name, t, t.jsOnly ? jsDiscovered : tlslint.length);
  return {
    name,
    files: list.length,
    jsFiles,
    bytes,
    findings: tlslint.reduce((n, r) => n + r.findings.length, 0),
    filesWithFindings: tlslint.filter((r) => r.findings.length > 0).length,
    sameReportJobs1And2: sameReport,
    sameReportCache,
    discovered: tlslint.length,
    tools: Object.values(runs).map(({ id, label, times, cpu, peaks, linted }) => ({ id, label, times, cpu, peaks, ...(typeof linted === 'number' ? { linted } : {}) })),
  };
}

async function benchEditor(language) {
  const r = await measure(process.execPath, [path.join(BUILD, 'editor.js'), language, ...(EDITOR_EDITS ? [EDITOR_EDITS] : [])], ROOT);
  if (r.code !== 0) throw new Error(`editor benchmark failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

function installOxlint() {
  const pkg = path.join(TOOLS, 'node_modules', 'oxlint', 'package.json');
  if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).version === OXLINT_VERSION) return;
  mkdirSync(TOOLS, { recursive: true });
  writeFileSync(path.join(TOOLS, 'package.json'), '{ "private": true }\n');
  log(`installing oxlint@${OXLINT_VERSION} from the npm registry into .bench/tools`);
  const r = spawnSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `oxlint@${OXLINT_VERSION}`], { cwd: TOOLS, stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(path.join(TOOLS, 'node_modules', '.bin', 'oxlint'))) throw new Error(`npm install oxlint@${OXLINT_VERSION} failed`);
}

async function main() {
  const info = machine();
  const wants = (id) => !TOOLS_WANTED || TOOLS_WANTED.includes(id);
  const js = ONLY !== 'editor' && ONLY !== 'python';
  const python = !ONLY || ONLY === 'python';
  if (js && wants('oxlint')) installOxlint();
  if ((js && wants('eslint')) || (python && wants('ruff'))) ensureTools('bench', log);
  await bundle();
  primeCodeCache(BUILD, log);
  buildCorpora(ONLY === 'editor' ? 'none' : ONLY);
  const banditVersion = python && wants('bandit') ? installBandit(log) : undefined;
  const results = { machine: info, corpora: [], editor: undefined };
  for (const name of ['big', 'tls']) if (!ONLY || ONLY === name) results.corpora.push(await benchCorpus(name));
  if (python) {
    results.corpora.push(await benchCorpus('python', corpusDir('python'), banditVersion));
    results.corpora.push(await benchCorpus('python-stdlib', path.join(corpusDir('python'), STDLIB)));
  }
  if (!ONLY || ONLY === 'editor') results.editor = await benchEditor('js');
  if (python) results.editorPython = await benchEditor('python');
  results.machine.loadAfter = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  results.goals = goals(results);
  const md = markdown(results);
  writeFileSync(path.join(BENCH_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(BENCH_DIR, 'results.md'), md);
  process.stdout.write(md);
}

if (!existsSync(path.join(ROOT, 'node_modules', 'typescript'))) {
  log('devDependencies missing: run npm install first');
  process.exitCode = 1;
} else {
  main().catch((err) => {
    log(err.stack ?? String(err));
    process.exitCode = 1;
  });
}
