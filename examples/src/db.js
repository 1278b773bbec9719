// Connections to the stores. Managed services use certificates from a private CA.
const { MongoClient } = require('mongodb');
const { Pool } = require('pg');
const mysql = require('mysql2/promise');
const Redis = require('ioredis');

const mongo = new MongoClient(process.env.MONGO_URL, {
  tls: true,
  tlsAllowInvalidCertificates: true,
});

const pg = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { rejectUnauthorized: false },
});

const reports = mysql.createPool({
  host: 'reports.db.example',
  user: 'reporting',
  database: 'reports',
  ssl: { ca: process.env.MYSQL_CA },
});

const cache = new Redis({
  host: 'cache.redis.example',
  port: 6380,
  tls: { ca: process.env.REDIS_CA },
});

module.exports = { mongo, pg, reports, cache };
