// Values passed by name to helpers across files (also each element of a table a loop passes), and values a helper of another file returns: a typed config object (`globexTenant`) handed
// through two functions to the options of `new https.Agent` is judged as the literal it holds, and
// the finding sits where the unsafe value is written, with the call that passes it and the option
// in the helper as related places. Traps: a name holding safe values, a value from the environment,
// a later safe override, a server-only option, a helper that only reads the value.
import { noGlobalTlsBypass } from '../../rules/no-global-tls-bypass/index.js';
import { noLegacyTlsVersion } from '../../rules/no-legacy-tls-version/index.js';
import { noUnverifiedCertificate } from '../../rules/no-unverified-certificate/index.js';
import { noUnverifiedHostname } from '../../rules/no-unverified-hostname/index.js';
import { runProjectTests } from './project-tester.js';

const TSCONFIG = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@config/*': ['src/config/*'], '@http/*': ['src/http/*'] } } });
const AGENT =
  "import https from 'https';\nimport type { Tenant } from '@config/tenants';\nexport function agentFor(tenant: Tenant) {\n  return new https.Agent({ keepAlive: true, rejectUnauthorized: tenant.verifyTls, minVersion: tenant.minTls ?? 'TLSv1.2' });\n}\n";
const CLIENT = "import { agentFor } from '@http/agent';\nimport type { Tenant } from '@config/tenants';\nexport function createClient(tenant: Tenant) {\n  return { baseURL: tenant.baseURL, httpsAgent: agentFor(tenant) };\n}\n";
const TYPE = "export interface Tenant { baseURL: string; verifyTls: boolean; minTls?: 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' }\n";
const INDEX = "import { createClient } from '@http/client';\nimport { acme, globex } from '@config/tenants';\nexport const clients = [createClient(acme), createClient(globex)];\n";

/** The four files of a tenant project, with the tenants' file as given. */
function tenants(config: string, index = INDEX): Record<string, string> {
  return { 'tsconfig.json': TSCONFIG, 'src/config/tenants.ts': `${TYPE}${config}`, 'src/http/agent.ts': AGENT, 'src/http/client.ts': CLIENT, 'src/index.ts': index };
}

const HTTPS = "import https from 'node:https';\n";
/** An SDK: a tsconfig `paths` alias, an arrow factory, and a constructor whose destructuring default keeps verification on. */
const SDK_CLIENT = `${HTTPS}export interface ClientOptions { verifyTls?: boolean }\nexport class ApiClient {\n  agent: https.Agent;\n  constructor(opts: ClientOptions = {}) {\n    const { verifyTls = true } = opts;\n    this.agent = new https.Agent({ rejectUnauthorized: verifyTls, keepAlive: true });\n  }\n}\n`;
const SDK_INDEX = "import { ApiClient, ClientOptions } from './client';\nexport const createClient = (opts?: ClientOptions) => new ApiClient(opts);\n";
function sdk(cli: string): Record<string, string> {
  return { 'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@acme/client': ['client/src/index.ts'] } } }), 'client/src/client.ts': SDK_CLIENT, 'client/src/index.ts': SDK_INDEX, 'cli/src/index.ts': `import { createClient } from '@acme/client';\n${cli}` };
}
const MAKE_AGENT = `${HTTPS}export function makeAgent({ insecure }: { insecure: boolean }) {\n  return new https.Agent({ rejectUnauthorized: !insecure });\n}\n`;

const HTTP_LIB = "import https from 'node:https';\nexport interface HttpClientOptions { insecure?: boolean }\nexport function createHttpClient(baseURL: string, opts: HttpClientOptions = {}) {\n  return new https.Agent({ keepAlive: true, rejectUnauthorized: !opts.insecure });\n}\n";

/** A table of environments whose `development` entry has its own URL and `insecure: true`, and a helper negating the switch it is given. */
const ENTRY_SETTINGS = (url: string) =>
  `export const settings: Record<string, { url: string; insecure?: boolean }> = {\n  development: { url: '${url}', insecure: true },\n  production: { url: 'https://api.example.com' },\n};\nexport const active = settings[process.env.NODE_ENV ?? 'development'];\n`;
