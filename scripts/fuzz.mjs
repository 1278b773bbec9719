// `npm run fuzz -- [--lang js|python] [--count N] [--seed S] [--jobs J] [--time SECONDS] [--budget-ms MS]
//                  [--truncate-all-up-to CHARS] [--max-chars CHARS] [--max-fixes N]
//                  [--only I,J] [--report FILE] [--failures DIR]`
//
// Runs the fuzz harness (test/fuzz/, compiled to out/) in J child processes, each taking every J-th
// input (`--lang python`: the Python seeds, mutations, generated programs and bad input; js by
// default); prints the seed first so any run can be repeated, and a summary at the end. Exit code 1
// when a property failed. Child processes (not worker threads) so the stack is the size the CLI
// and the language server run with.
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
  const o = { lang: 'js', count: 10_000, seed: undefined, jobs: Math.max(1, os.availableParallelism?.() ?? os.cpus().length), time: undefined, budgetMs: 1000, truncateAllUpTo: 400, maxChars: 256 * 1024, maxFixes: 8, only: undefined, report: undefined, failures: undefined };
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
    timeLimitMs: o.time === undefined ? undefined : o.time * 1000,
    onProgress: (done, total, r) => process.send({ progress: { shard, done, total, failures: r.failures.length, maxMs: r.maxMs } }),
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
  const reports = await Promise.all(Array.from({ length: jobs }, (_, shard) => new Promise((resolve, reject) => {
    const args = ['--shard', `${shard}/${jobs}`, '--lang', o.lang, '--seed', String(o.seed), '--count', String(o.count), '--budget-ms', String(o.budgetMs), '--truncate-all-up-to', String(o.truncateAllUpTo), '--max-chars', String(o.maxChars), '--max-fixes', String(o.maxFixes)];
    if (o.time !== undefined) args.push('--time', String(o.time));
    if (o.only) args.push('--only', o.only.join(','));
    const c = fork(fileURLToPath(import.meta.url), args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let report;
    c.on('message', (msg) => {
      if (msg.report) report = msg.report;
      if (msg.progress) {
        progress.set(msg.progress.shard, msg.progress);
        const done = [...progress.values()].reduce((n, p) => n + p.done, 0);
        const fails = [...progress.values()].reduce((n, p) => n + p.failures, 0);
        const maxMs = Math.max(...[...progress.values()].map((p) => p.maxMs));
        process.stderr.write(`\r${done}/${planned} inputs, ${fails} failures, slowest ${maxMs.toFixed(0)} ms, ${((Date.now() - started) / 1000).toFixed(0)} s   `);
      }
    });
    c.on('exit', (code) => (report ? resolve(report) : reject(new Error(`shard ${shard} exited with ${code} and no report`))));
  })));
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
