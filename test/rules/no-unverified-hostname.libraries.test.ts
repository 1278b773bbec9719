// no-unverified-hostname in the libraries added from TLS-FACTS 7.2: mysql2 behind ORMs, Deno,
// node-libcurl, pg's libpq semantics.
import { noUnverifiedHostname } from '../../rules/no-unverified-hostname/index.js';
import { runRuleTests } from './rule-tester.js';

runRuleTests(noUnverifiedHostname, {
  valid: [
    { name: 'ORMs with verifyIdentity, another dialect, or a local server', code: "import { Sequelize } from 'sequelize';\nimport { DataSource } from 'typeorm';\nimport knex from 'knex';\nnew Sequelize(db, user, pass, { host: 'db.example.com', dialect: 'mysql', dialectOptions: { ssl: { ca, verifyIdentity: true } } });\nnew Sequelize(db, user, pass, { host: 'db.example.com', dialect: 'postgres', dialectOptions: { ssl: { ca } } });\nnew DataSource({ type: 'mysql', host: 'localhost', ssl: { ca } });\nknex({ client: 'mysql2', connection: { host: 'db.example.com', ssl: { ca, verifyIdentity: true } } });\nknex({ client: 'pg', connection: { host: 'db.example.com', ssl: { ca } } });\n" },
    { name: 'mysql2 behind Knex with rejectUnauthorized: false: no certificate check at all, reported by no-unverified-certificate alone', code: "import knex from 'knex';\nimport mysql from 'mysql2';\nknex({ client: 'mysql2', connection: { host: 'db.example.com', ssl: { ca, rejectUnauthorized: false } } });\nmysql.createConnection({ host: 'db.example.com', ssl: { rejectUnauthorized: false } });\n" },
    { name: 'Deno and libcurl checking host names', code: "await Deno.connectTls({ hostname: 'example.com', port: 443, unsafelyDisableHostnameVerification: false });\ncurl.setOpt('SSL_VERIFYHOST', 2);\n" },
    {
      name: 'a libcurl helper whose destructuring default checks host names: called without it, with 2, with a value from the environment, a later safe override',
      code: "const { Curl } = require('node-libcurl');\nfunction download(url, { verifyHost = 2 } = {}) {\n  const curl = new Curl();\n  curl.setOpt(Curl.option.SSL_VERIFYHOST, verifyHost);\n  curl.perform();\n}\ndownload('https://a');\ndownload('https://b', { verifyHost: 2 });\ndownload('https://c', { verifyHost: Number(process.env.VERIFY_HOST) });\nconst opts = { verifyHost: 0 };\nopts.verifyHost = 2;\ndownload('https://d', opts);\n",
    },
    {
      name: 'a helper whose caller passes 0 to a setting that is not a setter key, or reads it only',
      code: "const { Curl } = require('node-libcurl');\nfunction get(url, { verifyHost = 2, timeout = 10 } = {}) {\n  const curl = new Curl();\n  curl.setOpt(Curl.option.TIMEOUT, timeout);\n  if (verifyHost === 0) console.warn('SSL_VERIFYHOST off');\n  curl.setOpt(Curl.option.SSL_VERIFYHOST, 2);\n}\nget('https://a', { verifyHost: 0, timeout: 0 });\n",
    },
    { name: 'pg libpq verify-full, or verify-ca without uselibpqcompat (verify-full in pg 8)', code: "const a = 'postgres://db.example.com/app?uselibpqcompat=true&sslmode=verify-full';\nconst b = 'postgres://db.example.com/app?sslmode=verify-ca';\n" },
  ],
  invalid: [
    {
      name: 'the same ssl options given to two Sequelize connections: each call that connects',
      code: "import { Sequelize } from 'sequelize';\nconst ssl = { ca };\nconst config = { host: 'db.example.com', dialect: 'mysql', dialectOptions: { ssl } };\nexport const a = ⟦new Sequelize⟧('orders', user, pass, config);\nexport const b = ⟦new Sequelize⟧('audit', user, pass, config);\n",
      messageIds: ['mysqlOrm', 'mysqlOrm'],
    },
    {
      name: 'Sequelize mysql, TypeORM mysql (extra wins over ssl) and Knex mysql2 without verifyIdentity',
      code: [
        "import { Sequelize } from 'sequelize';",
        "import { DataSource } from 'typeorm';",
        "import { TypeOrmModule } from '@nestjs/typeorm';",
        "import knex from 'knex';",
        "⟦new Sequelize⟧(db, user, pass, { host: 'db.example.com', dialect: 'mysql', dialectOptions: { ssl: { ca } } });",
        "⟦new Sequelize⟧('mysql://u:p@db.example.com/app', { dialectOptions: { ssl: { ca: fs.readFileSync('ca.pem') } } });",
        "⟦new DataSource⟧({ type: 'mysql', host: 'db.example.com', ssl: { ca }, extra: { ssl: { ca, rejectUnauthorized: true } } });",
        "⟦TypeOrmModule.forRoot⟧({ type: 'mariadb', host, ssl: { ca } });",
        "knex({ client: 'mysql2', connection: { host: 'db.example.com', ssl: { ca, ⟦verifyIdentity: false⟧ } } });",
        '',
      ].join('\n'),
      messageIds: ['mysqlOrm', 'mysqlOrm', 'mysqlOrm', 'mysqlOrm', 'mysqlOrm'],
      messageIncludes: ['sequelize hands these ssl options to mysql2, which checks no host name without verifyIdentity: true.', 'sequelize hands', 'typeorm hands', 'typeorm hands', 'knex hands'],
      fixes: [{ title: 'Add verifyIdentity: true', output: [
        "import { Sequelize } from 'sequelize';",
        "import { DataSource } from 'typeorm';",
        "import { TypeOrmModule } from '@nestjs/typeorm';",
        "import knex from 'knex';",
        "new Sequelize(db, user, pass, { host: 'db.example.com', dialect: 'mysql', dialectOptions: { ssl: { ca, verifyIdentity: true } } });",
        "new Sequelize('mysql://u:p@db.example.com/app', { dialectOptions: { ssl: { ca: fs.readFileSync('ca.pem') } } });",
        "new DataSource({ type: 'mysql', host: 'db.example.com', ssl: { ca }, extra: { ssl: { ca, rejectUnauthorized: true } } });",
        "TypeOrmModule.forRoot({ type: 'mariadb', host, ssl: { ca } });",
        "knex({ client: 'mysql2', connection: { host: 'db.example.com', ssl: { ca, verifyIdentity: false } } });",
        '',
      ].join('\n') }],
    },
    {
      name: 'Deno unsafelyDisableHostnameVerification and libcurl SSL_VERIFYHOST 0',
      code: "import { Curl, curly } from 'node-libcurl';\nawait Deno.connectTls({ hostname: 'example.com', port: 443, ⟦unsafelyDisableHostnameVerification: true⟧ });\n⟦curl.setOpt(Curl.option.SSL_VERIFYHOST, 0)⟧;\nawait curly.get(url, { ⟦sslVerifyHost: false⟧ });\n",
      messageIds: ['flag', 'setter', 'flag'],
      messageIncludes: ['unsafelyDisableHostnameVerification: true skips the host name check (Deno), so a certificate for any domain passes.', 'node-libcurl SSL_VERIFYHOST = 0 skips the host name check, so a certificate for any domain passes.', 'sslVerifyHost: false skips the host name check (node-libcurl), so a certificate for any domain passes.'],
      fixes: [{ title: 'Remove unsafelyDisableHostnameVerification: true', output: "import { Curl, curly } from 'node-libcurl';\nawait Deno.connectTls({ hostname: 'example.com', port: 443 });\ncurl.setOpt(Curl.option.SSL_VERIFYHOST, 0);\nawait curly.get(url, { sslVerifyHost: false });\n" }],
    },
    {
      name: 'a libcurl helper with a safe destructuring default called with verifyHost: 0: at the argument that passes it, without the setter fix',
      code: "const { Curl } = require('node-libcurl');\nfunction download(url, { verifyHost = 2 } = {}) {\n  const curl = new Curl();\n  curl.setOpt(Curl.option.SSL_VERIFYHOST, verifyHost);\n  curl.perform();\n}\ndownload('https://a');\ndownload('https://feeds.example.com/daily.csv', { ⟦verifyHost: 0⟧ });\nconst lax = { ⟦verifyHost: 0⟧ };\ndownload('https://b', lax);\n",
      messageIds: ['setter', 'setter'],
      messageIncludes: ['node-libcurl SSL_VERIFYHOST = 0 skips the host name check', 'node-libcurl SSL_VERIFYHOST = 0 skips the host name check'],
    },
    {
      name: "a curly helper whose option falls back to 2 (`sslVerifyHost: opts.verifyHost ?? 2`) called with verifyHost: 0: at the argument that passes it; given 2 or nothing, quiet (blind26 16)",
      code: "import { curly } from 'node-libcurl';\nexport async function download(url, opts = {}) {\n  const { data } = await curly.get(url, { sslVerifyHost: opts.verifyHost ?? 2, followLocation: true });\n  return data;\n}\ndownload('https://a.example/x.tgz');\ndownload('https://b.example/x.tgz', { verifyHost: 2 });\ndownload('https://c.example/x.tgz', { ⟦verifyHost: 0⟧, caInfo: process.env.CA });\n",
      messageIds: ['flag'],
      messageIncludes: ['sslVerifyHost: 0 skips the host name check (node-libcurl)'],
    },
    {
      name: 'pg libpq semantics: verify-ca, and require with a root certificate, check no host name',
      code: "const a = ⟦'postgres://db.example.com/app?uselibpqcompat=true&sslmode=verify-ca&sslrootcert=/ca.pem'⟧;\nconst b = ⟦'postgres://db.example.com/app?sslrootcert=/ca.pem&sslmode=require&uselibpqcompat=true'⟧;\n",
      messageIds: ['uri', 'uri'],
      messageIncludes: ['sslmode=verify-ca in the connection string skips the host name check (pg with uselibpqcompat=true), so a certificate for any domain passes.', 'sslmode=require'],
      fixes: [{ title: 'Use sslmode=verify-full in the connection string', output: "const a = 'postgres://db.example.com/app?uselibpqcompat=true&sslmode=verify-full&sslrootcert=/ca.pem';\nconst b = 'postgres://db.example.com/app?sslrootcert=/ca.pem&sslmode=require&uselibpqcompat=true';\n" }],
    },
    {
      name: 'ORM configuration files: knexfile, Sequelize config, ormconfig',
      filename: 'config.js',
      code: "module.exports = {\n  knex: { client: 'mysql2', connection: { host: process.env.DB_HOST, ⟦ssl: { ca }⟧ } },\n  sequelize: { production: { dialect: 'mysql', host: 'db.example.com', dialectOptions: { ⟦ssl: { ca }⟧ } } },\n  typeorm: { type: 'mariadb', host: 'db.example.com', ⟦ssl: { ca }⟧ },\n  chart: { type: 'mysql', label: 'MySQL' },\n  local: { client: 'mysql2', connection: { host: 'localhost', ssl: { ca } } },\n};\n",
      messageIds: ['mysqlOrm', 'mysqlOrm', 'mysqlOrm'],
      messageIncludes: ['knex hands these ssl options to mysql2', 'sequelize hands', 'typeorm hands'],
    },
  ],
});