const ENTRY_AGENT = `${HTTPS}import { active } from './settings';\nfunction optionsFor(url: string, insecure = false) {\n  return { servername: new URL(url).hostname, rejectUnauthorized: !insecure };\n}\nexport const req = https.request(active.url, optionsFor(active.url, active.insecure));\n`;

const REDIS_TLS_FOR =
  "import IORedis from 'ioredis';\nimport { active } from './settings';\nfunction tlsFor(url: string, insecure = false) {\n  if (!url.startsWith('rediss://')) return undefined;\n  const { hostname } = new URL(url);\n  return { servername: hostname, rejectUnauthorized: !insecure };\n}\nexport function createConnection() {\n  return new IORedis(active.url, { tls: tlsFor(active.url, active.tlsInsecure) });\n}\n";

runProjectTests(noUnverifiedCertificate, {
  valid: [
    {
      name: "a helper's `!opts.insecure` whose only caller passes a comparison of a switch of its own (`{ insecure: process.env.LOYALTY_INSECURE_TLS === '1' }`): the caller's explicit choice (blind20 01)",
      files: { 'lib/http.ts': HTTP_LIB, 'clients/loyalty.ts': "import { createHttpClient } from '../lib/http';\nexport const http = createHttpClient('https://loyalty.example', {\n  insecure: process.env.LOYALTY_INSECURE_TLS === '1',\n});\n" },
    },
    {
      name: 'tenants passed by name that all verify',
      files: tenants("export const acme: Tenant = { baseURL: 'https://a', verifyTls: true };\nexport const globex: Tenant = { baseURL: 'https://g', verifyTls: true };\n"),
    },
    {
      name: 'a name holding a value from the environment (an explicit opt-in, not a constant)',
      files: { 'agent.ts': MAKE_AGENT, 'index.ts': "import { makeAgent } from './agent';\nconst opts = { insecure: process.env.INSECURE === '1' };\nexport const agent = makeAgent(opts);\n" },
    },
    {
      name: 'a later safe override of the object passed',
      files: { 'agent.ts': MAKE_AGENT, 'index.ts': "import { makeAgent } from './agent';\nconst opts = { insecure: true };\nopts.insecure = false;\nexport const agent = makeAgent(opts);\n" },
    },
    {
      name: 'a server-only option: rejectUnauthorized on a server without requestCert does nothing',
      files: {
        'server.ts': "import tls from 'node:tls';\nexport function serve(cfg: { verify: boolean }) {\n  return tls.createServer({ rejectUnauthorized: cfg.verify });\n}\n",
        'index.ts': "import { serve } from './server';\nconst cfg = { verify: false };\nserve(cfg);\n",
      },
    },
    {
      name: "a config factory's values that verify, or come from the environment, passed to a helper",
      files: {
        'agents.ts': `${HTTPS}export function agentFor(cfg: { verifyTls: boolean }) {\n  return new https.Agent({ rejectUnauthorized: cfg.verifyTls });\n}\n`,
        'configuration.ts': "export default () => ({\n  supplier: { verifyTls: true },\n  warehouse: { verifyTls: process.env.WAREHOUSE_VERIFY !== 'false' },\n});\n",
        'module.ts': "import configuration from './configuration';\nimport { agentFor } from './agents';\nconst cfg = configuration();\nexport const agents = [agentFor(cfg.supplier), agentFor(cfg.warehouse), agentFor(configuration().supplier)];\n",
      },
    },
    {
      name: "an SDK's destructuring default keeps verification on: given true, not given, or without options",
      files: sdk("export const a = createClient({ verifyTls: true });\nexport const b = createClient({});\nexport const c = createClient();\n"),
    },
    {
      name: 'a helper that only reads the value (a comparison, a message)',
      files: {
        'check.ts': `${HTTPS}export function warn(tenant: { verifyTls: boolean }) {\n  if (tenant.verifyTls === false) console.warn('rejectUnauthorized: false is set');\n  return https.request('https://x', { rejectUnauthorized: true });\n}\n`,
        'index.ts': "import { warn } from './check';\nconst t = { verifyTls: false };\nwarn(t);\n",
      },
    },
    {
      name: "a helper's `!insecure` whose only `true` is written in a table entry naming its own plain URL (`{ url: 'http://localhost:8080', insecure: true }`): that entry speaks no TLS, as for the literal itself",
      files: { 'settings.ts': ENTRY_SETTINGS('http://localhost:8080'), 'agent.ts': ENTRY_AGENT },
    },
    {
      name: "a helper guarding on the URL's scheme given one entry's URL and switch: the only `tlsInsecure: true` is the redis:// entry's, for which it builds no TLS (blind23 03)",
      files: {
        'settings.ts': "export const settings = {\n  development: { url: 'redis://localhost:6379', tlsInsecure: true },\n  production: { url: process.env.REDIS_URL ?? 'rediss://default:pw@cache.example.com:6379' },\n};\nexport const active = settings[process.env.NODE_ENV ?? 'development'];\n",
        'redis.ts': REDIS_TLS_FOR,
      },
    },
  ],
  invalid: [
    {
      name: "the same helper's `!insecure` when the entry writing `insecure: true` names an https:// URL: at that entry's switch (the helper is evaluated for each entry), with the sink and the helper's option",
      files: { 'settings.ts': ENTRY_SETTINGS('https://staging.example.com').replace('insecure: true', '⟦insecure: true⟧'), 'agent.ts': ENTRY_AGENT },
      messageIncludes: ["when NODE_ENV ?? 'development' is 'development'"],
      related: [['used by https.request at agent.ts:6', 'rejectUnauthorized: !insecure in optionsFor at agent.ts:4']],
    },
    {
      name: "a helper guarding on the URL's scheme (`if (!url.startsWith('rediss://')) return undefined`) given one entry's URL and switch: only the rediss:// entry's switch",
      files: {
        'settings.ts': "export const settings = {\n  development: { url: 'redis://localhost:6379', tlsInsecure: true },\n  staging: { url: 'rediss://cache.staging.example.com:6380', ⟦tlsInsecure: true⟧ },\n  production: { url: 'rediss://cache.example.com:6380' },\n};\nexport const active = settings[process.env.APP_ENV ?? 'development'];\n",
        'redis.ts': REDIS_TLS_FOR,
      },
      messageIncludes: ["when APP_ENV ?? 'development' is 'staging'"],
      related: [['used by ioredis at redis.ts:9', 'rejectUnauthorized: !insecure in tlsFor at redis.ts:6']],
    },
    {
      name: "the same helper with a caller passing `true` and one passing a comparison: reported at the call passing true only",
      files: {
        'lib/http.ts': HTTP_LIB,
        'clients/loyalty.ts': "import { createHttpClient } from '../lib/http';\nexport const http = createHttpClient('https://loyalty.example', { insecure: process.env.LOYALTY_INSECURE_TLS === '1' });\n",
        'clients/payments.ts': "import { createHttpClient } from '../lib/http';\nexport const http = createHttpClient('https://payments.example', { ⟦insecure: true⟧ });\n",
      },
    },
    {
      name: "a setting of a bag a caller parses (a CLI's flags) read in a helper of another file: the opt-in it names, as when parsed in the file",
      files: {
        'commands.js': "import WebSocket from 'ws';\nexport function tail(endpoint, flags) {\n  return new WebSocket(endpoint + '/tail', { ⟦rejectUnauthorized: !flags.insecure⟧ });\n}\n",
        'cli.js': "import yargs from 'yargs';\nimport { tail } from './commands.js';\nconst flags = yargs(process.argv.slice(2)).option('insecure', { type: 'boolean' }).parse();\ntail(flags.endpoint, flags);\n",
      },
      messageIncludes: ['only on the explicit opt-in flags.insecure'],
    },
    {
      name: 'each element of a table a loop passes to a helper by name: at the unsafe entry, not the safe one',
      files: {
        'one.js': "import https from 'https';\nconst HOSTS = [\n  { host: 'a.example', verify: true },\n  { host: 'b.example', verify: ⟦false⟧ },\n];\nfunction agentFor(h) {\n  return new https.Agent({ rejectUnauthorized: h.verify });\n}\nfor (const h of HOSTS) {\n  agentFor(h);\n}\n",
      },
    },
    {
      name: 'a typed config value through two helpers across files (tsconfig paths): at the value, with the call and the option',
      files: tenants("export const acme: Tenant = { baseURL: 'https://a', verifyTls: true };\nexport const globex: Tenant = { baseURL: 'https://g', verifyTls: ⟦false⟧ };\n"),
      related: [['used by new https.Agent through createClient at src/index.ts:3', 'rejectUnauthorized: tenant.verifyTls in agentFor at src/http/agent.ts:4']],
    },
    {
      name: 'a configuration instance passed by name to a client whose base class reads it through a getter (no constructor of its own)',
      files: {
        'configuration.ts': "export class Configuration {\n  constructor(private params: { verifySsl?: boolean } = {}) {}\n  get verifySsl(): boolean {\n    return this.params.verifySsl ?? true;\n  }\n}\n",
        'base.ts': `${HTTPS}import { Configuration } from './configuration';\nexport class BaseAPI {\n  protected agent: https.Agent;\n  constructor(configuration: Configuration = new Configuration()) {\n    this.agent = new https.Agent({ rejectUnauthorized: configuration.verifySsl });\n  }\n}\n`,
        'invoices.ts': "import { BaseAPI } from './base';\nexport class InvoicesApi extends BaseAPI {}\n",
        'index.ts': "import { Configuration } from './configuration';\nimport { InvoicesApi } from './invoices';\nconst sandbox = new Configuration({ verifySsl: ⟦false⟧ });\nconst production = new Configuration({ verifySsl: true });\nexport const a = new InvoicesApi(sandbox);\nexport const b = new InvoicesApi(production);\nexport const c = new InvoicesApi();\n",
      },
      related: [['rejectUnauthorized: configuration.verif… in BaseAPI at base.ts:6']],
    },
    {
      name: "a value a config factory of another file returns, read from its result by name or directly, passed to a helper of a third: at the value",
      files: {
        'agents.ts': `${HTTPS}export function agentFor(cfg: { verifyTls: boolean }) {\n  return new https.Agent({ keepAlive: true, rejectUnauthorized: cfg.verifyTls });\n}\n`,
        'configuration.ts': "const configuration = () => ({\n  supplier: { baseUrl: 'https://s', verifyTls: ⟦false⟧ },\n  partner: { baseUrl: 'https://p', verifyTls: ⟦false⟧ },\n  warehouse: { baseUrl: 'https://w', verifyTls: true },\n});\nexport default configuration;\n",
        'module.ts': "import configuration from './configuration';\nimport { agentFor } from './agents';\nconst cfg = configuration();\nexport const supplier = agentFor(cfg.supplier);\nexport const warehouse = agentFor(cfg.warehouse);\nexport const partner = agentFor(configuration().partner);\n",
      },
      related: [
        ['used by new https.Agent through agentFor at module.ts:4', 'rejectUnauthorized: cfg.verifyTls in agentFor at agents.ts:3'],
        ['used by new https.Agent through agentFor at module.ts:6', 'rejectUnauthorized: cfg.verifyTls in agentFor at agents.ts:3'],
      ],
    },
    {
      name: 'a boolean through a tsconfig paths alias, an arrow factory and a destructuring default in a constructor: at the value',
      files: sdk("export const onprem = createClient({ verifyTls: ⟦false⟧ });\nexport const prod = createClient({ verifyTls: true });\n"),
      related: [['rejectUnauthorized: verifyTls in ApiClient at client/src/client.ts:7']],
    },
    {
      name: 'a local constant passed by name to a helper of another file',
      files: { 'agent.ts': MAKE_AGENT, 'index.ts': "import { makeAgent } from './agent';\nconst opts = { ⟦insecure: true⟧ };\nexport const agent = makeAgent(opts);\n" },
      related: [['rejectUnauthorized: !insecure in makeAgent at agent.ts:3']],
    },
  ],
});

