// `npm run fuzz -- [--lang js|python] [--count N] [--seed S] [--jobs J] [--time SECONDS] [--budget-ms MS]
//                  [--truncate-all-up-to CHARS] [--max-chars CHARS] [--max-fixes N]
//                  [--only I,J] [--report FILE] [--failures DIR] [--stuck SECONDS]`
//
// Runs the fuzz harness (test/fuzz/, compiled to out/) in J child processes, each taking every J-th
// input (`--lang python`: the Python seeds, mutations, generated programs and bad input; js by
// default); prints the seed first so any run can be repeated, and a summary at the end. Exit code 1
// when a property failed. Child processes (not worker threads) so the stack is the size the CLI
// and the language server run with. A job names each input before it starts it: one that stays on
// an input past --stuck seconds of wall time (180 by default: a large input's fix checks re-lint it
// tens of times on a loaded machine), or dies, is stopped and that input reported as a failure; a
// new job goes on after it from the last progress report (every 500 inputs).
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const harnessPath = path.join(root, 'out', 'test', 'fuzz', 'harness.js');

function parseArgs(argv) {
  const o = { stuck: 180, lang: 'js', count: 10_000, seed: undefined, jobs: Math.max(1, os.availableParallelism?.() ?? os.cpus().length), time: undefined, budgetMs: 1000, truncateAllUpTo: 400, maxChars: 256 * 1024, maxFixes: 8, only: undefined, report: undefined, failures: undefined };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i], undefined];
    const val = () => inline ?? argv[++i];
    switch (flag) {
      case '--lang': o.lang = val(); break;
      case '--count': o.count = Number(val()); break;
      case '--seed': o.seed = Number(val()); break;
      case '--jobs': o.jobs = Number(val()); break;
      case '--time': o.time = Number(val()); break;
      case '--budget-ms': o.budgetMs = Number(val()); break;
      case '--truncate-all-up-to': o.truncateAllUpTo = Number(val()); break;
      case '--max-chars': o.maxChars = Number(val()); break;
      case '--max-fixes': o.maxFixes = Number(val()); break;
      case '--only': o.only = val().split(',').map(Number); break;
      case '--report': o.report = path.resolve(val()); break;
      case '--failures': o.failures = path.resolve(val()); break;
      case '--shard': o.shard = val(); break;
      case '--stuck': o.stuck = Number(val()); break;
      case '--start-at': o.startAt = Number(val()); break;
      case '--skip': o.skip = val().split(',').filter(Boolean).map(Number); break;
      default: throw new Error(`unknown option ${flag}`);
    }
  }
  if (!['js', 'python'].includes(o.lang)) throw new Error(`--lang is js or python, not ${o.lang}`);
  if (o.seed === undefined) o.seed = Math.floor(Math.random() * 1e9);
  o.failures ??= path.join(os.tmpdir(), `tlslint-fuzz-failures-${o.lang}-${o.seed}`);
  return o;
}

async function child(o) {
  const [shard, shards] = o.shard.split('/').map(Number);
  const { runFuzz } = require(harnessPath);
  const report = await runFuzz({
    seed: o.seed, lang: o.lang, count: o.count, truncateAllUpTo: o.truncateAllUpTo, maxChars: o.maxChars, maxFixes: o.maxFixes, budgetMs: o.budgetMs, cliEvery: 4, shard, shards, only: o.only,
    startAt: o.startAt, skip: o.skip,
    timeLimitMs: o.time === undefined ? undefined : o.time * 1000,
    onInput: (index) => {
      process.send({ at: index });
      // The watchdog's test (test/fuzz/py-fuzz.test.ts) makes one input hang.
      if (index === Number(process.env.TLSLINT_FUZZ_TEST_HANG_AT)) for (;;);
    },
    onProgress: (done, total, r, position) => process.send({ progress: { shard, done, total, failures: r.failures.length, maxMs: r.maxMs }, snapshot: r, position }),
  });
  process.send({ report });
}

function merge(reports) {
  const sum = (k) => reports.reduce((n, r) => n + r[k], 0);
  const top = reports.reduce((a, b) => (b.maxMs > a.maxMs ? b : a));
  const byGenerator = {};
  const timeBuckets = {};
  for (const r of reports) {
    for (const [k, v] of Object.entries(r.byGenerator)) byGenerator[k] = (byGenerator[k] ?? 0) + v;
    for (const [k, v] of Object.entries(r.timeBuckets)) timeBuckets[k] = (timeBuckets[k] ?? 0) + v;
  }
  return {
    seed: reports[0].seed, lang: reports[0].lang, inputs: sum('inputs'), planned: reports[0].planned, byGenerator, findings: sum('findings'), fixesChecked: sum('fixesChecked'),
    fixAllChecked: sum('fixAllChecked'), cipherStrings: sum('cipherStrings'), reportsChecked: sum('reportsChecked'), cliRuns: sum('cliRuns'),
    skippedByLimits: sum('skippedByLimits'), maxMs: top.maxMs, maxMsInput: top.maxMsInput, maxWallMs: Math.max(...reports.map((r) => r.maxWallMs)), timeBuckets, totalMs: sum('totalMs'),
    stoppedEarly: reports.some((r) => r.stoppedEarly), failures: reports.flatMap((r) => r.failures),
  };
}

/**
 * One shard's inputs in a child process, restarted after an input it stays on past --stuck seconds
 * (or dies on): that input is a failure, the next job starts at the last progress report's
 * position and leaves it out. Resolves to the reports of each job (a stopped job's last snapshot).
 */
