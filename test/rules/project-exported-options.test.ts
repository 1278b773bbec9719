// An options object a file exports without using it is judged by its importers
// (runner/importer-uses.ts): quiet when every use in the project is one the importers' own
// analysis follows and finds safe (a server, a spread with a safe override, a read), reported
// where it is written when one use is unsafe (with that use as related information), when no
// importer is seen (as the file alone), when a use hands it on where nothing follows it (an
// unknown call, a re-export, the whole module), when the file is its package's entry, or when
// its own file hands it to unknown code too.
import { noLegacyTlsVersion } from '../../rules/no-legacy-tls-version/index.js';
import { noUnverifiedCertificate } from '../../rules/no-unverified-certificate/index.js';
import { noUnverifiedHostname } from '../../rules/no-unverified-hostname/index.js';
import { runProjectTests } from './project-tester.js';

const HTTPS = "import https from 'node:https';\n";
const DEFAULTS = 'export const baseTls = { rejectUnauthorized: false, timeout: 8000 };\n';
const MARKED = 'export const baseTls = { ⟦rejectUnauthorized: false⟧, timeout: 8000 };\n';
const SAFE_USE = `${HTTPS}import { baseTls } from './defaults';\nexport const check = (url: string) => https.get(url, { ...baseTls, rejectUnauthorized: true });\n`;
const SERVER_TLS = "'use strict';\nconst serverTls = { rejectUnauthorized: false, minVersion: 'TLSv1.2' };\nconst clientTls = { minVersion: 'TLSv1.2' };\nmodule.exports = { serverTls, clientTls };\n";

