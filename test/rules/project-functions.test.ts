// Values across functions, in one file and across files: options built by a function called
// with constant arguments (the finding sits at the argument that makes them unsafe), helpers
// with an insecure default, destructuring defaults, class fields and constructor parameters read
// by the class's methods, getters; a caller's opt-in (`makeAgent(argv.insecure)`) at the option,
// saying so. Traps: a safe argument, a comparison of an environment switch, a fallback the file
// knows (`env.skipVerify ?? false`), a field another method changes.
import { noLegacyTlsVersion } from '../../rules/no-legacy-tls-version/index.js';
import { noUnverifiedCertificate } from '../../rules/no-unverified-certificate/index.js';
import { runProjectTests } from './project-tester.js';

const HTTPS = "import https from 'node:https';\n";
const MAKE_AGENT = `${HTTPS}export function makeAgent(insecure: boolean) {\n  return new https.Agent({ rejectUnauthorized: !insecure });\n}\n`;

runProjectTests(noUnverifiedCertificate, {
  valid: [
    {
      name: 'options defaults that keep verification on, or say nothing of it',
      files: { 'one.ts': `${HTTPS}export function get(url: string, opts = { verify: true }) {\n  return https.request(url, { rejectUnauthorized: opts.verify });\n}\nexport function head(url: string, { verify } = {} as { verify?: boolean }) {\n  return https.request(url, { rejectUnauthorized: verify });\n}\nexport function put(url: string, opts = { retries: 2, hosts: ['a', 'b'] }) {\n  return https.request(url, { rejectUnauthorized: opts.retries > 5 });\n}\n` },
    },
    {
      name: "switches pushed onto another array, or in a nested function, of a file whose function's array becomes Puppeteer's args",
      files: {
        'flags.js': "export function chromeArgs() {\n  const args = ['--no-sandbox'];\n  if (process.env.PROXY) args.push('--proxy-server=' + process.env.PROXY);\n  const denied = [];\n  denied.push('--ignore-certificate-errors');\n  [1].forEach(() => {\n    const args = [];\n    args.push('--ignore-certificate-errors');\n  });\n  return args;\n}\n",
        'browser.js': "import puppeteer from 'puppeteer';\nimport { chromeArgs } from './flags.js';\nexport const open = () => puppeteer.launch({ args: chromeArgs() });\n",
      },
    },
    {
      name: "a CommonJS config module's setting that compares a switch of its own, negated at the option of another file: an explicit choice",
      files: {
        'config.js': "'use strict';\nmodule.exports = {\n  upstream: { url: process.env.CHAT_UPSTREAM || 'https://chat.example.com', insecure: process.env.CHAT_INSECURE === '1' },\n};\n",
        'upstream.js': "'use strict';\nconst { io } = require('socket.io-client');\nconst config = require('./config');\nexports.connect = () => io(config.upstream.url, { rejectUnauthorized: !config.upstream.insecure });\n",
      },
    },
    {
      name: 'makeAgent(false): the argument keeps verification on',
      files: { 'agent.ts': MAKE_AGENT, 'index.ts': "import { makeAgent } from './agent';\nexport const agent = makeAgent(false);\n" },
    },
    {
      name: 'an argument comparing an environment switch of its own is an explicit choice, quiet as at the option',
      files: { 'agent.ts': MAKE_AGENT, 'index.ts': "import { makeAgent } from './agent';\nexport const agent = makeAgent(process.env.INSECURE === '1');\n" },
    },
    {
      name: "a helper's own setting with a fallback it states, passed on (env.skipVerify ?? false): its callers' constants decide",
      files: { 'client.ts': `${HTTPS}class Vendor {\n  agent: https.Agent;\n  constructor(skipVerify: boolean) {\n    this.agent = new https.Agent({ rejectUnauthorized: !skipVerify });\n  }\n}\nexport function vendor(env: { skipVerify?: boolean }) {\n  return new Vendor(env.skipVerify ?? false);\n}\n` },
    },
    {
      name: 'a helper whose default verifies, called without the argument',
      files: { 'one.ts': `${HTTPS}function get(url: string, verify = true) {\n  return https.request(url, { rejectUnauthorized: verify });\n}\nget('https://x');\n` },
    },
    {
      name: 'a class whose field another method changes is not judged by its constructor',
      files: {
        'client.ts': `${HTTPS}export class Client {\n  private verify = false;\n  enableVerification() { this.verify = true; }\n  get(url: string) { return https.request(url, { rejectUnauthorized: this.verify }); }\n}\n`,
      },
    },
    {
      name: 'new ApiClient(url) without the insecure flag',
      files: {
        'api.ts': `${HTTPS}export class ApiClient {\n  constructor(private baseUrl: string, private insecure = false) {}\n  get() { return https.request(this.baseUrl, { rejectUnauthorized: !this.insecure }); }\n}\n`,
        'index.ts': "import { ApiClient } from './api';\nnew ApiClient('https://api').get();\n",
      },
    },
    {
      name: 'a static method: `this` is the class, not an instance',
      files: { 'c.ts': `${HTTPS}class C {\n  insecure = false;\n  static get(url: string) { return https.request(url, { rejectUnauthorized: this.insecure }); }\n}\n` },
    },
  ],
  invalid: [
    {
      name: "the rest of a destructured options object handed to a helper of another file: at the caller's value",
      files: {
        'agent.ts': `${HTTPS}export function buildAgent({ insecure = false, ca }: { insecure?: boolean; ca?: string } = {}) {\n  return new https.Agent({ keepAlive: true, ca, rejectUnauthorized: !insecure });\n}\n`,
        'client.ts': "import axios from 'axios';\nimport { buildAgent } from './agent';\nexport function createHttpClient(opts: { baseURL: string; insecure?: boolean }) {\n  const { baseURL, ...tls } = opts;\n  return axios.create({ baseURL, httpsAgent: buildAgent(tls) });\n}\n",
        'vendors.ts': "import { createHttpClient } from './client';\nexport const sandbox = createHttpClient({ baseURL: 'https://sandbox.example.com', ⟦insecure: true⟧ });\nexport const tax = createHttpClient({ baseURL: 'https://api.example.com', insecure: false });\n",
      },
      related: [['rejectUnauthorized: !insecure in buildAgent at agent.ts:3']],
    },
    {
      name: "a command-line opt-in handed on through two files to a helper's bag setting: one finding at the option, the callers related, no copy at each caller",
      files: {
        'lib/cluster-api.ts': `${HTTPS}export function clusterAgent(opts: { insecure?: boolean }) {\n  return new https.Agent({ keepAlive: true, ⟦rejectUnauthorized: !opts.insecure⟧ });\n}\n`,
        'commands/deploy.ts': "import { clusterAgent } from '../lib/cluster-api';\nexport function deploy(service: string, flags: { insecure: boolean }) {\n  return clusterAgent({ insecure: flags.insecure });\n}\n",
        'cli.ts': "import { Command } from 'commander';\nimport { deploy } from './commands/deploy';\nexport function main(argv: string[]) {\n  const program = new Command('deployctl');\n  program.command('deploy <service>').option('--insecure', 'skip TLS verification').action((service, opts) => deploy(service, { insecure: Boolean(opts.insecure) }));\n  program.parse(argv, { from: 'user' });\n}\n",
      },
      messageIncludes: ['(only on the explicit opt-in opts.insecure)'],
      related: [['used in this file at cli.ts:1', 'imported here at commands/deploy.ts:1']],
    },
    {
      name: 'makeAgent(true) in one file: the finding is at the call that passes true',
      files: { 'one.ts': `${HTTPS}function makeAgent(insecure: boolean) {\n  return new https.Agent({ rejectUnauthorized: !insecure });\n}\nexport const agent = makeAgent(⟦true⟧);\n` },
      related: [['rejectUnauthorized: !insecure in makeAgent at one.ts:3']],
    },
    {
      // A parameter's value is its callers': an opt-in a caller passes (a command-line flag it
      // parsed, a setting of its own options bag) is reported at the option that turns it into
      // one, saying so, with the call as the place the opt-in is passed.
      name: "a caller's command-line opt-in passed to a helper's parameter: at the option, saying so, with the call",
      files: {
        'agent.ts': `${HTTPS}export function makeAgent(insecure: boolean) {\n  return new https.Agent({ ⟦rejectUnauthorized: !insecure⟧ });\n}\n`,
        'cli.ts': "import yargs from 'yargs';\nimport { makeAgent } from './agent';\nconst argv = yargs(process.argv.slice(2)).option('insecure', { type: 'boolean' }).parseSync();\nexport const agent = makeAgent(argv.insecure);\n",
      },
      messageIncludes: ['only on the explicit opt-in argv.insecure'],
      related: [['opt-in passed here at cli.ts:4']],
    },
    {
      // Another caller's comparison of a switch of its own is its explicit choice (quiet there) and
      // says nothing of this call; a constant false verifies.
      name: "a CommonJS helper given a command-line opt-in beside a comparison of the caller's own switch and false",
      files: {
        'lib/agent.js': "'use strict';\nconst https = require('node:https');\nfunction makeAgent(insecure) {\n  return new https.Agent({ keepAlive: true, ⟦rejectUnauthorized: !insecure⟧ });\n}\nmodule.exports = { makeAgent };\n",
        'bin/cli.js': "'use strict';\nconst yargs = require('yargs/yargs');\nconst { hideBin } = require('yargs/helpers');\nconst { makeAgent } = require('../lib/agent');\nconst argv = yargs(hideBin(process.argv)).option('insecure', { type: 'boolean' }).parse();\nexports.registry = makeAgent(argv.insecure);\nexports.metrics = makeAgent(process.env.CLI_INSECURE_METRICS === '1');\nexports.release = makeAgent(false);\n",
      },
      messageIncludes: ['only on the explicit opt-in argv.insecure'],
      related: [['opt-in passed here at bin/cli.js:6']],
    },
    {
      name: 'a destructured option of a helper, given a setting of the caller\'s own options bag',
      files: {
        'client.ts': `${HTTPS}export function createClient({ insecure = false }: { insecure?: boolean } = {}) {\n  return new https.Agent({ ⟦rejectUnauthorized: !insecure⟧ });\n}\n`,
        'deploy.ts': "import { createClient } from './client';\nexport function deploy(opts: { insecure?: boolean }) {\n  return createClient({ insecure: opts.insecure });\n}\n",
      },
      messageIncludes: ['only on the explicit opt-in opts.insecure'],
      related: [['opt-in passed here at deploy.ts:3']],
    },
    {
      name: 'a flag read from the command line into a constant and passed on, in one file',
      files: { 'one.ts': `${HTTPS}function makeAgent(insecure: boolean) {\n  return new https.Agent({ ⟦rejectUnauthorized: !insecure⟧ });\n}\nconst insecure = process.argv.includes('--insecure');\nexport const agent = makeAgent(insecure);\n` },
      messageIncludes: ['only on the explicit opt-in insecure'],
    },
    {
      name: 'makeAgent(true) across files',
      files: { 'agent.ts': MAKE_AGENT, 'index.ts': "import { makeAgent } from './agent';\nexport const agent = makeAgent(⟦true⟧);\nexport const safe = makeAgent(false);\n" },
      messageIncludes: ['in new https.Agent'],
      related: [['rejectUnauthorized: !insecure in makeAgent at agent.ts:3']],
    },
    {
      name: 'options returned by a function and passed to a sink',
      files: {
        'tls.ts': 'export function tlsOptions(allowSelfSigned: boolean) {\n  return { minVersion: "TLSv1.2" as const, rejectUnauthorized: !allowSelfSigned };\n}\n',
        'client.ts': `${HTTPS}import { tlsOptions } from './tls';\nhttps.request('https://x', tlsOptions(⟦true⟧));\n`,
      },
      related: [['rejectUnauthorized: !allowSelfSigned in tlsOptions at tls.ts:2']],
    },
    {
      // The helper's own setting is the opt-in it names (opts.insecure), whoever calls it.
      name: 'an options object argument: the finding is at the property the caller wrote (and the helper says it has an opt-in)',
      files: {
        'client.ts': `${HTTPS}export function createClient(opts: { baseUrl: string; insecure?: boolean }) {\n  return new https.Agent({ keepAlive: true, ⟦rejectUnauthorized: !opts.insecure⟧ });\n}\n`,
        'index.ts': "import { createClient } from './client';\ncreateClient({ baseUrl: 'https://a', ⟦insecure: true⟧ });\n",
      },
      messageIncludes: ['only on the explicit opt-in opts.insecure', 'in new https.Agent'],
      related: [undefined, ['rejectUnauthorized: !opts.insecure in createClient at client.ts:3']],
    },
    {
      name: 'a helper calling a helper with what it was given',
      files: {
        'agent.ts': MAKE_AGENT,
        'client.ts': "import { makeAgent } from './agent';\nexport function createClient(opts: { insecure?: boolean }) {\n  return { agent: makeAgent(opts.insecure ?? false) };\n}\n",
        'index.ts': "import { createClient } from './client';\nexport const c = createClient({ ⟦insecure: true⟧ });\n",
      },
      related: [['rejectUnauthorized: !insecure in makeAgent at agent.ts:3']],
    },
    {
      name: 'a helper with an insecure default',
      files: { 'one.ts': `${HTTPS}export function get(url: string, verify = ⟦false⟧) {\n  return https.request(url, { rejectUnauthorized: verify });\n}\n` },
      messageIncludes: ['when verify is not given'],
    },
    {
      name: 'a destructuring default ({ rejectUnauthorized = false } = {})',
      files: { 'one.ts': `${HTTPS}export function makeAgent({ rejectUnauthorized = ⟦false⟧ } = {}) {\n  return new https.Agent({ rejectUnauthorized });\n}\n` },
      messageIncludes: ['when rejectUnauthorized is not given'],
    },
    {
      name: 'an options object as the default: a parameter, a destructured one, a constructor parameter property',
      files: {
        'one.ts': `${HTTPS}export function get(url: string, opts = { verify: ⟦false⟧ }) {\n  return https.request(url, { rejectUnauthorized: opts.verify });\n}\nexport function head(url: string, { verify } = { verify: ⟦false⟧ }) {\n  return https.request(url, { method: 'HEAD', rejectUnauthorized: verify });\n}\nexport class Partner {\n  constructor(private readonly url: string, private readonly opts: { verify?: boolean } = { verify: ⟦false⟧ }) {}\n  ping() { return https.request(this.url, { rejectUnauthorized: this.opts.verify }); }\n}\n`,
      },
      messageIncludes: ['when opts is not given', 'when verify is not given', 'when opts is not given'],
    },
    {
      name: 'a constructor parameter property read by a method, set by new ApiClient(url, true) in another file',
      files: {
        'api.ts': `${HTTPS}export class ApiClient {\n  constructor(private baseUrl: string, private insecure = false) {}\n  get() { return https.request(this.baseUrl, { rejectUnauthorized: !this.insecure }); }\n}\n`,
        'index.ts': "import { ApiClient } from './api';\nnew ApiClient('https://api', ⟦true⟧).get();\n",
      },
      related: [['rejectUnauthorized: !this.insecure in get at api.ts:4']],
    },
    {
      name: "a switch pushed, under a condition, onto the array a function of another file returns as Puppeteer's args: where it is written, with the launch",
      files: {
        'flags.js': "export function chromeArgs() {\n  const args = ['--no-sandbox'];\n  if (process.env.MITM_PROXY) {\n    args.push(⟦'--ignore-certificate-errors'⟧);\n  }\n  return args;\n}\n",
        'browser.js': "import puppeteer from 'puppeteer';\nimport { chromeArgs } from './flags.js';\nexport const open = () => puppeteer.launch({ headless: true, args: chromeArgs() });\n",
      },
      messageIncludes: ['--ignore-certificate-errors in puppeteer (when MITM_PROXY is truthy) makes the browser accept any certificate'],
      related: [['used by puppeteer at browser.js:3']],
    },
    {
      name: 'a constructor assignment read by a method',
      files: {
        'client.js': "const https = require('https');\nclass Client {\n  constructor(options) {\n    this.tls = { ⟦rejectUnauthorized: false⟧ };\n    this.url = options.url;\n  }\n  get() {\n    return https.get(this.url, this.tls);\n  }\n}\nmodule.exports = Client;\n",
      },
    },
    {
      name: 'a class field read by a method',
      files: { 'client.ts': `${HTTPS}export class Client {\n  private readonly verify = ⟦false⟧;\n  get(url: string) {\n    return https.request(url, { rejectUnauthorized: this.verify });\n  }\n}\n` },
    },
    {
      // The place the class sets it, as for a field: where the unsafe value is written.
      name: "a constructor's field write read by a method as the option's value, also used from another file",
      files: {
        'settlement.ts': "import tls from 'node:tls';\nexport class SettlementLink {\n  private verify: boolean;\n  constructor(private readonly host: string) {\n    this.verify = ⟦false⟧;\n  }\n  open() {\n    return tls.connect({ host: this.host, servername: this.host, rejectUnauthorized: this.verify });\n  }\n}\n",
        'container.ts': "import { SettlementLink } from './settlement';\nexport const link = () => new SettlementLink('settle.example').open();\n",
      },
    },
    {
      name: 'a getter returning options',
      files: { 'client.ts': `${HTTPS}export class Client {\n  get tlsOptions() {\n    return { ⟦rejectUnauthorized: false⟧ };\n  }\n  get(url: string) {\n    return https.request(url, this.tlsOptions);\n  }\n}\n` },
    },
  ],
});