runProjectTests(noLegacyTlsVersion, {
  valid: [
    {
      name: 'a tenant that names no version gets the helper’s default',
      files: tenants("export const acme: Tenant = { baseURL: 'https://a', verifyTls: true };\nexport const globex: Tenant = { baseURL: 'https://g', verifyTls: true, minTls: 'TLSv1.2' };\n"),
    },
  ],
  invalid: [
    {
      name: 'a typed config version through two helpers across files, read with ?? and a safe default',
      files: tenants("export const acme: Tenant = { baseURL: 'https://a', verifyTls: true };\nexport const globex: Tenant = { baseURL: 'https://g', verifyTls: true, minTls: ⟦'TLSv1.1'⟧ };\n"),
      related: [["used by new https.Agent through createClient at src/index.ts:3", "minVersion: tenant.minTls ?? 'TLSv1.2' in agentFor at src/http/agent.ts:4"]],
    },
    {
      name: "NODE_OPTIONS computed from known parts in another file (a template over a joined constant): in the file that writes it, not at the fork",
      files: {
        'lib/node-env.js': "export const BASE = ['--max-old-space-size=4096', '--enable-source-maps'].join(' ');\nexport function childEnv(extra = {}) {\n  return { ...process.env, NODE_OPTIONS: BASE, ...extra };\n}\nexport const STAGING_ENV = childEnv({ NODE_OPTIONS: ⟦`${BASE} --tls-min-v1.0`⟧ });\n",
        'scripts/seed.js': "import { fork } from 'node:child_process';\nimport { STAGING_ENV } from '../lib/node-env.js';\n\nfork('scripts/partner-sim.js', [], { env: STAGING_ENV });\n",
      },
    },
  ],
});

