import { noUnverifiedHostname } from '../../rules/no-unverified-hostname/index.js';
import { runRuleTests } from './rule-tester.js';

const TLS = "import tls from 'node:tls'; ";
const MYSQL = "import mysql from 'mysql2/promise'; ";
const SAFE = 'Apply safe TLS settings to these options';
const REMOVE = 'Remove checkServerIdentity (use the default host name check)';

runRuleTests(noUnverifiedHostname, {
  valid: [
    // Checks that return the default check's result, or an Error on a pin mismatch.
    `${TLS}tls.connect({ host: 'example.com', checkServerIdentity: (host, cert) => tls.checkServerIdentity(host, cert) });`,
    `${TLS}tls.connect({\n  host: 'example.com',\n  checkServerIdentity(host, cert) {\n    const err = tls.checkServerIdentity(host, cert);\n    if (err) return err;\n    if (cert.fingerprint256 !== PIN) return new Error('certificate pin mismatch');\n  },\n});`,
    `${TLS}function pinned(host, cert) {\n  if (cert.fingerprint256 !== PIN) {\n    return new Error('pin mismatch');\n  }\n  return undefined;\n}\ntls.connect({ host: 'example.com', checkServerIdentity: pinned });`,
    `${TLS}tls.connect({ host: 'example.com', checkServerIdentity: () => { throw new Error('never trust'); } });`,
    `${TLS}tls.connect({ host: 'example.com', checkServerIdentity: () => new Error('pinned elsewhere') });`,
    // async functions and generators return objects: Node treats them as errors.
    `${TLS}tls.connect({ host: 'example.com', checkServerIdentity: async () => {} });`,
    `${TLS}tls.connect({ host: 'example.com', checkServerIdentity: function* () {} });`,
    // Returns inside nested functions belong to them.
    `${TLS}tls.connect({ host: 'example.com', checkServerIdentity: (h, c) => { const f = () => undefined; return tls.checkServerIdentity(h, c) ?? f(); } });`,
    // A function we cannot see.
    "import https from 'node:https'; import { verify } from './verify';\nnew https.Agent({ checkServerIdentity: verify });",
    // MongoDB with host name checks on.
    "import { MongoClient } from 'mongodb';\nnew MongoClient(uri, { tls: true, tlsAllowInvalidHostnames: false });",
    "const uri = 'mongodb://db.example.com/?tls=true&tlsAllowInvalidHostnames=false';",
    "const uri = 'https://example.com/?tlsAllowInvalidHostnames=true';",
    // mysql2 with verifyIdentity, or without TLS, or with options we cannot see.
    `${MYSQL}mysql.createConnection({ host: 'db.example.com', ssl: { ca, verifyIdentity: true } });`,
    `${MYSQL}mysql.createConnection({ host: 'db.example.com', user: 'app' });`,
    `${MYSQL}export const connect = (ssl) => mysql.createConnection({ host: 'db.example.com', ssl: { ...ssl } });`,
    // A pool cluster's own options are not connection options; each added pool's are.
    `${MYSQL}const cluster = mysql.createPoolCluster({ canRetry: true, ssl: { ca } });\ncluster.add('primary', { host: 'db.example.com', ssl: { ca, verifyIdentity: true } });\ncluster.add({ host: 'replica.example.com' });`,
    // mysql (not mysql2) is another library.
    "import mysql from 'mysql';\nmysql.createConnection({ host: 'db.example.com', ssl: { ca } });",
    // Reads, comments, types, shadowed modules.
    "export const isOff = (o) => o.checkServerIdentity === undefined || o.tlsAllowInvalidHostnames === true;",
    `${TLS}// tls.connect({ checkServerIdentity: () => undefined })\nconst s = 'checkServerIdentity: () => {}';`,
    { code: "interface Opts { checkServerIdentity: () => undefined; tlsAllowInvalidHostnames: true }", filename: 'types.ts' },
    "function open(tls) {\n  return tls.connect({ host: 'example.com' });\n}",
    // A later override replaces the no-op before the options are used.
    `${TLS}const opts = { host: 'example.com', checkServerIdentity: () => undefined };\nopts.checkServerIdentity = tls.checkServerIdentity;\ntls.connect(opts);`,
    { name: 'a tls.checkServerIdentity patch that logs and calls the original', code: `${TLS}const original = tls.checkServerIdentity;\ntls.checkServerIdentity = (host, cert) => {\n  console.log('checking', host);\n  return original(host, cert);\n};\n` },
    { name: 'a patch that pins a fingerprint, or checks first and then pins', code: `${TLS}const orig = tls.checkServerIdentity;\ntls.checkServerIdentity = function (host, cert) {\n  if (cert.fingerprint256 === PINNED) return undefined;\n  return new Error('unexpected certificate');\n};\ntls.checkServerIdentity = (host, cert) => {\n  const err = orig(host, cert);\n  if (err) return err;\n  if (cert.fingerprint256 !== PIN) return new Error('pin');\n};\n` },
    { name: 'an option that checks the name the default way on every path', code: `${TLS}tls.connect({ host: 'example.com', checkServerIdentity: (host, cert) => (host.endsWith('.example.com') ? tls.checkServerIdentity(host, cert) : new Error('unknown host')) });` },
  ],
  invalid: [
    {
      name: 'arrow returning undefined, multi-line options',
      code: `${TLS}tls.connect({\n  host: 'example.com',\n  port: 443,\n  ⟦checkServerIdentity: () => undefined⟧,\n});\n`,
      messageIds: ['noopCheck'],
      severities: ['error'],
      messageIncludes: ['checkServerIdentity in tls.connect accepts any host name, so a certificate for any domain passes.'],
      fixes: [
        { title: REMOVE, output: `${TLS}tls.connect({\n  host: 'example.com',\n  port: 443,\n});\n` },
        { title: SAFE, output: `${TLS}tls.connect({\n  host: 'example.com',\n  port: 443,\n  minVersion: 'TLSv1.2',\n  servername: 'example.com',\n});\n` },
      ],
    },
    {
      name: 'arrow with an empty body, and function expression forms',
      code: `${TLS}tls.connect({ host: 'a.example.com', ⟦checkServerIdentity: () => {}⟧ });\ntls.connect({ host: 'b.example.com', ⟦checkServerIdentity: function () { return; }⟧ });\ntls.connect({ host: 'c.example.com', ⟦checkServerIdentity: (h, c) => null⟧ });`,
      messageIds: ['noopCheck', 'noopCheck', 'noopCheck'],
      fixes: [{ title: REMOVE, output: `${TLS}tls.connect({ host: 'a.example.com' });\ntls.connect({ host: 'b.example.com', checkServerIdentity: function () { return; } });\ntls.connect({ host: 'c.example.com', checkServerIdentity: (h, c) => null });` }],
    },
    {
      name: 'falsy results and console calls also mean "no error" to Node',
      code: `${TLS}tls.connect({ host: 'a.example.com', ⟦checkServerIdentity: () => false⟧ });\ntls.connect({ host: 'b.example.com', ⟦checkServerIdentity: (host) => console.warn('not checking', host)⟧ });`,
      messageIds: ['noopCheck', 'noopCheck'],
    },
    {
      name: 'method form that calls the default check but drops its result',
      code: `${TLS}tls.connect({\n  host: 'example.com',\n  ⟦checkServerIdentity(host, cert) {\n    tls.checkServerIdentity(host, cert);\n  }⟧,\n});`,
      fixes: [{ title: REMOVE, output: `${TLS}tls.connect({\n  host: 'example.com',\n});` }],
    },
    {
      name: 'function declared elsewhere and referenced by name',
      filename: 'client.js',
      code: "const https = require('https');\nfunction skipHostCheck(host, cert) {\n  console.log('connecting to', host);\n}\nconst agent = new https.Agent({ ⟦checkServerIdentity: skipHostCheck⟧, keepAlive: true });",
      fixes: [
        { title: REMOVE, output: "const https = require('https');\nfunction skipHostCheck(host, cert) {\n  console.log('connecting to', host);\n}\nconst agent = new https.Agent({ keepAlive: true });" },
        { title: SAFE, output: "const https = require('https');\nfunction skipHostCheck(host, cert) {\n  console.log('connecting to', host);\n}\nconst agent = new https.Agent({ minVersion: 'TLSv1.2', keepAlive: true });" },
      ],
    },
    {
      name: 'a class field holding a no-op, read by the constructor',
      code: "import https from 'node:https';\nclass Fetcher {\n  skipHostCheck = ⟦(host, cert) => undefined⟧;\n  constructor() {\n    this.agent = new https.Agent({ keepAlive: true, checkServerIdentity: this.skipHostCheck });\n  }\n}\nexport default Fetcher;",
    },
    {
      // Where the no-op is written, as a constant value would be.
      name: 'const arrow referenced by shorthand',
      code: "import https from 'node:https';\nconst checkServerIdentity = ⟦() => undefined⟧;\nhttps.request({ hostname: 'example.com', checkServerIdentity });",
    },
    {
      name: 'conditional no-op says when',
      code: `${TLS}tls.connect({ host: 'example.com', ⟦checkServerIdentity: insecure ? () => undefined : tls.checkServerIdentity⟧ });`,
      messageIncludes: ['checkServerIdentity in tls.connect accepts any host name (only on the explicit opt-in insecure), so a certificate for any domain passes.'],
    },
    {
      name: 'loose write to a parameter',
      code: 'export function configure(opts) {\n  ⟦opts.checkServerIdentity = () => undefined⟧;\n  return opts;\n}',
      messageIncludes: ['checkServerIdentity accepts any host name, so a certificate for any domain passes.'],
      fixes: [{ title: REMOVE, output: 'export function configure(opts) {\n  return opts;\n}' }],
    },
    {
      name: 'checkServerIdentity alongside rejectUnauthorized: safe settings removes both',
      code: "import axios from 'axios';\nimport https from 'node:https';\naxios.get(url, {\n  httpsAgent: new https.Agent({\n    rejectUnauthorized: false,\n    ⟦checkServerIdentity: () => undefined⟧,\n    ca,\n  }),\n});",
      fixes: [{ title: SAFE, output: "import axios from 'axios';\nimport https from 'node:https';\naxios.get(url, {\n  httpsAgent: new https.Agent({\n    minVersion: 'TLSv1.2',\n    ca,\n  }),\n});" }],
    },
    {
      name: 'mongodb tlsAllowInvalidHostnames option',
      code: "import { MongoClient } from 'mongodb';\nconst client = new MongoClient(uri, {\n  tls: true,\n  ⟦tlsAllowInvalidHostnames: true⟧,\n});",
      messageIds: ['flag'],
      messageIncludes: ['tlsAllowInvalidHostnames: true skips the host name check (MongoDB), so a certificate for any domain passes.'],
      fixes: [
        { title: 'Remove tlsAllowInvalidHostnames: true', output: "import { MongoClient } from 'mongodb';\nconst client = new MongoClient(uri, {\n  tls: true,\n});" },
        { title: SAFE, output: "import { MongoClient } from 'mongodb';\nconst client = new MongoClient(uri, {\n  tls: true,\n});" },
      ],
    },
    {
      name: 'mongodb connection string',
      filename: 'db.mjs',
      code: "import mongoose from 'mongoose';\nawait mongoose.connect(⟦'mongodb://db.example.com:27017/app?tls=true&tlsAllowInvalidHostnames=true'⟧);",
      messageIds: ['uri'],
      fixes: [{ title: 'Remove tlsAllowInvalidHostnames=true from the connection string', output: "import mongoose from 'mongoose';\nawait mongoose.connect('mongodb://db.example.com:27017/app?tls=true');" }],
    },
    {
      name: 'mysql2 ssl without verifyIdentity, multi-line',
      code: `${MYSQL}const db = await ⟦mysql.createConnection⟧({\n  host: 'db.example.com',\n  ssl: {\n    ca: readFileSync('ca.pem'),\n  },\n});`,
      messageIds: ['mysql2'],
      messageIncludes: ['ssl.verifyIdentity is not true, so mysql2 accepts a trusted certificate for any domain.'],
      fixes: [{ title: 'Add verifyIdentity: true', output: `${MYSQL}const db = await mysql.createConnection({\n  host: 'db.example.com',\n  ssl: {\n    ca: readFileSync('ca.pem'),\n    verifyIdentity: true,\n  },\n});` }],
    },
    {
      name: 'mysql2 ssl: {} gets its first property',
      code: "import mysql from 'mysql2'; ⟦mysql.createPool⟧({ host: 'db.example.com', ssl: {} });",
      fixes: [{ title: 'Add verifyIdentity: true', output: "import mysql from 'mysql2'; mysql.createPool({ host: 'db.example.com', ssl: { verifyIdentity: true } });" }],
    },
    {
      name: 'mysql2 verifyIdentity false, conditionally',
      code: `${MYSQL}mysql.createConnection({ host, ssl: { ca, ⟦verifyIdentity: isDev ? false : true⟧ } });`,
      messageIncludes: ['ssl.verifyIdentity is not true (when isDev is truthy), so mysql2 accepts a trusted certificate for any domain.'],
      fixes: [{ title: 'Set verifyIdentity: true', output: `${MYSQL}mysql.createConnection({ host, ssl: { ca, verifyIdentity: true } });` }],
    },
    {
      name: 'mysql2 ssl only under a condition',
      code: `${MYSQL}⟦mysql.createConnection⟧({\n  host: 'db.example.com',\n  ssl: process.env.DB_TLS ? { ca } : undefined,\n});`,
      messageIncludes: ['ssl.verifyIdentity is not true (when DB_TLS is truthy), so mysql2 accepts a trusted certificate for any domain.'],
      fixes: [{ title: 'Add verifyIdentity: true', output: `${MYSQL}mysql.createConnection({\n  host: 'db.example.com',\n  ssl: process.env.DB_TLS ? { ca, verifyIdentity: true } : undefined,\n});` }],
    },
    {
      name: 'mysql2 pool cluster: each added pool',
      code: `${MYSQL}const cluster = mysql.createPoolCluster();\n⟦cluster.add⟧('primary', { host: 'db.example.com', ssl: { ca } });\n⟦cluster.add⟧({ host: 'replica.example.com', ssl: {} });`,
      messageIds: ['mysql2', 'mysql2'],
      fixes: [{ title: 'Add verifyIdentity: true', output: `${MYSQL}const cluster = mysql.createPoolCluster();\ncluster.add('primary', { host: 'db.example.com', ssl: { ca, verifyIdentity: true } });\ncluster.add({ host: 'replica.example.com', ssl: {} });` }],
    },
    {
      name: 'a no-op check that a write under an if replaces: says when it stays',
      code: `${TLS}const o = { host: 'example.com', ⟦checkServerIdentity: () => undefined⟧ };\nif (strict) o.checkServerIdentity = tls.checkServerIdentity;\ntls.connect(o);`,
      messageIncludes: ['checkServerIdentity in tls.connect accepts any host name (only when strict is off, an explicit opt-out), so a certificate for any domain passes.'],
    },
    {
      name: 'a no-op check written under an if',
      code: `${TLS}const o = { host: 'example.com' };\nif (lax) ⟦o.checkServerIdentity = () => undefined⟧;\ntls.connect(o);`,
      messageIncludes: ['checkServerIdentity in tls.connect accepts any host name (when lax is truthy), so a certificate for any domain passes.'],
    },
    {
      name: 'mysql2 options built in a variable',
      filename: 'db.tsx',
      code: `${MYSQL}const ssl = { ca };\nconst config = { host: 'db.example.com', ssl };\n⟦mysql.createConnection⟧(config);`,
      fixes: [{ title: 'Add verifyIdentity: true', output: `${MYSQL}const ssl = { ca, verifyIdentity: true };\nconst config = { host: 'db.example.com', ssl };\nmysql.createConnection(config);` }],
    },
    {
      name: 'tls.checkServerIdentity patched to accept every name',
      code: `${TLS}⟦tls.checkServerIdentity = () => undefined⟧;\n`,
      messageIds: ['patchAll'],
      severities: ['error'],
      messageIncludes: ['This tls.checkServerIdentity patch accepts any host name for every later connection.'],
      fixes: [{ title: 'Remove the tls.checkServerIdentity patch', output: `${TLS}\n` }],
    },
    {
      name: 'a patch that skips the check for some hosts says for which',
      filename: 'boot.js',
      code: [
        "const tls = require('tls');",
        "const net = require('net');",
        'const orig = tls.checkServerIdentity;',
        '⟦tls.checkServerIdentity = (host, cert) => (net.isIP(host) ? undefined : orig(host, cert))⟧;',
        'if (process.env.INTERNAL) {',
        '  ⟦tls.checkServerIdentity = function (host, cert) {',
        "    if (host.endsWith('.corp.internal')) return;",
        '    return orig(host, cert);',
        '  }⟧;',
        '}',
        '',
      ].join('\n'),
      messageIds: ['patchSome', 'patchSome'],
      severities: ['error', 'error'],
      messageIncludes: ['This tls.checkServerIdentity patch skips the host name check (when net.isIP(host) is truthy): a certificate for any domain passes there.', "(when host.endsWith('.corp.internal') is truthy and …)"],
    },
    {
      name: 'an option that skips the check for some hosts',
      code: `${TLS}tls.connect({ host, ⟦checkServerIdentity: (h, cert) => { if (h === 'db') return; return tls.checkServerIdentity(h, cert); }⟧ });`,
      messageIds: ['partialCheck'],
      severities: ['warning'],
      messageIncludes: ["checkServerIdentity in tls.connect skips the check (when h is 'db'): any host name passes there."],
    },
  ],
});