runProjectTests(noLegacyTlsVersion, {
  valid: [],
  invalid: [
    {
      name: "a constant reached through a barrel's second `export *` (the first module does not export it)",
      files: {
        'config/tls.ts': "export const CIPHERS = 'ECDHE-RSA-AES128-GCM-SHA256';\n",
        'config/env.ts': "export const SERVICE = 'edi';\nexport const TLS_FLOOR = ⟦'TLSv1.1'⟧;\n",
        'config/index.ts': "export * from './tls';\nexport * from './env';\n",
        'van.ts': "import tls from 'node:tls';\nimport { TLS_FLOOR } from './config';\nexport const van = tls.connect({ host: 'van.example.com', servername: 'van.example.com', minVersion: TLS_FLOOR });\n",
      },
      related: [['used by tls.connect at van.ts:3']],
    },
    {
      name: 'a version passed to a helper',
      files: {
        'connect.ts': "import tls from 'node:tls';\nexport function connect(host: string, minVersion: tls.SecureVersion) {\n  return tls.connect({ host, servername: host, minVersion });\n}\n",
        'index.ts': "import { connect } from './connect';\nconnect('db.internal', ⟦'TLSv1'⟧);\n",
      },
      related: [['minVersion in connect at connect.ts:3']],
    },
  ],
});

