// no-plaintext-downgrade in the libraries added from TLS-FACTS 7.2 (SQL Server, FTP, pg URLs,
// Electron), nodemailer on a submission port, and local servers.
import { noPlaintextDowngrade } from '../../rules/no-plaintext-downgrade/index.js';
import { runRuleTests } from './rule-tester.js';

const MAIL = "import nodemailer from 'nodemailer';\n";
const AUTH = 'auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS }';
const SQL = "import sql from 'mssql';\n";
const FTP = "import { Client } from 'basic-ftp';\nconst client = new Client();\n";

runRuleTests(noPlaintextDowngrade, {
  valid: [
    { name: 'a local mail catcher without credentials', code: `${MAIL}nodemailer.createTransport({ host: 'localhost', port: 1025, ignoreTLS: true });\nnodemailer.createTransport({ host: '127.0.0.1', port: 1025, secure: false, opportunisticTLS: true });\n` },
    { name: 'submission without secure but with requireTLS, a known service, or no credentials', code: `${MAIL}nodemailer.createTransport({ host: 'smtp.example.com', port: 587, requireTLS: true, ${AUTH} });\nnodemailer.createTransport({ service: 'gmail', ${AUTH} });\nnodemailer.createTransport({ host: 'smtp.example.com', port: 587 });\nnodemailer.createTransport({ host: 'smtp.example.com', port: 465, ${AUTH} });\nnodemailer.createTransport({ ...base, ${AUTH} });\n` },
    { name: "a helper or a base class's constructor given requireTLS, a local catcher without credentials, or a known service", code: `${MAIL}class BaseMailer {\n  constructor(options) {\n    this.transport = nodemailer.createTransport({ port: 587, ...options });\n  }\n}\nclass Postmark extends BaseMailer {\n  constructor() {\n    super({ host: 'smtp.postmarkapp.com', requireTLS: true, ${AUTH} });\n  }\n}\nclass Mailpit extends BaseMailer {\n  constructor() {\n    super({ host: 'localhost', port: 1025, ignoreTLS: true });\n  }\n}\nconst make = (options) => nodemailer.createTransport({ port: 587, ...options });\nmake({ service: 'gmail', ${AUTH} });\nmake({ host: 'smtp.example.com', port: 465, secure: true, ${AUTH} });\n` },
    { name: 'SQL Server encrypted', code: `${SQL}await sql.connect({ server: 'db.example.com', options: { encrypt: true } });\nawait sql.connect({ server: 'db.example.com', options: { encrypt: 'strict' } });\n` },
    { name: 'FTP over TLS, anonymous, or with an unknown secure', code: `${FTP}await client.access({ host: 'ftp.example.com', user: 'deploy', password, secure: true });\nawait client.access({ host: 'ftp.example.com', secure: false });\nawait client.access({ host: 'ftp.example.com', user: 'anonymous', secure: false });\nawait client.access({ host, user, password, secure: useTls });\n` },
    { name: 'a table entry that a ?: on the entry leaves without a password (anonymous FTP)', code: `${FTP}const T = { mirror: { host: 'ftp.mirror.example', user: 'anonymous', secure: false }, main: { host: 'ftp.example.com', user: 'acme', secure: true } };\nconst t = T[name];\nawait client.access({ ...t, password: t.user === 'anonymous' ? undefined : process.env.FTP_PASSWORD });\n` },
    { name: 'sslmode=disable to this machine or to a host the code does not show', code: "const a = 'postgres://app:secret@localhost:5432/app?sslmode=disable';\nconst b = `postgres://app:secret@${host}/app?sslmode=disable`;\nconst c = 'postgres://app@db:5432/app?sslmode=disable';\n" },
    { name: 'Electron webPreferences that keep http out', code: "new BrowserWindow({ webPreferences: { allowRunningInsecureContent: false, contextIsolation: true } });\n" },
  ],
  invalid: [
    {
      name: 'nodemailer on a submission port with credentials, no secure and no requireTLS',
      code: `${MAIL}⟦nodemailer.createTransport⟧({ host: 'smtp.example.com', port: 587, ${AUTH} });\n⟦nodemailer.createTransport⟧({ host: 'smtp.example.com', ${AUTH} });\n`,
      messageIds: ['smtpImplicit', 'smtpImplicit'],
      severities: ['warning', 'warning'],
      messageIncludes: ['This SMTP transport sends the password after STARTTLS only if the server offers it.'],
      fixes: [{ title: 'Set requireTLS: true', output: `${MAIL}nodemailer.createTransport({ host: 'smtp.example.com', port: 587, requireTLS: true, ${AUTH} });\nnodemailer.createTransport({ host: 'smtp.example.com', ${AUTH} });\n` }],
    },
    {
      name: "nodemailer built by a helper or a base class's constructor from what a call or `super(…)` passes: reported at that call",
      code: [
        "import nodemailer from 'nodemailer';",
        'const DEFAULTS = { pool: true };',
        'export class BaseMailer {',
        '  constructor(options) {',
        '    this.options = { ...DEFAULTS, ...options };',
        '    this.transport = nodemailer.createTransport(this.options);',
        '  }',
        '}',
        'export class SesMailer extends BaseMailer {',
        '  constructor() {',
        `    ⟦super⟧({ host: 'email-smtp.eu-west-1.amazonaws.com', ${AUTH} });`,
        '  }',
        '}',
        'export class RelayMailer extends BaseMailer {',
        '  constructor() {',
        `    super({ host: 'relay.corp.example.com', port: 25, ⟦ignoreTLS: true⟧, ${AUTH} });`,
        '  }',
        '}',
        'function transportFor(options) {',
        '  return nodemailer.createTransport({ port: 587, ...options });',
        '}',
        `⟦transportFor⟧({ host: 'smtp.example.com', ${AUTH} });`,
        '',
      ].join('\n'),
      messageIds: ['smtpImplicit', 'ignoreTLS', 'smtpImplicit'],
    },
    {
      name: 'a local server with credentials is one level lower and says local',
      code: `${MAIL}nodemailer.createTransport({ host: 'localhost', port: 587, ⟦secure: false⟧, ${AUTH} });\n`,
      messageIds: ['local'],
      severities: ['info'],
      messageIncludes: ['secure: false sends the password and messages in cleartext, but only to the local server localhost.'],
    },
    {
      name: 'SQL Server in cleartext to a named local instance is lower and says local',
      code: `${SQL}await sql.connect({ server: 'localhost\\\\SQLEXPRESS', options: { ⟦encrypt: false⟧ } });\n`,
      messageIds: ['local'],
      severities: ['info'],
      messageIncludes: ['but only to the local server localhost.'],
    },
    {
      name: 'SQL Server encrypt: false to a remote or unknown host',
      code: `${SQL}import { Connection } from 'tedious';\nawait sql.connect({ server: 'db.example.com', user, password, options: { ⟦encrypt: false⟧ } });\nnew Connection({ server: process.env.DB_HOST, options: { ⟦encrypt: false⟧ } });\n`,
      messageIds: ['encryptOff', 'encryptOff'],
      messageIncludes: ['encrypt: false makes mssql send the password and every query in cleartext.', 'makes tedious send'],
      fixes: [{ title: 'Set encrypt: true', output: `${SQL}import { Connection } from 'tedious';\nawait sql.connect({ server: 'db.example.com', user, password, options: { encrypt: true } });\nnew Connection({ server: process.env.DB_HOST, options: { encrypt: false } });\n` }],
    },
    {
      name: 'FTP secure: false with a password',
      code: `${FTP}await client.access({ host: 'ftp.example.com', user: 'deploy', password: process.env.FTP_PASSWORD, ⟦secure: false⟧ });\nconst Ftp = require('ftp');\nconst c = new Ftp();\nc.connect({ host: 'files.example.com', user, password, ⟦secure: false⟧ });\n`,
      messageIds: ['ftpPlain', 'ftpPlain'],
      messageIncludes: ['secure: false makes basic-ftp send the FTP password and every file in cleartext.', 'makes ftp send'],
      fixes: [{ title: 'Set secure: true (explicit FTPS)', output: `${FTP}await client.access({ host: 'ftp.example.com', user: 'deploy', password: process.env.FTP_PASSWORD, secure: true });\nconst Ftp = require('ftp');\nconst c = new Ftp();\nc.connect({ host: 'files.example.com', user, password, secure: false });\n` }],
    },
    {
      name: 'pg sslmode=disable to a remote host',
      code: "const url = ⟦'postgres://app:secret@db.example.com:5432/app?sslmode=disable'⟧;\nconst rds = ⟦`postgresql://${user}:${pass}@10.0.3.7/app?sslmode=disable`⟧;\n",
      messageIds: ['uriPlain', 'uriPlain'],
      messageIncludes: ['sslmode=disable in the connection string makes pg send the password and every query in cleartext.'],
      fixes: [{ title: 'Use sslmode=verify-full in the connection string', output: "const url = 'postgres://app:secret@db.example.com:5432/app?sslmode=verify-full';\nconst rds = `postgresql://${user}:${pass}@10.0.3.7/app?sslmode=disable`;\n" }],
    },
    {
      name: 'Electron allowRunningInsecureContent',
      code: "import { BrowserWindow } from 'electron';\nnew BrowserWindow({ webPreferences: { contextIsolation: true, ⟦allowRunningInsecureContent: true⟧ } });\n",
      messageIds: ['insecureContent'],
      fixes: [{ title: 'Remove allowRunningInsecureContent', output: "import { BrowserWindow } from 'electron';\nnew BrowserWindow({ webPreferences: { contextIsolation: true } });\n" }],
    },
    {
      name: 'a SQL Server config exported for whoever connects with it',
      filename: 'db.config.js',
      code: "module.exports = { server: 'sql.example.com', user: 'app', password: process.env.DB_PASSWORD, options: { ⟦encrypt: false⟧ } };\nconst notSql = { server: 'x', options: { encrypt: false } };\nmodule.exports.other = notSql;\n",
      messageIds: ['encryptOff'],
      messageIncludes: ['encrypt: false makes mssql send the password and every query in cleartext.'],
    },
  ],
});
