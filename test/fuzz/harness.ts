// The fuzz run: makes inputs (seeds as they are, truncations, mutations, generated programs,
// cipher strings, deep nesting), checks the properties on each, and the CLI's reports on batches.
// Input i of seed s is the same on every machine and in every shard: `makeInput(s, i)`.
import { performance } from 'node:perf_hooks';
import { checkCipherString } from './cipher-gen.js';
import { loadCorpus, type Seed } from './corpus.js';
import { makeRandomInput } from './inputs.js';
import { JS_INPUTS } from './js-inputs.js';
import { checkInput, FUZZ_ROOT, type Failure, type FuzzInput } from './properties.js';
import { loadPyCorpus } from './py-corpus.js';
import { PY_INPUTS } from './py-inputs.js';
import { checkCli, checkFormatters } from './reports.js';
import { Rng } from './rng.js';
import { ready } from '../../server/src/linter/index.js';

/** The language a run fuzzes: JavaScript/TypeScript (and project files), or Python. */
export type FuzzLang = 'js' | 'python';

export interface FuzzOptions {
  seed: number;
  /** 'js' unless given; a Python run needs `await prepare('python')` (runFuzz does it). */
  lang?: FuzzLang;
  /** Random inputs (after the seeds themselves and the truncations). */
  count: number;
  /** Seeds of at most this many characters are truncated at every offset (0: none). */
  truncateAllUpTo: number;
  /** Stop early after this long (ms); the report says so. */
  timeLimitMs?: number;
  budgetMs?: number;
  maxFixes?: number;
  /** Deepest nesting the deep generator makes, and the most characters its inputs have. */
  maxDepth?: number;
  maxChars?: number;
  /** Every n-th batch of 50 inputs also goes through the CLI (JSON and SARIF from files on disk). */
  cliEvery?: number;
  /** This process takes inputs i with i % shards === shard. */
  shard?: number;
  shards?: number;
  /** Only these input indices (replaying a failure). */
  only?: number[];
  /** Start at this position of the shard's inputs (a job restarted after a stuck input), and leave these indices out. */
  startAt?: number;
  skip?: number[];
  /** Before each input: a parent process watching for a stuck input learns which it is. */
  onInput?: (index: number) => void;
  /** Every 500 inputs, after the pending reports are checked: `position` is where a restarted job would go on. */
  onProgress?: (done: number, total: number, report: FuzzReport, position: number) => void;
}

export interface FuzzReport {
  seed: number;
  lang: FuzzLang;
  inputs: number;
  planned: number;
  byGenerator: Record<string, number>;
  findings: number;
  fixesChecked: number;
  fixAllChecked: number;
  cipherStrings: number;
  reportsChecked: number;
  cliRuns: number;
  skippedByLimits: number;
  /** The slowest input's analysis, in CPU milliseconds (the budget's measure), and the slowest in wall time. */
  maxMs: number;
  maxMsInput?: string;
  maxWallMs: number;
  /** Inputs by analysis time: under 10, 100, 500, 1000 ms and over. */
  timeBuckets: Record<string, number>;
  totalMs: number;
  failures: Failure[];
  stoppedEarly: boolean;
}

const BATCH = 50;

interface Plan {
  seeds: Seed[];
  truncations: { seed: number; offset: number }[];
}

let planCache: { key: string; plan: Plan } | undefined;

/** Loads what the language's parser needs (Python's WebAssembly grammar); call before planning a run. */
export async function prepare(lang: FuzzLang = 'js'): Promise<void> {
  if (lang === 'python') await ready();
}

function plan(truncateAllUpTo: number, lang: FuzzLang = 'js'): Plan {
  const key = `${lang}:${truncateAllUpTo}`;
  if (planCache?.key === key) return planCache.plan;
  const seeds = lang === 'python' ? loadPyCorpus() : loadCorpus();
  const truncations: Plan['truncations'] = [];
  seeds.forEach((s, i) => {
    if (s.text.length > truncateAllUpTo) return;
    for (let offset = 0; offset < s.text.length; offset++) truncations.push({ seed: i, offset });
  });
  const p = { seeds, truncations };
  planCache = { key, plan: p };
  return p;
}

export function plannedInputs(opts: Pick<FuzzOptions, 'count' | 'truncateAllUpTo' | 'lang'>): number {
  const p = plan(opts.truncateAllUpTo, opts.lang);
  return p.seeds.length + p.truncations.length + opts.count;
}

/** Input `index` of a run with `seed`: deterministic. */
export function makeInput(seed: number, index: number, opts: Pick<FuzzOptions, 'truncateAllUpTo' | 'maxDepth' | 'maxChars' | 'lang'>): FuzzInput & { cipher?: string } {
  const { seeds, truncations } = plan(opts.truncateAllUpTo, opts.lang);
  const id = `${seed}:${index}`;
  if (index < seeds.length) {
    const s = seeds[index];
    return { id, generator: 'seed', fileName: s.fileName, text: s.text, origin: s.origin };
  }
  if (index < seeds.length + truncations.length) {
    const t = truncations[index - seeds.length];
    const s = seeds[t.seed];
    return { id, generator: 'truncate-all', fileName: s.fileName, text: s.text.slice(0, t.offset), origin: `${s.origin} truncated at ${t.offset}` };
  }
  return makeRandomInput(opts.lang === 'python' ? PY_INPUTS : JS_INPUTS, new Rng(seed, index), id, seeds, opts);
}

