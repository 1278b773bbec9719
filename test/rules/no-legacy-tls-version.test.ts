import { noLegacyTlsVersion } from '../../rules/no-legacy-tls-version/index.js';
import { runRuleTests } from './rule-tester.js';

const TLS = "import tls from 'node:tls'; ";
const HTTPS = "import https from 'node:https'; ";
const SAFE = 'Apply safe TLS settings to these options';

runRuleTests(noLegacyTlsVersion, {
  valid: [
    `${TLS}tls.connect({ host: 'example.com', port: 443, minVersion: 'TLSv1.2' });`,
    `${TLS}tls.createServer({ minVersion: 'TLSv1.3', key, cert });`,
    `${TLS}tls.connect({ host: 'example.com', port: 443, maxVersion: 'TLSv1.2' });`,
    `${TLS}tls.connect({ host: 'example.com', port: 443, secureProtocol: 'TLSv1_2_method' });`,
    `${TLS}tls.createServer({ secureProtocol: 'TLSv1_2_server_method', key, cert });`,
    `${TLS}tls.DEFAULT_MIN_VERSION = 'TLSv1.2';`,
    `${TLS}tls.DEFAULT_MAX_VERSION = 'TLSv1.3';`,
    `${TLS}Object.assign(tls, { DEFAULT_MIN_VERSION: 'TLSv1.2' });\nObject.assign(settings, { DEFAULT_MIN_VERSION: 'TLSv1' });`,
    // Reads and comparisons are not settings.
    `${TLS}export function check(opts) {\n  if (opts.minVersion === 'TLSv1') throw new Error('too old');\n  return tls.DEFAULT_MIN_VERSION === 'TLSv1';\n}`,
    // Comments and strings.
    `${TLS}// tls.connect({ minVersion: 'TLSv1' })\nconst help = "use secureProtocol: 'TLSv1_method' only on Node 8";`,
    // A semver minVersion is not a TLS version.
    "import { check } from './compat';\ncheck({ minVersion: '1.0', maxVersion: '1.1' });",
    "export const engines = { minVersion: '10.1', name: 'TLSv1-tool' };",
    // Type declarations.
    { code: "interface LegacyOptions { minVersion: 'TLSv1'; secureProtocol: 'TLSv1_method' }\ntype T = { maxVersion: 'TLSv1.1' };", filename: 'types.ts' },
    { code: "declare const opts: { minVersion: 'TLSv1' };\nexport type O = typeof opts;", filename: 'decl.d.ts' },
    // A later write overrides the legacy value before the options are used.
    `${TLS}const opts = { host: 'example.com', port: 443, minVersion: 'TLSv1' };\nopts.minVersion = 'TLSv1.2';\ntls.connect(opts);`,
    `${TLS}tls.connect({ minVersion: 'TLSv1', host: 'example.com', minVersion: 'TLSv1.2' });`,
    `${TLS}const legacy = { minVersion: 'TLSv1', ca };\ntls.connect({ ...legacy, host: 'example.com', minVersion: 'TLSv1.2' });`,
    // A shadowed tls is not the module.
    "export function setup(tls) {\n  tls.DEFAULT_MIN_VERSION = 'TLSv1';\n}",
    // Conditions that resolve: the legacy branch is dead.
    `${TLS}const legacy = false;\ntls.connect({ host: 'example.com', minVersion: legacy ? 'TLSv1' : 'TLSv1.2' });`,
    // Loose writes of version names with values that are not legacy, or not TLS versions at all.
    "export function setup(engines, opts) {\n  engines.minVersion = '10.1';\n  opts.maxVersion = 'TLSv1.3';\n  this.options.secureProtocol = 'TLSv1_2_method';\n}",
    // A modern enum member; an ambient enum says nothing about its values.
    `${TLS}enum Tls { Old = 'TLSv1', Modern = 'TLSv1.2' }\ntls.connect({ host: 'example.com', minVersion: Tls.Modern });`,
    { code: `${TLS}declare const enum Tls { Old = 'TLSv1' }\ntls.connect({ host: 'example.com', minVersion: Tls.Old });`, name: 'an ambient const enum' },
    { name: 'flags that raise the floor, flags given to the script, and flags in prose', filename: 'run.js', code: "const cp = require('node:child_process');\nprocess.env.NODE_OPTIONS = '--tls-min-v1.2 --tls-max-v1.3';\ncp.spawn('node', ['app.js', '--tls-min-v1.0']);\nconsole.log('start with --tls-min-v1.0 to reach old servers');\nconst forbidden = ['--tls-min-v1.0'];\nif (process.execArgv.includes('--tls-min-v1.1')) throw new Error('no');\n" },
    { name: 'a flag that only starts like one', filename: 'run.js', code: "process.env.NODE_OPTIONS = `--tls-min-v1.${minor}`;\nprocess.env.NODE_OPTIONS = '--tls-min-v1.0x';\n" },
  ],
  invalid: [
    {
      name: 'a member write under an if keeps its condition',
      code: `${TLS}const o = { host: 'example.com', ⟦minVersion: 'TLSv1'⟧ };\nif (modern) o.minVersion = 'TLSv1.2';\ntls.connect(o);`,
      messageIncludes: ["minVersion: 'TLSv1' (when modern is falsy) allows TLS 1.0, a deprecated protocol attackers can downgrade to."],
    },
    {
      name: 'secureProtocol TLSv1_method, multi-line: replaced by minVersion',
      code: `${TLS}tls.connect({\n  host: 'legacy.example.com',\n  port: 443,\n  ⟦secureProtocol: 'TLSv1_method'⟧,\n});\n`,
      messageIds: ['secureProtocol'],
      severities: ['error'],
      messageIncludes: ["secureProtocol: 'TLSv1_method' pins TLS 1.0"],
      fixes: [
        { title: "Replace secureProtocol with minVersion: 'TLSv1.2'", output: `${TLS}tls.connect({\n  host: 'legacy.example.com',\n  port: 443,\n  minVersion: 'TLSv1.2',\n});\n` },
        // require-servername asks for servername on these options: the settings add it too.
        { title: SAFE, output: `${TLS}tls.connect({\n  host: 'legacy.example.com',\n  port: 443,\n  minVersion: 'TLSv1.2',\n  servername: 'legacy.example.com',\n});\n` },
      ],
    },
    {
      name: 'every legacy method family and role variant is an error',
      code: `${TLS}tls.createServer({ ⟦secureProtocol: 'SSLv3_server_method'⟧ });\ntls.connect({ ⟦secureProtocol: 'TLSv1_1_client_method'⟧ });\ntls.createSecureContext({ ⟦secureProtocol: 'SSLv2_method'⟧ });`,
      messageIds: ['secureProtocol', 'secureProtocol', 'secureProtocol'],
      severities: ['error', 'error', 'error'],
      messageIncludes: ['SSL 3.0', 'TLS 1.1', 'SSL 2.0'],
    },
    {
      name: 'TLS_method and SSLv23_method are weaker forms: warnings',
      code: `${TLS}tls.createServer({ ⟦secureProtocol: 'TLS_method'⟧, key, cert });\nnew tls.TLSSocket(raw, { ⟦secureProtocol: 'SSLv23_method'⟧ });`,
      messageIds: ['weakerProtocol', 'weakerProtocol'],
      severities: ['warning', 'warning'],
      messageIncludes: ["secureProtocol: 'TLS_method' also allows TLS 1.0 and 1.1, weaker than Node's default of TLS 1.2 to 1.3.", 'turns TLS 1.3 off'],
      fixes: [{ title: "Replace secureProtocol with minVersion: 'TLSv1.2'", output: `${TLS}tls.createServer({ minVersion: 'TLSv1.2', key, cert });\nnew tls.TLSSocket(raw, { secureProtocol: 'SSLv23_method' });` }],
    },
    {
      name: 'conditional secureProtocol: the worst branch decides the severity and the message',
      code: `${TLS}tls.connect({ host: 'example.com', ⟦secureProtocol: modern ? 'TLS_method' : 'TLSv1_method'⟧ });`,
      severities: ['error'],
      messageIncludes: ["secureProtocol: 'TLSv1_method' (when modern is falsy) pins TLS 1.0, a deprecated protocol with known attacks."],
    },
    {
      name: 'shorthand minVersion is rewritten in full',
      filename: 'x.js',
      code: "const tls = require('tls');\nconst minVersion = ⟦'TLSv1'⟧;\ntls.connect({ host: 'example.com', minVersion });",
      fixes: [{ title: "Raise minVersion to 'TLSv1.2'", output: "const tls = require('tls');\nconst minVersion = 'TLSv1';\ntls.connect({ host: 'example.com', minVersion: 'TLSv1.2' });" }],
    },
    {
      name: 'secureProtocol next to an existing minVersion is removed',
      code: `${TLS}tls.connect({ host: 'example.com', minVersion: 'TLSv1.2', ⟦secureProtocol: 'TLSv1_method'⟧ });`,
      fixes: [{ title: 'Remove secureProtocol (minVersion is already set)', output: `${TLS}tls.connect({ host: 'example.com', minVersion: 'TLSv1.2' });` }],
    },
    {
      name: 'secureProtocol written as a member assignment',
      code: `${TLS}const opts: tls.ConnectionOptions = { host: 'example.com' };\n⟦opts.secureProtocol = 'TLSv1_method'⟧;\ntls.connect(opts);`,
      fixes: [{ title: "Replace secureProtocol with minVersion: 'TLSv1.2'", output: `${TLS}const opts: tls.ConnectionOptions = { host: 'example.com' };\nopts.minVersion = 'TLSv1.2';\ntls.connect(opts);` }],
    },
    {
      name: 'minVersion TLSv1 is raised',
      code: `${HTTPS}https.createServer({\n  key,\n  cert,\n  ⟦minVersion: 'TLSv1'⟧,\n});`,
      messageIds: ['minVersion'],
      messageIncludes: ["minVersion: 'TLSv1' allows TLS 1.0"],
      fixes: [
        { title: "Raise minVersion to 'TLSv1.2'", output: `${HTTPS}https.createServer({\n  key,\n  cert,\n  minVersion: 'TLSv1.2',\n});` },
        { title: SAFE, output: `${HTTPS}https.createServer({\n  key,\n  cert,\n  minVersion: 'TLSv1.2',\n});` },
      ],
    },
    {
      name: 'conditional minVersion is reported and says when',
      code: `${TLS}tls.connect({ host: 'example.com', ⟦minVersion: isLegacy ? 'TLSv1' : 'TLSv1.2'⟧ });`,
      messageIncludes: ["minVersion: 'TLSv1' (when isLegacy is truthy) allows TLS 1.0, a deprecated protocol attackers can downgrade to."],
      fixes: [{ title: "Raise minVersion to 'TLSv1.2'", output: `${TLS}tls.connect({ host: 'example.com', minVersion: 'TLSv1.2' });` }],
    },
    {
      name: 'minVersion from a constant and from a nullish default',
      code: `${TLS}const MIN = ⟦'TLSv1.1'⟧;\ntls.connect({ host: 'example.com', minVersion: MIN });\ntls.connect({ host: 'example.com', ⟦minVersion: process.env.TLS_MIN ?? 'TLSv1'⟧ });`,
      messageIncludes: ["minVersion: 'TLSv1.1' allows TLS 1.1", "minVersion: 'TLSv1' (when TLS_MIN is null or undefined) allows TLS 1.0, a deprecated protocol attackers can downgrade to."],
    },
    {
      name: 'maxVersion cap is removed',
      code: `${TLS}tls.connect({\n  host: 'example.com',\n  ⟦maxVersion: 'TLSv1.1'⟧,\n  port: 443,\n});`,
      messageIds: ['maxVersion'],
      messageIncludes: ["maxVersion: 'TLSv1.1' caps connections at TLS 1.1"],
      fixes: [
        { title: 'Remove the maxVersion cap', output: `${TLS}tls.connect({\n  host: 'example.com',\n  port: 443,\n});` },
        { title: SAFE, output: `${TLS}tls.connect({\n  host: 'example.com',\n  minVersion: 'TLSv1.2',\n  servername: 'example.com',\n  port: 443,\n});` },
      ],
    },
    {
      name: 'min and max both legacy, one line: safe settings fixes both at once',
      code: `${TLS}tls.createServer({ key, cert, ⟦minVersion: 'TLSv1'⟧, ⟦maxVersion: 'TLSv1.1'⟧ });`,
      messageIds: ['minVersion', 'maxVersion'],
      fixes: [
        { title: SAFE, output: `${TLS}tls.createServer({ key, cert, minVersion: 'TLSv1.2' });` },
        { title: SAFE, finding: 1, output: `${TLS}tls.createServer({ key, cert, minVersion: 'TLSv1.2' });` },
        { title: 'Remove the maxVersion cap', finding: 1, output: `${TLS}tls.createServer({ key, cert, minVersion: 'TLSv1' });` },
      ],
    },
    {
      name: 'safe settings next to a kept secureProtocol: no minVersion (ERR_TLS_PROTOCOL_VERSION_CONFLICT)',
      code: `${TLS}tls.connect({ host: 'example.com', secureProtocol: 'TLSv1_2_method', ⟦maxVersion: 'TLSv1.1'⟧ });`,
      fixes: [{ title: SAFE, output: `${TLS}tls.connect({ host: 'example.com', secureProtocol: 'TLSv1_2_method', servername: 'example.com' });` }],
    },
    {
      name: 'safe settings with a spread that may set versions: nothing added',
      code: `${TLS}export const open = (base) => tls.connect({ ...base, ⟦secureProtocol: 'TLSv1_method'⟧ });`,
      fixes: [{ title: SAFE, output: `${TLS}export const open = (base) => tls.connect({ ...base });` }],
    },
    {
      name: 'tls.DEFAULT_MIN_VERSION assignment is removed with its line',
      filename: 'boot.js',
      code: "const tls = require('tls');\n⟦tls.DEFAULT_MIN_VERSION = 'TLSv1'⟧; // old clients\nstart();\n",
      messageIds: ['globalDefault'],
      messageIncludes: ["tls.DEFAULT_MIN_VERSION = 'TLSv1' makes every later TLS context accept TLS 1.0, a deprecated protocol."],
      fixes: [{ title: 'Remove the tls.DEFAULT_MIN_VERSION assignment', output: "const tls = require('tls');\nstart();\n" }],
    },
    {
      name: 'tls.DEFAULT_MAX_VERSION through a named import, conditional',
      filename: 'boot.mjs',
      code: "import * as tls from 'node:tls';\nif (compat) {\n  ⟦tls.DEFAULT_MAX_VERSION = mode === 'old' ? 'TLSv1.1' : 'TLSv1.3'⟧;\n}\n",
      messageIncludes: ["tls.DEFAULT_MAX_VERSION = 'TLSv1.1' (when compat is truthy and mode is 'old') makes every later TLS context stop at TLS 1.1, a deprecated protocol."],
      fixes: [{ title: 'Remove the tls.DEFAULT_MAX_VERSION assignment', output: "import * as tls from 'node:tls';\n" }],
    },
    {
      name: 'tls defaults set with Object.assign',
      code: `${TLS}Object.assign(tls, { ⟦DEFAULT_MIN_VERSION: 'TLSv1.1'⟧, DEFAULT_ECDH_CURVE: 'auto' });`,
      messageIds: ['globalDefault'],
      fixes: [{ title: 'Remove tls.DEFAULT_MIN_VERSION from Object.assign', output: `${TLS}Object.assign(tls, { DEFAULT_ECDH_CURVE: 'auto' });` }],
    },
    {
      name: 'legacy options in a got https object and in a loose bag',
      code: "import got from 'got';\nimport { makeAgent } from './agent';\ngot('https://example.com', { https: { ⟦minVersion: 'TLSv1'⟧ } });\nmakeAgent({ ⟦secureProtocol: 'TLSv1_1_method'⟧ });",
      messageIds: ['minVersion', 'secureProtocol'],
    },
    {
      name: 'a write to a parameter object that is then passed to tls.connect',
      code: `${TLS}export function open(o) {\n  ⟦o.minVersion = 'TLSv1'⟧;\n  return tls.connect(o);\n}`,
      messageIds: ['minVersion'],
      fixes: [{ title: "Raise minVersion to 'TLSv1.2'", output: `${TLS}export function open(o) {\n  o.minVersion = 'TLSv1.2';\n  return tls.connect(o);\n}` }],
    },
    {
      name: 'legacy versions written to this.options: loose writes',
      filename: 'client.js',
      code: "class Client {\n  configure() {\n    ⟦this.options.secureProtocol = 'TLSv1_method'⟧;\n    ⟦this.options['maxVersion'] = 'TLSv1.1'⟧;\n  }\n}",
      messageIds: ['secureProtocol', 'maxVersion'],
      fixes: [{ title: "Replace secureProtocol with minVersion: 'TLSv1.2'", output: "class Client {\n  configure() {\n    this.options.minVersion = 'TLSv1.2';\n    this.options['maxVersion'] = 'TLSv1.1';\n  }\n}" }],
    },
    {
      name: 'a legacy minVersion written to an instance after its creation',
      code: `${TLS}export const agent = makeAgent();\n⟦agent.options.minVersion = 'TLSv1.1'⟧;`,
      messageIncludes: ["minVersion: 'TLSv1.1' allows TLS 1.1"],
    },
    {
      name: 'enum and const enum members',
      code: `${TLS}enum Tls { Old = 'TLSv1', Modern = 'TLSv1.2' }\nconst enum Cap { Max = 'TLSv1.1' }\ntls.connect({ host: 'example.com', ⟦minVersion: Tls.Old⟧, ⟦maxVersion: Cap.Max⟧ });`,
      messageIds: ['minVersion', 'maxVersion'],
      messageIncludes: ["minVersion: 'TLSv1' allows TLS 1.0", "maxVersion: 'TLSv1.1' caps connections at TLS 1.1"],
      fixes: [{ title: "Raise minVersion to 'TLSv1.2'", output: `${TLS}enum Tls { Old = 'TLSv1', Modern = 'TLSv1.2' }\nconst enum Cap { Max = 'TLSv1.1' }\ntls.connect({ host: 'example.com', minVersion: 'TLSv1.2', maxVersion: Cap.Max });` }],
    },
    {
      name: 'a condition quoted in the message may hold a template hole',
      code: `${TLS}tls.connect({ host: 'example.com', ⟦minVersion: \`\${mode}\` === 'old' ? 'TLSv1' : 'TLSv1.2'⟧ });`,
      messageIncludes: ["minVersion: 'TLSv1' (when ${mode} is 'old') allows TLS 1.0"],
    },
    {
      name: 'TSX file with an https.Agent',
      filename: 'page.tsx',
      code: `${HTTPS}const agent = new https.Agent({ ⟦maxVersion: 'TLSv1'⟧ });\nexport const Page = () => <div data-agent={String(agent)} />;`,
      fixes: [{ title: 'Remove the maxVersion cap', output: `${HTTPS}const agent = new https.Agent({});\nexport const Page = () => <div data-agent={String(agent)} />;` }],
    },
    {
      name: 'a ??= write that keeps the legacy value is fixed by writing plainly (found by fuzzing)',
      // Replacing only the right side of `??=` left 'SSLv3' in place.
      code: `${TLS}const legacy = 'SSLv3';\nconst o: any = { host: 'example.com', minVersion: legacy };\n⟦o.minVersion ??= 'TLSv1.3'⟧;\ntls.connect(o);`,
      fixes: [{ title: "Raise minVersion to 'TLSv1.2'", output: `${TLS}const legacy = 'SSLv3';\nconst o: any = { host: 'example.com', minVersion: legacy };\no.minVersion = 'TLSv1.2';\ntls.connect(o);` }],
    },
    {
      name: "a legacy floor in NODE_OPTIONS of execa's env",
      code: "import { execaCommand } from 'execa';\nawait execaCommand('npm run sim', { env: { NODE_OPTIONS: '⟦--tls-min-v1.0⟧' } });\n",
      messageIncludes: ["--tls-min-v1.0 in execaCommand's NODE_OPTIONS lets Node fall back to TLS 1.0"],
    },
    {
      name: 'process-wide flags in NODE_OPTIONS, execArgv and node arguments',
      filename: 'launch.js',
      code: [
        "const cp = require('node:child_process');",
        "process.env.NODE_OPTIONS = '⟦--tls-min-v1.0⟧';",
        "process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS || ''} ⟦--tls-min-v1.1⟧`;",
        "cp.fork('worker.js', [], { execArgv: [⟦'--tls-max-v1.2'⟧] });",
        "cp.spawn(process.execPath, [⟦'--tls-min-v1.0'⟧, 'server.js']);",
        "if (legacyPeers) cp.exec('npm start', { env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=2048 ⟦--tls-min-v1.0⟧' } });",
        '',
      ].join('\n'),
      messageIds: ['nodeFlag', 'nodeFlag', 'flagMax', 'nodeFlag', 'nodeFlag'],
      severities: ['error', 'error', 'warning', 'error', 'error'],
      messageIncludes: [
        '--tls-min-v1.0 in NODE_OPTIONS lets Node fall back to TLS 1.0, a deprecated protocol.',
        '--tls-min-v1.1 in NODE_OPTIONS lets',
        '--tls-max-v1.2 in execArgv turns TLS 1.3 off',
        "in spawn's node arguments",
        "in exec's NODE_OPTIONS (when legacyPeers is truthy)",
      ],
      fixes: [
        { finding: 0, title: 'Remove --tls-min-v1.0', output: "const cp = require('node:child_process');\nprocess.env.NODE_OPTIONS = '';\nprocess.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS || ''} --tls-min-v1.1`;\ncp.fork('worker.js', [], { execArgv: ['--tls-max-v1.2'] });\ncp.spawn(process.execPath, ['--tls-min-v1.0', 'server.js']);\nif (legacyPeers) cp.exec('npm start', { env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=2048 --tls-min-v1.0' } });\n" },
        { finding: 2, title: 'Remove --tls-max-v1.2', output: "const cp = require('node:child_process');\nprocess.env.NODE_OPTIONS = '--tls-min-v1.0';\nprocess.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS || ''} --tls-min-v1.1`;\ncp.fork('worker.js', [], { execArgv: [] });\ncp.spawn(process.execPath, ['--tls-min-v1.0', 'server.js']);\nif (legacyPeers) cp.exec('npm start', { env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=2048 --tls-min-v1.0' } });\n" },
        { finding: 4, title: 'Remove --tls-min-v1.0', output: "const cp = require('node:child_process');\nprocess.env.NODE_OPTIONS = '--tls-min-v1.0';\nprocess.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS || ''} --tls-min-v1.1`;\ncp.fork('worker.js', [], { execArgv: ['--tls-max-v1.2'] });\ncp.spawn(process.execPath, ['--tls-min-v1.0', 'server.js']);\nif (legacyPeers) cp.exec('npm start', { env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=2048' } });\n" },
      ],
    },
    {
      name: 'a flag in a constant, given through Object.assign(process.env)',
      filename: 'boot.js',
      code: "const LEGACY = '⟦--tls-min-v1.0⟧';\nObject.assign(process.env, { NODE_OPTIONS: LEGACY });\n",
      messageIds: ['nodeFlag'],
      messageIncludes: ['in NODE_OPTIONS'],
    },
    {
      name: 'NODE_OPTIONS joined from a list, execArgv concatenated',
      filename: 'run.js',
      code: "const { fork } = require('node:child_process');\nprocess.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, '⟦--tls-min-v1.0⟧'].filter(Boolean).join(' ');\nfork('w.js', [], { execArgv: process.execArgv.concat([⟦'--tls-min-v1.1'⟧]) });\n",
      messageIds: ['nodeFlag', 'nodeFlag'],
    },
  ],
});
