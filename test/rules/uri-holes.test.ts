// Connection strings whose insecure parameter value fills a hole of a template or `+` chain
// (rules/js/uri-holes.ts): `?sslmode=${sslmode}` in a helper of another file called with an entry
// of a table, each entry's value judged with the host that entry gives, the finding where the
// value is written. Traps: `disable` to this machine or a single-label service name, `verify-full`,
// a hole whose value is not known.
import { noPlaintextDowngrade } from '../../rules/no-plaintext-downgrade/index.js';
import { noUnverifiedCertificate } from '../../rules/no-unverified-certificate/index.js';
import { runProjectTests } from './project-tester.js';

const TARGETS = (staging: string) =>
  `const TARGETS = {\n  local: { host: 'localhost', db: 'app', sslmode: 'disable' },\n  ci: { host: 'postgres', db: 'app', sslmode: 'disable' },\n  ${staging},\n  prod: { host: 'pg.example', db: 'app', sslmode: 'verify-full' },\n};\nmodule.exports = { TARGETS };\n`;
const URL =
  "function buildUrl({ host, db, sslmode }, user, password) {\n  const auth = `${encodeURIComponent(user)}:${encodeURIComponent(password)}`;\n  return `postgres://${auth}@${host}:5432/${db}?sslmode=${sslmode}&application_name=migrator`;\n}\nmodule.exports = { buildUrl };\n";
const CONNECT =
  "const { Client } = require('pg');\nconst { TARGETS } = require('./targets');\nconst { buildUrl } = require('./url');\nfunction connect(envName, user, password) {\n  return new Client({ connectionString: buildUrl(TARGETS[envName], user, password) });\n}\nmodule.exports = { connect };\n";

runProjectTests(noUnverifiedCertificate, {
  valid: [
    { name: 'entries that verify, or that the table does not give a known mode', files: { 'targets.js': TARGETS("staging: { host: 'pg-staging.example', db: 'app', sslmode: process.env.STAGING_SSLMODE }"), 'url.js': URL, 'connect.js': CONNECT } },
  ],
  invalid: [
    {
      name: "a pool helper called with each table key: the entry's sslmode filling the template, beside an unknown password (blind24 15)",
      files: {
        'pg.ts': "import { Pool } from 'pg';\nconst REPORT_TARGETS = {\n  finance: { host: 'fin-reports.example.com', sslmode: 'verify-full' },\n  marketing: { host: 'mkt-reports.example.com', sslmode: ⟦'no-verify'⟧ },\n  local: { host: 'localhost', sslmode: 'disable' },\n};\nfunction poolFor(name: keyof typeof REPORT_TARGETS) {\n  const t = REPORT_TARGETS[name];\n  return new Pool({ connectionString: `postgres://reports:${process.env.REPORTS_PW}@${t.host}:5432/reports?sslmode=${t.sslmode}` });\n}\nexport const finance = poolFor('finance');\nexport const marketing = poolFor('marketing');\n",
      },
      messageIncludes: ['sslmode=no-verify in the connection string makes pg accept any certificate'],
    },
    {
      name: "a Prisma URL whose query a hole fills from a table of another file: each entry's own query, where it is written, with the key",
      files: {
        'regions.ts': "export const REGIONS: Record<string, { host: string; params: string }> = {\n  eu: { host: 'db-eu.example.com', params: 'sslmode=require&sslaccept=strict' },\n  us: { host: 'db-us.example.com', params: ⟦'sslmode=require&connection_limit=20'⟧ },\n  ap: { host: 'db-ap.example.com', params: ⟦'sslmode=require&sslaccept=accept_invalid_certs'⟧ },\n};\n",
        'prisma.ts': "import { PrismaClient } from '@prisma/client';\nimport { REGIONS } from './regions';\nfunction urlFor(region: string, password: string): string {\n  const db = REGIONS[region];\n  return `postgresql://billing:${encodeURIComponent(password)}@${db.host}:5432/billing?${db.params}`;\n}\nexport const prismaFor = (region: string, pw: string) => new PrismaClient({ datasources: { db: { url: urlFor(region, pw) } } });\n",
      },
      messageIds: ['prismaDefault', 'uri'],
      messageIncludes: ["Prisma accepts any certificate for this sslmode=require URL (when region is 'us'): its sslaccept default verifies nothing.", 'sslaccept=accept_invalid_certs in the connection string makes Prisma accept any certificate'],
      related: [['used by prisma at prisma.ts:7'], ['used by prisma at prisma.ts:7']],
    },
    {
      name: "an entry's sslmode=no-verify filling a helper's template: where the entry writes it",
      files: { 'targets.js': TARGETS("staging: { host: 'pg-staging.example', db: 'app', sslmode: ⟦'no-verify'⟧ }"), 'url.js': URL, 'connect.js': CONNECT },
      messageIncludes: ['sslmode=no-verify in the connection string makes pg accept any certificate'],
      related: [['used by pg at connect.js:5']],
    },
  ],
});

runProjectTests(noPlaintextDowngrade, {
  valid: [
    { name: 'sslmode=disable to this machine or a single-label service, from a table', files: { 'targets.js': TARGETS("staging: { host: 'pg-staging.example', db: 'app', sslmode: 'require' }"), 'url.js': URL, 'connect.js': CONNECT } },
  ],
  invalid: [
    {
      name: 'sslmode=disable to a remote host of the same entry, built with +',
      files: {
        'targets.js': TARGETS("staging: { host: 'pg-staging.example', db: 'app', sslmode: ⟦'disable'⟧ }"),
        'url.js': "function buildUrl(t, user, password) {\n  return 'postgres://' + user + ':' + password + '@' + t.host + '/' + t.db + '?sslmode=' + t.sslmode;\n}\nmodule.exports = { buildUrl };\n",
        'connect.js': CONNECT,
      },
      messageIncludes: ['sslmode=disable in the connection string makes pg send the password and every query in cleartext.'],
      related: [['used by pg at connect.js:5']],
    },
  ],
});
