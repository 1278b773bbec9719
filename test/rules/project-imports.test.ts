// Values imported from the project's own files keep their meaning: ESM named, default and
// namespace imports, `export { a as b }`, `export * from`, `export default`, CommonJS
// `module.exports`/`exports.x`/`require`, TypeScript `export =`, tsconfig.json `paths`. The
// finding sits where the unsafe value is written, with the use as related information.
import { noGlobalTlsBypass } from '../../rules/no-global-tls-bypass/index.js';
import { noLegacyTlsVersion } from '../../rules/no-legacy-tls-version/index.js';
import { noUnverifiedCertificate } from '../../rules/no-unverified-certificate/index.js';
import { noUnverifiedHostname } from '../../rules/no-unverified-hostname/index.js';
import { noWeakCipher } from '../../rules/no-weak-cipher/index.js';
import { runProjectTests } from './project-tester.js';

const CLIENT = "import https from 'node:https';\n";

runProjectTests(noUnverifiedCertificate, {
  valid: [
    {
      name: 'a whole CommonJS table read with any key, each entry overridden safely after the spread',
      files: {
        'tenants.js': "module.exports = { a: { host: 'smtp.a.example', port: 587, tls: { rejectUnauthorized: false } }, b: { host: 'smtp.b.example' } };\n",
        'mail.js': "const nodemailer = require('nodemailer');\nconst tenants = require('./tenants');\nexports.t = (id) => nodemailer.createTransport({ ...tenants[id], tls: { rejectUnauthorized: true } });\n",
      },
    },
    {
      name: 'a safe override after the imported options wins',
      files: {
        'config.ts': 'export const base = { timeout: 5000 };\n',
        'client.ts': `${CLIENT}import { base } from './config';\nhttps.request('https://x', { ...base, rejectUnauthorized: true });\n`,
      },
    },
    {
      name: 'an unrelated export of the same name in another file',
      files: {
        'config.ts': 'export const verify = true;\n',
        'other.ts': 'export const verify = false;\n',
        'client.ts': `${CLIENT}import { verify } from './config';\nhttps.request('https://x', { rejectUnauthorized: verify });\n`,
      },
    },
    {
      name: 'a value read from the environment stays unknown',
      files: {
        'config.ts': "export const verifyTls = process.env.VERIFY_TLS !== 'false';\n",
        'client.ts': `${CLIENT}import { verifyTls } from './config';\nhttps.request('https://x', { rejectUnauthorized: verifyTls });\n`,
      },
    },
    {
      name: 'a package of the same name is not a project file',
      files: {
        'node_modules/config/index.js': 'module.exports = { verify: false };\n',
        'client.ts': `${CLIENT}import cfg from 'config';\nhttps.request('https://x', { rejectUnauthorized: cfg.verify });\n`,
      },
    },
    {
      name: 'server-only options: rejectUnauthorized without requestCert does nothing on a server',
      files: {
        'tls-config.ts': 'export const serverOptions = { key: k, cert: c, rejectUnauthorized: false, requestCert: false };\n',
        'server.ts': "import tls from 'node:tls';\nimport { serverOptions } from './tls-config';\ntls.createServer(serverOptions);\n",
      },
    },
  ],
  invalid: [
    {
      name: 'a whole CommonJS module read with any key (`tenants[id]`): each entry under its key',
      files: {
        'tenants.js': "module.exports = {\n  a: { host: 'smtp.a.example', port: 587, tls: { ⟦rejectUnauthorized: false⟧ } },\n  b: { host: 'smtp.b.example', port: 465, secure: true },\n};\n",
        'mail.js': "const nodemailer = require('nodemailer');\nconst tenants = require('./tenants');\nexports.t = (id) => { const s = tenants[id]; return nodemailer.createTransport({ pool: true, ...s }); };\n",
      },
      messageIncludes: ["(when id is 'a')"],
      related: [['used by nodemailer at mail.js:3']],
    },
    {
      name: 'an exported options object used by https.request in another file',
      files: {
        'config.ts': 'export const tlsOptions = { ⟦rejectUnauthorized: false⟧ };\n',
        'client.ts': `${CLIENT}import { tlsOptions } from './config';\n\nexport function get(url: string) {\n  return https.request(url, tlsOptions);\n}\n`,
      },
      messageIncludes: ['in https.request'],
      related: [['used by https.request at client.ts:5']],
    },
    {
      name: 'a settings map keyed by environment: at the entry that turns verification off, for that key',
      files: {
        'settings.ts': "export const SETTINGS = {\n  dev: { verifyTls: true },\n  staging: { verifyTls: ⟦false⟧ },\n  prod: { verifyTls: true },\n};\n",
        'client.ts': `${CLIENT}import { SETTINGS } from './settings';\nconst env = process.env.APP_ENV as 'dev' | 'staging' | 'prod';\nexport const agent = new https.Agent({ rejectUnauthorized: SETTINGS[env].verifyTls });\n`,
      },
      messageIncludes: ["(when env is 'staging')"],
      related: [['used by new https.Agent at client.ts:4']],
    },
    {
      name: 'Electron switches from a table another file exports (module.exports = [ … ]), applied in a loop',
      files: {
        'switches.js': "module.exports = [\n  ['enable-features', 'X'],\n  [⟦'ignore-certificate-errors'⟧],\n];\n",
        'main.js': "const { app } = require('electron');\nconst switches = require('./switches');\nfor (const [name, value] of switches) app.commandLine.appendSwitch(name, value);\n",
      },
      messageIds: ['electronSwitch'],
    },
    {
      name: 'the use named is the TLS call, not a plain http.get given the same object',
      files: {
        'defaults.js': 'export const insecureDev = { ⟦rejectUnauthorized: false⟧ };\n',
        'checkers.js': "import https from 'node:https';\nimport http from 'node:http';\nimport { insecureDev } from './defaults.js';\nexport const plain = (url) => http.get(url, { ...insecureDev });\nexport const lab = (url) => https.get(url, { ...insecureDev, timeout: 2000 });\n",
      },
      messageIncludes: ['in https.request'],
      related: [['used by https.request at checkers.js:5']],
    },
    {
      name: 'a typed config value becomes rejectUnauthorized in another file (default import)',
      files: {
        'config.ts': 'interface Config { verifyTls: boolean }\nconst config: Config = { verifyTls: ⟦false⟧ };\nexport default config;\n',
        'client.ts': `${CLIENT}import config from './config';\nhttps.request('https://x', { rejectUnauthorized: config.verifyTls });\n`,
      },
      // Where the constant is written, as for an options object; the rule's fixes were for the use.
      related: [['used by https.request at client.ts:3']],
    },
    {
      name: 'a namespace import and a renamed re-export (export { a as b } from)',
      files: {
        'defaults.ts': 'export const insecureTls = { ⟦rejectUnauthorized: false⟧ };\n',
        'index.ts': "export { insecureTls as tls } from './defaults';\n",
        'client.ts': `${CLIENT}import * as settings from './index';\nnew https.Agent(settings.tls);\n`,
      },
      related: [['used by new https.Agent at client.ts:3']],
    },
    {
      name: 'export * from a barrel',
      files: {
        'lib/tls.ts': 'export const agentOptions = { keepAlive: true, ⟦rejectUnauthorized: false⟧ };\n',
        'lib/index.ts': "export * from './tls';\n",
        'client.ts': `${CLIENT}import { agentOptions } from './lib';\nexport const agent = new https.Agent(agentOptions);\n`,
      },
      related: [['used by new https.Agent at client.ts:3']],
    },
    {
      name: 'CommonJS module.exports and require with destructuring',
      files: {
        'config.js': 'const verify = ⟦false⟧;\nmodule.exports = { verify };\n',
        'client.js': "const https = require('https');\nconst { verify } = require('./config');\nhttps.get('https://x', { rejectUnauthorized: verify });\n",
      },
      related: [['used by https.request at client.js:3']],
    },
    {
      name: 'CommonJS exports.x written property by property',
      files: {
        'tls.js': 'exports.agentOptions = { ⟦rejectUnauthorized: false⟧ };\nexports.timeout = 5;\n',
        'client.js': "const https = require('https');\nconst tls = require('./tls.js');\nnew https.Agent(tls.agentOptions);\n",
      },
      related: [['used by new https.Agent at client.js:3']],
    },
    {
      name: 'TypeScript export = and import x = require',
      files: {
        'settings.ts': 'const settings = { strict: ⟦false⟧ };\nexport = settings;\n',
        'client.ts': "import https = require('https');\nimport settings = require('./settings');\nhttps.request('https://x', { rejectUnauthorized: settings.strict });\n",
      },
    },
    {
      name: 'tsconfig.json paths (read with TypeScript’s own reader, comments and all)',
      files: {
        'tsconfig.json': '{\n  // aliases\n  "compilerOptions": { "baseUrl": ".", "paths": { "@config/*": ["src/config/*"] } }\n}\n',
        'src/config/tls.ts': 'export const TLS = { ⟦rejectUnauthorized: false⟧ };\n',
        'src/client.ts': `${CLIENT}import { TLS } from '@config/tls';\nhttps.request('https://x', TLS);\n`,
      },
      related: [['used by https.request at src/client.ts:3']],
    },
    {
      name: '.js specifier naming a .ts file, and an index file',
      files: {
        'tls/index.ts': 'export default { ⟦rejectUnauthorized: false⟧ };\n',
        'client.ts': `${CLIENT}import opts from './tls/index.js';\nhttps.request('https://x', opts);\n`,
      },
    },
  ],
});

