// ORMs and query builders that hand their connection options to a driver (TLS-FACTS 7.2):
// Node TLS options sit where the driver reads them, and mysql2's `ssl` checks no host name
// without verifyIdentity. Prisma parses its URL itself (quaint).
import type { Sink } from './sink-types.js';

const MYSQL = ['mysql'];

export const ORM_SINKS: readonly Sink[] = [
  // new Sequelize(db, user, password, options) / new Sequelize(uri, options) / new Sequelize(options):
  // dialectOptions go to the driver as they are (mysql2's createConnection, pg's Client).
  {
    id: 'sequelize', modules: ['sequelize', '@sequelize/core'], paths: [['()'], ['Sequelize', '()']], role: 'client', options: 'first-object', tlsPaths: [['dialectOptions', 'ssl']], sni: 'auto', tlsEnabledBy: ['dialectOptions', 'ssl'],
    mysqlSsl: { paths: [['dialectOptions', 'ssl']], dialect: { path: ['dialect'], values: MYSQL, urlSchemes: ['mysql:'] } },
    // Sequelize 6 takes the dialect from a URL's scheme over the option (lib/sequelize.js); of its
    // dialects only these drivers (pg, mysql2, mariadb, tedious) read Node TLS options: sqlite has
    // no network, and db2, oracle and snowflake take their TLS settings in other forms.
    tlsDialects: { path: ['dialect'], url: { arg: 0, maxArgs: 2 }, tls: ['postgres', 'postgresql', 'mysql', 'mariadb', 'mssql'] },
  },
  // TypeORM's mysql driver: { ssl: options.ssl, ...options.extra } into mysql2's createPool (MysqlDriver.createConnectionOptions).
  {
    id: 'typeorm', modules: ['typeorm'], paths: [['DataSource', '()'], ['createConnection']], role: 'client', options: 0, tlsPaths: [['ssl'], ['extra', 'ssl']], sni: 'auto', tlsEnabledBy: ['ssl'],
    mysqlSsl: { paths: [['extra', 'ssl'], ['ssl']], dialect: { path: ['type'], values: ['mysql', 'mariadb'], urlSchemes: ['mysql:', 'mariadb:'] } },
  },
  {
    id: 'typeorm', modules: ['@nestjs/typeorm'], paths: [['TypeOrmModule', 'forRoot']], role: 'client', options: 0, tlsPaths: [['ssl'], ['extra', 'ssl']], sni: 'auto', tlsEnabledBy: ['ssl'],
    mysqlSsl: { paths: [['extra', 'ssl'], ['ssl']], dialect: { path: ['type'], values: ['mysql', 'mariadb'], urlSchemes: ['mysql:', 'mariadb:'] } },
  },
  // knex({ client: 'mysql2', connection: { host, ssl } }): the connection goes to the driver.
  {
    id: 'knex', modules: ['knex'], paths: [[], ['knex']], role: 'client', options: 0, tlsPaths: [['connection', 'ssl']], sni: 'auto', tlsEnabledBy: ['connection', 'ssl'],
    mysqlSsl: { paths: [['connection', 'ssl']], dialect: { path: ['client'], values: ['mysql2'], urlSchemes: [] } },
    // Knex's network clients (its docs' list); `client: 'better-sqlite3'` or 'sqlite3' opens a file.
    tlsDialects: { path: ['client'], tls: ['pg', 'pg-native', 'postgres', 'postgresql', 'pgnative', 'cockroachdb', 'redshift', 'mysql', 'mysql2', 'mariadb', 'mssql', 'tedious', 'oracledb', 'oracle'] },
  },
  // new PrismaClient({ datasourceUrl }) / ({ datasources: { db: { url } } }): the URL's sslmode/sslaccept decide.
  { id: 'prisma', modules: ['@prisma/client'], paths: [['PrismaClient', '()']], role: 'client', options: 0, tlsPaths: [], sni: 'auto' },
];
