import { noGlobalTlsBypass } from '../../rules/no-global-tls-bypass/index.js';
import { runRuleTests, type InvalidCase } from './rule-tester.js';

const REMOVE = 'Remove the NODE_TLS_REJECT_UNAUTHORIZED assignment';
const assign = (code: string, filename?: string, name?: string): InvalidCase => ({ code, filename, name, messageIds: [...code.matchAll(/⟦/g)].map(() => 'assign'), severities: [...code.matchAll(/⟦/g)].map(() => 'error') });

runRuleTests(noGlobalTlsBypass, {
  valid: [
    { name: 'values that keep verification on', code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = 'false';\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = '';\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = ' 0';\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = 1;\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = false;\n" },
    { name: 'delete restores verification', code: 'delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;\ndelete process.env["NODE_TLS_REJECT_UNAUTHORIZED"];\n' },
    { name: 'reads, comments and strings', code: "// process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\nconst s = \"process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'\";\nif (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') console.warn('off');\nconst { NODE_TLS_REJECT_UNAUTHORIZED = '0' } = process.env;\n" },
    { name: 'a local object named process', code: "const process = { env: {} as Record<string, string> };\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n" },
    { name: 'a parameter named process or env', code: "function setup(process) { process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; }\nfunction child(env) { env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; return env; }\n" },
    { name: 'another variable of process.env, or another object', code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED_X = '0';\nprocess.env.OTHER = '0';\nconfig.NODE_TLS_REJECT_UNAUTHORIZED = '0';\nObject.assign(config, { NODE_TLS_REJECT_UNAUTHORIZED: '0' });\n" },
    { name: 'a variable of the same name that is not process.env', code: "let NODE_TLS_REJECT_UNAUTHORIZED = '1';\nNODE_TLS_REJECT_UNAUTHORIZED = '0';\n" },
    { name: 'an unknown value', code: 'process.env.NODE_TLS_REJECT_UNAUTHORIZED = settings.tlsReject;\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = String(verify);\n' },
    { name: 'a variable reassigned before the use', code: "let v = '0';\nv = '1';\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = v;\n" },
    { name: 'compound operators that do not set 0', code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED += '0';\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED &&= '0';\n" },
    { name: 'a child process env that keeps verification on', code: "import { spawn } from 'node:child_process';\nspawn('node', ['script.js'], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '1' } });\n" },
    { name: 'a child process env without the variable, or one we cannot see', code: "import cp from 'node:child_process';\ncp.spawn('node', ['a.js'], { env: process.env });\ncp.exec('node a.js', { env: { ...process.env, LOG_LEVEL: 'debug' } });\ncp.fork('a.js', [], { env: makeEnv() });\n" },
    { name: 'a spawn that is not child_process.spawn', code: "import { spawn } from './runner';\nspawn('node', [], { env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' } });\nfunction run(spawn) { spawn('node', [], { env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' } }); }\n" },
  ],
  invalid: [
    assign("⟦process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'⟧;\n", 'x.js', "= '0'"),
    assign('⟦process.env.NODE_TLS_REJECT_UNAUTHORIZED = 0⟧;\n', 'x.js', '= 0 (process.env makes it the string "0")'),
    assign('⟦process.env[\'NODE_TLS_REJECT_UNAUTHORIZED\'] = "0"⟧;\n⟦process.env[`NODE_TLS_REJECT_UNAUTHORIZED`] = `0`⟧;\n', 'x.ts', 'bracket forms'),
    assign("const KEY = 'NODE_TLS_REJECT_UNAUTHORIZED';\n⟦process.env[KEY] = '0'⟧;\n", 'x.ts', 'bracket with a constant key'),
    assign("const zero = '0';\n⟦process.env.NODE_TLS_REJECT_UNAUTHORIZED = zero⟧;\n⟦process.env.NODE_TLS_REJECT_UNAUTHORIZED = String(0)⟧;\n⟦process.env.NODE_TLS_REJECT_UNAUTHORIZED = `${0}`⟧;\n⟦process.env.NODE_TLS_REJECT_UNAUTHORIZED = ['0'].join('')⟧;\n", 'x.ts', 'values resolved through variables and expressions'),
    assign("⟦(process.env as any).NODE_TLS_REJECT_UNAUTHORIZED = '0'⟧;\n⟦process.env!.NODE_TLS_REJECT_UNAUTHORIZED = '0'⟧;\n", 'x.ts', 'TypeScript wrappers'),
    assign("import process from 'node:process';\n⟦process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'⟧;\n", 'x.mts', 'import process from node:process'),
    assign("import * as proc from 'process';\n⟦proc.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'⟧;\n", 'x.ts', 'namespace import of process'),
    assign("import { env } from 'node:process';\n⟦env.NODE_TLS_REJECT_UNAUTHORIZED = '0'⟧;\n", 'x.mjs', 'import { env }'),
    assign("const { env } = require('node:process');\n⟦env.NODE_TLS_REJECT_UNAUTHORIZED = '0'⟧;\n", 'x.cjs', "const { env } = require('node:process')"),
    assign("const env = process.env;\n⟦env.NODE_TLS_REJECT_UNAUTHORIZED = '0'⟧;\n", 'x.js', 'const env = process.env'),
    assign("const { env } = process;\n⟦env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0'⟧;\n", 'x.js', 'const { env } = process'),
    assign("⟦globalThis.process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'⟧;\n⟦global.process.env.NODE_TLS_REJECT_UNAUTHORIZED = 0⟧;\n", 'x.js', 'globalThis.process and global.process'),
    assign("function insecure() {\n  ⟦process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'⟧;\n}\nbeforeAll(() => { ⟦process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'⟧; });\n", 'setup.test.ts', 'inside functions and test hooks'),
    assign("export default function App() {\n  ⟦process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'⟧;\n  return <div />;\n}\n", 'x.tsx', 'a TSX file'),
    {
      name: 'Object.assign(process.env, …)',
      code: "Object.assign(process.env, { ⟦NODE_TLS_REJECT_UNAUTHORIZED: '0'⟧ });\nObject.assign(process.env, { ⟦NODE_TLS_REJECT_UNAUTHORIZED: '0'⟧, LOG_LEVEL: 'debug' });\n",
      messageIds: ['assign', 'assign'],
      fixes: [
        { title: REMOVE, output: "Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '0', LOG_LEVEL: 'debug' });\n" },
        { finding: 1, title: REMOVE, output: "Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '0' });\nObject.assign(process.env, { LOG_LEVEL: 'debug' });\n" },
      ],
    },
    assign("const extra = { ⟦NODE_TLS_REJECT_UNAUTHORIZED: 0⟧ };\nObject.assign(process.env, defaults, extra);\n", 'x.js', 'Object.assign through a variable'),
    {
      name: 'process.env = { ...process.env, … }',
      code: "process.env = { ...process.env, ⟦NODE_TLS_REJECT_UNAUTHORIZED: '0'⟧ };\n",
      messageIds: ['assign'],
      fixes: [{ title: REMOVE, output: 'process.env = { ...process.env };\n' }],
    },
    {
      name: 'conditional values name the branch',
      code: "⟦process.env.NODE_TLS_REJECT_UNAUTHORIZED = insecure ? '0' : '1'⟧;\n⟦process.env.NODE_TLS_REJECT_UNAUTHORIZED = process.env.TLS_REJECT ?? '0'⟧;\nObject.assign(process.env, dev ? { ⟦NODE_TLS_REJECT_UNAUTHORIZED: '0'⟧ } : {});\n",
      messageIds: ['assign', 'assign', 'assign'],
      messageIncludes: [
        'NODE_TLS_REJECT_UNAUTHORIZED=0 (when insecure is truthy) makes the whole process accept any certificate.',
        'NODE_TLS_REJECT_UNAUTHORIZED=0 (when TLS_REJECT is null or undefined) makes the whole process accept any certificate.',
        'NODE_TLS_REJECT_UNAUTHORIZED=0 (when dev is truthy) makes the whole process accept any certificate.',
      ],
    },
    {
      name: 'assignments under if name the condition',
      code: "if (process.env.CI) {\n  ⟦process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'⟧;\n}\nif (prod) {} else ⟦process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'⟧;\n",
      messageIds: ['assign', 'assign'],
      messageIncludes: ['NODE_TLS_REJECT_UNAUTHORIZED=0 (when CI is truthy) makes the whole process accept any certificate.', 'NODE_TLS_REJECT_UNAUTHORIZED=0 (when prod is falsy) makes the whole process accept any certificate.'],
      fixes: [
        // The ifs hold nothing else and their conditions only read: they go with the assignment.
        { title: REMOVE, output: "if (prod) {} else process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n" },
        { finding: 1, title: REMOVE, output: "if (process.env.CI) {\n  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n}\n" },
      ],
    },
    {
      name: '??= and ||= set it only when unset',
      code: "⟦process.env.NODE_TLS_REJECT_UNAUTHORIZED ??= '0'⟧;\n⟦process.env.NODE_TLS_REJECT_UNAUTHORIZED ||= '0'⟧;\n",
      messageIncludes: ['(when it is not set yet)', '(when it is not set or empty)'],
    },
    {
      name: 'the fix removes the statement and its line',
      code: "import https from 'node:https';\n\n⟦process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'⟧;\nhttps.get('https://staging.example');\n",
      messageIds: ['assign'],
      messageIncludes: ['NODE_TLS_REJECT_UNAUTHORIZED=0 makes the whole process accept any certificate.'],
      fixes: [{ title: REMOVE, output: "import https from 'node:https';\n\nhttps.get('https://staging.example');\n" }],
    },
    assign("⟦process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'⟧;\nconst broken = ;\n", 'x.js', 'a file that does not parse still yields the findings of the parts that parse'),
    {
      name: 'a child process started with verification off',
      code: "import { spawn } from 'node:child_process';\nspawn('node', ['seed.js'], { env: { ...process.env, ⟦NODE_TLS_REJECT_UNAUTHORIZED: '0'⟧ } });\n",
      messageIds: ['childEnv'],
      severities: ['error'],
      messageIncludes: ['child_process.spawn passes NODE_TLS_REJECT_UNAUTHORIZED=0: the new process accepts any certificate.'],
      fixes: [{ title: 'Remove NODE_TLS_REJECT_UNAUTHORIZED from the environment of child_process.spawn', output: "import { spawn } from 'node:child_process';\nspawn('node', ['seed.js'], { env: { ...process.env } });\n" }],
    },
    {
      name: 'exec, execFile, fork, a Worker and cluster.fork; env built in a variable and by a write',
      filename: 'jobs.js',
      keepsEmpty: { key: 'env', why: "env: {} starts the child with an empty environment; without env it would get the parent's" },
      code: [
        "const cp = require('child_process');",
        "const { Worker } = require('node:worker_threads');",
        "const cluster = require('node:cluster');",
        "const insecure = { ...process.env, ⟦NODE_TLS_REJECT_UNAUTHORIZED: 0⟧ };",
        "cp.exec('node a.js', { env: insecure }, done);",
        "cp.execFileSync('node', ['b.js'], { cwd, env: { ⟦NODE_TLS_REJECT_UNAUTHORIZED: '0'⟧ } });",
        'const env = { ...process.env };',
        "⟦env.NODE_TLS_REJECT_UNAUTHORIZED = '0'⟧;",
        "cp.fork('c.js', { env });",
        "new Worker('./d.js', { env: { ⟦NODE_TLS_REJECT_UNAUTHORIZED: '0'⟧ } });",
        "cluster.fork({ ⟦NODE_TLS_REJECT_UNAUTHORIZED: '0'⟧ });",
        '',
      ].join('\n'),
      messageIds: ['childEnv', 'childEnv', 'childEnv', 'childEnv', 'childEnv'],
      messageIncludes: ['child_process.exec', 'child_process.execFileSync', 'child_process.fork', 'worker_threads.Worker', 'cluster.fork'],
    },
    {
      name: 'a child env chosen by a condition says when',
      code: "import { spawn } from 'node:child_process';\nspawn('npm', ['test'], { env: insecure ? { ...process.env, ⟦NODE_TLS_REJECT_UNAUTHORIZED: '0'⟧ } : process.env });\n",
      messageIncludes: ['child_process.spawn passes NODE_TLS_REJECT_UNAUTHORIZED=0 (when insecure is truthy): the new process accepts any certificate.'],
    },
  ],
});
