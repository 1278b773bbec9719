// no-unverified-certificate in the libraries added from TLS-FACTS 7.2, the process-wide agent,
// loopback targets, explicit opt-ins, and the false positives seen on real code.
import { noUnverifiedCertificate } from '../../rules/no-unverified-certificate/index.js';
import { runRuleTests } from './rule-tester.js';

const SQL = "import sql from 'mssql';\n";

runRuleTests(noUnverifiedCertificate, {
  valid: [
    { name: 'rejectUnauthorized on plain http and net calls does nothing', filename: 'x.js', code: "const http = require('http');\nconst net = require('net');\nhttp.request({ host: 'api.example.com', rejectUnauthorized: false });\nhttp.get('http://api.example.com', { rejectUnauthorized: false }, cb);\nnet.connect({ host: 'db.example.com', port: 5432, rejectUnauthorized: false });\nnew http.Agent({ keepAlive: true, rejectUnauthorized: false });\n" },
    { name: 'a local https whose request only returns what it is given (a request plan)', filename: 'x.js', code: "const https = { request: (url, opts) => ({ url, opts }) };\nexport const plan = (urls) => urls.map((u) => https.request(u, { rejectUnauthorized: false }));\nfunction describe(url, options) {\n  return { url, options, at: 0 };\n}\ndescribe('https://x', { rejectUnauthorized: false });\n" },
    { name: 'a local https whose request returns what it is given beside other work (an in-memory stand-in)', filename: 'x.js', code: "const https = {\n  store: new Map(),\n  request(url, opts) {\n    return { url, opts, cached: this.store.has(url) };\n  },\n};\nhttps.request('https://feeds.example.com/daily.csv', { rejectUnauthorized: false });\nmodule.exports = https;\n" },
    { name: 'a local object named https, and a test double, shadow nothing of Node\'s', filename: 'x.js', code: "const https = { get: (url, opts, cb) => fetch(url).then(cb) };\nhttps.get('https://x.example', { rejectUnauthorized: false }, done);\nconst mock = { https: { request: jest.fn() } };\nmock.https.request({ host: 'x', rejectUnauthorized: false });\n" },
    { name: 'a fake transport that only records its calls (push, Map#set, console) shadows nothing of Node\'s', filename: 'x.mjs', code: "const calls = [];\nconst seen = new Map();\nconst https = {\n  get(url, options) {\n    calls.push({ url, options });\n    seen.set(url, [options]);\n    console.log(url, options);\n    return { on() {}, end() {} };\n  },\n};\nexport function fakeRequest(url) {\n  return https.get(url, { rejectUnauthorized: false, timeout: 1 });\n}\nexport const recordedCalls = () => calls;\n" },
    { name: 'mssql that trusts nothing blindly', code: `${SQL}await sql.connect({ server: 'db.example.com', options: { encrypt: true, trustServerCertificate: false } });\n` },
    { name: 'http-proxy secure: false with an http target, or without a target', code: "import { createProxyMiddleware } from 'http-proxy-middleware';\napp.use(createProxyMiddleware({ target: 'http://localhost:5000', changeOrigin: true, secure: false }));\nexport const mail = { host: 'smtp.example.com', secure: false };\n" },
    { name: "an opt-in read from a function's parameter, destructured too, is its callers' value (a bag's setting is the opt-in it names: below)", filename: 'x.js', code: "const https = require('https');\nexport function get(url, insecure) {\n  return https.get(url, { rejectUnauthorized: !insecure });\n}\nexport function fetchIt(url, { allowInsecure }) {\n  return https.get(url, { rejectUnauthorized: !allowInsecure });\n}\n" },
    { name: "Bun's and Deno's servers: rejectUnauthorized there is about client certificates none is asked for", filename: 'serve.ts', code: "Bun.serve({ port: 8443, tls: { key, cert, rejectUnauthorized: false }, fetch: () => new Response('ok') });\nDeno.serve({ port: 8443, cert, key, rejectUnauthorized: false }, handler);\nDeno.listenTls({ port: 8443, cert, key, rejectUnauthorized: false });\n" },
    { name: 'socket.io-client and ws to http:// or ws:// URLs: no TLS, whatever the options say', filename: 'x.js', code: "import { io } from 'socket.io-client';\nimport WebSocket from 'ws';\nio('http://mesh.internal:3000', { rejectUnauthorized: false });\nnew WebSocket('ws://feed.internal/stream', { rejectUnauthorized: false, minVersion: 'TLSv1' });\nconst URL_ = 'http://mesh.internal:3000';\nio(URL_, { rejectUnauthorized: false });\n" },
    { name: "hapi's tls and fastify's https are a server's options: rejectUnauthorized without requestCert does nothing", filename: 'srv.mjs', code: "import Hapi from '@hapi/hapi';\nimport Fastify from 'fastify';\nconst server = Hapi.server({ port: 8443, tls: { key, cert, rejectUnauthorized: false } });\nconst app = Fastify({ https: { key, cert, rejectUnauthorized: false } });\n" },
    { name: 'npm fetch with strictSSL on', code: "import fetch from 'make-fetch-happen';\nawait fetch('https://registry.example.com', { strictSSL: true });\n" },
    { name: 'sslmode=require for pg (verify-full there), and Prisma with sslaccept=strict', code: "import pg from 'pg';\nimport { PrismaClient } from '@prisma/client';\nnew pg.Pool({ connectionString: 'postgres://u:p@db.example.com/app?sslmode=require' });\nnew PrismaClient({ datasourceUrl: 'postgresql://u:p@db.example.com/app?sslmode=require&sslaccept=strict' });\nconst url = 'postgres://db.example.com/app?uselibpqcompat=true&sslmode=verify-full';\n" },
    { name: 'node-libcurl with verification on', code: "import { Curl, curly } from 'node-libcurl';\ncurl.setOpt(Curl.option.SSL_VERIFYPEER, 1);\nawait curly.get(url, { sslVerifyPeer: true });\n" },
  ],
  invalid: [
    {
      name: 'a local function that only shapes the options: its result reaching a sink is still read; one that calls out passes them on',
      code: "import https from 'node:https';\nconst withKeepAlive = (o) => ({ ...o, keepAlive: true });\nexport const agent = new https.Agent(withKeepAlive({ ⟦rejectUnauthorized: false⟧ }));\nconst send = (url, opts) => transport.post(url, opts);\nsend('https://x', { ⟦rejectUnauthorized: false⟧ });\n",
      messageIds: ['option', 'option'],
    },
    {
      name: 'a fake transport that records its options and also hands them on passes them on',
      filename: 'x.mjs',
      code: "const calls = [];\nconst https = {\n  get(url, options) {\n    calls.push({ url, options });\n    return transport.get(url, options);\n  },\n};\nexport const go = (url) => https.get(url, { ⟦rejectUnauthorized: false⟧ });\n",
      messageIds: ['option'],
    },
    {
      name: 'mssql and tedious trustServerCertificate',
      code: `${SQL}import { Connection } from 'tedious';\nawait sql.connect({ server: 'db.example.com', user, password, options: { encrypt: true, ⟦trustServerCertificate: true⟧ } });\nnew Connection({ server: host, options: { ⟦trustServerCertificate: true⟧ } });\n`,
      messageIds: ['option', 'option'],
      messageIncludes: ['trustServerCertificate: true in mssql accepts any certificate, so the server can be spoofed.', 'in tedious'],
      fixes: [{ title: 'Remove trustServerCertificate: true (verify certificates)', output: `${SQL}import { Connection } from 'tedious';\nawait sql.connect({ server: 'db.example.com', user, password, options: { encrypt: true } });\nnew Connection({ server: host, options: { trustServerCertificate: true } });\n` }],
    },
    {
      name: 'http-proxy secure: false in http-proxy-middleware, Vite and webpack-dev-server',
      filename: 'vite.config.ts',
      code: [
        "import { defineConfig } from 'vite';",
        "import { createProxyMiddleware } from 'http-proxy-middleware';",
        "app.use('/api', createProxyMiddleware({ target: 'https://api.example.com', changeOrigin: true, ⟦secure: false⟧ }));",
        "export default defineConfig({ server: { proxy: { '/api': { target: process.env.API_URL, ⟦secure: false⟧ } } } });",
        "module.exports = { devServer: { proxy: [{ context: ['/auth'], target: 'https://localhost:8443', ⟦secure: false⟧ }] } };",
        '',
      ].join('\n'),
      messageIds: ['option', 'option', 'optionLocal'],
      severities: ['error', 'error', 'warning'],
      messageIncludes: ['secure: false (http-proxy) accepts any certificate, so the server can be spoofed.', 'secure: false (http-proxy) accepts any certificate, so the server can be spoofed.', 'secure: false (http-proxy) skips certificate checks for the local server localhost.'],
    },
    {
      name: 'make-fetch-happen and npm-registry-fetch strictSSL: false',
      code: "import fetch from 'make-fetch-happen';\nimport npmFetch from 'npm-registry-fetch';\nconst cached = fetch.defaults({ cachePath, ⟦strictSSL: false⟧ });\nawait npmFetch.json('/-/whoami', { registry, ⟦strictSSL: false⟧ });\n",
      messageIncludes: ['strictSSL: false in make-fetch-happen accepts any certificate, so the server can be spoofed.', 'in npm-registry-fetch'],
    },
    {
      name: 'Prisma: sslaccept=accept_invalid_certs anywhere, sslmode=require without sslaccept=strict in PrismaClient',
      code: [
        "import { PrismaClient } from '@prisma/client';",
        "export const url = ⟦'mysql://u:p@db.example.com:3306/app?sslaccept=accept_invalid_certs'⟧;",
        "new PrismaClient({ datasources: { db: { ⟦url: `postgresql://${user}:${pass}@db.example.com/app?sslmode=require`⟧ } } });",
        '',
      ].join('\n'),
      messageIds: ['uri', 'prismaDefault'],
      messageIncludes: ['sslaccept=accept_invalid_certs in the connection string makes Prisma accept any certificate, so the server can be spoofed.', 'Prisma accepts any certificate for this sslmode=require URL: its sslaccept default verifies nothing.'],
      fixes: [
        { title: 'Use sslaccept=strict in the connection string', output: "import { PrismaClient } from '@prisma/client';\nexport const url = 'mysql://u:p@db.example.com:3306/app?sslaccept=strict';\nnew PrismaClient({ datasources: { db: { url: `postgresql://${user}:${pass}@db.example.com/app?sslmode=require` } } });\n" },
        { finding: 1, title: 'Add sslaccept=strict (verify the certificate)', output: "import { PrismaClient } from '@prisma/client';\nexport const url = 'mysql://u:p@db.example.com:3306/app?sslaccept=accept_invalid_certs';\nnew PrismaClient({ datasources: { db: { url: `postgresql://${user}:${pass}@db.example.com/app?sslmode=require&sslaccept=strict` } } });\n" },
      ],
    },
    {
      name: 'pg with uselibpqcompat=true: require and prefer verify nothing',
      code: "import pg from 'pg';\nnew pg.Client(⟦'postgres://app@db.example.com/app?uselibpqcompat=true&sslmode=require'⟧);\nconst u = ⟦`postgresql://${h}/db?sslmode=prefer&uselibpqcompat=true`⟧;\n",
      messageIds: ['uri', 'uri'],
      messageIncludes: ['sslmode=require in the connection string makes pg with uselibpqcompat=true accept any certificate, so the server can be spoofed.', 'sslmode=prefer'],
      fixes: [{ title: 'Use sslmode=verify-full in the connection string', output: "import pg from 'pg';\nnew pg.Client('postgres://app@db.example.com/app?uselibpqcompat=true&sslmode=verify-full');\nconst u = `postgresql://${h}/db?sslmode=prefer&uselibpqcompat=true`;\n" }],
    },
    {
      name: 'Sequelize dialectOptions, TypeORM ssl and Knex connection.ssl reach the driver',
      keepsEmpty: { key: 'ssl', why: 'ssl: {} turns TLS on for pg behind TypeORM and Knex (tlsEnabledBy): without it the connection is cleartext' },
      code: [
        "import { Sequelize } from 'sequelize';",
        "import { DataSource } from 'typeorm';",
        "import knex from 'knex';",
        "new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', dialectOptions: { ssl: { require: true, ⟦rejectUnauthorized: false⟧ } } });",
        "new DataSource({ type: 'postgres', host, ssl: { ⟦rejectUnauthorized: false⟧ } });",
        "knex({ client: 'pg', connection: { host, ssl: { ⟦rejectUnauthorized: false⟧ } } });",
        '',
      ].join('\n'),
      messageIncludes: ['in sequelize', 'in typeorm', 'in knex'],
    },
    {
      name: 'socket.io-client and ws: a wss:// or https:// URL, or one that may be either, is TLS',
      filename: 'x.js',
      code: "import { io } from 'socket.io-client';\nimport WebSocket from 'ws';\nio('https://push.example.com', { ⟦rejectUnauthorized: false⟧ });\nnew WebSocket(secure ? 'wss://feed.example.com' : 'ws://feed.example.com', { ⟦rejectUnauthorized: false⟧ });\nio(process.env.PUSH_URL, { ⟦rejectUnauthorized: false⟧ });\n",
      messageIds: ['option', 'option', 'option'],
    },
    {
      name: 'hapi and fastify servers asking client certificates accept any with rejectUnauthorized: false',
      filename: 'srv.mjs',
      code: "import Hapi from '@hapi/hapi';\nimport Fastify from 'fastify';\nHapi.server({ tls: { key, cert, requestCert: true, ⟦rejectUnauthorized: false⟧ } });\nFastify({ https: { key, cert, requestCert: true, ⟦rejectUnauthorized: false⟧ } });\n",
      messageIds: ['serverClientCert', 'serverClientCert'],
    },
    {
      name: 'Bun fetch tls and node-libcurl',
      keepsEmpty: { key: 'tls', why: 'no sink table names the global fetch (Bun reads tls, Node ignores it): options no known sink reads keep their keys' },
      code: "import { Curl, curly } from 'node-libcurl';\nawait fetch(url, { tls: { ⟦rejectUnauthorized: false⟧ } });\n⟦curl.setOpt(Curl.option.SSL_VERIFYPEER, false)⟧;\n⟦curl.setOpt('SSL_VERIFYPEER', 0)⟧;\nawait curly.get(url, { ⟦sslVerifyPeer: 0⟧ });\n",
      messageIds: ['option', 'setter', 'setter', 'option'],
      messageIncludes: ['rejectUnauthorized: false accepts any certificate, so the server can be spoofed.', 'node-libcurl SSL_VERIFYPEER = false turns certificate checks off', 'node-libcurl SSL_VERIFYPEER = 0', 'sslVerifyPeer: 0 (node-libcurl) accepts any certificate, so the server can be spoofed.'],
      fixes: [{ finding: 1, title: 'Remove the SSL_VERIFYPEER setting (verify certificates)', output: "import { Curl, curly } from 'node-libcurl';\nawait fetch(url, { tls: { rejectUnauthorized: false } });\ncurl.setOpt('SSL_VERIFYPEER', 0);\nawait curly.get(url, { sslVerifyPeer: 0 });\n" }],
    },
    {
      name: 'https.globalAgent replaced, or its options written, merged',
      filename: 'boot.js',
      code: "const https = require('https');\nhttps.globalAgent = new https.Agent({ keepAlive: true, ⟦rejectUnauthorized: false⟧ });\n⟦https.globalAgent.options.rejectUnauthorized = false⟧;\nObject.assign(https.globalAgent.options, { ⟦rejectUnauthorized: false⟧ });\n",
      messageIncludes: ['rejectUnauthorized: false in https.globalAgent accepts any certificate, so the server can be spoofed.', 'in https.globalAgent', 'in https.globalAgent'],
    },
    {
      name: 'a loopback target is one level lower and says local',
      code: "import https from 'https';\nimport axios from 'axios';\nhttps.request({ hostname: '127.0.0.1', port: 8443, ⟦rejectUnauthorized: false⟧ });\naxios.get('https://localhost:3000/health', { httpsAgent: new https.Agent({ ⟦rejectUnauthorized: false⟧ }) });\nhttps.request({ hostname: 'api.example.com', ⟦rejectUnauthorized: false⟧ });\n// A local port forwarded to a remote server (the servername says which): not local.\nhttps.request({ hostname: 'localhost', port: 15443, servername: 'db.example.com', ⟦rejectUnauthorized: false⟧ });\n",
      messageIds: ['optionLocal', 'option', 'option', 'option'],
      severities: ['warning', 'error', 'error', 'error'],
      messageIncludes: ['rejectUnauthorized: false in https.request skips certificate checks for the local server 127.0.0.1.'],
    },
    {
      name: 'a finding on an explicit opt-in says so',
      filename: 'cli.js',
      code: "const https = require('https');\nconst insecure = process.argv.includes('--insecure');\nhttps.get(url, { ⟦rejectUnauthorized: !insecure⟧ });\nhttps.get(url, { ⟦rejectUnauthorized: !argv['allow-self-signed']⟧ });\n",
      messageIncludes: ['rejectUnauthorized: false in https.request accepts any certificate (only on the explicit opt-in insecure), so the server can be spoofed.', "(only on the explicit opt-in argv['allow-self-signed'])"],
    },
    {
      name: "a setting of a parameter's bag (a CLI's parsed flags handed to a command) is the opt-in it names",
      filename: 'commands.js',
      code: "const WebSocket = require('ws');\nexports.tail = function tail(endpoint, flags) {\n  return new WebSocket(endpoint + '/tail', { ⟦rejectUnauthorized: !flags.insecure⟧ });\n};\n",
      messageIncludes: ['(only on the explicit opt-in flags.insecure)'],
    },
    {
      name: 'an opt-in read from a local that shadows a parameter of the same name is the local (scopes, not syntax)',
      filename: 'cli.js',
      code: "const https = require('https');\nfunction check(url, insecure) {\n  if (url) {\n    const insecure = process.argv.includes('--insecure');\n    return https.get(url, { ⟦rejectUnauthorized: !insecure⟧ });\n  }\n  return insecure;\n}\n",
      messageIncludes: ['(only on the explicit opt-in insecure)'],
    },
  ],
});