runProjectTests(noLegacyTlsVersion, {
  valid: [
    {
      name: 'an imported modern version',
      files: {
        'constants.ts': "export const MIN_TLS = 'TLSv1.2';\n",
        'client.ts': "import tls from 'node:tls';\nimport { MIN_TLS } from './constants';\ntls.connect({ host: 'h', servername: 'h', minVersion: MIN_TLS });\n",
      },
    },
  ],
  invalid: [
    {
      // blind21 10: an Nx-style workspace, tsconfig.base.json at the root, packages without a tsconfig of their own.
      name: "a constant imported through the `paths` of an Nx workspace's tsconfig.base.json (no root tsconfig.json)",
      files: {
        'tsconfig.base.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@acme/config': ['packages/config/src/index.ts'] } } }),
        'apps/api/tsconfig.json': JSON.stringify({ extends: '../../tsconfig.base.json' }),
        'packages/config/src/index.ts': "export * from './tls';\n",
        'packages/config/src/tls.ts': "export const PARTNER_MIN_VERSION = ⟦'TLSv1'⟧;\n",
        'packages/http/src/partner.ts': "import https from 'node:https';\nimport { PARTNER_MIN_VERSION } from '@acme/config';\nexport const agent = new https.Agent({ minVersion: PARTNER_MIN_VERSION });\n",
      },
      related: [['used by new https.Agent at packages/http/src/partner.ts:3']],
    },
    {
      name: "an imported 'TLSv1' constant used as minVersion",
      files: {
        'constants.ts': "export const MIN_TLS = ⟦'TLSv1'⟧;\n",
        'client.ts': "import tls from 'node:tls';\nimport { MIN_TLS } from './constants';\ntls.connect({ host: 'h', servername: 'h', minVersion: MIN_TLS });\n",
      },
      related: [['used by tls.connect at client.ts:3']],
    },
    {
      name: 'an exported PROFILES table spread with ...PROFILES[profile]: the unsafe entry, for its key',
      files: {
        'profiles.ts': "export const PROFILES = {\n  modern: { minVersion: 'TLSv1.2' },\n  legacy: { ⟦minVersion: 'TLSv1'⟧ },\n};\n",
        'client.ts': "import tls from 'node:tls';\nimport { PROFILES } from './profiles';\nexport const connect = (profile: string) => tls.connect({ host: 'h', servername: 'h', ...PROFILES[profile] });\n",
      },
      messageIncludes: ["when profile is 'legacy'"],
      related: [['used by tls.connect at client.ts:3']],
    },
    {
      name: "a child's env and node arguments from a config module: one finding each, where the flag is written",
      files: {
        'cfg.ts': "export const childEnv = { ...process.env, NODE_OPTIONS: '⟦--tls-min-v1.0⟧' };\nexport const LEGACY = [⟦'--tls-min-v1.1'⟧, 'worker.js'];\n",
        'main.ts': "import { spawn } from 'node:child_process';\nimport { childEnv, LEGACY } from './cfg';\nexport const a = spawn('node', ['w.js'], { env: childEnv });\nexport const b = spawn('node', LEGACY);\n",
      },
      messageIncludes: ["in spawn's NODE_OPTIONS", "in spawn's node arguments"],
      related: [['passed on here at main.ts:3'], ['imported here at main.ts:2']],
    },
  ],
});