export async function runFuzz(opts: FuzzOptions): Promise<FuzzReport> {
  await prepare(opts.lang);
  const total = plannedInputs(opts);
  const shards = opts.shards ?? 1;
  const shard = opts.shard ?? 0;
  const report: FuzzReport = {
    seed: opts.seed, lang: opts.lang ?? 'js', inputs: 0, planned: total, byGenerator: {}, findings: 0, fixesChecked: 0, fixAllChecked: 0, cipherStrings: 0, reportsChecked: 0, cliRuns: 0,
    skippedByLimits: 0, maxMs: 0, maxWallMs: 0, timeBuckets: { '<10ms': 0, '<100ms': 0, '<500ms': 0, '<1s': 0, '>=1s': 0 }, totalMs: 0, failures: [], stoppedEarly: false,
  };
  const started = performance.now();
  const indices = opts.only ?? Array.from({ length: total }, (_, i) => i).filter((i) => i % shards === shard);
  const skip = new Set(opts.skip ?? []);
  let batch: { fileName: string; text: string; result: NonNullable<ReturnType<typeof checkInput>['result']>; id: string; generator: string }[] = [];
  let batches = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    batches++;
    const texts = new Map(batch.map((b, i) => [`${FUZZ_ROOT}/b${i}/${b.fileName}`, b.text]));
    const results = batch.map((b, i) => ({ ...b.result, fileName: `${FUZZ_ROOT}/b${i}/${b.fileName}` }));
    const problems = checkFormatters(results, texts, FUZZ_ROOT);
    report.reportsChecked += batch.length;
    if (opts.cliEvery && batches % opts.cliEvery === 0) {
      problems.push(...(await checkCli(batch)));
      report.cliRuns++;
    }
    for (const p of problems) {
      // In memory a file is `/fuzz/b<i>/name`; through the CLI `f<i>.py` or `f<i>/name`.
      const named = /(?:^|[^\w])[bf](\d+)(?:\/|\.\w+\b)/.exec(p);
      const culprit = (named && batch[Number(named[1])]) || batch[0];
      report.failures.push({ id: culprit.id, generator: culprit.generator, property: 'reports-valid', message: p, fileName: culprit.fileName, text: culprit.text });
    }
    batch = [];
  };
  for (let position = opts.startAt ?? 0; position < indices.length; position++) {
    const index = indices[position];
    if (skip.has(index)) continue;
    if (opts.timeLimitMs !== undefined && performance.now() - started > opts.timeLimitMs) {
      report.stoppedEarly = true;
      break;
    }
    opts.onInput?.(index);
    const input = makeInput(opts.seed, index, opts);
    const rng = new Rng(opts.seed, index, 1);
    report.inputs++;
    report.byGenerator[input.generator] = (report.byGenerator[input.generator] ?? 0) + 1;
    if (input.cipher !== undefined) {
      report.cipherStrings++;
      for (const p of checkCipherString(input.cipher)) report.failures.push({ id: input.id, generator: 'cipher', property: 'cipher-evaluator', message: p, fileName: input.fileName, text: input.cipher });
    }
    const r = checkInput(input, { budgetMs: opts.budgetMs ?? 1000, maxFixes: opts.maxFixes ?? 8, rng });
    report.findings += r.findings;
    report.fixesChecked += r.fixesChecked;
    report.fixAllChecked += r.fixAllChecked;
    report.totalMs += r.ms;
    if (r.skipped) report.skippedByLimits++;
    report.maxWallMs = Math.max(report.maxWallMs, r.wallMs);
    if (r.ms > report.maxMs) {
      report.maxMs = r.ms;
      report.maxMsInput = `${input.id} (${input.generator}, ${input.text.length} chars${input.origin ? `, ${input.origin}` : ''})`;
    }
    report.timeBuckets[r.ms < 10 ? '<10ms' : r.ms < 100 ? '<100ms' : r.ms < 500 ? '<500ms' : r.ms < 1000 ? '<1s' : '>=1s']++;
    report.failures.push(...r.failures);
    if (r.result) batch.push({ fileName: input.fileName, text: input.text, result: r.result, id: input.id, generator: input.generator });
    if (batch.length >= BATCH) await flush();
    if (opts.onProgress && report.inputs % 500 === 0) {
      await flush();
      opts.onProgress(report.inputs, indices.length, report, position + 1);
    }
  }
  await flush();
  return report;
}

/** One line per failure kind, with a count and the first input: what a test failure message needs. */
export function summariseFailures(failures: readonly Failure[]): string {
  const byKind = new Map<string, Failure[]>();
  for (const f of failures) {
    const key = `${f.property}: ${f.message.split('\n')[0].replace(/\d+/g, 'N').slice(0, 120)}`;
    byKind.set(key, [...(byKind.get(key) ?? []), f]);
  }
  return [...byKind].map(([k, fs]) => `${fs.length} × ${k}\n    first: ${fs[0].id} ${fs[0].generator} ${fs[0].fileName} ${JSON.stringify(fs[0].text.slice(0, 300))}\n    ${fs[0].message.split('\n').slice(0, 4).join('\n    ')}`).join('\n');
}