runProjectTests(noUnverifiedCertificate, {
  valid: [
    {
      name: "undici ProxyAgent's proxyTls from another file, with the proxy's own http:// URL: no TLS to the proxy (blind23 06)",
      files: {
        'proxy-config.js': "export const proxyTlsDefaults = {\n  rejectUnauthorized: false,\n};\n",
        'dispatchers.js': "import { ProxyAgent } from 'undici';\nimport { proxyTlsDefaults } from './proxy-config.js';\nexport const corporate = new ProxyAgent({ uri: 'http://proxy.corp.example:3128', proxyTls: proxyTlsDefaults });\n",
      },
    },
    {
      name: 'every importer uses it safely: a spread with a safe override, a read',
      files: {
        'package.json': '{ "name": "status", "main": "src/index.ts" }',
        'src/defaults.ts': DEFAULTS,
        'src/checkers.ts': SAFE_USE,
        'src/report.ts': "import { baseTls } from './defaults';\nexport const insecure = baseTls.rejectUnauthorized === false;\n",
      },
    },
    {
      name: 'its only importer gives it to a server, where rejectUnauthorized is about client certificates',
      files: {
        'package.json': '{ "name": "health", "main": "lib/client.js" }',
        'config/tls.js': SERVER_TLS,
        'lib/health.js': "'use strict';\nconst https = require('https');\nconst { serverTls } = require('../config/tls');\nexports.start = (key, cert) => https.createServer({ ...serverTls, key, cert }).listen(8443);\n",
      },
    },
    {
      name: 'a namespace import read member by member, into a TLS server',
      files: {
        'tls-options.ts': "export const serverTls = { rejectUnauthorized: false, minVersion: 'TLSv1.2' };\n",
        'server.ts': "import tls from 'node:tls';\nimport * as options from './tls-options';\ntls.createServer(options.serverTls).listen(8443);\n",
      },
    },
    {
      name: "each entry of an exported table judged by its use: the server's is quiet",
      files: {
        'tls.ts': 'export const tls = {\n  upstream: { rejectUnauthorized: false },\n  server: { rejectUnauthorized: false },\n};\n',
        'main.ts': `${HTTPS}import { tls } from './tls';\nexport const srv = https.createServer({ ...tls.server, key: 'k', cert: 'c' });\nexport const ok = https.get('https://x', { ...tls.upstream, rejectUnauthorized: true });\n`,
      },
    },
    {
      name: 'a default export spread with a safe override',
      files: {
        'defaults.js': 'export default { rejectUnauthorized: false, timeout: 8000 };\n',
        'client.js': "import https from 'node:https';\nimport defaults from './defaults.js';\nhttps.get('https://x', { ...defaults, rejectUnauthorized: true });\n",
      },
    },
  ],
  invalid: [
    {
      name: 'one importer uses it unsafely: reported where it is written, with that use',
      files: {
        'defaults.ts': MARKED,
        'checkers.ts': SAFE_USE,
        'lab.ts': `${HTTPS}import { baseTls } from './defaults';\nexport const lab = (url: string) => https.get(url, { ...baseTls, timeout: 2000 });\n`,
      },
      messageIncludes: ['in https.request'],
      related: [['used by https.request at lab.ts:3']],
    },
    {
      // The knex CLI reads every environment of a knexfile (migrations): one importer's entry says nothing of the others.
      name: "a tool's configuration file (a knexfile) an importer reads one entry of",
      files: {
        'knexfile.js': "module.exports = {\n  production: { client: 'pg', connection: { host: 'db.example.com', ssl: { rejectUnauthorized: true } } },\n  reporting: { client: 'pg', connection: { host: 'reports.example.com', ssl: { ⟦rejectUnauthorized: false⟧ } } },\n};\n",
        'db.js': "const knex = require('knex');\nconst config = require('./knexfile');\nmodule.exports = knex(config.production);\n",
      },
      related: [undefined],
    },
    {
      name: "a server's options asking client certificates, written in another file: the server's message",
      files: {
        'mtls.js': "module.exports = { requestCert: true, ⟦rejectUnauthorized: false⟧ };\n",
        'server.js': "const tls = require('tls');\nconst mtls = require('./mtls');\ntls.createServer({ ...mtls, key, cert }).listen(8443);\n",
      },
      messageIds: ['serverClientCert'],
      related: [['used by tls.createServer at server.js:3']],
    },
    {
      // The URL's parameters are judged in the string: the importer's analysis does not read into it.
      name: 'connection strings exported beside each other, one used by a pg Pool in another file',
      files: {
        'urls.js': "module.exports = {\n  audit: ⟦'postgres://etl:pw@audit.example.com:5432/audit?uselibpqcompat=true&sslmode=require'⟧,\n  scratch: 'postgres://etl@db.example.com:5432/scratch?sslmode=verify-full',\n};\n",
        'db.js': "const { Pool } = require('pg');\nconst urls = require('./urls');\nexports.scratch = new Pool({ connectionString: urls.scratch });\n",
      },
      related: [undefined],
    },
    {
      name: 'no importer at all: as when the file is linted alone',
      files: {
        'defaults.ts': MARKED,
        'other.ts': "export const retries = 3;\n",
      },
      related: [undefined],
    },
    {
      name: 'an importer hands it to a function nothing follows',
      files: {
        'defaults.ts': MARKED,
        'checkers.ts': SAFE_USE,
        'client.ts': "import { baseTls } from './defaults';\nimport { createClient } from 'vendor-sdk';\nexport const client = createClient(baseTls);\n",
      },
      related: [undefined],
    },
    {
      name: 'an importer re-exports it: its users are not seen',
      files: {
        'defaults.ts': MARKED,
        'checkers.ts': SAFE_USE,
        'options.ts': "export { baseTls } from './defaults';\n",
      },
      related: [undefined],
    },
    {
      // Uses are told apart by export name, not by key within it: the whole table stays, as today.
      name: 'an importer hands one entry of an exported table to a function nothing follows',
      files: {
        'tls.ts': 'export const tls = {\n  upstream: { ⟦rejectUnauthorized: false⟧ },\n  server: { ⟦rejectUnauthorized: false⟧ },\n};\n',
        'main.ts': `${HTTPS}import { tls } from './tls';\nimport { connect } from 'vendor-sdk';\nexport const client = connect(tls.upstream);\nexport const srv = https.createServer({ ...tls.server, key: 'k', cert: 'c' });\n`,
      },
      related: [undefined, undefined],
    },
    {
      name: 'an importer exports the imported name again',
      files: {
        'defaults.ts': MARKED,
        'checkers.ts': SAFE_USE,
        'options.ts': "import { baseTls } from './defaults';\nexport { baseTls as tls };\n",
      },
      related: [undefined],
    },
    {
      name: "the file is its package's entry: its users are outside the project",
      files: {
        'package.json': '{ "name": "tls-defaults", "main": "./defaults.js" }',
        'defaults.ts': MARKED,
        'checkers.ts': SAFE_USE,
      },
      related: [undefined],
    },
    {
      name: 'its own file also hands it to unknown code',
      files: {
        'defaults.ts': `${MARKED}register(baseTls);\n`,
        'checkers.ts': SAFE_USE,
      },
      related: [undefined],
    },
    {
      name: 'the whole module is handed on by an importer',
      files: {
        'config/tls.js': SERVER_TLS.replace('rejectUnauthorized: false', '⟦rejectUnauthorized: false⟧'),
        'lib/health.js': "'use strict';\nconst https = require('https');\nconst { serverTls } = require('../config/tls');\nexports.start = (key, cert) => https.createServer({ ...serverTls, key, cert }).listen(8443);\n",
        'lib/plugins.js': "'use strict';\nmodule.exports = (app) => app.use(require('../config/tls'));\n",
      },
      related: [undefined],
    },
  ],
});

