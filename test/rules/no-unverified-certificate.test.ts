import { noUnverifiedCertificate } from '../../rules/no-unverified-certificate/index.js';
import { runRuleTests, type InvalidCase } from './rule-tester.js';

/** The usual finding: the property, marked. */
const RU = '⟦rejectUnauthorized: false⟧';
const option = (code: string, filename?: string, name?: string, keepsEmpty?: InvalidCase['keepsEmpty']): InvalidCase => ({ code, filename, name, messageIds: [...code.matchAll(/⟦/g)].map(() => 'option'), ...(keepsEmpty ? { keepsEmpty } : {}) });
/** Why a removal leaves `ssl: {}` (or ioredis's `tls: {}`): the sink turns TLS on when the key is there. */
const TLS_SWITCH = (key = 'ssl') => ({ key, why: 'the key turns TLS on: without it the connection would be plaintext' });
const REMOVE = 'Remove rejectUnauthorized: false (verify certificates)';
const CA = 'Trust a specific CA instead (ca: readFileSync(…), edit the path)';
const SAFE = 'Apply safe TLS settings to these options';

runRuleTests(noUnverifiedCertificate, {
  valid: [
    { name: 'a helper given an entry of a table whose entries all verify', filename: 'client.ts', code: "import https from 'node:https';\nconst ENVIRONMENTS = { production: { verifyTls: true }, staging: { verifyTls: true } };\nfunction agentFor(env) { return new https.Agent({ rejectUnauthorized: env.verifyTls }); }\nexport const clientFor = (name: string) => agentFor(ENVIRONMENTS[name] ?? ENVIRONMENTS.production);\n" },
    // Comments, strings, types and ambient code are not code that runs.
    { name: "a switch of its own compared (`X !== '0'`, as superagent mirrors NODE_TLS_REJECT_UNAUTHORIZED; `TLS_VERIFY === 'true'`), a comparison of no environment read, or one read elsewhere", code: "import https from 'https';\nnew https.Agent({ rejectUnauthorized: process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0' });\nnew https.Agent({ rejectUnauthorized: process.env.TLS_VERIFY != 'false' });\nnew https.Agent({ rejectUnauthorized: process.env.TLS_VERIFY === 'true' });\nnew https.Agent({ rejectUnauthorized: mode === 'strict' });\nif (process.env.NODE_ENV === 'production') console.log('prod');\nconst verify = process.env.TLS_VERIFY ?? 'true';\nnew https.Agent({ rejectUnauthorized: verify === 'true' });\n" },
    { name: 'comments and strings', code: "// rejectUnauthorized: false\n/* tls.connect({ rejectUnauthorized: false }) */\nconst s = 'rejectUnauthorized: false';\nconst t = `{ rejectUnauthorized: false }`;\n" },
    { name: 'interfaces, type aliases and annotations', code: 'interface O { rejectUnauthorized: false }\ntype T = { rejectUnauthorized: false; strictSSL: false };\nlet o: { rejectUnauthorized: false };\nfunction f(x: { ignoreHTTPSErrors: true }) {}\n' },
    { name: 'declare and ambient modules', code: "declare const o: { rejectUnauthorized: false };\ndeclare module 'x' { const opts = { rejectUnauthorized: false }; }\ndeclare namespace N { const opts = { rejectUnauthorized: false }; }\ndeclare global { var tlsOpts: { rejectUnauthorized: false }; }\n" },
    { name: 'a declaration file', filename: 'types.d.ts', code: "import tls from 'tls';\nexport declare function connect(o?: { rejectUnauthorized?: false }): tls.TLSSocket;\nexport const defaults = { rejectUnauthorized: false };\n" },
    { name: 'exported ambient values', code: "export declare const x = { rejectUnauthorized: false };\ndeclare module 'x' { export const o = { rejectUnauthorized: false }; }\ndeclare namespace N { export const n = { strictSSL: false }; }\nclass C { declare opts: { rejectUnauthorized: false }; }\n" },
    // Destructuring defaults and reads.
    { name: 'destructuring defaults', code: "import tls from 'tls';\nfunction f({ rejectUnauthorized = false, strictSSL = false } = {}) {}\nconst { rejectUnauthorized: ru = false } = opts;\nconst [x = { rejectUnauthorized: false }] = [];\nlet y;\n[y = { rejectUnauthorized: false }] = list;\nconst { tls = { rejectUnauthorized: false } } = cfg;\n" },
    { name: 'a destructured default that reaches a sink is unknown, not reported', code: "import tls from 'tls';\nconst { rejectUnauthorized = false } = config;\ntls.connect({ host: 'h', rejectUnauthorized });\n" },
    { name: 'reads of the option', code: "if (opts.rejectUnauthorized === false) warn();\nconst off = socket.rejectUnauthorized !== false ? 'on' : 'off';\n({ rejectUnauthorized: seen } = opts);\n" },
    // Values Node does not treat as off.
    { name: '0, null, "false", undefined keep verification on', code: "import tls from 'tls';\ntls.connect({ rejectUnauthorized: 0 });\ntls.connect({ rejectUnauthorized: null });\ntls.connect({ rejectUnauthorized: 'false' });\ntls.connect({ rejectUnauthorized: undefined });\ntls.connect({ rejectUnauthorized: void 0 });\n" },
    { name: 'true and values the file does not know', code: "import https from 'https';\nhttps.get(url, { rejectUnauthorized: true });\nhttps.get(url, { rejectUnauthorized: process.env.TLS_VERIFY !== 'false' });\nhttps.get(url, { rejectUnauthorized: config.verify });\nhttps.get(url, { rejectUnauthorized: !!process.env.VERIFY });\n" },
    { name: 'library options with safe values', code: "import { MongoClient } from 'mongodb';\nimport puppeteer from 'puppeteer';\nnew MongoClient(uri, { tlsAllowInvalidCertificates: false, tlsInsecure: false, sslValidate: true });\nawait puppeteer.launch({ acceptInsecureCerts: false, ignoreHTTPSErrors: false });\nrequest({ url, strictSSL: true });\n" },
    // Later writes win.
    { name: 'a later property wins over a spread', code: "import https from 'https';\nconst insecure = { rejectUnauthorized: false };\nhttps.request(url, { ...insecure, rejectUnauthorized: true });\n" },
    { name: 'a later spread of a safe object wins', code: "import tls from 'tls';\nconst safe = { rejectUnauthorized: true };\ntls.connect({ rejectUnauthorized: false, ...safe });\n" },
    { name: 'Object.assign with a later safe source', code: "import tls from 'tls';\nconst base = { rejectUnauthorized: false };\ntls.connect(Object.assign({}, base, { rejectUnauthorized: true }));\n" },
    { name: 'a later member write wins', code: "import tls from 'tls';\nconst opts = { host: 'h', rejectUnauthorized: false };\nopts.rejectUnauthorized = true;\ntls.connect(opts);\n" },
    { name: 'a later plain assignment wins', code: "import https from 'https';\nlet opts = { rejectUnauthorized: false };\nopts = { rejectUnauthorized: true };\nhttps.request(url, opts);\n" },
    { name: '??= on an option that is already set', code: "import tls from 'tls';\nconst opts = { host: 'h', rejectUnauthorized: true };\nopts.rejectUnauthorized ??= false;\ntls.connect(opts);\n" },
    { name: 'a delete before the call', code: "import tls from 'tls';\nconst opts = { rejectUnauthorized: false };\ndelete opts.rejectUnauthorized;\ntls.connect(opts);\n" },
    { name: 'a write through an alias wins', code: "import tls from 'tls';\nconst opts = { rejectUnauthorized: false };\nconst same = opts;\nsame.rejectUnauthorized = true;\ntls.connect(opts);\n" },
    { name: 'a member write overridden by a later one', code: 'function setup(agent) {\n  agent.options.rejectUnauthorized = false;\n  agent.options.rejectUnauthorized = true;\n}\n' },
    { name: 'a safe default object spread into a secure one (docs example)', code: "const base = { timeout: 5_000, rejectUnauthorized: false };\nexport const strict = { ...base, rejectUnauthorized: true };\n" },
    // Server-side and context-only options.
    { name: 'servers without requestCert', code: "import tls from 'tls';\nimport https from 'node:https';\nimport http2 from 'http2';\ntls.createServer({ key, cert, rejectUnauthorized: false });\nnew tls.Server({ rejectUnauthorized: false });\nhttps.createServer({ rejectUnauthorized: false }, app);\nhttp2.createSecureServer({ requestCert: false, rejectUnauthorized: false });\n" },
    { name: 'createSecureContext ignores rejectUnauthorized', code: "const tls = require('tls');\ntls.createSecureContext({ ca, rejectUnauthorized: false });\n", filename: 'x.js' },
    { name: 'a loose bag that is provably server-side', code: 'export const serverOpts = { isServer: true, rejectUnauthorized: false };\nexport const noClientCerts = { requestCert: false, rejectUnauthorized: false };\n' },
    { name: 'a server options object built in steps', code: "import https from 'https';\nconst o = { key, cert };\no.rejectUnauthorized = false;\nhttps.createServer(o, handler);\n" },
    // https.Agent options win over the request's.
    { name: 'an agent that sets rejectUnauthorized wins over the request', code: "import https from 'https';\nhttps.request({ host: 'h', agent: new https.Agent({ rejectUnauthorized: true }), rejectUnauthorized: false });\nconst agent = new https.Agent({ keepAlive: true, rejectUnauthorized: true });\nhttps.get(url, { agent, rejectUnauthorized: false });\n" },
    // Shadowed modules and look-alikes.
    { name: 'a TLSSocket that is not node:tls', code: "class TLSSocket {}\nnew TLSSocket(sock);\nfunction f(tls) { return new tls.TLSSocket(sock); }\nconst tls2 = require('./tls');\nnew tls2.TLSSocket(sock);\n", filename: 'x.js' },
    { name: 'server TLSSockets and ones whose role the file does not say', code: "import tls from 'tls';\nnew tls.TLSSocket(sock, { isServer: true, secureContext: ctx });\nnew tls.TLSSocket(sock, { isServer: flag });\nnew tls.TLSSocket(sock, { ...opts });\nnew tls.TLSSocket(sock, opts);\nnew tls.TLSSocket(...args);\n" },
    {
      name: "a TLSSocket given a spread of a table's entry that is a server in every entry, or of an entry the file does not know whole",
      code: "import tls from 'tls';\nconst SIDES = { a: { isServer: true, secureContext: ctx }, b: { isServer: true } };\nconst OPEN = { a: { ...base }, b: {} };\nexport const s = (k) => new tls.TLSSocket(sock, { ...SIDES[k] });\nexport const t = (k) => new tls.TLSSocket(sock, { ...OPEN[k] });\n",
    },
    { name: 'a method named like superagent’s, not called', code: "const fn = req.disableTLSCerts;\nreq.disableTLSCerts(true);\n" },
    // Connection strings.
    { name: 'safe connection strings and look-alikes', code: "const a = 'postgres://u@h/db?sslmode=verify-full';\nconst b = 'mongodb://h/db?tls=true&tlsAllowInvalidCertificates=false';\nconst c = 'see ?sslmode=no-verify in the docs';\nconst d = 'https://h/?tlsInsecure=true';\nconst e = `postgres://${h}/db?sslmode=require`;\n" },
    // Electron.
    {
      name: "a verify proc that accepts only what Chromium verified (verificationResult 'net::OK', errorCode 0)",
      code: "const { session } = require('electron');\nsession.defaultSession.setCertificateVerifyProc((request, callback) => {\n  const { verificationResult } = request;\n  callback(verificationResult === 'net::OK' ? 0 : -2);\n});\nsession.defaultSession.setCertificateVerifyProc(({ verificationResult }, cb) => cb(verificationResult !== 'net::OK' ? -2 : 0));\nsession.defaultSession.setCertificateVerifyProc((request, callback) => {\n  if (request.errorCode !== 0) return callback(-2);\n  callback(0);\n});\n",
      filename: 'main.js',
    },
    {
      name: "Vite's programmatic server (`createServer` imported from vite, renamed or not) given its own HTTPS listener options (blind26 09)",
      code: "import { createServer as createViteServer } from 'vite';\nconst vite = await createViteServer({ server: { middlewareMode: true, https: { key: 'k', cert: 'c', rejectUnauthorized: false } } });\n",
      filename: 'dev-https.mjs',
    },
    {
      name: "a dev server's own HTTPS listener options (webpack-dev-server v4 and v5, Vite): about client certificates",
      code: "module.exports = {\n  devServer: {\n    server: { type: 'https', options: { key: './dev.key', cert: './dev.crt', rejectUnauthorized: false } },\n  },\n};\nexport const v4 = { devServer: { https: { key: 'k', cert: 'c', rejectUnauthorized: false } } };\nexport default defineConfig({ server: { https: { key: 'k', cert: 'c', rejectUnauthorized: false } }, preview: { https: { rejectUnauthorized: false } } });\n",
      filename: 'webpack.config.js',
    },
    {
      name: "an app's own field named like MongoDB's option beside a URL of another scheme (`{ url: 'redis://…', tlsInsecure: true }`)",
      code: "export const settings = {\n  development: { url: 'redis://localhost:6379', tlsInsecure: true },\n  staging: { url: 'rediss://cache.example:6380', tlsAllowInvalidCertificates: true },\n};\n",
      filename: 'settings.ts',
    },
    {
      name: "http-proxy-middleware entries of a table through Object.entries whose own target is http:// or that verify",
      code: "const { createProxyMiddleware } = require('http-proxy-middleware');\nconst UPSTREAMS = {\n  catalog: { target: 'https://catalog.example', verify: true },\n  recs: { target: 'http://recs.internal:8080', verify: false },\n};\nfor (const [name, { target, verify }] of Object.entries(UPSTREAMS)) createProxyMiddleware({ target, changeOrigin: true, secure: verify });\n",
      filename: 'server.js',
    },
    { name: 'Electron handlers that reject or defer', code: "const { app, session } = require('electron');\napp.on('certificate-error', (event, webContents, url, error, certificate, callback) => { callback(false); });\nsession.defaultSession.setCertificateVerifyProc((request, callback) => callback(-3));\nsession.defaultSession.setCertificateVerifyProc((request, callback) => { callback(-2); });\napp.on('certificate-error', (event, webContents, url, error, certificate, callback) => {\n  event.preventDefault();\n  callback(certificate.fingerprint === PINNED);\n});\napp.on('certificate-error', (event, webContents, url, error, certificate, callback) => {\n  event.preventDefault();\n  callback(certificate.fingerprint === PINNED ? true : false);\n  callback(certificate.fingerprint !== PINNED ? false : true);\n});\nsession.defaultSession.setCertificateVerifyProc((request, callback) => callback(request.errorCode === 0 ? -3 : -2));\n", filename: 'main.js' },
    { name: 'a callback(true) of another function', code: "const { app } = require('electron');\napp.on('certificate-error', (event, webContents, url, error, certificate, callback) => {\n  ask((callback) => callback(true));\n  other.on('done', (callback) => callback(true));\n  callback(false);\n});\n", filename: 'main.js' },
    { name: 'a file with no TLS code', code: "export const sum = (a: number, b: number) => a + b;\n" },
  ],
  invalid: [
    {
      name: 'a class built for each entry of a table through Object.entries, comparing the entry\'s switch: at the entry that turns it off (blind22 14)',
      filename: 'sanctions.js',
      code: "const https = require('node:https');\nconst providers = {\n  ofac: { baseURL: 'https://ofac.example', strictTls: true },\n  eu: { baseURL: 'https://eu.example', strictTls: ⟦false⟧ },\n};\nclass ListClient {\n  constructor(cfg) {\n    this.agent = new https.Agent({ keepAlive: true, rejectUnauthorized: cfg.strictTls !== false });\n  }\n}\nconst clients = Object.fromEntries(Object.entries(providers).map(([k, cfg]) => [k, new ListClient(cfg)]));\nmodule.exports = { clients };\n",
    },
    {
      name: 'a member write through a constant key (`opts[KEY] = false` with `const KEY = \'rejectUnauthorized\'`)',
      filename: 'client.js',
      code: "const https = require('https');\nconst KEY = 'rejectUnauthorized';\nconst opts = { host: 'api.example.com' };\n⟦opts[KEY] = false⟧;\nhttps.request(opts);\n",
    },
    {
      name: "MongoDB's option beside a mongodb:// URL, and in an object without a URL, still count",
      filename: 'db.js',
      code: "export const a = { uri: 'mongodb://db.example:27017/app', ⟦tlsInsecure: true⟧ };\nexport const b = { ⟦tlsAllowInvalidCertificates: true⟧ };\n",
    },
    {
      name: "http-proxy-middleware's secure read from a table through Object.entries and Object.values: each unsafe entry where it is written (blind23 20)",
      filename: 'server.js',
      code: "const { createProxyMiddleware } = require('http-proxy-middleware');\nconst UPSTREAMS = {\n  catalog: { target: 'https://catalog.example', verify: true },\n  pricing: { target: 'https://pricing.example', verify: ⟦false⟧ },\n  recs: { target: 'http://recs.internal:8080', verify: false },\n};\nfor (const [name, { target, verify }] of Object.entries(UPSTREAMS)) createProxyMiddleware({ target, changeOrigin: true, secure: verify });\nfor (const u of Object.values(UPSTREAMS)) createProxyMiddleware({ target: u.target, secure: u.verify });\n",
      messageIncludes: ['secure: false (http-proxy) accepts any certificate'],
    },
    {
      name: "ldapjs starttls() with the options of a table's ldap:// entry: the upgrade uses them (blind22 04); an entry that switches STARTTLS off and createClient's own options beside ldap:// do not count",
      filename: 'ldap-client.js',
      code: "const ldap = require('ldapjs');\nconst directories = {\n  dmz: { url: 'ldap://rodc.example:389', tlsOptions: { ca: DMZ_CA, ⟦rejectUnauthorized: false⟧ } },\n  lab: { url: 'ldap://lab.example', tlsOptions: { rejectUnauthorized: false }, startTls: false },\n  corp: { url: 'ldaps://dc01.example:636', tlsOptions: { ca: 'x', servername: 'dc01.example' } },\n};\nfunction connect(name) {\n  const entry = directories[name];\n  const client = ldap.createClient({ url: entry.url, tlsOptions: entry.tlsOptions });\n  if (entry.url.startsWith('ldap://') && entry.startTls !== false) client.starttls(entry.tlsOptions, [], () => {});\n  return client;\n}\nmodule.exports = { connect };\n",
      messageIncludes: ["in ldapjs starttls accepts any certificate (when name is 'dmz')"],
    },
    {
      name: "a verify proc whose accepting side is not Chromium's own success (another result, or an || that also accepts)",
      filename: 'main.js',
      code: "const { session } = require('electron');\nsession.defaultSession.setCertificateVerifyProc(({ verificationResult }, cb) => ⟦cb(verificationResult === 'net::ERR_CERT_AUTHORITY_INVALID' ? 0 : -3)⟧);\nsession.defaultSession.setCertificateVerifyProc(({ verificationResult, hostname }, cb) => ⟦cb(verificationResult === 'net::OK' || hostname === 'dev.local' ? 0 : -2)⟧);\n",
      messageIds: ['callback', 'callback'],
    },
    {
      name: "a dev server's listener asking for client certificates, and its proxy, still count",
      filename: 'webpack.config.js',
      code: "module.exports = {\n  devServer: {\n    server: { type: 'https', options: { requestCert: true, ⟦rejectUnauthorized: false⟧ } },\n    proxy: [{ context: ['/api'], target: 'https://api.example', ⟦secure: false⟧ }],\n  },\n};\n",
    },
    {
      name: "a table entry naming its own plain URL (`local: { apiUrl: 'http://localhost:8080', verifyTls: false }`) is no TLS entry, whoever reads it; the other unsafe entry still counts",
      filename: 'deploy.ts',
      code: "import https from 'node:https';\nconst ENVIRONMENTS = {\n  staging: { apiUrl: 'https://deploy.staging.example', verifyTls: ⟦false⟧ },\n  local: { apiUrl: 'http://localhost:8080', verifyTls: false },\n  production: { apiUrl: 'https://deploy.example', verifyTls: true },\n};\nfunction agentFor(env) { return new https.Agent({ rejectUnauthorized: env.verifyTls }); }\nexport const clientFor = (name: string) => agentFor(ENVIRONMENTS[name]);\n",
      messageIds: ['option'],
      messageIncludes: ["(when name is 'staging')"],
    },
    {
      name: 'an option read from a table entry by a key the code does not say: each unsafe entry where it is written, with its key; an entry whose own URL is http:// not at all (blind20 04)',
      filename: 'search.ts',
      code: "import { Client } from '@elastic/elasticsearch';\nimport https from 'node:https';\nconst ENVIRONMENTS = {\n  local: { esNode: 'http://localhost:9200', tlsVerify: false },\n  staging: { esNode: 'https://es.staging.example:9200', tlsVerify: ⟦false⟧ },\n  qa: { esNode: 'https://es.qa.example:9200', tlsVerify: ⟦false⟧ },\n  production: { esNode: 'https://es.example:9200', tlsVerify: true },\n};\nconst deployEnv = (process.env.DEPLOY_ENV ?? 'local') as 'local';\nconst settings = ENVIRONMENTS[deployEnv];\nexport const es = new Client({ node: settings.esNode, tls: { rejectUnauthorized: settings.tlsVerify } });\n",
      messageIds: ['option', 'option'],
      messageIncludes: ["(when deployEnv is 'staging')", "(when deployEnv is 'qa')"],
      keepsEmpty: { key: 'tls', why: "the Elasticsearch client's options are read as a loose bag here: removing the option leaves tls: {}, which keeps TLS on as the node URL says" },
    },
    {
      name: "a helper given an entry of a table (`agentFor(ENVIRONMENTS[name])`, also through a name and either side of a choice): each unsafe entry, with its key",
      filename: 'client.ts',
      code: "import https from 'node:https';\nconst ENVIRONMENTS = { production: { verifyTls: true }, staging: { verifyTls: ⟦false⟧ } };\nconst LOCAL = { verifyTls: ⟦false⟧ };\nfunction agentFor(env) { return new https.Agent({ rejectUnauthorized: env.verifyTls }); }\nexport function clientFor(name: string) {\n  const env = ENVIRONMENTS[name];\n  if (!env) throw new Error(name);\n  return agentFor(env);\n}\nexport const pick = (dev: boolean) => agentFor(dev ? LOCAL : ENVIRONMENTS.production);\n",
      messageIds: ['option', 'option'],
      messageIncludes: ["when name is 'staging'", 'when dev is truthy'],
    },
    // Every import form.
    option(`import tls from 'tls';\ntls.connect({ host: 'h', ${RU} });\n`, 'x.ts', 'default import'),
    option(`import * as tls from 'node:tls';\ntls.connect(443, 'h', { ${RU} });\n`, 'x.mts', 'namespace import, positional arguments'),
    option(`import { connect as c } from 'tls';\nc({ ${RU} });\n`, 'x.mjs', 'renamed named import'),
    option(`const tls = require('node:tls');\ntls.connect({ ${RU} });\n`, 'x.cjs', 'require'),
    option(`const { request } = require('https');\nrequest('https://x', { ${RU} });\n`, 'x.js', 'destructured require'),
    option(`require('https').get('https://x', { ${RU} });\n`, 'x.js', 'require(...).get'),
    option(`async function f() {\n  const tls = await import('tls');\n  tls.connect({ ${RU} });\n}\n`, 'x.mjs', 'await import'),
    option(`const { connect } = await import('node:tls');\nconnect({ ${RU} });\n`, 'x.mts', 'destructured await import'),
    option(`import tls from 'tls';\nconst connect = tls.connect;\nconnect({ ${RU} });\n`, 'x.ts', 'alias of a member'),
    option(`import tls = require('tls');\ntls.connect({ ${RU} });\n`, 'x.cts', 'import equals'),
    option(`import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst https = require('https');\nhttps.get(url, { ${RU} });\n`, 'x.mjs', 'createRequire'),
    option(`import tls from 'tls';\n(0, tls.connect)({ ${RU} });\n`, 'x.js', 'comma callee'),
    // Through variables and every value form.
    option(`import https from 'https';\nconst opts = { ${RU} };\nhttps.request('https://x', opts);\n`),
    option(`var https = require('https');\nvar opts;\nopts = { ${RU} };\nhttps.request('https://x', opts);\n`, 'x.js', 'var assigned later'),
    option(`import https from 'https';\nlet opts = { rejectUnauthorized: true };\nopts = { ${RU} };\nhttps.request('https://x', opts);\n`, 'x.ts', 'last plain assignment'),
    option(`import https from 'https';\nconst insecure = { ${RU} };\nhttps.request(url, { rejectUnauthorized: true, ...insecure });\n`, 'x.ts', 'a later spread wins'),
    option(`import https from 'https';\nconst opts = {};\nObject.assign(opts, { ${RU} });\nhttps.request(url, opts);\n`, 'x.ts', 'Object.assign into the options'),
    option(`import tls from 'tls';\ntls.connect(Object.assign({ host: 'h' }, { ${RU} }));\n`, 'x.ts', 'Object.assign as the argument'),
    option(`import https from 'https';\nconst opts: any = {};\n⟦opts.rejectUnauthorized = false⟧;\nhttps.request(url, opts);\n`, 'x.ts', 'member write before the call'),
    option(`import https from 'https';\nconst opts: any = {};\n⟦opts['rejectUnauthorized'] = false⟧;\nhttps.request(url, opts);\n`, 'x.ts', 'bracket member write'),
    option("import got from 'got';\nconst opts = { https: {} };\n⟦opts.https.rejectUnauthorized = false⟧;\ngot(url, opts);\n", 'x.ts', 'nested member write'),
    option("import tls from 'tls';\nconst off = ⟦false⟧;\nconst verify = off;\ntls.connect({ rejectUnauthorized: verify });\n", 'x.ts', 'through two variables'),
    option("import tls from 'tls';\nconst rejectUnauthorized = ⟦false⟧;\ntls.connect({ host: 'h', rejectUnauthorized });\n", 'x.ts', 'shorthand property'),
    option("import tls from 'tls';\nconst KEY = 'rejectUnauthorized';\ntls.connect({ ⟦[KEY]: false⟧ });\ntls.connect({ ⟦'rejectUnauthorized': false⟧ });\n", 'x.ts', 'computed and quoted keys'),
    option("import tls from 'tls';\ntls.connect({ ⟦rejectUnauthorized: (false as boolean)⟧ });\ntls.connect({ ⟦rejectUnauthorized: <boolean>false⟧ });\ntls.connect({ ⟦rejectUnauthorized: off!⟧ });\nconst off = false;\ntls.connect({ ⟦rejectUnauthorized: false satisfies boolean⟧ });\n", 'x.ts', 'as, type assertion, non-null, satisfies'),
    option("import tls from 'tls';\ntls.connect({ ⟦rejectUnauthorized: !true⟧ });\ntls.connect({ ⟦rejectUnauthorized: !!0⟧ });\ntls.connect({ ⟦rejectUnauthorized: !1⟧ });\n", 'x.ts', 'negations'),
    option("import tls from 'tls';\nconst opts = Object.freeze({ ⟦rejectUnauthorized: false⟧ });\ntls.connect(opts);\n", 'x.ts', 'Object.freeze'),
    {
      name: 'conditional: the unsafe branch is named',
      code: "import https from 'https';\nhttps.get(url, { ⟦rejectUnauthorized: isDev ? false : true⟧ });\n",
      messageIds: ['option'],
      messageIncludes: ['rejectUnauthorized: false in https.request accepts any certificate (when isDev is truthy), so the server can be spoofed.'],
    },
    {
      name: '?? and ||: the fallback branch',
      code: "import https from 'https';\nhttps.get(url, { ⟦rejectUnauthorized: process.env.VERIFY ?? false⟧ });\nhttps.get(url, { ⟦rejectUnauthorized: getVerify() || false⟧ });\n",
      messageIncludes: ['rejectUnauthorized: false in https.request accepts any certificate (when VERIFY is null or undefined), so the server can be spoofed.', 'rejectUnauthorized: false in https.request accepts any certificate (only when getVerify() is off, an explicit opt-out), so the server can be spoofed.'],
    },
    {
      name: 'a conditional spread holds the option in one branch',
      code: "import https from 'https';\nconst extra = isDev ? { ⟦rejectUnauthorized: false⟧ } : {};\nhttps.request({ host: 'h', ...extra });\n",
      messageIncludes: ['rejectUnauthorized: false in https.request accepts any certificate (when isDev is truthy), so the server can be spoofed.'],
    },
    {
      name: 'a property every branch holds has no condition',
      code: "import https from 'https';\nhttps.request({ ⟦rejectUnauthorized: false⟧, ...(isDev ? a : b) });\n",
      messageIncludes: ['rejectUnauthorized: false in https.request accepts any certificate, so the server can be spoofed.'],
    },
    {
      name: 'a conditional options argument',
      code: "import tls from 'tls';\ntls.connect(isDev ? { ⟦rejectUnauthorized: false⟧ } : { ca });\n",
      messageIncludes: ['rejectUnauthorized: false in tls.connect accepts any certificate (when isDev is truthy), so the server can be spoofed.'],
    },
    {
      name: 'a comparison with the deployment environment: false in every other deployment, reported at the option',
      code: "import https from 'https';\nconst isProd = process.env.NODE_ENV === 'production';\nnew https.Agent({ ⟦rejectUnauthorized: isProd⟧ });\nnew https.Agent({ ⟦rejectUnauthorized: process.env['APP_ENV'] !== 'development'⟧ });\n",
      messageIncludes: [
        "rejectUnauthorized: false in new https.Agent accepts any certificate (when NODE_ENV is not 'production'), so the server can be spoofed.",
        "rejectUnauthorized: false in new https.Agent accepts any certificate (when process.env['APP_ENV'] is 'development'), so the server can be spoofed.",
      ],
    },
    {
      name: 'a comparison with the deployment read through a default (`env = process.env.NODE_ENV ?? \'development\'`): false in the other deployments, unset included (one condition, blind31 03, blind32 01); an own switch so read stays quiet',
      code: "import https from 'https';\nconst env = process.env.NODE_ENV ?? 'development';\nconst IS_PRODUCTION = env === 'production';\nnew https.Agent({ ⟦rejectUnauthorized: IS_PRODUCTION⟧ });\nconst mode = process.env.TLS_MODE ?? 'strict';\nnew https.Agent({ rejectUnauthorized: mode === 'strict' });\nconst stage = process.env.STAGE || 'prod';\nnew https.Agent({ ⟦rejectUnauthorized: stage === 'prod' || stage === 'staging'⟧ });\n",
      messageIncludes: ["rejectUnauthorized: false in new https.Agent accepts any certificate (when NODE_ENV is not 'production'), so the server can be spoofed.", "accepts any certificate (when STAGE is truthy and STAGE is not 'prod' and …)"],
    },
    {
      name: "a conditional on a call's result (`existsSync(CA_PATH) ? { ca } : { rejectUnauthorized: false }`): the call may return false, the unsafe branch is reported with its condition",
      code: "import https from 'https';\nimport { existsSync, readFileSync } from 'fs';\nconst CA_PATH = '/etc/ca.pem';\nnew https.Agent(existsSync(CA_PATH) ? { ca: readFileSync(CA_PATH) } : { ⟦rejectUnauthorized: false⟧ });\nnew https.Agent(new Object() ? { ca: readFileSync(CA_PATH) } : { rejectUnauthorized: false });\n",
      messageIncludes: ['rejectUnauthorized: false in new https.Agent accepts any certificate (when existsSync(CA_PATH) is falsy), so the server can be spoofed.'],
    },
    {
      name: 'a safe value set only under an if',
      // Where the unsafe value is written, as for one constant (the option reads one of two).
      code: "import tls from 'tls';\nlet verify = ⟦false⟧;\nif (process.env.NODE_ENV === 'production') verify = true;\ntls.connect({ host: 'h', rejectUnauthorized: verify });\n",
      messageIncludes: ["rejectUnauthorized: false in tls.connect accepts any certificate (when NODE_ENV is not 'production'), so the server can be spoofed."],
    },
    {
      name: 'an insecure member write under an if',
      code: "import tls from 'tls';\nconst opts = { host: 'h' };\nif (process.env.INSECURE) {\n  ⟦opts.rejectUnauthorized = false⟧;\n}\ntls.connect(opts);\n",
      messageIncludes: ['rejectUnauthorized: false in tls.connect accepts any certificate (only on the explicit opt-in INSECURE), so the server can be spoofed.'],
      fixes: [{ title: REMOVE, output: "import tls from 'tls';\nconst opts = { host: 'h' };\ntls.connect(opts);\n" }],
    },
    {
      name: 'the condition keeps only what the branches holding the option share',
      code: "import tls from 'tls';\nconst o = { host: 'h' };\nif (a) o.x = 1;\nif (b) ⟦o.rejectUnauthorized = false⟧;\nif (c) o.y = 2;\ntls.connect(o);\n",
      messageIncludes: ['rejectUnauthorized: false in tls.connect accepts any certificate (when b is truthy), so the server can be spoofed.'],
    },
    {
      name: '??= and ||= write the option when it is not set',
      code: "import tls from 'tls';\nconst opts = { host: 'h' };\n⟦opts.rejectUnauthorized ??= false⟧;\ntls.connect(opts);\nfunction prepare(options) {\n  ⟦options.rejectUnauthorized ||= false⟧;\n  return options;\n}\n",
      messageIncludes: ['rejectUnauthorized: false in tls.connect accepts any certificate, so the server can be spoofed.', 'rejectUnauthorized: false accepts any certificate (only when options.rejectUnauthorized is off, an explicit opt-out), so the server can be spoofed.'],
    },
    option("import tls from 'tls';\nconst opts = {};\nObject.assign(opts, dev ? { ⟦rejectUnauthorized: false⟧ } : {});\ntls.connect(opts);\n", 'x.ts', 'Object.assign of a conditional source'),
    option("import https from 'https';\n⟦https.globalAgent.options.rejectUnauthorized = false⟧;\nhttps.globalAgent = new https.Agent({ ⟦rejectUnauthorized: false⟧ });\n", 'x.ts', 'the global agent'),
    // Node core sinks.
    option(`import http2 from 'http2';\nhttp2.connect('https://x', { ${RU} });\n`),
    option(`import https from 'https';\nconst agent = new https.Agent({ keepAlive: true, ${RU} });\n`),
    option(`import https from 'https';\nhttps.request({ agent: new https.Agent({ keepAlive: true }), ${RU} });\n`, 'x.ts', 'an agent that does not set it does not win'),
    option(`import https from 'https';\nhttps.request({ agent: new https.Agent({ ${RU} }), rejectUnauthorized: true });\n`, 'x.ts', 'the agent wins over the request'),
    {
      name: 'servers with requestCert: true',
      code: `import tls from 'tls';\nimport https from 'https';\nimport http2 from 'http2';\ntls.createServer({ requestCert: true, ${RU} });\nhttps.createServer({ key, cert, requestCert: true, ${RU} }, app);\nhttp2.createSecureServer({ requestCert: true, ${RU} });\nnew tls.Server({ requestCert: true, ${RU} });\nhttps.createServer(dev ? { requestCert: true, ${RU} } : { cert });\n`,
      messageIds: ['serverClientCert', 'serverClientCert', 'serverClientCert', 'serverClientCert', 'serverClientCert'],
      messageIncludes: ['', '', '', '', 'rejectUnauthorized: false with requestCert: true accepts any client certificate (when dev is truthy), so clients can claim any identity.'],
    },
    {
      name: 'new tls.TLSSocket used as a client',
      code: "import tls from 'tls';\nconst a = ⟦new tls.TLSSocket⟧(raw);\nconst b = ⟦new tls.TLSSocket⟧(raw, { rejectUnauthorized: true });\nconst c = ⟦new tls.TLSSocket⟧(raw, { isServer: false, secureContext: ctx });\nconst d = ⟦new tls.TLSSocket⟧(raw, { isServer: server ? true : false });\n",
      messageIds: ['tlsSocket', 'tlsSocket', 'tlsSocket', 'tlsSocket'],
      messageIncludes: ['', '', '', 'new tls.TLSSocket() as a client (when server is falsy) checks neither certificate nor host name, so the server can be spoofed.'],
    },
    {
      name: "a TLSSocket given a spread of a table's entry (`{ ...PROFILES[this.profile] }`): a client in every entry, or in one (blind29 15)",
      code: "import tls from 'tls';\nconst PROFILES = { modern: { minVersion: 'TLSv1.2' }, legacy: { minVersion: 'TLSv1.2', ciphers: 'HIGH' } };\nconst SIDES = { up: { isServer: false }, down: { isServer: true } };\nexport const a = (p) => ⟦new tls.TLSSocket⟧(raw, { ...PROFILES[p] });\nexport const b = (k) => ⟦new tls.TLSSocket⟧(raw, { ...SIDES[k] });\n",
      messageIncludes: ['new tls.TLSSocket() as a client checks neither', "new tls.TLSSocket() as a client (when k is 'up') checks neither"],
    },
    { name: 'TLSSocket imported by name', code: "import { TLSSocket } from 'node:tls';\nconst s = ⟦new TLSSocket⟧(raw, { rejectUnauthorized: false });\n", messageIds: ['tlsSocket'] },
    // Libraries.
    option(`import got from 'got';\nawait got('https://x', { https: { ${RU} } });\nconst client = got.extend({ https: { ${RU} } });\n`, 'x.mts', 'got'),
    option(`import axios from 'axios';\nimport https from 'node:https';\naxios.get('https://x', { httpsAgent: new https.Agent({ ${RU} }) });\nexport const api = axios.create({ httpsAgent: new https.Agent({ ${RU} }) });\n`, 'x.ts', 'axios'),
    option(`import fetch from 'node-fetch';\nimport https from 'https';\nconst agent = new https.Agent({ ${RU} });\nawait fetch(url, { agent });\n`, 'x.mjs', 'node-fetch'),
    option(`import { Agent, Client, ProxyAgent, setGlobalDispatcher } from 'undici';\nsetGlobalDispatcher(new Agent({ connect: { ${RU} } }));\nnew Client(origin, { connect: { ${RU} } });\nnew ProxyAgent({ uri, requestTls: { ${RU} } });\n`, 'x.ts', 'undici'),
    {
      name: 'request',
      filename: 'x.js',
      code: "const request = require('request');\nrequest({ url: 'https://x', ⟦strictSSL: false⟧ }, cb);\nrequest.get({ url, agentOptions: { ⟦rejectUnauthorized: false⟧ } });\n",
      messageIds: ['option', 'option'],
      messageIncludes: ['strictSSL: false in request accepts any certificate, so the server can be spoofed.'],
    },
    {
      name: 'superagent .disableTLSCerts()',
      filename: 'x.js',
      code: "const superagent = require('superagent');\nconst res = await superagent.get('https://x').⟦disableTLSCerts()⟧.set('A', 'b');\n",
      messageIds: ['method'],
      fixes: [{ title: 'Remove .disableTLSCerts() (verify certificates)', output: "const superagent = require('superagent');\nconst res = await superagent.get('https://x').set('A', 'b');\n" }],
    },
    {
      name: 'superagent: the call as its own statement',
      filename: 'x.js',
      code: "const superagent = require('superagent');\nconst req = superagent.get(url);\nreq.⟦disableTLSCerts()⟧;\nawait req;\n",
      messageIds: ['method'],
      fixes: [{ title: 'Remove .disableTLSCerts() (verify certificates)', output: "const superagent = require('superagent');\nconst req = superagent.get(url);\nawait req;\n" }],
    },
    option(`import needle from 'needle';\nneedle.get('https://x', { ${RU} }, cb);\nneedle.post(url, { name: 'x' }, { ${RU} });\nneedle('put', url, { a: 1 }, { ${RU} });\n`, 'x.js', 'needle: options after the data'),
    option(`import axios from 'axios';\naxios.post(url, { name: 'x' }, { httpsAgent, ${RU} });\n`, 'x.js', 'axios: the config after the data is read'),
    {
      name: 'the message names the sink only where it reads the option',
      code: "import { Client } from 'pg';\nimport { MongoClient } from 'mongodb';\nnew Client({ host, ⟦rejectUnauthorized: false⟧ });\nnew MongoClient(uri, { ⟦tlsInsecure: true⟧ });\n",
      messageIncludes: ['rejectUnauthorized: false accepts any certificate, so the server can be spoofed.', 'tlsInsecure: true in mongodb MongoClient accepts any certificate, so the server can be spoofed.'],
    },
    option(`import WebSocket from 'ws';\nconst ws = new WebSocket('wss://x', { ${RU} });\n`, 'x.js', 'ws'),
    option(`import { io } from 'socket.io-client';\nconst socket = io('https://x', { ${RU} });\n`, 'x.ts', 'socket.io-client'),
    {
      name: 'mongodb options and URIs',
      code: "import { MongoClient } from 'mongodb';\nnew MongoClient(uri, { tls: true, ⟦tlsAllowInvalidCertificates: true⟧ });\nnew MongoClient(uri, { ⟦tlsInsecure: true⟧ });\nnew MongoClient(uri, { ⟦sslValidate: false⟧ });\nnew MongoClient(⟦'mongodb+srv://c.example/db?tls=true&tlsAllowInvalidCertificates=true'⟧);\nmongoose.connect(⟦'mongodb://h/db?ssl=true&sslValidate=false'⟧);\n",
      messageIds: ['option', 'option', 'option', 'uri', 'uri'],
      fixes: [{ finding: 3, title: 'Remove tlsAllowInvalidCertificates=true from the connection string', output: "import { MongoClient } from 'mongodb';\nnew MongoClient(uri, { tls: true, tlsAllowInvalidCertificates: true });\nnew MongoClient(uri, { tlsInsecure: true });\nnew MongoClient(uri, { sslValidate: false });\nnew MongoClient('mongodb+srv://c.example/db?tls=true');\nmongoose.connect('mongodb://h/db?ssl=true&sslValidate=false');\n" }],
    },
    {
      name: 'pg: ssl options and sslmode=no-verify, also in templates and concatenations',
      keepsEmpty: TLS_SWITCH(),
      code: "import { Client, Pool } from 'pg';\nnew Client({ ssl: { ⟦rejectUnauthorized: false⟧ } });\nnew Pool({ connectionString: ⟦'postgres://app@db/orders?sslmode=no-verify'⟧ });\nnew Pool({ connectionString: ⟦`postgresql://${user}:${pass}@${host}/db?sslmode=no-verify&application_name=x`⟧ });\nconst url = 'postgres://' + host + ⟦'/db?sslmode=no-verify'⟧;\n",
      messageIds: ['option', 'uri', 'uri', 'uri'],
      messageIncludes: ['in pg', 'sslmode=no-verify in the connection string makes pg accept any certificate, so the server can be spoofed.'],
      fixes: [
        { finding: 1, title: 'Remove sslmode=no-verify from the connection string', output: "import { Client, Pool } from 'pg';\nnew Client({ ssl: { rejectUnauthorized: false } });\nnew Pool({ connectionString: 'postgres://app@db/orders' });\nnew Pool({ connectionString: `postgresql://${user}:${pass}@${host}/db?sslmode=no-verify&application_name=x` });\nconst url = 'postgres://' + host + '/db?sslmode=no-verify';\n" },
        { finding: 2, title: 'Remove sslmode=no-verify from the connection string', output: "import { Client, Pool } from 'pg';\nnew Client({ ssl: { rejectUnauthorized: false } });\nnew Pool({ connectionString: 'postgres://app@db/orders?sslmode=no-verify' });\nnew Pool({ connectionString: `postgresql://${user}:${pass}@${host}/db?application_name=x` });\nconst url = 'postgres://' + host + '/db?sslmode=no-verify';\n" },
      ],
    },
    option(`import mysql from 'mysql2/promise';\nawait mysql.createConnection({ host, ssl: { ${RU} } });\n`, 'x.ts', 'mysql2', TLS_SWITCH()),
    option(`const mysql = require('mysql');\nmysql.createPool({ ssl: { ${RU} } });\n`, 'x.js', 'mysql', TLS_SWITCH()),
    option(`import Redis from 'ioredis';\nconst r = new Redis({ host, tls: { ${RU} } });\nconst c = new Redis.Cluster(nodes, { redisOptions: { tls: { ${RU} } } });\n`, 'x.ts', 'ioredis', TLS_SWITCH('tls')),
    option(`import { createClient } from 'redis';\ncreateClient({ socket: { tls: true, ${RU} } });\n`, 'x.ts', 'redis'),
    option(`import nodemailer from 'nodemailer';\nnodemailer.createTransport({ host: 'smtp', tls: { ${RU} } });\n`, 'x.ts', 'nodemailer'),
    option(`const Imap = require('imap');\nconst imap = new Imap({ tls: true, tlsOptions: { ${RU} } });\n`, 'x.js', 'imap'),
    option(`import { ImapFlow } from 'imapflow';\nnew ImapFlow({ host, secure: true, tls: { ${RU} } });\n`, 'x.ts', 'imapflow'),
    option(`import ldap from 'ldapjs';\nconst client = ldap.createClient({ url: 'ldaps://x', tlsOptions: { ${RU} } });\nclient.starttls({ ${RU} }, [], cb);\n`, 'x.ts', 'ldapjs'),
    option(`import mqtt from 'mqtt';\nmqtt.connect('mqtts://x', { ${RU} });\n`, 'x.ts', 'mqtt'),
    option(`const amqp = require('amqplib');\nawait amqp.connect('amqps://x', { ${RU} });\n`, 'x.cjs', 'amqplib'),
    option(`import { Kafka } from 'kafkajs';\nnew Kafka({ brokers, ssl: { ${RU} } });\n`, 'x.ts', 'kafkajs', TLS_SWITCH()),
    option(`import * as grpc from '@grpc/grpc-js';\ngrpc.credentials.createSsl(root, key, cert, { ${RU} });\n`, 'x.ts', '@grpc/grpc-js'),
    {
      name: 'Puppeteer and Playwright',
      code: "import puppeteer from 'puppeteer';\nimport { chromium } from 'playwright';\nimport { defineConfig } from '@playwright/test';\nawait puppeteer.launch({ ⟦acceptInsecureCerts: true⟧ });\nawait puppeteer.connect({ browserWSEndpoint, ⟦ignoreHTTPSErrors: true⟧ });\nconst browser = await chromium.launch();\nconst context = await browser.newContext({ ⟦ignoreHTTPSErrors: true⟧ });\nexport default defineConfig({ use: { ⟦ignoreHTTPSErrors: true⟧ } });\n",
      messageIds: ['option', 'option', 'option', 'option'],
      messageIncludes: ['acceptInsecureCerts: true in puppeteer accepts any certificate, so the server can be spoofed.', 'in puppeteer', 'in playwright', 'in playwright'],
      fixes: [{ title: 'Remove acceptInsecureCerts: true (verify certificates)', output: "import puppeteer from 'puppeteer';\nimport { chromium } from 'playwright';\nimport { defineConfig } from '@playwright/test';\nawait puppeteer.launch({});\nawait puppeteer.connect({ browserWSEndpoint, ignoreHTTPSErrors: true });\nconst browser = await chromium.launch();\nconst context = await browser.newContext({ ignoreHTTPSErrors: true });\nexport default defineConfig({ use: { ignoreHTTPSErrors: true } });\n" }],
    },
    {
      name: 'Electron: app and webContents certificate-error, setCertificateVerifyProc',
      filename: 'main.js',
      code: "const { app, session, BrowserWindow } = require('electron');\napp.on('certificate-error', (event, webContents, url, error, certificate, callback) => {\n  event.preventDefault();\n  ⟦callback(true)⟧;\n});\nconst win = new BrowserWindow();\nwin.webContents.on('certificate-error', (event, url, error, certificate, callback) => { event.preventDefault(); ⟦callback(true)⟧; });\napp.on('web-contents-created', (e, contents) => contents.once('certificate-error', (ev, u, err, cert, cb) => ⟦cb(true)⟧));\nsession.defaultSession.setCertificateVerifyProc((request, callback) => ⟦callback(0)⟧);\nfunction onError(event, webContents, url, error, certificate, callback) { ⟦callback(!false)⟧; }\napp.addListener('certificate-error', onError);\n",
      messageIds: ['callback', 'callback', 'callback', 'callback', 'callback'],
      severities: ['error', 'error', 'error', 'error', 'error'],
      fixes: [
        { title: 'Reject the certificate: callback(false)', output: "const { app, session, BrowserWindow } = require('electron');\napp.on('certificate-error', (event, webContents, url, error, certificate, callback) => {\n  event.preventDefault();\n  callback(false);\n});\nconst win = new BrowserWindow();\nwin.webContents.on('certificate-error', (event, url, error, certificate, callback) => { event.preventDefault(); callback(true); });\napp.on('web-contents-created', (e, contents) => contents.once('certificate-error', (ev, u, err, cert, cb) => cb(true)));\nsession.defaultSession.setCertificateVerifyProc((request, callback) => callback(0));\nfunction onError(event, webContents, url, error, certificate, callback) { callback(!false); }\napp.addListener('certificate-error', onError);\n" },
        { finding: 3, title: 'Reject the certificate: callback(-3)', output: "const { app, session, BrowserWindow } = require('electron');\napp.on('certificate-error', (event, webContents, url, error, certificate, callback) => {\n  event.preventDefault();\n  callback(true);\n});\nconst win = new BrowserWindow();\nwin.webContents.on('certificate-error', (event, url, error, certificate, callback) => { event.preventDefault(); callback(true); });\napp.on('web-contents-created', (e, contents) => contents.once('certificate-error', (ev, u, err, cert, cb) => cb(true)));\nsession.defaultSession.setCertificateVerifyProc((request, callback) => callback(-3));\nfunction onError(event, webContents, url, error, certificate, callback) { callback(!false); }\napp.addListener('certificate-error', onError);\n" },
      ],
    },
    {
      name: "Electron: a callback whose argument a host name's ?: chooses accepts failed certificates under a condition (a warning)",
      filename: 'main.ts',
      code: "import { app, session } from 'electron';\nsession.fromPartition('persist:p').setCertificateVerifyProc((request, callback) => ⟦callback(request.hostname.endsWith('.intranet.example') ? 0 : -3)⟧);\napp.on('certificate-error', (event, webContents, url, error, certificate, callback) => {\n  event.preventDefault();\n  ⟦callback(url.startsWith('https://staging.') ? true : false)⟧;\n});\n",
      messageIds: ['callback', 'callback'],
      severities: ['warning', 'warning'],
      messageIncludes: ["setCertificateVerifyProc's callback(0) accepts failed certificates under a condition", 'callback(true) accepts failed certificates under a condition'],
      fixes: [
        { title: 'Reject the certificate: callback(-3)', output: "import { app, session } from 'electron';\nsession.fromPartition('persist:p').setCertificateVerifyProc((request, callback) => callback(-3));\napp.on('certificate-error', (event, webContents, url, error, certificate, callback) => {\n  event.preventDefault();\n  callback(url.startsWith('https://staging.') ? true : false);\n});\n" },
        { finding: 1, title: 'Reject the certificate: callback(false)', output: "import { app, session } from 'electron';\nsession.fromPartition('persist:p').setCertificateVerifyProc((request, callback) => callback(request.hostname.endsWith('.intranet.example') ? 0 : -3));\napp.on('certificate-error', (event, webContents, url, error, certificate, callback) => {\n  event.preventDefault();\n  callback(false);\n});\n" },
      ],
    },
    {
      name: 'Electron: a conditional callback(true) is a warning',
      filename: 'main.ts',
      code: "import { app } from 'electron';\napp.on('certificate-error', (event, webContents, url, error, certificate, callback) => {\n  if (url.startsWith('https://localhost')) {\n    event.preventDefault();\n    ⟦callback(true)⟧;\n  }\n});\n",
      messageIds: ['callback'],
      severities: ['warning'],
      messageIncludes: ['under a condition'],
    },
    // Loose option bags and writes.
    option(`foo({ ${RU} });\n`, 'x.js', 'an object passed to unknown code'),
    option(`export const tlsOptions = { ca, ${RU} };\nmodule.exports = { ${RU} };\n`, 'x.js', 'exported objects'),
    option(`import tls from 'tls';\nfunction f(tls) { tls.connect({ ${RU} }); }\n`, 'x.ts', 'a shadowed module is unknown code, the name still counts'),
    option(`class Client {\n  options = { ${RU} };\n  constructor() { this.agent = makeAgent({ ${RU} }); }\n}\n`, 'x.ts', 'class fields and constructor calls'),
    option(`function makeOptions() {\n  return { ${RU} };\n}\nconst list = [{ ${RU} }];\n`, 'x.js', 'returned and stored in an array'),
    option(`export function App() {\n  return <Fetcher options={{ ${RU} }} />;\n}\n`, 'x.tsx', 'JSX (tsx)'),
    option(`export const App = () => <Fetcher tls={{ ${RU} }} />;\n`, 'x.jsx', 'JSX (jsx)'),
    option('function configure(agent) {\n  ⟦agent.options.rejectUnauthorized = false⟧;\n}\nclass C { init() { ⟦this.tls.rejectUnauthorized = false⟧; } }\n', 'x.js', 'writes to parameters and this'),
    option(`const bag = { ${RU} };\nconst copy = { ...bag, timeout: 5 };\nsend(copy);\n`, 'x.ts', 'a spread copy that escapes'),
    option(`const bag = { isServer: false, ${RU} };\nsend(bag);\n`, 'x.ts', 'a bag that says it is a client'),
    option(`import tls from 'tls';\ntls.connect({ ${RU} });\nconst broken = ;\nfoo({ ${RU} });\n`, 'x.ts', 'a file that does not parse still yields the findings of the parts that parse'),
    // Fix outputs.
    {
      name: 'fixes: remove the property, trust a CA (adds the import), safe settings',
      code: "import tls from 'node:tls';\n\nconst socket = tls.connect({\n  host: 'db.internal',\n  port: 5432,\n  ⟦rejectUnauthorized: false⟧,\n});\n",
      fixes: [
        { title: REMOVE, output: "import tls from 'node:tls';\n\nconst socket = tls.connect({\n  host: 'db.internal',\n  port: 5432,\n});\n" },
        { title: CA, output: "import { readFileSync } from 'node:fs';\nimport tls from 'node:tls';\n\nconst socket = tls.connect({\n  host: 'db.internal',\n  port: 5432,\n  ca: readFileSync('/path/to/ca.pem'), // TODO: path to the PEM file of the CA that signed the server's certificate\n});\n" },
        // require-servername asks for servername on these options: the settings add it too.
        { title: SAFE, output: "import tls from 'node:tls';\n\nconst socket = tls.connect({\n  host: 'db.internal',\n  port: 5432,\n  minVersion: 'TLSv1.2',\n  servername: 'db.internal',\n});\n" },
      ],
    },
    {
      name: 'a removal that empties a library\'s TLS options takes the key holding them too',
      code: "import nodemailer from 'nodemailer';\nimport got from 'got';\nnodemailer.createTransport({ host: 'smtp.example.com', tls: { ⟦rejectUnauthorized: false⟧ } });\nawait got(url, { https: { ⟦rejectUnauthorized: false⟧ }, timeout: 5 });\n",
      fixes: [
        { title: REMOVE, output: "import nodemailer from 'nodemailer';\nimport got from 'got';\nnodemailer.createTransport({ host: 'smtp.example.com' });\nawait got(url, { https: { rejectUnauthorized: false }, timeout: 5 });\n" },
        { title: REMOVE, finding: 1, output: "import nodemailer from 'nodemailer';\nimport got from 'got';\nnodemailer.createTransport({ host: 'smtp.example.com', tls: { rejectUnauthorized: false } });\nawait got(url, { timeout: 5 });\n" },
      ],
    },
    {
      name: 'options no known sink reads keep their emptied key',
      code: "export const settings = { name: 'a', tls: { ⟦rejectUnauthorized: false⟧ } };\n",
      keepsEmpty: { key: 'tls', why: 'no known sink reads these options: whoever does may tell tls: {} from no tls' },
      fixes: [{ title: REMOVE, output: "export const settings = { name: 'a', tls: {} };\n" }],
    },
    {
      name: 'fixes on one line, with an existing fs binding in CommonJS',
      filename: 'x.js',
      code: "const fs = require('fs');\nconst https = require('https');\nhttps.get(url, { ⟦rejectUnauthorized: false⟧, timeout: 5 });\n",
      fixes: [
        { title: REMOVE, output: "const fs = require('fs');\nconst https = require('https');\nhttps.get(url, { timeout: 5 });\n" },
        { title: CA, output: "const fs = require('fs');\nconst https = require('https');\nhttps.get(url, { ca: fs.readFileSync('/path/to/ca.pem' /* TODO: path to the PEM file of the CA that signed the server's certificate */), timeout: 5 });\n" },
      ],
    },
    {
      name: 'fixes on a member write',
      filename: 'x.js',
      code: "const tls = require('tls');\nconst opts = { host: 'h' };\n⟦opts.rejectUnauthorized = false⟧;\ntls.connect(opts);\n",
      fixes: [
        { title: REMOVE, output: "const tls = require('tls');\nconst opts = { host: 'h' };\ntls.connect(opts);\n" },
        { title: CA, output: "const tls = require('tls');\nconst opts = { host: 'h' };\nopts.ca = require('node:fs').readFileSync('/path/to/ca.pem'); // TODO: path to the PEM file of the CA that signed the server's certificate\ntls.connect(opts);\n" },
      ],
    },
    {
      name: 'fix for a server: remove, no CA replacement',
      code: "import https from 'https';\nhttps.createServer({ requestCert: true, ⟦rejectUnauthorized: false⟧ }, app);\n",
      messageIds: ['serverClientCert'],
      fixes: [{ title: 'Remove rejectUnauthorized: false (verify certificates)', output: "import https from 'https';\nhttps.createServer({ requestCert: true }, app);\n" }],
    },
    {
      name: 'fix for TLSSocket: use tls.connect({ socket })',
      filename: 'x.js',
      code: "const tls = require('tls');\nconst secure = ⟦new tls.TLSSocket⟧(raw, { servername: 'db', rejectUnauthorized: true });\n",
      messageIds: ['tlsSocket'],
      fixes: [{ title: 'Use tls.connect({ socket }) (verifies the certificate and host name)', output: "const tls = require('tls');\nconst secure = tls.connect({ servername: 'db', rejectUnauthorized: true, socket: raw });\n" }],
    },
    {
      name: 'fix for strictSSL',
      filename: 'x.js',
      code: "const request = require('request');\nrequest({ url, ⟦strictSSL: false⟧ });\n",
      fixes: [{ title: 'Remove strictSSL: false (verify certificates)', output: "const request = require('request');\nrequest({ url });\n" }],
    },
    {
      name: '"Apply safe TLS settings" is not offered for an option it cannot name (computed key; found by fuzzing)',
      // The settings would remove checkServerIdentity and leave this finding; every fix must remove its own.
      code: "import tls from 'node:tls';\ntls.connect({ host: 'example.com', checkServerIdentity: () => undefined, ⟦['tlsAllowInvalidCertificates' ?? x]: true⟧ });",
      fixes: [{ title: 'Remove tlsAllowInvalidCertificates: true (verify certificates)', output: "import tls from 'node:tls';\ntls.connect({ host: 'example.com', checkServerIdentity: () => undefined });" }],
    },
    {
      name: 'no fix removes or renames an option an earlier spread also holds (found by fuzzing)',
      // Without `rejectUnauthorized: v0` the spread's `rejectUnauthorized: false` would apply.
      filename: 'x.js',
      code: "const ws = require('ws');\nlet v0 = ⟦false⟧;\nnew ws.WebSocket('wss://x', { ...{ rejectUnauthorized: false }, rejectUnauthorized: v0 });\n",
      fixes: [],
    },
  ],
});