runProjectTests(noUnverifiedCertificate, {
  valid: [],
  invalid: [
    {
      name: 'browser switches in a constant array of another file (the rule looks when the array is read)',
      files: {
        'args.ts': "export const BROWSER_ARGS = ['--no-sandbox', ⟦'--ignore-certificate-errors'⟧];\n",
        'main.ts': "import puppeteer from 'puppeteer';\nimport { BROWSER_ARGS } from './args';\nexport const b = puppeteer.launch({ args: [...BROWSER_ARGS, '--lang=en'] });\n",
      },
      related: [['used by puppeteer at main.ts:3']],
    },
    {
      name: "a Prisma URL template of another file's table, with a part the file does not know: where it is written, with the client",
      files: {
        'urls.ts': "const pass = encodeURIComponent(process.env.PG_PASSWORD ?? '');\nexport const DATABASE_URLS = {\n  primary: ⟦`postgresql://app:${pass}@pg.example.com:5432/app?sslmode=require&connection_limit=10`⟧,\n  replica: `postgresql://app:${pass}@pg.example.com:5432/app?sslmode=require&sslaccept=strict`,\n};\n",
        'prisma.ts': "import { PrismaClient } from '@prisma/client';\nimport { DATABASE_URLS } from './urls';\nexport const prisma = new PrismaClient({ datasources: { db: { url: DATABASE_URLS.primary } } });\nexport const read = new PrismaClient({ datasources: { db: { url: DATABASE_URLS.replica } } });\n",
      },
      related: [['used by prisma at prisma.ts:3']],
    },
  ],
});