runProjectTests(noLegacyTlsVersion, {
  valid: [
    {
      name: 'an exported minVersion every importer raises',
      files: {
        'options.ts': "export const weak = { minVersion: 'TLSv1', timeout: 3000 };\n",
        'client.ts': `${HTTPS}import { weak } from './options';\nhttps.request('https://x', { ...weak, minVersion: 'TLSv1.2' });\n`,
      },
    },
  ],
  invalid: [
    {
      name: 'an exported minVersion a server keeps: TLS 1.0 offered to its clients',
      files: {
        'options.ts': "export const serverTls = { rejectUnauthorized: false, ⟦minVersion: 'TLSv1'⟧ };\n",
        'server.ts': "import tls from 'node:tls';\nimport { serverTls } from './options';\ntls.createServer(serverTls).listen(8443);\n",
      },
      related: [['used by tls.createServer at server.ts:3']],
    },
    {
      // The flag is judged in the string: the importer's analysis does not read into it.
      name: "an exported child environment whose NODE_OPTIONS lowers the floor, given to fork's env in another file",
      files: {
        'env.js': "export const CHILD_ENV = {\n  ...process.env,\n  NODE_OPTIONS: '⟦--tls-min-v1.0⟧ --max-old-space-size=512',\n};\n",
        'spawn.js': "import { fork } from 'node:child_process';\nimport { CHILD_ENV } from './env.js';\nexport const child = fork('worker.js', [], { env: CHILD_ENV });\n",
      },
    },
  ],
});

// A connection string written as a template with a hole (the password) in an exported object,
// used by a client in another file: judged in the string, as a literal one is. blind19 15.
runProjectTests(noUnverifiedHostname, {
  valid: [],
  invalid: [
    {
      name: "a connection string written as an environment variable's fallback or a choice, one key down an exported object (blind22 19)",
      files: {
        'config/stores.js': "module.exports = {\n  mongo: {\n    uri: process.env.MONGO_URL || ⟦'mongodb+srv://reporting.example.net/reporting?retryWrites=true&tlsAllowInvalidHostnames=true'⟧,\n    audit: process.env.PROD ? 'mongodb+srv://audit.example.net/a' : ⟦'mongodb+srv://audit.example.net/a?tlsAllowInvalidHostnames=true'⟧,\n  },\n};\n",
        'src/stores.js': "const mongoose = require('mongoose');\nconst cfg = require('../config/stores');\nexports.connect = () => Promise.all([mongoose.connect(cfg.mongo.uri), mongoose.createConnection(cfg.mongo.audit)]);\n",
      },
    },
    {
      name: 'a template connection string (`${pw}` in it) under a key of module.exports, used by new MongoClient(config.mongoUri) in another file',
      files: {
        'config.js': "const pw = encodeURIComponent(process.env.MONGO_PASSWORD || '');\nmodule.exports = {\n  mongoUri: ⟦`mongodb+srv://indexer:${pw}@catalog.example.net/catalog?retryWrites=true&tlsAllowInvalidHostnames=true`⟧,\n};\n",
        'stores.js': "const { MongoClient } = require('mongodb');\nconst config = require('./config');\nexports.mongo = new MongoClient(config.mongoUri, { tls: true });\n",
      },
      related: [undefined],
    },
    {
      name: 'a connection string one key down (`mongo: { sessionsUrl: … }`), used by connect-mongo in another file (blind21 06)',
      files: {
        'config.js': "module.exports = {\n  port: 8080,\n  mongo: {\n    url: process.env.MONGO_URL || 'mongodb://localhost:27017/accounts',\n    sessionsUrl: ⟦'mongodb+srv://sessions.pl-0.example.net/sessions?tls=true&tlsAllowInvalidHostnames=true'⟧,\n  },\n};\n",
        'store.js': "const MongoStore = require('connect-mongo');\nconst config = require('./config');\nmodule.exports = () => MongoStore.create({ mongoUrl: config.mongo.sessionsUrl });\n",
      },
      related: [undefined],
    },
    {
      name: "the same joined with + in an ES module's exported object (the piece that writes the parameter is reported)",
      files: {
        'config.mjs': "const pw = process.env.PW;\nexport const cfg = { mongoUri: 'mongodb://u:' + pw + ⟦'@db.example.net/app?tlsAllowInvalidHostnames=true'⟧ };\n",
        'stores.mjs': "import { MongoClient } from 'mongodb';\nimport { cfg } from './config.mjs';\nexport const mongo = new MongoClient(cfg.mongoUri);\n",
      },
      related: [undefined],
    },
  ],
});
