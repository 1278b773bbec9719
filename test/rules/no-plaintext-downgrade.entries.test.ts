// no-plaintext-downgrade on an entry of a table picked with a key the code does not say, whose
// credentials the code adds under a test of that key or of the entry (a helper's guard, a `?:`):
// each entry is judged with what its own key gets. Traps: a local mail catcher the helper gives
// no credentials, an anonymous FTP entry whose password a `?:` leaves out. Still reported: the
// entries that do get a password, and a local entry a guard on another key does not cover.
import { noPlaintextDowngrade } from '../../rules/no-plaintext-downgrade/index.js';
import { runProjectTests } from './project-tester.js';

const PROVIDERS = (local: string) =>
  `module.exports = {\n  PROVIDERS: {\n    sendgrid: { host: 'smtp.sendgrid.net', port: 465, secure: true },\n    ${local}: { host: 'localhost', port: 1025, ignoreTLS: true },\n  },\n};\n`;
const TRANSPORT =
  "const nodemailer = require('nodemailer');\nconst { PROVIDERS } = require('./providers');\nfunction credentialsFor(key) {\n  if (key === 'mailhog') return undefined;\n  return { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS };\n}\nfunction createMailer(key) {\n  return nodemailer.createTransport({ ...PROVIDERS[key], auth: credentialsFor(key) });\n}\nmodule.exports = { createMailer };\n";
const TARGETS = (mirror: string) =>
  `const EXPORT_TARGETS = {\n  payroll: { host: 'ftp.payroll.example', user: 'acme', secure: true },\n  ${mirror},\n};\nmodule.exports = { EXPORT_TARGETS };\n`;
const UPLOAD =
  "const { Client } = require('basic-ftp');\nconst { EXPORT_TARGETS } = require('./targets');\nasync function upload(targetName) {\n  const target = EXPORT_TARGETS[targetName];\n  const client = new Client();\n  const password = target.user === 'anonymous' ? undefined : process.env.FTP_PASSWORD;\n  await client.access({ ...target, password });\n}\nmodule.exports = { upload };\n";

runProjectTests(noPlaintextDowngrade, {
  valid: [
    { name: 'a local mail catcher entry to which a helper gives no credentials', files: { 'providers.js': PROVIDERS('mailhog'), 'transport.js': TRANSPORT } },
    {
      name: 'the same with the credentials left out by a ?: on the key',
      files: { 'providers.js': PROVIDERS('mailhog'), 'transport.js': TRANSPORT.replace('auth: credentialsFor(key)', "auth: key === 'mailhog' ? undefined : { user: 'a', pass: process.env.P }") },
    },
    { name: 'an anonymous FTP entry whose password a ?: on the entry leaves out', files: { 'targets.js': TARGETS("mirror: { host: 'ftp.mirror.example', user: 'anonymous', secure: false }"), 'upload.js': UPLOAD } },
  ],
  invalid: [
    {
      name: "a base class of another file builds the transport from what a subclass's super(…) passes: at that super, or at the subclass's ignoreTLS",
      files: {
        'base-mailer.js': "import nodemailer from 'nodemailer';\nconst DEFAULTS = { port: 587, pool: true };\nexport class BaseMailer {\n  constructor(options) {\n    this.options = { ...DEFAULTS, ...options };\n    this.transport = nodemailer.createTransport(this.options);\n  }\n}\n",
        'providers.js': "import { BaseMailer } from './base-mailer.js';\nexport class SesMailer extends BaseMailer {\n  constructor() {\n    ⟦super⟧({ host: 'email-smtp.eu-west-1.amazonaws.com', auth: { user: process.env.U, pass: process.env.P } });\n  }\n}\nexport class RelayMailer extends BaseMailer {\n  constructor() {\n    super({ host: 'relay.corp.example.com', port: 25, ⟦ignoreTLS: true⟧, auth: { user: 'relay', pass: process.env.P } });\n  }\n}\nexport class Postmark extends BaseMailer {\n  constructor() {\n    super({ host: 'smtp.postmarkapp.com', requireTLS: true, auth: { user: 'k', pass: process.env.K } });\n  }\n}\nexport class Mailpit extends BaseMailer {\n  constructor() {\n    super({ host: 'localhost', port: 1025, ignoreTLS: true });\n  }\n}\n",
      },
      messageIds: ['smtpImplicit', 'ignoreTLS'],
    },
    {
      name: 'a local entry the helper’s guard does not name gets the password: reported, as local',
      files: { 'providers.js': PROVIDERS('mailpit').replace('ignoreTLS: true', '⟦ignoreTLS: true⟧'), 'transport.js': TRANSPORT },
      messageIds: ['local'],
      messageIncludes: ["ignoreTLS: true (when key is 'mailpit') sends the password and messages in cleartext, but only to the local server localhost."],
      related: [['used by nodemailer at transport.js:8']],
    },
    {
      name: 'an FTP entry that gets the password, beside the anonymous one',
      files: { 'targets.js': TARGETS("mirror: { host: 'ftp.mirror.example', user: 'anonymous', secure: false },\n  bank: { host: 'ftp.bank.example', user: 'acme', ⟦secure: false⟧ }"), 'upload.js': UPLOAD },
      messageIds: ['ftpPlain'],
      messageIncludes: ["secure: false (when targetName is 'bank') makes basic-ftp send the FTP password and every file in cleartext."],
      related: [['used by basic-ftp at upload.js:7']],
    },
  ],
});
