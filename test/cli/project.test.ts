// The project model from the command line: findings placed where an imported value is written
// with the use printed under them, the importer passes that lint a file the pre-filter skipped
// (it only calls a helper with `true`), the same report from worker threads as from one thread,
// nothing read outside the scanned directories or under node_modules, and --no-project.
// test-unit: own process (starts worker threads and the built command)
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { rules as catalog } from '../../rules/index.js';
import { parseArgs } from '../../server/src/cli/args.js';
import { runLint } from '../../server/src/cli/run.js';
import { tree as scratchTree } from '../helpers/cli.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const WORKER = path.join(ROOT, 'dist', 'worker.js');
const ids = catalog.map((r) => r.meta.id);

async function lint(argv: string[], cwd: string, hooks: Parameters<typeof runLint>[2] = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runLint(parseArgs(argv, ids), { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false, version: 'test' }, hooks);
  return { code, stdout, stderr };
}

// Scratch trees live under the unit runner's temporary folder, removed after the run.
const tree = (files: Record<string, string>) => scratchTree(files, 'tlslint-project-');
/** `file:line rule` of each finding of a JSON report. */
const fileLineRules = (stdout: string) => (JSON.parse(stdout) as { filePath: string; findings: { ruleId: string; line: number }[] }[]).flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line} ${x.ruleId}`));

const SERVICE = {
  'package.json': '{"name":"svc"}\n',
  'src/config.ts': 'export const tlsOptions = { rejectUnauthorized: false };\n',
  'src/client.ts': "import https from 'node:https';\nimport { tlsOptions } from './config';\n\nexport function get(url: string) {\n  return https.request(url, tlsOptions);\n}\n",
  'src/lib/agent.ts': "import https from 'node:https';\nexport function makeAgent(insecure: boolean) {\n  return new https.Agent({ rejectUnauthorized: !insecure });\n}\n",
  'src/lib/factory.ts': "import { makeAgent } from './agent';\nexport function createClient(opts: { insecure?: boolean }) {\n  return { agent: makeAgent(opts.insecure ?? false) };\n}\n",
  'src/lib/index.ts': "export * from './factory';\n",
  'src/main.ts': "import { createClient } from './lib';\nexport const api = createClient({ insecure: true });\nexport const safe = createClient({});\n",
};

describe('the project model in the CLI', () => {
  it('places a finding where the value is written, prints where it is used, and lints the files that only call a helper', async () => {
    const dir = tree(SERVICE);
    const r = await lint(['--jobs', '1', '.'], dir);
    assert.equal(r.code, 1);
    assert.equal(
      r.stdout,
      [
        'src/config.ts',
        "  1:29  error  rejectUnauthorized: false in https.request accepts any certificate, so the server can be spoofed.  no-unverified-certificate",
        '               used by https.request at src/client.ts:5',
        '',
        'src/main.ts',
        "  2:35  error  rejectUnauthorized: false in new https.Agent accepts any certificate, so the server can be spoofed.  no-unverified-certificate",
        '               rejectUnauthorized: !insecure in makeAgent at src/lib/agent.ts:3',
        '',
        '✖ 2 problems (2 errors, 0 warnings)',
        '  1 with `--fix-suggestions` (changes what connects: review the diff).',
      ].join('\n'),
    );
  });

  // Files the pre-filter skipped, reached through tsconfig `paths` aliases: each lints as in the editor.
  const aliasCases: { name: string; files: Record<string, string>; want: string[] }[] = [
    {
      name: 'lints a file the pre-filter skipped that calls a helper through a tsconfig paths alias of its own (@net/*)',
      files: {
        'package.json': '{"name":"gw"}\n',
        'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@net/*": ["src/net/*"] } } }\n',
        'src/net/agents.ts': "import https from 'node:https';\nexport function makeAgent(insecure: boolean) {\n  return new https.Agent({ rejectUnauthorized: !insecure });\n}\n",
        'src/api.ts': "import { makeAgent } from '@net/agents';\nexport const agent = makeAgent(true);\n",
      },
      want: ['src/api.ts:2 no-unverified-certificate'],
    },
    {
      name: "lints a file the pre-filter skipped that calls a helper through a paths alias written with NodeNext's .js extension (~/http/agents.js names agents.ts)",
      files: {
        'package.json': '{"name":"gw","type":"module"}\n',
        'tsconfig.json': '{ "compilerOptions": { "module": "NodeNext", "moduleResolution": "NodeNext", "baseUrl": "./src", "paths": { "~/*": ["*"] } } }\n',
        'src/http/agents.ts': "import https from 'node:https';\nexport function makeAgent(insecure: boolean) {\n  return new https.Agent({ rejectUnauthorized: !insecure });\n}\n",
        'src/api.ts': "import { makeAgent } from '~/http/agents.js';\nexport const agent = makeAgent(true);\n",
      },
      want: ['src/api.ts:2 no-unverified-certificate'],
    },
    {
      name: 'lints a subclass the pre-filter skipped that extends a base through an alias without a slash (@core)',
      files: {
        'package.json': '{"name":"plugins"}\n',
        'tsconfig.json': '{ "compilerOptions": { "baseUrl": "./src", "paths": { "@core": ["core.ts"] } } }\n',
        'src/core.ts': "import tls from 'node:tls';\nexport class Plugin {\n  protected verifyPeer = true;\n  connect() {\n    return tls.connect({ host: 'h', servername: 'h', rejectUnauthorized: this.verifyPeer });\n  }\n}\n",
        'src/clearing.ts': "import { Plugin } from '@core';\nexport class Clearing extends Plugin {\n  constructor(insecure = false) {\n    super();\n    if (insecure) {\n      this.verifyPeer = false;\n    }\n  }\n}\nexport class Audit extends Plugin {\n  describe() { return this.verifyPeer; }\n}\n",
      },
      want: ['src/clearing.ts:6 no-unverified-certificate'],
    },
    {
      name: 'lints a file that constructs a subclass whose base, imported through an alias, builds the agent (two alias hops)',
      files: {
        'package.json': '{"name":"sdk"}\n',
        'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@runtime/*": ["src/runtime/*"], "@apis/*": ["src/apis/*"] } } }\n',
        'src/runtime/base.ts': "import https from 'https';\nexport class BaseAPI {\n  agent: https.Agent;\n  constructor(opts: { verify?: boolean } = {}) {\n    this.agent = new https.Agent({ rejectUnauthorized: opts.verify });\n  }\n}\n",
        'src/apis/Invoices.ts': "import { BaseAPI } from '@runtime/base';\nexport class InvoicesApi extends BaseAPI {\n  list() { return []; }\n}\n",
        'src/index.ts': "import { InvoicesApi } from '@apis/Invoices';\nexport const sandbox = new InvoicesApi({\n  verify: false,\n});\nexport const prod = new InvoicesApi({ verify: true });\n",
      },
      want: ['src/index.ts:3 no-unverified-certificate'],
    },
    {
      name: "lints a workspace package the pre-filter skipped that calls a helper through an alias of another package's barrel (@acme/http)",
      files: {
        'package.json': '{"name":"mono","private":true,"workspaces":["packages/*"]}\n',
        'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@acme/http": ["packages/http/src/index.ts"] } } }\n',
        'packages/http/package.json': '{"name":"@acme/http"}\n',
        'packages/http/src/client.ts': "import https from 'node:https';\nexport function createClient({ verify = true }: { verify?: boolean } = {}) {\n  return new https.Agent({ rejectUnauthorized: verify });\n}\n",
        'packages/http/src/index.ts': "export * from './client';\n",
        'packages/billing/package.json': '{"name":"@acme/billing"}\n',
        'packages/billing/src/index.ts': "import { createClient } from '@acme/http';\nexport const billing = createClient({ verify: false });\n",
        'packages/search/package.json': '{"name":"@acme/search"}\n',
        'packages/search/src/index.ts': "import { createClient } from '../../http/src';\nexport const search = createClient();\n",
      },
      want: ['packages/billing/src/index.ts:2 no-unverified-certificate'],
    },
  ];
  for (const c of aliasCases) {
    it(c.name, async () => {
      const r = await lint(['--jobs', '1', '--format', 'json', '.'], tree(c.files));
      assert.deepEqual(fileLineRules(r.stdout), c.want);
    });
  }

  it("follows a process-wide setting to a constant of another file, though the setting's file holds no version or cipher", async () => {
    const dir = tree({
      'package.json': '{"name":"boot","type":"module"}\n',
      'src/constants.js': "export const LEGACY_MIN = 'TLSv1';\nexport const SAFE_MIN = 'TLSv1.2';\n",
      'src/boot.js': "import tls from 'node:tls';\nimport { LEGACY_MIN, SAFE_MIN } from './constants.js';\nexport function boot({ legacy }) {\n  if (legacy) tls.DEFAULT_MIN_VERSION = LEGACY_MIN;\n  else tls.DEFAULT_MIN_VERSION = SAFE_MIN;\n}\n",
    });
    const r = await lint(['--jobs', '1', '--format', 'json', '.'], dir);
    const found = (JSON.parse(r.stdout) as { filePath: string; findings: { ruleId: string; line: number; related: { filePath: string; line: number }[] }[] }[])
      .flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line} ${x.ruleId} <- ${x.related.map((rel) => `${rel.filePath}:${rel.line}`).join(', ')}`));
    assert.deepEqual(found, ['src/constants.js:1 no-legacy-tls-version <- src/boot.js:4']);
  });

  it('lints a file the pre-filter skipped that calls a CommonJS export of a helper (exports.makeAgent = makeAgent) with true', async () => {
    const dir = tree({
      'package.json': '{"name":"svc"}\n',
      'lib/agent.js': "const https = require('https');\nfunction makeAgent(insecure) {\n  return new https.Agent({ rejectUnauthorized: !insecure });\n}\nexports.makeAgent = makeAgent;\n",
      'main.js': "const { makeAgent } = require('./lib/agent');\nmodule.exports = { api: makeAgent(true), safe: makeAgent(false) };\n",
    });
    const r = await lint(['--jobs', '1', '--format', 'json', '.'], dir);
    assert.deepEqual(fileLineRules(r.stdout), ['main.js:2 no-unverified-certificate']);
  });

  it('comes back to a linted file whose call of an imported helper the first pass did not follow', async () => {
    // app.ts holds TLS words of its own (the first pass lints it) and calls makeAgent(true):
    // the first pass leaves the call for an importer pass, which reads agent.ts and follows it.
    const dir = tree({
      'package.json': '{"name":"svc"}\n',
      'src/lib/agent.ts': SERVICE['src/lib/agent.ts'],
      'src/app.ts': "import https from 'node:https';\nimport { makeAgent } from './lib/agent';\nhttps.get('https://a', { rejectUnauthorized: true });\nexport const agent = makeAgent(true);\nexport const safe = makeAgent(false);\n",
    });
    for (const jobs of ['1', '2']) {
      const r = await lint(['--jobs', jobs, '--format', 'json', '.'], dir, { workerFile: WORKER, minFilesForWorkers: 1 });
      const found = (JSON.parse(r.stdout) as { filePath: string; findings: { line: number; column: number; related: unknown[] }[] }[]).flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line}:${x.column} ${x.related.length}`));
      assert.deepEqual(found, ['src/app.ts:4:32 1'], `--jobs ${jobs}`);
    }
  });

  it('comes back to a linted file that passes an imported helper a constant by name, through another file', async () => {
    // app.ts holds TLS words (the first pass lints it) and passes `lab`, a tenant written in
    // tenants.ts, to createClient, which hands it to makeAgent: found in an importer pass, at the value.
    const dir = tree({
      'package.json': '{"name":"svc"}\n',
      'src/lib/agent.ts': "import https from 'node:https';\nexport function makeAgent(t: { verify: boolean }) {\n  return new https.Agent({ rejectUnauthorized: t.verify });\n}\n",
      'src/lib/client.ts': "import { makeAgent } from './agent';\nexport function createClient(t: { verify: boolean }) {\n  return { agent: makeAgent(t) };\n}\n",
      'src/tenants.ts': 'export const prod = { verify: true };\nexport const lab = { verify: false };\n',
      'src/app.ts': "import https from 'node:https';\nimport { createClient } from './lib/client';\nimport { lab, prod } from './tenants';\nhttps.get('https://a', { rejectUnauthorized: true });\nexport const clients = [createClient(prod), createClient(lab)];\n",
    });
    for (const jobs of ['1', '2']) {
      const r = await lint(['--jobs', jobs, '--format', 'json', '.'], dir, { workerFile: WORKER, minFilesForWorkers: 1 });
      const found = (JSON.parse(r.stdout) as { filePath: string; findings: { line: number; column: number; related: { filePath: string; line: number }[] }[] }[]).flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line}:${x.column} ${x.related.map((p) => `${p.filePath}:${p.line}`).join(' ')}`));
      assert.deepEqual(found, ['src/tenants.ts:2:30 src/app.ts:5 src/lib/agent.ts:3'], `--jobs ${jobs}`);
    }
  });

  it("lints a file the pre-filter skipped that gives a child the env a helper of another file returns", async () => {
    // main.js names no TLS setting; childEnv's returned object does, whatever it is given.
    const dir = tree({
      'package.json': '{"name":"svc"}\n',
      'src/env.js': "export function childEnv(extra = {}) {\n  return Object.assign({}, process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '0' }, extra);\n}\n",
      'src/main.js': "import { spawn } from 'node:child_process';\nimport { childEnv } from './env.js';\nspawn(process.execPath, ['x.js'], { env: childEnv() });\n",
    });
    const r = await lint(['--format', 'json', '.'], dir);
    const found = (JSON.parse(r.stdout) as { filePath: string; findings: { ruleId: string; line: number; column: number; related: { filePath: string; line: number }[] }[] }[]).flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line}:${x.column} ${x.ruleId} ${x.related.map((p) => `${p.filePath}:${p.line}`).join(' ')}`));
    assert.deepEqual(found, ['src/env.js:2:43 no-global-tls-bypass src/main.js:3']);
  });

  it('lints a file the pre-filter skipped that loops over a table of entries and hands each to a helper whose sink reads a part of it', async () => {
    // job.ts names no TLS setting; uploadTo passes `dest.access` to basic-ftp, whose `secure` only the sink can judge.
    const dir = tree({
      'package.json': '{"name":"backup"}\n',
      'src/destinations.ts': "const nas = { name: 'nas', access: { host: 'nas.example', user: 'backup', password: process.env.NAS_PW, secure: false } };\nconst mirror = { name: 'mirror', access: { host: 'mirror.example', user: 'anonymous', secure: false } };\nexport default [nas, mirror];\n",
      'src/upload.ts': "import { Client } from 'basic-ftp';\nexport async function uploadTo(dest: { access: object }) {\n  const client = new Client();\n  await client.access(dest.access);\n}\nexport async function openWith(access: object) {\n  await new Client().access(access);\n}\n",
      'src/job.ts': "import destinations from './destinations.js';\nimport { uploadTo } from './upload.js';\nfor (const dest of destinations) await uploadTo(dest);\n",
    });
    const r = await lint(['--jobs', '1', '--format', 'json', '.'], dir);
    assert.deepEqual(fileLineRules(r.stdout), ['src/destinations.ts:1 no-plaintext-downgrade']);
  });

  it('reports a field written in a constructor once, where it is written, not again where a caller\'s call reads it back', async () => {
    const dir = tree({
      'package.json': '{"name":"svc"}\n',
      'src/Ledger.ts': "import * as https from 'node:https';\nexport class Ledger {\n  private minVersion: string;\n  constructor() {\n    this.minVersion = 'TLSv1.1';\n  }\n  agent() {\n    return new https.Agent({ minVersion: this.minVersion as any });\n  }\n}\n",
      'src/index.ts': "import { Ledger } from './Ledger';\nexport const agent = new Ledger().agent();\n",
    });
    for (const extra of [[], ['--no-project']]) {
      const r = await lint(['--format', 'json', ...extra, '.'], dir);
      const found = (JSON.parse(r.stdout) as { filePath: string; findings: { ruleId: string; line: number; column: number }[] }[]).flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line}:${x.column} ${x.ruleId}`));
      assert.deepEqual(found, ['src/Ledger.ts:5:5 no-legacy-tls-version'], extra.join(' '));
    }
  });

  it('honours a suppression at the option that reads a field, though the finding sits at the field, with and without the project model', async () => {
    const client = "import * as https from 'node:https';\nexport class Client {\n  private readonly verify = false;\n  get(url: string) {\n    // tlslint-disable-next-line no-unverified-certificate -- the test server\n    return https.request(url, { rejectUnauthorized: this.verify });\n  }\n}\n";
    const dir = tree({ 'package.json': '{"name":"svc"}\n', 'src/Client.ts': client, 'src/index.ts': "import { Client } from './Client';\nexport const req = new Client().get('https://x.example');\n" });
    const unsuppressed = tree({ 'package.json': '{"name":"svc"}\n', 'src/Client.ts': client.replace(/ *\/\/ tlslint-disable[^\n]*\n/, ''), 'src/index.ts': "import { Client } from './Client';\nexport const req = new Client().get('https://x.example');\n" });
    const lines = async (d: string, extra: string[]) => (JSON.parse((await lint(['--format', 'json', ...extra, '.'], d)).stdout) as { filePath: string; findings: { line: number }[] }[]).flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line}`));
    for (const extra of [[], ['--no-project']]) {
      assert.deepEqual(await lines(dir, extra), [], extra.join(' '));
      assert.deepEqual(await lines(unsuppressed, extra), ['src/Client.ts:3'], extra.join(' '));
    }
  });

  it('lints project files (Dockerfile, package.json, .env) as without the project model', async () => {
    const dir = tree({
      ...SERVICE,
      'package.json': '{"name":"svc","scripts":{"fetch":"curl -k https://x.example/./a","start":"node ./src/main.js"}}\n',
      Dockerfile: "FROM node:20\nCOPY ./src ./src\nRUN curl -k https://x.example/ -o '../a'\n",
      '.env': "NODE_TLS_REJECT_UNAUTHORIZED=0\nDIR='./src'\n",
    });
    const files = (argv: string[]) => lint(['--jobs', '1', '--format', 'json', ...argv, '.'], dir).then((r) => (JSON.parse(r.stdout) as { filePath: string; findings: unknown[]; notes: unknown[] }[]).filter((f) => !f.filePath.startsWith('src/')));
    const withModel = await files([]);
    assert.deepEqual(withModel.map((f) => f.filePath).sort(), ['.env', 'Dockerfile', 'package.json']);
    assert.ok(withModel.every((f) => f.findings.length > 0));
    assert.deepEqual(withModel, await files(['--no-project']));
  });

  it('--no-project checks each file alone', async () => {
    const dir = tree(SERVICE);
    const r = await lint(['--jobs', '1', '--no-project', '--format', 'json', '.'], dir);
    const found = (JSON.parse(r.stdout) as { filePath: string; findings: { line: number; related: unknown[] }[] }[]).flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line} ${x.related.length}`));
    assert.deepEqual(found, ['src/config.ts:1 0']);
  });

  it('gives the same report from worker threads as from one thread', async () => {
    // Many small projects, so the workers each get files whose imports the other one reads.
    const files: Record<string, string> = {};
    for (let i = 0; i < 24; i++) for (const [rel, body] of Object.entries(SERVICE)) files[`p${i}/${rel}`] = body.replace('insecure: true', i % 2 ? 'insecure: true' : 'insecure: false');
    const dir = tree(files);
    for (const format of ['json', 'text']) {
      const one = await lint(['--jobs', '1', '--format', format, '.'], dir);
      const two = await lint(['--jobs', '2', '--format', format, '.'], dir, { workerFile: WORKER, minFilesForWorkers: 1 });
      assert.equal(two.stdout, one.stdout, format);
      assert.equal(two.code, one.code);
    }
    const report = JSON.parse((await lint(['--jobs', '1', '--format', 'json', '.'], dir)).stdout) as { findings: unknown[] }[];
    assert.equal(report.reduce((n, r) => n + r.findings.length, 0), 24 + 12);
  });

  it('reads nothing outside the scanned directories or under node_modules', async () => {
    const dir = tree({
      'shared/config.ts': 'export const verify = false;\n',
      'app/tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@vendor/*": ["node_modules/vendor/*"] } } }\n',
      'app/node_modules/vendor/tls.ts': 'export const verify = false;\n',
      'app/client.ts': "import https from 'node:https';\nimport { verify } from '../shared/config';\nimport { verify as v2 } from '@vendor/tls';\nhttps.request('https://x', { rejectUnauthorized: verify });\nhttps.request('https://x', { rejectUnauthorized: v2 });\n",
    });
    const inApp = await lint(['--jobs', '1', '--format', 'json', 'app'], dir);
    assert.deepEqual((JSON.parse(inApp.stdout) as { findings: unknown[] }[]).flatMap((r) => r.findings), []);
    // Scanning both directories, the shared config is read.
    const both = await lint(['--jobs', '1', '--format', 'json', 'app', 'shared'], dir);
    const lines = (JSON.parse(both.stdout) as { filePath: string; findings: { line: number }[] }[]).flatMap((r) => r.findings.map((f) => `${r.filePath}:${f.line}`));
    assert.deepEqual(lines, ['shared/config.ts:1']);
  });

  it('follows imports between the files given by path (and reads no other file)', async () => {
    const dir = tree({
      'src/env.ts': "export const ENVIRONMENTS = { staging: { verifyTls: false }, production: { verifyTls: true } };\n",
      'src/other.ts': 'export const verify = false;\n',
      'src/http/client.ts': "import https from 'node:https';\nimport { ENVIRONMENTS } from '../env';\nimport { verify } from '../other';\nconst agentFor = (env) => new https.Agent({ rejectUnauthorized: env.verifyTls });\nexport const clientFor = (name: string) => agentFor(ENVIRONMENTS[name]);\nexport const plain = () => new https.Agent({ rejectUnauthorized: verify });\n",
    });
    const both = await lint(['--jobs', '1', '--format', 'json', 'src/http/client.ts', 'src/env.ts'], dir);
    assert.deepEqual(fileLineRules(both.stdout), ['src/env.ts:1 no-unverified-certificate']);
    const alone = await lint(['--jobs', '1', '--format', 'json', 'src/http/client.ts'], dir);
    assert.deepEqual(fileLineRules(alone.stdout), []);
  });
  it('reports a setting of node-config\'s config/default.json in the JSON file, unless that file is ignored or outside the paths', async () => {
    const files = {
      'package.json': '{"name":"payments","dependencies":{"config":"^3"}}\n',
      'config/default.json': '{\n  "fraud": {\n    "tls": { "rejectUnauthorized": false }\n  }\n}\n',
      'src/fraud.ts': "import https from 'node:https';\nimport config from 'config';\nexport const agent = new https.Agent(config.get('fraud.tls'));\n",
    };
    const dir = tree(files);
    const r = await lint(['--jobs', '1', '--format', 'json', '.'], dir);
    assert.deepEqual(fileLineRules(r.stdout), ['config/default.json:3 no-unverified-certificate']);
    const ignored = tree({ ...files, '.tlslintrc.json': '{ "ignore": ["config/**"] }' });
    assert.deepEqual(fileLineRules((await lint(['--jobs', '1', '--format', 'json', '.'], ignored)).stdout), []);
    assert.deepEqual(fileLineRules((await lint(['--jobs', '1', '--format', 'json', 'src'], dir)).stdout), [], 'config/ lies outside the paths given');
  });
});
