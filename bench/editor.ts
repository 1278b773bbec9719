// Editor benchmark: a 10,000-line file with TLS code spread through it, edited 200 times as a
// person types (a seeded sequence), each edit followed by what the language server computes
// for it: the incremental re-parse, the analysis and the diagnostics. Compared with a full parse.
// The file is TypeScript (`js`, parsed by typescript) or Python (`python`: bench/editor-python.ts,
// re-parsed incrementally by tree-sitter through the Python frontend). Bundled and run by
// bench/run.mjs: `node editor.js js|python [edits]`; prints one JSON object.
import ts from 'typescript';
import { defaultConfig } from '../server/src/engine/config/index.js';
import type { Edit, ParsedDocument } from '../server/src/engine/language.js';
import { lintBuffer, lintText, ready } from '../server/src/linter/index.js';
import { toDiagnostics } from '../server/src/lsp/diagnostics.js';
import { parseSourceFile as parse } from '../server/src/lang/js/parse.js';
import { parseTree } from '../server/src/lang/python/parser.js';
import { mulberry32 } from '../test/fuzz/rng.js';
import { makePythonFile } from './editor-python.js';

const LINES = 10_000;
/** 200 unless `node editor.js <language> <edits>` says otherwise (bench/run.mjs --editor-edits). */
const EDITS = Number(process.argv[3] ?? 200);
/** Full parses and lints timed for the comparison (and 5 warm-up lints); fewer for a short run. */
const REPEATS = EDITS >= 200 ? 15 : 3;

/** One 50-line module of a service: helpers, a client with TLS options (one in four insecure), a server. */
function block(i: number): string {
  const insecure = i % 4 === 0;
  return `
export interface Config${i} { host: string; port: number; retries?: number; tags: string[] }

export function normalise${i}(input: Partial<Config${i}>): Config${i} {
  const host = (input.host ?? 'service-${i}.internal').trim().toLowerCase();
  const port = Number.isInteger(input.port) ? input.port! : 8443;
  const tags = [...(input.tags ?? []), 'svc-${i}'].filter((t, k, all) => all.indexOf(t) === k);
  return { host, port, retries: Math.min(input.retries ?? 3, 10), tags };
}

export async function fetchStatus${i}(cfg: Config${i}, signal?: AbortSignal): Promise<number> {
  const started = Date.now();
  for (let attempt = 0; attempt <= (cfg.retries ?? 0); attempt++) {
    try {
      const res = await fetch(\`https://\${cfg.host}:\${cfg.port}/status\`, { signal });
      if (res.ok) return Date.now() - started;
    } catch (err) {
      if (signal?.aborted) throw err;
      await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
    }
  }
  return -1;
}

export function connect${i}(cfg: Config${i}) {
  const options = {
    host: cfg.host,
    port: cfg.port,
    servername: cfg.host,
    minVersion: ${insecure ? "'TLSv1'" : "'TLSv1.2'"} as const,
    rejectUnauthorized: ${insecure ? 'process.env.NODE_ENV !== "production"' : 'true'},
  };
  const socket = tls.connect(options, () => log${i}('connected', socket.getProtocol()));
  socket.setTimeout(30_000, () => socket.destroy(new Error('timeout')));
  return socket;
}

const agent${i} = new https.Agent({ keepAlive: true, maxSockets: ${(i % 7) + 2}${insecure ? ", ciphers: 'DES-CBC3-SHA:AES128-SHA'" : ''} });

function log${i}(event: string, detail?: unknown): void {
  if (process.env.DEBUG?.includes('svc-${i}')) console.error(\`[svc-${i}] \${event}\`, detail ?? '', agent${i}.maxSockets);
}
`;
}