runProjectTests(noGlobalTlsBypass, {
  valid: [
    {
      name: 'an imported value that keeps verification on',
      files: {
        'config.js': "module.exports = { reject: '1' };\n",
        'main.js': "const cfg = require('./config');\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = cfg.reject;\n",
      },
    },
  ],
  invalid: [
    {
      name: 'a process-wide knob assigned a constant written in another file: reported at the constant',
      files: {
        'config.ts': "export default { tlsReject: ⟦'0'⟧ };\n",
        'main.ts': "import cfg from './config';\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = cfg.tlsReject;\n",
      },
      related: [['assigned to process.env.NODE_TLS_REJECT_UNAUTHORIZED at main.ts:2']],
    },
  ],
});

runProjectTests(noWeakCipher, {
  valid: [],
  invalid: [
    {
      name: 'a cipher list from a constants module',
      files: {
        'ciphers.mjs': "export const CIPHERS = ⟦['ECDHE-RSA-AES128-GCM-SHA256', 'RC4-SHA'].join(':')⟧;\n",
        'server.mjs': "import tls from 'node:tls';\nimport { CIPHERS } from './ciphers.mjs';\ntls.createServer({ ciphers: CIPHERS });\n",
      },
    },
  ],
});

runProjectTests(noUnverifiedHostname, {
  valid: [
    {
      name: 'a pinned-identity function of another file checks the name first',
      files: {
        'tls.ts': "import tls from 'node:tls';\nexport function pinned(host: string, cert: tls.PeerCertificate) {\n  return tls.checkServerIdentity(host, cert) ?? (cert.fingerprint256 === 'AB' ? undefined : new Error('pin'));\n}\n",
        'agent.ts': "import https from 'node:https';\nimport { pinned } from './tls';\nexport const agent = new https.Agent({ checkServerIdentity: pinned });\n",
      },
    },
  ],
  invalid: [
    {
      name: 'a one-line accept-any function of another file: reported where it is written, the option as related',
      files: {
        'tls.ts': "export const acceptAnyName = ⟦(_host: string, _cert: unknown) => undefined⟧;\n",
        'agent.ts': "import https from 'node:https';\nimport { acceptAnyName } from './tls';\nexport const agent = new https.Agent({ checkServerIdentity: acceptAnyName });\n",
      },
      related: [['used by new https.Agent at agent.ts:3']],
    },
    {
      name: 'a function of several lines stays at the option, the function as related',
      files: {
        'tls.ts': "export function acceptAnyName(host: string) {\n  console.log('accepting', host);\n  return undefined;\n}\n",
        'agent.ts': "import https from 'node:https';\nimport { acceptAnyName } from './tls';\nexport const agent = new https.Agent({ ⟦checkServerIdentity: acceptAnyName⟧ });\n",
      },
    },
  ],
});