function runShard(o, shard, jobs, started, onProgress) {
  const { makeInput } = require(harnessPath);
  const reports = [];
  const skip = [];
  const hangs = [];
  let startAt = 0;
  return new Promise((resolve, reject) => {
    const start = () => {
      const args = ['--shard', `${shard}/${jobs}`, '--lang', o.lang, '--seed', String(o.seed), '--count', String(o.count), '--budget-ms', String(o.budgetMs), '--truncate-all-up-to', String(o.truncateAllUpTo), '--max-chars', String(o.maxChars), '--max-fixes', String(o.maxFixes), '--start-at', String(startAt)];
      if (o.time !== undefined) args.push('--time', String(Math.max(0, o.time - (Date.now() - started) / 1000)));
      if (o.only) args.push('--only', o.only.join(','));
      if (skip.length > 0) args.push('--skip', skip.join(','));
      const c = fork(fileURLToPath(import.meta.url), args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      let report;
      let snapshot;
      let position = startAt;
      let at;
      let since = Date.now();
      let stopped;
      const watch = setInterval(() => {
        if (at === undefined || Date.now() - since < o.stuck * 1000) return;
        stopped = `stayed on this input for over ${o.stuck} s (wall)`;
        c.kill('SIGKILL');
      }, Math.min(1000, o.stuck * 500));
      c.on('message', (msg) => {
        if (msg.at !== undefined) {
          at = msg.at;
          since = Date.now();
        }
        if (msg.report) report = msg.report;
        if (msg.snapshot) {
          snapshot = msg.snapshot;
          position = msg.position;
        }
        if (msg.progress) {
          const before = reports.reduce((n, r) => n + r.inputs, 0);
          const failed = reports.reduce((n, r) => n + r.failures.length, 0) + hangs.length;
          onProgress({ ...msg.progress, done: before + msg.progress.done, failures: failed + msg.progress.failures, maxMs: Math.max(msg.progress.maxMs, ...reports.map((r) => r.maxMs)) });
        }
      });
      c.on('exit', (code, signal) => {
        clearInterval(watch);
        if (report) {
          reports.push(report);
          if (hangs.length > 0) reports.push({ ...emptyReport(report), failures: hangs });
          return resolve(reports);
        }
        if (at === undefined || skip.length >= 20) return reject(new Error(`shard ${shard} exited with ${code ?? signal} and no report`));
        // The stuck (or fatal) input is a failure; the inputs after the last snapshot run again in a new job.
        const input = makeInput(o.seed, at, o);
        hangs.push({ id: input.id, generator: input.generator, property: stopped ? 'no-hang' : 'no-crash', message: `the fuzz job ${stopped ?? `exited (${code ?? signal})`}: a stuck or fatal input (or the CLI batch after it)`, fileName: input.fileName, text: input.text });
        if (snapshot) reports.push(snapshot);
        skip.push(at);
        startAt = position;
        start();
      });
    };
    start();
  });
}

/** A report with no inputs, for the failures of stopped jobs. */
function emptyReport(like) {
  return { ...like, inputs: 0, byGenerator: {}, findings: 0, fixesChecked: 0, fixAllChecked: 0, cipherStrings: 0, reportsChecked: 0, cliRuns: 0, skippedByLimits: 0, maxMs: 0, maxMsInput: undefined, maxWallMs: 0, timeBuckets: {}, totalMs: 0, failures: [], stoppedEarly: false };
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.shard) return child(o);
  const { summariseFailures, plannedInputs, prepare } = require(harnessPath);
  await prepare(o.lang);
  const planned = o.only ? o.only.length : plannedInputs(o);
  const jobs = o.only ? 1 : o.jobs;
  console.log(`tlslint fuzz (${o.lang}): seed ${o.seed}, ${planned} inputs (${o.count} random), ${jobs} job(s), budget ${o.budgetMs} ms per file`);
  console.log(`reproduce: npm run fuzz -- --lang ${o.lang} --seed ${o.seed} --count ${o.count} --truncate-all-up-to ${o.truncateAllUpTo} --max-chars ${o.maxChars} --max-fixes ${o.maxFixes}`);
  const started = Date.now();
  const progress = new Map();
  const showProgress = () => {
    const done = [...progress.values()].reduce((n, p) => n + p.done, 0);
    const fails = [...progress.values()].reduce((n, p) => n + p.failures, 0);
    const maxMs = Math.max(0, ...[...progress.values()].map((p) => p.maxMs));
    process.stderr.write(`\r${done}/${planned} inputs, ${fails} failures, slowest ${maxMs.toFixed(0)} ms, ${((Date.now() - started) / 1000).toFixed(0)} s   `);
  };
  const reports = (await Promise.all(Array.from({ length: jobs }, (_, shard) => runShard(o, shard, jobs, started, (p) => {
    progress.set(shard, p);
    showProgress();
  })))).flat();
  process.stderr.write('\n');
  const r = merge(reports);
  r.wallSeconds = Math.round((Date.now() - started) / 1000);
  const { failures, ...figures } = r;
  console.log(JSON.stringify(figures, null, 2));
  if (o.report) writeFileSync(o.report, `${JSON.stringify({ ...figures, failures: failures.map(({ text, ...f }) => ({ ...f, chars: text.length })) }, null, 2)}\n`);
  if (failures.length > 0) {
    mkdirSync(o.failures, { recursive: true });
    failures.slice(0, 200).forEach((f, i) => writeFileSync(path.join(o.failures, `${i}-${f.id.replace(':', '-')}-${f.property}${path.extname(f.fileName) || '.ts'}`), f.text));
    console.log(`\n${failures.length} failure(s); inputs written to ${o.failures}\n${summariseFailures(failures)}`);
    process.exitCode = 1;
  } else {
    console.log(`\nno failures: ${r.inputs} inputs, slowest ${r.maxMs.toFixed(0)} ms (${r.maxMsInput})`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 2;
});
