import { requireServername } from '../../rules/require-servername/index.js';
import { runRuleTests } from './rule-tester.js';

const TLS = "import tls from 'node:tls'; ";

runRuleTests(requireServername, {
  valid: [
    {
      name: 'options that take keys the file does not spell (`opts[k] = extra[k]` copied from a caller\'s object): servername may be one of them (blind24 06)',
      code: "var tls = require('tls');\nfunction open(host, extra) {\n  var opts = {};\n  Object.keys(extra).forEach(function (k) { opts[k] = extra[k]; });\n  opts.host = host;\n  return tls.connect(opts);\n}\nfunction open2(extra) {\n  var opts = {};\n  opts[extra.key] = extra.value;\n  opts.host = 'pos.example.com';\n  return tls.connect(opts);\n}\nmodule.exports = { open, open2 };\n",
    },
    // A host the file does not know, named for an IP address: SNI carries no address (blind21 15).
    "import tls from 'node:tls';\nexport const legacyPlc = (ip) => tls.connect({ host: ip, port: 802, ca });\nexport const byDevice = (device) => tls.connect({ host: device.ipAddress, port: 802, ca });\nexport const gw = (gateway_ip, plcIp) => [tls.connect(802, gateway_ip, { ca }), tls.connect({ host: plcIp, port: 802, ca })];",
    // https, http2 and most libraries derive SNI themselves (TLS-FACTS 1.1 #3, #4, section 3).
    "import https from 'https';\nhttps.request({ hostname: 'api.example.com', port: 443 });",
    "import https from 'https';\nhttps.get({ host: 'api.example.com' }, (res) => res.resume());",
    "import http2 from 'http2';\nhttp2.connect('https://api.example.com');",
    "import pg from 'pg';\nnew pg.Client({ host: 'db.example.com', ssl: { ca } });",
    "import mysql from 'mysql2';\nmysql.createConnection({ host: 'db.example.com', ssl: { ca, verifyIdentity: true } });",
    // servername given, or explicitly '' (SNI off on purpose).
    `${TLS}tls.connect({ host: 'example.com', port: 443, servername: 'example.com' });`,
    `${TLS}tls.connect({ host: 'example.com', port: 443, servername: '' });`,
    `${TLS}tls.connect(443, 'example.com', { servername: 'example.com' });`,
    `${TLS}const host = 'example.com';\ntls.connect({ host, port: 443, servername: host });`,
    // servername set by a later write, or by a known spread, before the call.
    `${TLS}const opts = { host: 'example.com', port: 443 };\nopts.servername = 'example.com';\ntls.connect(opts);`,
    `${TLS}const base = { servername: 'example.com' };\ntls.connect({ ...base, host: 'example.com' });`,
    // IP hosts and localhost get no SNI anyway.
    `${TLS}tls.connect({ host: '10.0.0.5', port: 443 });`,
    `${TLS}tls.connect({ host: '::1', port: 443 });`,
    `${TLS}tls.connect({ host: 'fe80::1%eth0', port: 443 });`,
    `${TLS}tls.connect(443, '[2001:db8::1]');`,
    `${TLS}tls.connect({ host: 'localhost', port: 8443 });`,
    `${TLS}tls.connect({ port: 8443 });`,
    `${TLS}tls.connect({ host: undefined, port: 8443 });`,
    `${TLS}tls.connect({ host: useV6 ? '::1' : '127.0.0.1', port: 8443 });`,
    // Options we cannot see may hold servername.
    `${TLS}export function open(options) {\n  return tls.connect(options);\n}`,
    `${TLS}export function open(options, onConnect) {\n  return tls.connect(options, onConnect);\n}`,
    `${TLS}export function open(port, host, options) {\n  return tls.connect(port, host, options);\n}`,
    `${TLS}export function open(extra) {\n  return tls.connect({ host: 'example.com', port: 443, ...extra });\n}`,
    // A shadowed tls is not the module.
    "function open(tls) {\n  return tls.connect({ host: 'example.com', port: 443 });\n}",
    // A socket connected to an IP.
    `${TLS}import net from 'node:net';\nconst raw = net.connect(25, '192.0.2.10');\ntls.connect({ socket: raw });`,
    // Libraries whose TLS is off.
    "import Redis from 'ioredis';\nnew Redis({ host: 'cache.example.com', port: 6379 });",
    "import { createClient } from 'redis';\ncreateClient({ socket: { host: 'cache.example.com', port: 6379 } });",
    "import ldap from 'ldapjs';\nldap.createClient({ url: 'ldap://ldap.example.com' });",
    "import Redis from 'ioredis';\nnew Redis({ host: 'cache.example.com', tls: { servername: 'cache.example.com' } });",
    "import ldap from 'ldapjs';\nldap.createClient({ url: 'ldaps://10.1.2.3' });",
    // ioredis and node-redis: plain redis:// URLs, positional hosts without TLS, SNI given or not applicable.
    "import Redis from 'ioredis';\nnew Redis('redis://cache.example.com:6379');\nnew Redis(6379, 'cache.example.com');\nnew Redis('rediss://10.0.0.5:6380');\nnew Redis('rediss://localhost:6380');",
    "import Redis from 'ioredis';\nnew Redis('rediss://cache.example.com:6380', { tls: { servername: 'cache.example.com' } });\nnew Redis(6380, 'cache.example.com', { tls: { servername: 'cache.example.com' } });",
    // Only the credentials may be unknown: a host, a query (options) or a scheme built in says nothing.
    "import { createClient } from 'redis';\nconst HELD = 'rediss://default:' + pw + '@' + host + ':6380';\ncreateClient({ url: HELD });\nconst PLAIN = 'redis://:' + pw + '@cache.example.com:6379';\ncreateClient({ url: PLAIN });",
    "import Redis from 'ioredis';\nnew Redis('rediss://default:' + pw + '@' + host + ':6380');\nnew Redis(`rediss://:${pw}@cache.example.com:6380/0?tls=${opts}`);\nnew Redis(scheme + '://:' + pw + '@cache.example.com');\nnew Redis('redis://:' + pw + '@cache.example.com:6379');\nnew Redis('rediss://:' + pw + '@127.0.0.1:6380');",
    "import Redis from 'ioredis';\nexport const open = (url, options) => new Redis(url, options);\nexport const withOptions = (options) => new Redis('rediss://cache.example.com:6380', options);",
    "import { createClient } from 'redis';\ncreateClient({ url: 'redis://cache.example.com:6379' });\ncreateClient({ url: 'rediss://cache.example.com:6380', socket: { servername: 'cache.example.com' } });\ncreateClient({ url: process.env.REDIS_URL });",
    // TLS options we cannot see into may hold servername.
    "import ldap from 'ldapjs';\nexport const connect = (tlsOptions) => ldap.createClient({ url: 'ldaps://ldap.example.com', tlsOptions });",
    `${TLS}tls.connect(secure ? { host: 'a.example.com', servername: 'a.example.com' } : { host: '127.0.0.1' });`,
    // Comments, strings, types.
    `${TLS}// tls.connect({ host: 'example.com', port: 443 });\nconst doc = "tls.connect({ host: 'example.com' })";`,
    { code: `${TLS}type Opts = { host: 'example.com' };\ndeclare function connect(o: Opts): void;`, filename: 'types.ts' },
    "import ldap from 'ldapjs';\nldap.createClient({ url: ['ldap://a.example.com', 'ldap://b.example.com'] });\nldap.createClient({ url: ['ldaps://10.0.0.1', 'ldaps://10.0.0.2'] });\nldap.createClient({ url: ['ldaps://a.example.com', 'ldaps://b.example.com'], tlsOptions: { servername: 'ldap.example.com' } });\nldap.createClient({ url: servers });\n",
  ],
  invalid: [
    {
      name: 'a host the file does not know whose name only contains ip (`zip`, `shipHost`, `ipc`): still assumed a host name',
      code: `${TLS}export const a = (zip, shipHost) => [⟦tls.connect⟧({ host: zip, port: 443 }), ⟦tls.connect⟧({ host: shipHost, port: 443 })];\n`,
      messageIds: ['missing', 'missing'],
    },
    {
      name: 'options form, multi-line: servername added in the object',
      code: `${TLS}const socket = ⟦tls.connect⟧({\n  host: 'mail.example.com',\n  port: 465,\n});\n`,
      messageIds: ['missing'],
      severities: ['warning'],
      messageIncludes: ["tls.connect to 'mail.example.com' sends no SNI: a shared server may send the wrong certificate."],
      fixes: [{ title: "Add servername: 'mail.example.com'", output: `${TLS}const socket = tls.connect({\n  host: 'mail.example.com',\n  port: 465,\n  servername: 'mail.example.com',\n});\n` }],
    },
    {
      name: 'options form, one line, host from a variable',
      code: `${TLS}export function open(host: string) {\n  return ⟦tls.connect⟧({ host, port: 443 });\n}`,
      messageIncludes: ['tls.connect to host sends no SNI: a shared server may send the wrong certificate.'],
      fixes: [{ title: 'Add servername: host', output: `${TLS}export function open(host: string) {\n  return tls.connect({ host, port: 443, servername: host });\n}` }],
    },
    {
      name: 'options form with a member expression host, in a .js file',
      filename: 'client.js',
      code: "const tls = require('tls');\nclass C {\n  open() {\n    return ⟦tls.connect⟧({ host: this.config.host, port: 443 }, () => {});\n  }\n}",
      fixes: [{ title: 'Add servername: this.config.host', output: "const tls = require('tls');\nclass C {\n  open() {\n    return tls.connect({ host: this.config.host, port: 443, servername: this.config.host }, () => {});\n  }\n}" }],
    },
    {
      name: 'positional tls.connect(port, host, cb): a new options argument',
      code: `${TLS}⟦tls.connect⟧(443, 'example.com', () => console.log('up'));`,
      fixes: [{ title: "Add servername: 'example.com'", output: `${TLS}tls.connect(443, 'example.com', { servername: 'example.com' }, () => console.log('up'));` }],
    },
    {
      name: 'positional tls.connect(port, host) with parameters',
      filename: 'x.mjs',
      code: "import { connect } from 'tls';\nexport const open = (port, host) => ⟦connect⟧(port, host);",
      fixes: [{ title: 'Add servername: host', output: "import { connect } from 'tls';\nexport const open = (port, host) => connect(port, host, { servername: host });" }],
    },
    {
      name: 'positional host with an options object: servername goes into it',
      code: `${TLS}⟦tls.connect⟧(443, 'example.com', { ca });`,
      fixes: [{ title: "Add servername: 'example.com'", output: `${TLS}tls.connect(443, 'example.com', { ca, servername: 'example.com' });` }],
    },
    {
      name: 'STARTTLS over a net socket: the socket host is used',
      code: `${TLS}import net from 'node:net';\nconst raw = net.connect(587, 'smtp.example.com');\nconst secure = ⟦tls.connect⟧({ socket: raw });`,
      fixes: [{ title: "Add servername: 'smtp.example.com'", output: `${TLS}import net from 'node:net';\nconst raw = net.connect(587, 'smtp.example.com');\nconst secure = tls.connect({ socket: raw, servername: 'smtp.example.com' });` }],
    },
    {
      name: 'STARTTLS over a socket of unknown origin: reported without a fix',
      code: `${TLS}export function upgrade(raw) {\n  return ⟦tls.connect⟧({ socket: raw });\n}`,
      messageIds: ['missingSocket'],
    },
    {
      name: 'host from a template literal',
      code: `${TLS}⟦tls.connect⟧({ host: \`\${region}.db.example.com\`, port: 5432 });`,
      messageIncludes: ['tls.connect to ${…}.db.example.com sends no SNI: a shared server may send the wrong certificate.'],
      fixes: [{ title: 'Add servername: `${region}.db.example.com`', output: `${TLS}tls.connect({ host: \`\${region}.db.example.com\`, port: 5432, servername: \`\${region}.db.example.com\` });` }],
    },
    {
      name: 'host from a call: reported, but the call is not repeated',
      code: `${TLS}⟦tls.connect⟧({ host: pickHost(), port: 443 });`,
      messageIncludes: ['tls.connect to pickHost() sends no SNI: a shared server may send the wrong certificate.'],
    },
    {
      name: 'conditional host: says when',
      code: `${TLS}⟦tls.connect⟧({ host: isLocal ? 'localhost' : 'db.example.com', port: 443 });`,
      messageIncludes: ["tls.connect to 'db.example.com' (when isLocal is falsy) sends no SNI: a shared server may send the wrong certificate."],
      fixes: [{ title: "Add servername: isLocal ? 'localhost' : 'db.example.com'", output: `${TLS}tls.connect({ host: isLocal ? 'localhost' : 'db.example.com', port: 443, servername: isLocal ? 'localhost' : 'db.example.com' });` }],
    },
    {
      name: 'ioredis with tls: servername goes into tls',
      code: "import Redis from 'ioredis';\nconst redis = ⟦new Redis⟧({\n  host: 'cache.example.com',\n  port: 6380,\n  tls: { ca },\n});",
      messageIncludes: ["ioredis to 'cache.example.com' sends no SNI: a shared server may send the wrong certificate."],
      fixes: [{ title: "Add servername: 'cache.example.com'", output: "import Redis from 'ioredis';\nconst redis = new Redis({\n  host: 'cache.example.com',\n  port: 6380,\n  tls: { ca, servername: 'cache.example.com' },\n});" }],
    },
    {
      name: 'ioredis with an empty tls object',
      code: "import Redis from 'ioredis';\n⟦new Redis⟧({ host: 'cache.example.com', tls: {} });",
      fixes: [{ title: "Add servername: 'cache.example.com'", output: "import Redis from 'ioredis';\nnew Redis({ host: 'cache.example.com', tls: { servername: 'cache.example.com' } });" }],
    },
    {
      name: 'ioredis: no fix when a delete after the literal takes servername out again (found by fuzzing)',
      code: "import Redis from 'ioredis';\nconst opts = { host: 'cache.example.com', tls: { ca } };\ndelete opts.tls.servername;\n⟦new Redis⟧(opts);",
      messageIncludes: ["ioredis to 'cache.example.com' sends no SNI: a shared server may send the wrong certificate."],
      fixes: [],
    },
    {
      name: 'after a method signature without a body, servername goes first (a comma after it does not parse; found by fuzzing)',
      code: `${TLS}const o = { host: 'h.example.com', m(): 1024 };\n⟦tls.connect⟧(o);`,
      fixes: [{ title: "Add servername: 'h.example.com'", output: `${TLS}const o = { servername: 'h.example.com', host: 'h.example.com', m(): 1024 };\ntls.connect(o);` }],
    },
    {
      name: 'node-redis: servername goes into socket',
      code: "import { createClient } from 'redis';\n⟦createClient⟧({ socket: { host: 'cache.example.com', port: 6380, tls: true } });",
      fixes: [{ title: "Add servername: 'cache.example.com'", output: "import { createClient } from 'redis';\ncreateClient({ socket: { host: 'cache.example.com', port: 6380, tls: true, servername: 'cache.example.com' } });" }],
    },
    {
      name: 'ldapjs over ldaps: a tlsOptions object is added',
      filename: 'ldap.js',
      code: "const ldap = require('ldapjs');\nconst client = ⟦ldap.createClient⟧({\n  url: 'ldaps://ldap.example.com:636',\n});",
      messageIncludes: ["ldapjs to 'ldap.example.com' sends no SNI: a shared server may send the wrong certificate."],
      fixes: [{ title: "Add servername: 'ldap.example.com'", output: "const ldap = require('ldapjs');\nconst client = ldap.createClient({\n  url: 'ldaps://ldap.example.com:636',\n  tlsOptions: { servername: 'ldap.example.com' },\n});" }],
    },
    {
      name: 'ldapjs with tlsOptions: servername goes into them',
      code: "import ldap from 'ldapjs';\n⟦ldap.createClient⟧({\n  url: 'ldaps://ldap.example.com',\n  tlsOptions: {\n    ca: [caPem],\n  },\n});",
      fixes: [{ title: "Add servername: 'ldap.example.com'", output: "import ldap from 'ldapjs';\nldap.createClient({\n  url: 'ldaps://ldap.example.com',\n  tlsOptions: {\n    ca: [caPem],\n    servername: 'ldap.example.com',\n  },\n});" }],
    },
    {
      name: 'IP servername with a host name: use the host name',
      code: `${TLS}tls.connect({ host: 'db.example.com', ⟦servername: '10.0.0.7'⟧ });`,
      messageIds: ['ipServername'],
      severities: ['warning'],
      messageIncludes: ["servername is the IP address '10.0.0.7'"],
      fixes: [{ title: "Use the host name: servername: 'db.example.com'", output: `${TLS}tls.connect({ host: 'db.example.com', servername: 'db.example.com' });` }],
    },
    {
      name: 'IP servername when connecting by IP: removed',
      code: `${TLS}tls.connect({\n  host: '10.0.0.7',\n  ⟦servername: '10.0.0.7'⟧,\n  port: 443,\n});`,
      fixes: [{ title: 'Remove the IP servername', output: `${TLS}tls.connect({\n  host: '10.0.0.7',\n  port: 443,\n});` }],
    },
    {
      name: 'conditional IP servername: says when',
      filename: 'x.tsx',
      code: `${TLS}tls.connect({ host: 'db.example.com', ⟦servername: direct ? '10.0.0.7' : 'db.example.com'⟧ });`,
      messageIncludes: ["servername is the IP address '10.0.0.7' (when direct is truthy): SNI carries host names only (RFC 6066), and Node warns (DEP0123)."],
    },
    {
      name: 'servername written only after the call',
      code: `${TLS}const opts = { host: 'example.com' };\nconst s = ⟦tls.connect⟧(opts);\nopts.servername = 'example.com';`,
      fixes: [{ title: "Add servername: 'example.com'", output: `${TLS}const opts = { host: 'example.com', servername: 'example.com' };\nconst s = tls.connect(opts);\nopts.servername = 'example.com';` }],
    },
    {
      name: 'port from a call, host literal; require form',
      filename: 'x.js',
      code: "⟦require('tls').connect⟧(Number(process.env.PORT), 'example.com');",
      fixes: [{ title: "Add servername: 'example.com'", output: "require('tls').connect(Number(process.env.PORT), 'example.com', { servername: 'example.com' });" }],
    },
    {
      name: 'conditional options objects: the one without servername, and when',
      code: `${TLS}⟦tls.connect⟧(pinned ? { host: 'db.example.com', servername: 'db.example.com' } : { host: 'db.example.com', port: 5433 });`,
      messageIncludes: ["tls.connect to 'db.example.com' (when pinned is falsy) sends no SNI: a shared server may send the wrong certificate."],
      fixes: [{ title: "Add servername: 'db.example.com'", output: `${TLS}tls.connect(pinned ? { host: 'db.example.com', servername: 'db.example.com' } : { host: 'db.example.com', port: 5433, servername: 'db.example.com' });` }],
    },
    {
      name: 'ioredis with tls: true becomes a tls object',
      code: "import Redis from 'ioredis';\n⟦new Redis⟧({ host: 'cache.example.com', tls: true });",
      fixes: [{ title: "Add servername: 'cache.example.com'", output: "import Redis from 'ioredis';\nnew Redis({ host: 'cache.example.com', tls: { servername: 'cache.example.com' } });" }],
    },
    {
      name: 'ioredis with a positional host and a tls object',
      code: "import Redis from 'ioredis';\n⟦new Redis⟧(6380, 'cache.example.com', { tls: {} });",
      messageIncludes: ["ioredis to 'cache.example.com' sends no SNI: a shared server may send the wrong certificate."],
      fixes: [{ title: "Add servername: 'cache.example.com'", output: "import Redis from 'ioredis';\nnew Redis(6380, 'cache.example.com', { tls: { servername: 'cache.example.com' } });" }],
    },
    {
      name: 'ioredis with a rediss:// URL only: an options argument is added',
      code: "import Redis from 'ioredis';\nconst cache = ⟦new Redis⟧('rediss://default:secret@cache.example.com:6380/0');",
      messageIncludes: ["ioredis to 'cache.example.com' sends no SNI: a shared server may send the wrong certificate."],
      fixes: [{ title: "Add servername: 'cache.example.com'", output: "import Redis from 'ioredis';\nconst cache = new Redis('rediss://default:secret@cache.example.com:6380/0', { tls: { servername: 'cache.example.com' } });" }],
    },
    {
      name: 'ioredis with a rediss:// URL whose password is added with +: scheme and host are written',
      code: "import Redis from 'ioredis';\nexport const rate = ⟦new Redis⟧('rediss://default:' + process.env.RATE_PW + '@rate.example.com:6380');",
      messageIncludes: ["ioredis to 'rate.example.com' sends no SNI"],
      fixes: [{ title: "Add servername: 'rate.example.com'", output: "import Redis from 'ioredis';\nexport const rate = new Redis('rediss://default:' + process.env.RATE_PW + '@rate.example.com:6380', { tls: { servername: 'rate.example.com' } });" }],
    },
    {
      name: "node-redis with a url whose password is added with +",
      code: "import { createClient } from 'redis';\nexport const cache = ⟦createClient⟧({ url: 'rediss://default:' + process.env.REDIS_PW + '@cache.example.com:6380' });",
      messageIncludes: ["redis to 'cache.example.com' sends no SNI"],
      fixes: [{ title: "Add servername: 'cache.example.com'", output: "import { createClient } from 'redis';\nexport const cache = createClient({ url: 'rediss://default:' + process.env.REDIS_PW + '@cache.example.com:6380', socket: { servername: 'cache.example.com' } });" }],
    },
    {
      name: 'node-redis with a url a constant holds, its password from the environment or empty',
      code: "import { createClient } from 'redis';\nconst RL = 'rediss://default:' + (process.env.RL_PW ?? '') + '@rl.example.com:6379';\nexport const rl = ⟦createClient⟧({ url: RL });",
      messageIncludes: ["redis to 'rl.example.com' sends no SNI"],
      fixes: [{ title: "Add servername: 'rl.example.com'", output: "import { createClient } from 'redis';\nconst RL = 'rediss://default:' + (process.env.RL_PW ?? '') + '@rl.example.com:6379';\nexport const rl = createClient({ url: RL, socket: { servername: 'rl.example.com' } });" }],
    },
    {
      name: 'ioredis with a rediss:// URL whose password is a template hole',
      code: "import Redis from 'ioredis';\nexport const jobs = ⟦new Redis⟧(`rediss://:${process.env.PW}@jobs.example.com/2`);",
      messageIncludes: ["ioredis to 'jobs.example.com' sends no SNI"],
      fixes: [{ title: "Add servername: 'jobs.example.com'", output: "import Redis from 'ioredis';\nexport const jobs = new Redis(`rediss://:${process.env.PW}@jobs.example.com/2`, { tls: { servername: 'jobs.example.com' } });" }],
    },
    {
      name: 'ioredis with a rediss:// URL and options: tls goes into them; the URL host wins over a host option',
      filename: 'cache.js',
      code: "const Redis = require('ioredis');\n⟦new Redis⟧('rediss://cache.example.com:6380', {\n  host: 'ignored.example.com',\n  password: process.env.REDIS_PASSWORD,\n});",
      fixes: [{ title: "Add servername: 'cache.example.com'", output: "const Redis = require('ioredis');\nnew Redis('rediss://cache.example.com:6380', {\n  host: 'ignored.example.com',\n  password: process.env.REDIS_PASSWORD,\n  tls: { servername: 'cache.example.com' },\n});" }],
    },
    {
      name: 'ioredis with a redis:// URL and a tls object',
      code: "import Redis from 'ioredis';\n⟦new Redis⟧('redis://cache.example.com:6380', { tls: { ca } });",
      fixes: [{ title: "Add servername: 'cache.example.com'", output: "import Redis from 'ioredis';\nnew Redis('redis://cache.example.com:6380', { tls: { ca, servername: 'cache.example.com' } });" }],
    },
    {
      name: 'node-redis with a rediss:// URL: servername goes into a new socket object',
      code: "import { createClient } from 'redis';\nconst client = ⟦createClient⟧({ url: 'rediss://cache.example.com' });",
      messageIncludes: ["redis to 'cache.example.com' sends no SNI: a shared server may send the wrong certificate."],
      fixes: [{ title: "Add servername: 'cache.example.com'", output: "import { createClient } from 'redis';\nconst client = createClient({ url: 'rediss://cache.example.com', socket: { servername: 'cache.example.com' } });" }],
    },
    {
      name: 'node-redis with a rediss:// URL and socket options',
      code: "import { createClient } from '@redis/client';\n⟦createClient⟧({\n  url: 'rediss://cache.example.com:6380',\n  socket: { connectTimeout: 5000 },\n});",
      fixes: [{ title: "Add servername: 'cache.example.com'", output: "import { createClient } from '@redis/client';\ncreateClient({\n  url: 'rediss://cache.example.com:6380',\n  socket: { connectTimeout: 5000, servername: 'cache.example.com' },\n});" }],
    },
    {
      name: 'a URL that is TLS only under a condition says when',
      code: "import ldap from 'ldapjs';\nimport Redis from 'ioredis';\n⟦ldap.createClient⟧({ url: secure ? 'ldaps://ldap.example.com' : 'ldap://ldap.example.com' });\n⟦new Redis⟧(secure ? 'rediss://cache.example.com' : 'redis://cache.example.com');",
      messageIncludes: ["ldapjs to 'ldap.example.com' (when secure is truthy) sends no SNI: a shared server may send the wrong certificate.", "ioredis to 'cache.example.com' (when secure is truthy) sends no SNI: a shared server may send the wrong certificate."],
    },
    {
      name: 'options split by a write under an if, both without servername: one finding, no condition',
      code: `${TLS}const o = { host: 'db.example.com', minVersion: 'TLSv1' };\nif (modern) o.minVersion = 'TLSv1.2';\n⟦tls.connect⟧(o);`,
      messageIncludes: ["tls.connect to 'db.example.com' sends no SNI: a shared server may send the wrong certificate."],
      fixes: [{ title: "Add servername: 'db.example.com'", output: `${TLS}const o = { host: 'db.example.com', minVersion: 'TLSv1', servername: 'db.example.com' };\nif (modern) o.minVersion = 'TLSv1.2';\ntls.connect(o);` }],
    },
    {
      name: 'both conditional options objects without servername: fixed in both',
      code: `${TLS}⟦tls.connect⟧(fast ? { host: 'db.example.com', port: 5433 } : { host: 'db.example.com' });`,
      messageIncludes: ["tls.connect to 'db.example.com' sends no SNI: a shared server may send the wrong certificate."],
      fixes: [{ title: "Add servername: 'db.example.com'", output: `${TLS}tls.connect(fast ? { host: 'db.example.com', port: 5433, servername: 'db.example.com' } : { host: 'db.example.com', servername: 'db.example.com' });` }],
    },
    {
      name: 'two calls, two findings',
      code: `${TLS}⟦tls.connect⟧({ host: 'a.example.com' });\n⟦tls.connect⟧({ host: 'b.example.com' });`,
      messageIds: ['missing', 'missing'],
    },
    {
      name: 'ldapjs with a list of servers: none gets SNI, and one servername fits them all only when they share a name',
      code: "import ldap from 'ldapjs';\n⟦ldap.createClient⟧({ url: ['ldaps://dc1.corp.example.com', 'ldaps://dc2.corp.example.com'] });\n⟦ldap.createClient⟧({ url: ['ldaps://ldap.example.com:636', 'ldaps://10.0.0.9'] });\n",
      messageIds: ['missingMany', 'missing'],
      messageIncludes: ["ldapjs to 'dc1.corp.example.com' and 1 more sends no SNI to any of them: shared servers may send wrong certificates.", "ldapjs to 'ldap.example.com' sends no SNI: a shared server may send the wrong certificate."],
      fixes: [{ finding: 1, title: "Add servername: 'ldap.example.com'", output: "import ldap from 'ldapjs';\nldap.createClient({ url: ['ldaps://dc1.corp.example.com', 'ldaps://dc2.corp.example.com'] });\nldap.createClient({ url: ['ldaps://ldap.example.com:636', 'ldaps://10.0.0.9'], tlsOptions: { servername: 'ldap.example.com' } });\n" }],
    },
  ],
});
