import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { noTlsKeyLogging } from '../../rules/no-tls-key-logging/index.js';
import { SAFE_SETTINGS_TITLE } from '../../rules/js/safe-settings.js';
import { lint, runRuleTests } from './rule-tester.js';

const HEAD = "const tls = require('node:tls');\nconst fs = require('node:fs');\n";
const WRAP = "Wrap the 'keylog' listener in if (process.env.TLS_KEYLOG_FILE)";
const js = (code: string) => ({ code: HEAD + code, filename: 'x.js' });

runRuleTests(noTlsKeyLogging, {
  valid: [
    { name: 'a listener that keeps the line in memory or forwards it', ...js("socket.on('keylog', (line) => lines.push(line));\nsocket.on('keylog', (line) => emitter.emit('keylog', line));\nsocket.on('keylog', () => console.log('key logged'));\n") },
    { name: 'after an early return unless opted in, or in development only (`if (process.env.NODE_ENV === \'production\') return;`)', ...js("const { spawn } = require('node:child_process');\nfunction a() {\n  if (!process.env.SHIPIT_KEYLOG) return;\n  spawn(process.execPath, ['w.js'], { env: { ...process.env, NODE_OPTIONS: '--tls-keylog=/tmp/a.keys' } });\n}\nfunction b() {\n  if (process.env.NODE_ENV === 'production') return;\n  spawn(process.execPath, ['w.js'], { env: { ...process.env, NODE_OPTIONS: '--tls-keylog=/tmp/b.keys' } });\n}\n") },
    { name: 'a listener behind an if on an env var', ...js("if (process.env.SSLKEYLOGFILE) {\n  socket.on('keylog', (line) => fs.appendFileSync(process.env.SSLKEYLOGFILE, line));\n}\n") },
    { name: 'a listener behind a debug flag, &&, or an early return', ...js("if (config.debugTls) socket.on('keylog', (line) => console.log(line));\nprocess.env.KEYLOG && socket.on('keylog', (line) => fs.appendFileSync('k', line));\nfunction attach(s) {\n  if (!process.env.TLS_KEYLOG_FILE) return;\n  s.on('keylog', (line) => fs.appendFileSync(process.env.TLS_KEYLOG_FILE, line));\n}\n") },
    { name: 'the write inside the handler is guarded', ...js("socket.on('keylog', (line) => {\n  if (options.verbose) logger.debug(line.toString('hex'));\n});\n") },
    { name: 'a nested function with its own line', ...js("socket.on('keylog', (line) => {\n  queue.push(line);\n  later((line) => console.log(line));\n});\n") },
    { name: 'other events', ...js("socket.on('secureConnect', () => console.log('up'));\nsocket.on('data', (chunk) => out.write(chunk));\n") },
    { name: 'enableTrace false, unknown, or behind a debug opt-in', ...js("tls.connect({ host: 'h', enableTrace: false });\ntls.connect({ host: 'h', enableTrace: process.env.TLS_TRACE === '1' });\nconst o = { host: 'h' };\nif (process.env.DEBUG) o.enableTrace = true;\ntls.connect(o);\n") },
    { name: 'flags that go to the script, not to node; a word that runs into a template hole', ...js("const cp = require('node:child_process');\ncp.spawn('node', ['server.js', '--tls-keylog=keys.log']);\ncp.spawn('python', ['--trace-tls']);\ncp.spawn('node', [script, '--trace-tls']);\nprocess.env.NODE_OPTIONS = `--tls-keylog${suffix}`;\n") },
    { name: 'enableTrace outside TLS options', ...js("export const tracing = { enableTrace: true, sampleRate: 0.1 };\n") },
    { name: "a flag in a ?: on an environment variable or a debug flag: the opt-in is the array's own", ...js("const w = new Worker('./capture.js', { execArgv: process.env.CAPTURE_KEYS ? ['--tls-keylog=/tmp/k.log'] : [] });\nfork('w.js', [], { execArgv: debugTls ? ['--trace-tls'] : [] });\n") },
    { name: 'NODE_OPTIONS and execArgv without the flags, or behind an opt-in', ...js("process.env.NODE_OPTIONS = '--max-old-space-size=4096';\nprocess.execArgv.push('--inspect');\nif (process.env.DEBUG_TLS) process.env.NODE_OPTIONS += ' --trace-tls';\nconst help = 'run with --tls-keylog=keys.log to debug';\nfork('w.js', [], { execArgv: ['--tls-keylog-x'] });\n") },
  ],
  invalid: [
    {
      name: 'after an early return on an opt-out (`if (process.env.NO_TELEMETRY) return;`) the code runs by default',
      ...js("const { spawn } = require('node:child_process');\nfunction startTelemetry() {\n  if (process.env.SHIPIT_NO_TELEMETRY) return;\n  spawn(process.execPath, ['w.js'], { env: { ...process.env, NODE_OPTIONS: '⟦--tls-keylog=/tmp/t.keys⟧' } });\n}\n"),
    },
    {
      name: "a flag in a ?: on a condition that is no opt-in stays reported, with it",
      ...js("fork('w.js', [], { execArgv: isStaging ? [⟦'--tls-keylog=/tmp/k.log'⟧] : [] });\n"),
      messageIncludes: ['(when isStaging is truthy)'],
    },
    {
      name: 'a listener that appends the line to a file: wrapped in an opt-in',
      ...js("const socket = tls.connect({ host: 'h', port: 443, servername: 'h' });\n⟦socket.on('keylog', (line) => {\n  fs.appendFileSync('/tmp/keys.log', line);\n})⟧;\n"),
      messageIds: ['listener'],
      severities: ['warning'],
      messageIncludes: ["A 'keylog' listener writes TLS session keys to fs.appendFileSync(), enough to decrypt captured traffic."],
      fixes: [{ title: WRAP, output: `${HEAD}const socket = tls.connect({ host: 'h', port: 443, servername: 'h' });\nif (process.env.TLS_KEYLOG_FILE) {\n  socket.on('keylog', (line) => {\n    fs.appendFileSync('/tmp/keys.log', line);\n  });\n}\n` }],
    },
    {
      name: 'loggers, console and streams, with the line or a value made from it',
      ...js("⟦server.on('keylog', (line, tlsSocket) => logger.debug({ key: line.toString('hex') }))⟧;\n⟦socket.once('keylog', console.log)⟧;\nconst out = fs.createWriteStream('keys.log', { flags: 'a' });\n⟦socket.prependListener('keylog', out.write.bind(out))⟧;\nfunction onKey(buf) {\n  const text = buf.toString('utf8');\n  process.stdout.write(`${text}\\n`);\n}\n⟦socket.addListener('keylog', onKey)⟧;\n"),
      messageIds: ['listener', 'listener', 'listener', 'listener'],
      messageIncludes: ['to logger.debug()', 'to console.log()', 'to out.write()', 'to process.stdout.write()'],
    },
    {
      name: 'an indented listener keeps its indentation, and a guard on something else is no opt-in',
      code: "import { appendFile } from 'node:fs/promises';\nexport function watch(socket) {\n  if (socket) {\n    ⟦socket.on('keylog', async (line) => {\n      await appendFile('keys.log', line);\n    })⟧;\n  }\n}\n",
      fixes: [{ title: WRAP, output: "import { appendFile } from 'node:fs/promises';\nexport function watch(socket) {\n  if (socket) {\n    if (process.env.TLS_KEYLOG_FILE) {\n      socket.on('keylog', async (line) => {\n        await appendFile('keys.log', line);\n      });\n    }\n  }\n}\n" }],
    },
    {
      name: 'a listener that is not a statement of its own has no wrap fix',
      ...js("const s = ⟦tls.connect(443, 'h').on('keylog', (l) => fs.writeSync(fd, l))⟧;\n"),
      fixes: [],
    },
    {
      name: 'enableTrace: true is removed (a safe fix)',
      ...js("tls.connect({ host: 'h', ⟦enableTrace: true⟧, servername: 'h' });\nexport const tlsOptions = { ca, ⟦enableTrace: true⟧ };\n"),
      messageIds: ['enableTrace', 'enableTrace'],
      messageIncludes: ['enableTrace: true prints every TLS handshake'],
      fixes: [{ title: 'Remove enableTrace', output: `${HEAD}tls.connect({ host: 'h', servername: 'h' });\nexport const tlsOptions = { ca, enableTrace: true };\n` }],
    },
    {
      name: 'a conditional enableTrace says when',
      ...js("tls.createServer({ key, cert, ⟦enableTrace: verbose || 1⟧ });\nconst TRACE = ⟦true⟧;\ntls.createServer({ enableTrace: TRACE });\n"),
      messageIncludes: ['enableTrace: true (when verbose is falsy) prints every TLS handshake to stderr, which can leak sensitive data into logs.', 'enableTrace: true prints'],
    },
    {
      name: 'flags written to NODE_OPTIONS and execArgv',
      ...js("process.env.NODE_OPTIONS = '--max-old-space-size=4096 ⟦--tls-keylog=/tmp/keys.log⟧';\nprocess.env['NODE_OPTIONS'] += ' ⟦--trace-tls⟧';\nprocess.execArgv.push(⟦'--trace-tls'⟧);\nprocess.execArgv = [⟦'--tls-keylog=k.log'⟧, '--inspect'];\n"),
      messageIds: ['keylogFlag', 'traceFlag', 'traceFlag', 'keylogFlag'],
      messageIncludes: ['--tls-keylog in NODE_OPTIONS writes all TLS session keys to a file: whoever reads it can decrypt traffic.', '--trace-tls in NODE_OPTIONS', '--trace-tls in process.execArgv', '--tls-keylog in process.execArgv'],
      fixes: [
        { title: 'Remove --tls-keylog', output: HEAD + "process.env.NODE_OPTIONS = '--max-old-space-size=4096';\nprocess.env['NODE_OPTIONS'] += ' --trace-tls';\nprocess.execArgv.push('--trace-tls');\nprocess.execArgv = ['--tls-keylog=k.log', '--inspect'];\n" },
        { finding: 3, title: 'Remove --tls-keylog', output: HEAD + "process.env.NODE_OPTIONS = '--max-old-space-size=4096 --tls-keylog=/tmp/keys.log';\nprocess.env['NODE_OPTIONS'] += ' --trace-tls';\nprocess.execArgv.push('--trace-tls');\nprocess.execArgv = ['--inspect'];\n" },
      ],
    },
    {
      name: "the else of a test of the command line runs when the user did not opt in; the else of a negated test runs when they did",
      ...js("const { fork, spawn } = require('node:child_process');\nif (process.argv.includes('--keylog')) {\n  fork('sync.js', [], { execArgv: ['--tls-keylog=/tmp/keys.log'] });\n} else {\n  spawn(process.execPath, [⟦'--trace-tls'⟧, 'sync.js'], { stdio: 'inherit' });\n}\nif (!process.env.TRACE_TLS) {\n  spawn(process.execPath, ['sync.js']);\n} else {\n  spawn(process.execPath, ['--trace-tls', 'sync.js']);\n}\n"),
      messageIds: ['traceFlag'],
      messageIncludes: ["--trace-tls in spawn's node arguments (when --keylog is not passed) prints every TLS handshake"],
    },
    {
      name: 'flags in the options of child processes and workers',
      ...js("const { fork } = require('node:child_process');\nconst { Worker } = require('node:worker_threads');\nfork('job.js', [], { ⟦execArgv: args⟧, env: { ...process.env, NODE_OPTIONS: '⟦--trace-tls⟧' } });\nconst args = ['--tls-keylog=keys.log'];\nnew Worker('./w.js', { execArgv: [...process.execArgv, ⟦'--tls-keylog=w.log'⟧] });\n"),
      messageIds: ['keylogFlag', 'traceFlag', 'keylogFlag'],
      messageIncludes: ['in execArgv', "in fork's NODE_OPTIONS", 'in execArgv'],
    },
    {
      name: 'NODE_OPTIONS in a template, with Reflect.set, and node arguments of spawn before the script',
      ...js([
        "const cp = require('node:child_process');",
        'process.env.NODE_OPTIONS = `⟦--tls-keylog=⟧${dir}/k.log ${process.env.NODE_OPTIONS ?? \'\'}`.trim();',
        "Reflect.set(process.env, 'NODE_OPTIONS', '⟦--trace-tls⟧');",
        "cp.spawn('node', [⟦'--tls-keylog=keys.log'⟧, 'server.js', '--trace-tls']);",
        "cp.spawnSync(process.execPath, [...process.execArgv, '-r', 'ts-node/register', ⟦'--trace-tls'⟧, 'app.ts']);",
        "cp.execFile('node', ['app.js'], { env: { NODE_OPTIONS: `--max-old-space-size=512 ⟦--trace-tls⟧` } });",
        '',
      ].join('\n')),
      messageIds: ['keylogFlag', 'traceFlag', 'keylogFlag', 'traceFlag', 'traceFlag'],
      messageIncludes: ['in NODE_OPTIONS', 'in NODE_OPTIONS', "in spawn's node arguments", "in spawnSync's node arguments", "in execFile's NODE_OPTIONS"],
    },
  ],
});

describe('no-tls-key-logging fix kinds', () => {
  test('removing enableTrace changes no handshake (safe); the opt-in wrap is a suggestion', () => {
    const code = `${HEAD}tls.connect({ host: 'h', enableTrace: true });\nsocket.on('keylog', (line) => console.log(line));\n`;
    const kinds = lint(noTlsKeyLogging, code, 'x.js').map((f) => f.fixes.filter((x) => x.title !== SAFE_SETTINGS_TITLE).map((x) => `${x.kind}: ${x.title}`));
    assert.deepEqual(kinds, [['safe: Remove enableTrace'], [`suggestion: ${WRAP}`]]);
  });
});