export function makeFile(): string {
  let text = "import tls from 'node:tls';\nimport https from 'node:https';\n";
  for (let i = 0; text.split('\n').length < LINES; i++) text += block(i);
  return text.split('\n').slice(0, LINES).join('\n') + '\n';
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** What differs between the languages: the file, the text typed, the full parses compared with. */
interface Subject {
  fileName: string;
  text: string;
  typed: string;
  /** Edit after a line's indentation, not at its start: in Python, text before it changes the block structure. */
  afterIndent: boolean;
  fullParses: Record<string, (text: string) => void>;
}

const SUBJECTS: Record<string, () => Subject> = {
  js: () => ({
    fileName: '/bench/service.ts',
    text: makeFile(),
    typed: 'const retryDelay = attempt * 250;',
    afterIndent: false,
    fullParses: {
      fullParseMs: (text) => parse('/bench/service.ts', text),
      fullParseNoParentsMs: (text) => ts.createSourceFile('/bench/service.ts', text, ts.ScriptTarget.Latest),
    },
  }),
  python: () => ({
    fileName: '/bench/service.py',
    text: makePythonFile(LINES),
    typed: 'retry_delay = attempt * 250',
    afterIndent: true,
    fullParses: { fullParseMs: (text) => parseTree(text).delete() },
  }),
};

async function main(): Promise<void> {
  const language = process.argv[2] ?? 'js';
  const subject = SUBJECTS[language]?.();
  if (!subject) throw new Error(`usage: editor.js ${Object.keys(SUBJECTS).join('|')}`);
  await ready();
  const { fileName, typed } = subject;
  let text = subject.text;
  const options = { config: { ...defaultConfig(), configFile: undefined, baseDir: '/bench' } };
  // Warm up the parser and the engine, as a running server is.
  for (let k = 0; k < Math.min(5, REPEATS); k++) lintText(fileName, text, options);
  const parses: Record<string, number[]> = Object.fromEntries(Object.keys(subject.fullParses).map((k) => [k, []]));
  const fullLint: number[] = [];
  for (let k = 0; k < REPEATS; k++) {
    for (const [key, fullParse] of Object.entries(subject.fullParses)) {
      const t = performance.now();
      fullParse(text);
      parses[key].push(performance.now() - t);
    }
    const t = performance.now();
    lintText(fileName, text, options);
    fullLint.push(performance.now() - t);
  }
  const random = mulberry32(2026);
  let parsed: ParsedDocument | undefined = lintBuffer(fileName, text, options).document;
  const times: number[] = [];
  // CPU time of the process too (user + system): on a shared machine wall time says more about the neighbours.
  const cpuTimes: number[] = [];
  let findings = 0;
  for (let e = 0; e < EDITS; e++) {
    // Mostly typing a character inside a function body; now and then deleting one, or pasting a line.
    const lineStarts: number[] = [];
    for (let i = text.indexOf('\n'); i >= 0 && lineStarts.length < LINES; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    const lineStart = lineStarts[Math.floor(random() * (lineStarts.length - 1))];
    const at = subject.afterIndent ? lineStart + /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0].length : lineStart;
    const r = random();
    const edit: Edit = r < 0.8 ? { start: at, end: at, newLength: 1 } : r < 0.9 ? { start: at, end: at + 1, newLength: 0 } : { start: at, end: at, newLength: typed.length + 1 };
    const inserted = r < 0.8 ? typed[e % typed.length] : r < 0.9 ? '' : `${typed}\n`;
    const next = text.slice(0, edit.start) + inserted + text.slice(edit.end);
    const t = performance.now();
    const cpu = process.cpuUsage();
    const out = lintBuffer(fileName, next, options, parsed ? { document: parsed, edits: [edit] } : undefined);
    const diagnostics = toDiagnostics(out.result, e + 2);
    times.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    findings = diagnostics.length;
    parsed = out.document;
    text = next;
  }
  const result = {
    language,
    lines: LINES,
    bytes: Buffer.byteLength(text),
    edits: EDITS,
    diagnostics: findings,
    ...Object.fromEntries(Object.entries(parses).map(([k, xs]) => [k, median(xs)])),
    fullLintMs: median(fullLint),
    editMedianMs: median(times),
    editP95Ms: percentile(times, 95),
    editMaxMs: Math.max(...times),
    editCpuMedianMs: median(cpuTimes),
    editCpuP95Ms: percentile(cpuTimes, 95),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