// A function given by reference to an array method (`directories.map(connect)`) runs for each
// element, as `directories.map((d) => connect(d))` does. Traps: an entry that switches STARTTLS
// off, an array the project does not write out.
const DIRECTORIES = "module.exports = [\n  { url: 'ldap://partners.example:389', startTls: true, tlsOptions: { ⟦rejectUnauthorized: false⟧ } },\n  { url: 'ldap://wh.example:389', startTls: false, tlsOptions: { rejectUnauthorized: false } },\n];\n";
const CONNECT = "const ldap = require('ldapjs');\nconst directories = require('./directories');\nfunction connect(dir) {\n  const client = ldap.createClient({ url: dir.url });\n  if (dir.startTls) client.starttls(dir.tlsOptions, [], () => {});\n  return client;\n}\n";

runProjectTests(noUnverifiedCertificate, {
  valid: [
    {
      name: 'entries that switch STARTTLS off, and a callback over an array the project does not write',
      files: {
        'directories.js': DIRECTORIES.replace('startTls: true', 'startTls: false').replace('⟦', '').replace('⟧', ''),
        'client.js': `${CONNECT}module.exports = { connectAll: () => directories.map(connect), fromArgs: () => process.argv.slice(2).map(connect) };\n`,
      },
    },
  ],
  invalid: [
    {
      name: "a table of another file through `.map(connect)`: at the entry STARTTLS upgrades with",
      files: { 'directories.js': DIRECTORIES, 'client.js': `${CONNECT}module.exports = { connectAll: () => directories.map(connect) };\n` },
      related: [['used by ldapjs starttls through directories.map at client.js:8']],
    },
    {
      name: 'a forEach over a constant array of the file: at the element that turns verification off',
      files: { 'probe.ts': `${HTTPS}const HOSTS = [\n  { host: 'a.example', verify: true },\n  { host: 'b.example', verify: ⟦false⟧ },\n];\nfunction probe(h: { host: string; verify: boolean }) {\n  https.get({ host: h.host, rejectUnauthorized: h.verify });\n}\nHOSTS.forEach(probe);\n` },
    },
  ],
});
