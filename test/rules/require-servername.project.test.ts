// require-servername for a connection URL a constant of another file holds, built with `+` or a
// template whose only unknown part is the credentials (`'rediss://default:' + (process.env.PW ?? '')
// + '@host:6379'`): the scheme and the host are what that file says; and each entry of a table of
// another file whose URL and TLS options a client reads together. Traps: the host unknown, a
// plain redis:// URL, entries that name their servername or speak plain ldap://. A CommonJS table
// completed by top-level `module.exports.key = …` writes holds just those entries (a spread of one
// is known whole); one a function may still add to is open.
import { requireServername } from '../../rules/require-servername/index.js';
import { runProjectTests } from './project-tester.js';

const ENDPOINTS =
  "export const RATE_LIMIT_URL = 'rediss://default:' + (process.env.RL_PASSWORD ?? '') + '@ratelimit.example.com:6379';\nexport const JOBS_URL = `rediss://:${process.env.JOBS_PW}@${process.env.JOBS_HOST}:6379`;\nexport const PLAIN_URL = 'redis://:' + process.env.PW + '@cache.example.com:6379';\n";
const clients = (name: string, call = 'createClient') => `import { createClient } from 'redis';\nimport { ${name} } from './endpoints';\nexport const client = ${call}({ url: ${name} });\n`;

/** A CommonJS table of directories, and a client that reads one entry's URL and TLS options. */
const servers = (entries: string) => `module.exports = {\n${entries}};\n`;
/** A CommonJS table of TLS profiles with an entry added after it, and a probe spreading one of them into tls.connect. */
const PROFILES = "module.exports = {\n  modern: { minVersion: 'TLSv1.2' },\n  strict: { minVersion: 'TLSv1.3' },\n};\nexports.stale = { servername: 'never.example' };\nmodule.exports.appliance = { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' };\n";
const PROBE = "const tls = require('tls');\nconst profiles = require('./profiles');\nmodule.exports = function probe(host, profile = process.env.PROFILE || 'modern') {\n  return tls.connect({ ...profiles[profile], host, port: 443 });\n};\n";
const DIRECTORY_CLIENT = "const ldap = require('ldapjs');\nconst servers = require('./servers');\nfunction connect(office) {\n  const cfg = servers[office];\n  return ldap.createClient({ url: cfg.url, tlsOptions: cfg.tlsOptions, timeout: 5000 });\n}\nmodule.exports = { connect };\n";

runProjectTests(requireServername, {
  valid: [
    {
      name: 'a spread of a CommonJS table a function of its file may still add to',
      files: { 'profiles.js': PROFILES.replace("exports.stale = { servername: 'never.example' };\n", 'function register(name, p) {\n  module.exports[name] = p;\n}\nmodule.exports.register = register;\n'), 'probe.js': PROBE },
    },
    { name: 'a URL of another file whose host is not known', files: { 'endpoints.ts': ENDPOINTS, 'clients.ts': clients('JOBS_URL') } },
    { name: 'a plain redis:// URL of another file', files: { 'endpoints.ts': ENDPOINTS, 'clients.ts': clients('PLAIN_URL') } },
    {
      name: "a table of directories whose ldaps:// entries name their servername, the others plain ldap://: each entry's URL with its own TLS options",
      files: { 'servers.js': servers("  corp: { url: 'ldaps://dc1.corp.example:636', tlsOptions: { ca: [process.env.CA], servername: 'dc1.corp.example' } },\n  lab: { url: 'ldap://10.9.0.4:389', tlsOptions: { rejectUnauthorized: false } },\n"), 'client.js': DIRECTORY_CLIENT },
    },
  ],
  invalid: [
    {
      name: 'a spread of an entry of a CommonJS table completed by a top-level `module.exports.appliance =` (blind29 02): no entry names servername (the write to the replaced `exports` adds none)',
      files: { 'profiles.js': PROFILES, 'probe.js': PROBE.replace('tls.connect', '⟦tls.connect⟧') },
      messageIncludes: ['tls.connect to host sends no SNI'],
    },
    {
      name: "a table entry listing two ldaps:// servers without servername, its URL and TLS options read together (blind22 04, blind24 17): at the call, under the entry's key, the entry's URL related",
      files: {
        'servers.js': servers("  corp: { url: 'ldaps://dc1.corp.example:636', tlsOptions: { ca: [process.env.CA], servername: 'dc1.corp.example' } },\n  berlin: { url: ['ldaps://dc1.ber.example:636', 'ldaps://dc2.ber.example:636'], tlsOptions: { ca: [process.env.CA] } },\n  lab: { url: 'ldap://10.9.0.4:389', tlsOptions: { rejectUnauthorized: false } },\n"),
        'client.js': DIRECTORY_CLIENT.replace('ldap.createClient', '⟦ldap.createClient⟧'),
      },
      messageIncludes: ["ldapjs to 'dc1.ber.example' and 1 more (when office is 'berlin') sends no SNI to any of them"],
      related: [["the table entry's URL at servers.js:3"]],
    },
    {
      name: 'a table entry with one ldaps:// URL and TLS options without servername: the host named, under the entry\'s key',
      files: { 'servers.js': servers("  paris: { url: 'ldaps://dc1.par.example:636', tlsOptions: { ca: [process.env.CA] } },\n  lab: { url: 'ldap://10.9.0.4:389' },\n"), 'client.js': DIRECTORY_CLIENT.replace('ldap.createClient', '⟦ldap.createClient⟧') },
      messageIncludes: ["ldapjs to 'dc1.par.example' (when office is 'paris') sends no SNI"],
      related: [["the table entry's URL at servers.js:2"]],
    },
    {
      name: 'a rediss:// URL of another file whose password only is unknown: at the call',
      files: { 'endpoints.ts': ENDPOINTS, 'clients.ts': clients('RATE_LIMIT_URL', '⟦createClient⟧') },
      messageIncludes: ["redis to 'ratelimit.example.com' sends no SNI"],
      fixes: [{ title: "Add servername: 'ratelimit.example.com'", file: 'clients.ts', output: "import { createClient } from 'redis';\nimport { RATE_LIMIT_URL } from './endpoints';\nexport const client = createClient({ url: RATE_LIMIT_URL, socket: { servername: 'ratelimit.example.com' } });\n" }],
    },
  ],
});