const ENV = "export function childEnv(extra = {}) {\n  return Object.assign({}, process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '0' }, extra);\n}\nexport function strictEnv() {\n  return { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '1' };\n}\n";

runProjectTests(noGlobalTlsBypass, {
  valid: [
    {
      name: "a child's env from a helper of another file that keeps verification on",
      files: { 'env.js': ENV, 'main.js': "import { spawn } from 'node:child_process';\nimport { strictEnv } from './env.js';\nspawn(process.execPath, ['x.js'], { env: strictEnv() });\n" },
    },
    {
      name: 'defaults of another file copied into process.env that keep verification on, and unsafe ones only read',
      files: {
        'defaults.js': "export const ENV_DEFAULTS = { LOG_LEVEL: 'info', NODE_TLS_REJECT_UNAUTHORIZED: '1' };\nexport const DOCS = { NODE_TLS_REJECT_UNAUTHORIZED: '0' };\n",
        'main.js': "import { ENV_DEFAULTS, DOCS } from './defaults.js';\nfor (const [key, value] of Object.entries(ENV_DEFAULTS)) {\n  process.env[key] ??= value;\n}\nObject.assign(process.env, ENV_DEFAULTS);\nconsole.log(Object.keys(DOCS));\n",
      },
    },
    {
      name: 'CommonJS defaults required whole and copied into process.env that keep verification on; a required module with no TLS key',
      files: {
        'defaults.js': "module.exports = Object.freeze({ TZ: 'UTC', NODE_TLS_REJECT_UNAUTHORIZED: '1' });\n",
        'colors.js': "module.exports = { FORCE_COLOR: '1' };\n",
        'env.js': "const DEFAULTS = require('./defaults');\nconst COLORS = require('./colors');\nfunction apply(env = process.env) {\n  for (const [k, v] of Object.entries({ ...DEFAULTS, ...COLORS })) if (env[k] === undefined) env[k] = v;\n}\nmodule.exports = { apply };\n",
      },
    },
    {
      name: 'an unsafe env a helper returns, only read (never given to a child)',
      files: { 'env.js': ENV, 'main.js': "import { childEnv } from './env.js';\nconsole.log(childEnv().NODE_TLS_REJECT_UNAUTHORIZED);\n" },
    },
  ],
  invalid: [
    {
      name: 'defaults of another file copied into process.env in a loop (??=) or by Object.assign: where they are written, with the copy',
      files: {
        'defaults.js': "export const ENV_DEFAULTS = {\n  LOG_LEVEL: 'info',\n  ⟦NODE_TLS_REJECT_UNAUTHORIZED: '0'⟧,\n};\nexport const CI_ENV = { ⟦NODE_TLS_REJECT_UNAUTHORIZED: '0'⟧ };\n",
        'main.js': "import { ENV_DEFAULTS, CI_ENV } from './defaults.js';\nfor (const [key, value] of Object.entries(ENV_DEFAULTS)) {\n  process.env[key] ??= value;\n}\nif (process.env.CI) Object.assign(process.env, CI_ENV);\n",
      },
      messageIncludes: ['A default copied into process.env sets NODE_TLS_REJECT_UNAUTHORIZED=0 (when it is not set yet)', 'NODE_TLS_REJECT_UNAUTHORIZED=0 (when CI is truthy) makes the whole process accept any certificate'],
      related: [['copied into process.env here at main.js:3'], ['copied into process.env here at main.js:5']],
    },
    {
      name: 'frozen CommonJS defaults required whole (or imported as a namespace) and copied into process.env: where they are written, with the copy',
      files: {
        'ci-defaults.js': "'use strict';\nmodule.exports = Object.freeze({\n  TZ: 'UTC',\n  ⟦NODE_TLS_REJECT_UNAUTHORIZED: '0'⟧,\n});\n",
        'ci-env.js': "const DEFAULTS = require('./ci-defaults');\nfunction applyCiDefaults(env = process.env) {\n  for (const [key, value] of Object.entries(DEFAULTS)) {\n    if (env[key] === undefined) env[key] = value;\n  }\n}\nmodule.exports = { applyCiDefaults };\n",
        'lab.ts': "export const TZ = 'UTC';\nexport const ⟦NODE_TLS_REJECT_UNAUTHORIZED⟧ = '0';\n",
        'main.ts': "import * as LAB from './lab';\nObject.assign(process.env, LAB);\n",
      },
      messageIncludes: ['A default copied into process.env sets NODE_TLS_REJECT_UNAUTHORIZED=0 (when env[key] is undefined)', 'NODE_TLS_REJECT_UNAUTHORIZED=0 makes the whole process accept any certificate'],
      related: [['copied into process.env here at ci-env.js:4'], ['copied into process.env here at main.ts:2']],
    },
    {
      name: "a child's env built by Object.assign in a helper of another file: at the variable, with the call that passes it",
      files: {
        'env.js': ENV.replace("NODE_TLS_REJECT_UNAUTHORIZED: '0'", "⟦NODE_TLS_REJECT_UNAUTHORIZED: '0'⟧"),
        'main.js': "import { spawn } from 'node:child_process';\nimport { childEnv } from './env.js';\nspawn(process.execPath, ['x.js'], { env: childEnv(), stdio: 'inherit' });\n",
      },
      messageIncludes: ['child_process.spawn passes NODE_TLS_REJECT_UNAUTHORIZED=0'],
      related: [['passed on here at main.js:3']],
    },
  ],
});

const CURL =
  "import { Curl } from 'node-libcurl';\nexport function download(url: string, { verifyHost = 2 } = {}) {\n  const curl = new Curl();\n  curl.setOpt(Curl.option.URL, url);\n  curl.setOpt(Curl.option.SSL_VERIFYHOST, verifyHost);\n  curl.perform();\n  return curl;\n}\n";

// A setter in a helper of another file (node-libcurl through `download(url, { verifyHost: 0 })`):
// the value a call passes is judged where it is written, as for a helper of the same file.
runProjectTests(noUnverifiedHostname, {
  valid: [
    {
      name: "a setter in a helper of another file that keeps its safe default, or is given 2",
      files: { 'curl.ts': CURL, 'index.ts': "import { download } from './curl';\ndownload('https://a.example/x');\ndownload('https://b.example/x', { verifyHost: 2 });\n" },
    },
  ],
  invalid: [
    {
      name: 'a setter in a helper of another file given 0 by a call: at the value the call passes',
      files: { 'curl.ts': CURL, 'index.ts': "import { download } from './curl';\nexport const tapes = download('https://tapes.example/x', { ⟦verifyHost: 0⟧ });\n" },
    },
  ],
});
