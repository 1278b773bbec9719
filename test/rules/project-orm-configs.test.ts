// An ORM's configuration file another file hands to the ORM by entry (`knex(knexfile[env])`): each
// entry is judged as what it connects to (a `client: 'better-sqlite3'` entry opens a file, no TLS,
// whatever its `ssl` says). blind19 09.
import { noUnverifiedCertificate } from '../../rules/no-unverified-certificate/index.js';
import { noUnverifiedHostname } from '../../rules/no-unverified-hostname/index.js';
import { runProjectTests } from './project-tester.js';

const MIGRATE = "const knexfile = require('./knexfile');\nconst env = process.argv[2] || 'staging';\nconst knex = require('knex')(knexfile[env]);\nmodule.exports = knex;\n";

runProjectTests(noUnverifiedCertificate, {
  valid: [
    {
      name: "a knexfile's sqlite entries (better-sqlite3, sqlite3) with ssl options: a file, no TLS",
      files: {
        'knexfile.js': "module.exports = {\n  test: { client: 'better-sqlite3', connection: { filename: './tmp/test.sqlite3', ssl: { rejectUnauthorized: false } } },\n  dev: { client: 'sqlite3', connection: { filename: './dev.sqlite3', ssl: { rejectUnauthorized: false } } },\n  production: { client: 'pg', connection: { host: 'db.example.com', ssl: { rejectUnauthorized: true } } },\n};\n",
        'migrate.js': MIGRATE,
      },
    },
  ],
  invalid: [
    {
      name: "the knexfile's network entries still count beside a sqlite one, each with its key",
      files: {
        'knexfile.js': "module.exports = {\n  test: { client: 'better-sqlite3', connection: { filename: './tmp/test.sqlite3', ssl: { rejectUnauthorized: false } } },\n  staging: { client: 'pg', connection: { host: 'pg.staging.example.com', ssl: { ⟦rejectUnauthorized: false⟧ } } },\n  legacy: { client: MyClient, connection: { host: 'old.example.com', ssl: { ⟦rejectUnauthorized: false⟧ } } },\n};\n",
        'migrate.js': MIGRATE,
      },
      messageIncludes: ["when env is 'staging'", "when env is 'legacy'"],
    },
  ],
});

runProjectTests(noUnverifiedHostname, {
  valid: [],
  invalid: [
    {
      // The page: a missing verifyIdentity sits on the call that connects; an ORM configuration
      // file no call of its own uses, on its ssl options (the knexfile is also linted alone).
      name: "a knexfile's mysql2 entry without verifyIdentity, used by knex(knexfile[env]) in another file: at the call, and in the knexfile at the entry's ssl options; its sqlite entry not at all",
      files: {
        'knexfile.js': "module.exports = {\n  test: { client: 'better-sqlite3', connection: { filename: './t.sqlite3', ssl: {} } },\n  reporting: {\n    client: 'mysql2',\n    connection: { host: 'reports.db.example.com', ⟦ssl: { ca }⟧ },\n  },\n};\n",
        'migrate.js': "const knexfile = require('./knexfile');\nconst env = process.argv[2] || 'staging';\nconst knex = ⟦require('knex')⟧(knexfile[env]);\nmodule.exports = knex;\n",
      },
    },
  ],
});
