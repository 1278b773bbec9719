import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { noPlaintextDowngrade } from '../../rules/no-plaintext-downgrade/index.js';
import { lint, runRuleTests } from './rule-tester.js';

const MAIL = "import nodemailer from 'nodemailer';\n";
const FLOW = "import { ImapFlow } from 'imapflow';\n";
const IMAP = "const Imap = require('imap');\n";
const GRPC = "import * as grpc from '@grpc/grpc-js';\n";
const AUTH = 'auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS }';

runRuleTests(noPlaintextDowngrade, {
  valid: [
    { name: 'nodemailer over TLS from the start, or with STARTTLS required', code: `${MAIL}nodemailer.createTransport({ host: 'smtp.example.com', port: 465, secure: true, ${AUTH} });\nnodemailer.createTransport({ host: 'smtp.example.com', port: 587, secure: false, requireTLS: true, ${AUTH} });\nnodemailer.createTransport({ host: 'smtp.example.com', port: 465, secure: true, ignoreTLS: true, opportunisticTLS: true });\n` },
    { name: 'nodemailer without credentials, or whose secure the file does not know', code: `${MAIL}nodemailer.createTransport({ host: 'relay.internal', port: 25, secure: false });\nnodemailer.createTransport({ host, port, secure: process.env.SMTP_SECURE === 'true', ${AUTH} });\nnodemailer.createTransport({ host, secure: port === 465, ignoreTLS: true });\nnodemailer.createTransport('smtps://user:pass@smtp.example.com');\n` },
    { name: 'nodemailer with ignoreTLS false or unknown', code: `${MAIL}nodemailer.createTransport({ host, port: 587, ignoreTLS: false, requireTLS: true, ${AUTH} });\nnodemailer.createTransport({ host, port: 587, ignoreTLS: config.plain, requireTLS: true });\n` },
    { name: 'ImapFlow over TLS, or with STARTTLS required', code: `${FLOW}new ImapFlow({ host: 'imap.example.com', port: 993, secure: true, auth });\nnew ImapFlow({ host: 'imap.example.com', port: 143, secure: false, doSTARTTLS: true, auth });\nnew ImapFlow({ host: 'imap.example.com', port: 993, secure: true, doSTARTTLS: false, auth });\nnew ImapFlow({ host: 'imap.example.com', port: 143, secure: false });\n` },
    { name: 'node-imap over TLS, STARTTLS required, or tls not written', filename: 'x.js', code: `${IMAP}new Imap({ user, password, host: 'imap.example.com', port: 993, tls: true });\nnew Imap({ user, password, host: 'imap.example.com', port: 143, tls: false, autotls: 'required' });\nnew Imap({ user, password, host: 'imap.example.com', tls: useTls });\n` },
    { name: 'gRPC: loopback and unix targets, TLS credentials, unknown targets', code: `${GRPC}const insecure = grpc.credentials.createInsecure();\nnew Greeter('localhost:50051', insecure);\nnew Greeter('127.0.0.1:50051', insecure);\nnew Greeter('[::1]:50051', insecure);\nnew Greeter('unix:///run/app.sock', insecure);\nnew grpc.Client('dns:///localhost:50051', grpc.ChannelCredentials.createInsecure());\nnew Greeter('api.example.com:443', grpc.credentials.createSsl());\nnew Greeter(process.env.GREETER_ADDR, insecure);\nnew Greeter(process.env.REPORTS_TARGET ?? '', insecure);\n` },
    { name: "an OpenTelemetry gRPC exporter to a local collector, or with TLS credentials", code: "const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-grpc');\nconst grpc = require('@grpc/grpc-js');\nnew OTLPTraceExporter({ url: 'localhost:4317', credentials: grpc.credentials.createInsecure() });\nnew OTLPTraceExporter({ url: 'http://127.0.0.1:4317', credentials: grpc.credentials.createInsecure() });\nnew OTLPTraceExporter({ url: 'otel-collector.example:4317', credentials: grpc.credentials.createSsl() });\n" },
    { name: 'gRPC server credentials and look-alikes', code: `${GRPC}server.bindAsync('0.0.0.0:50051', grpc.ServerCredentials.createInsecure(), cb);\nconst mine = { createInsecure: () => null };\nnew Greeter('api.example.com:443', mine.createInsecure());\n` },
    { name: 'options objects of other libraries', code: "import got from 'got';\ngot('https://h', { https: { ignoreTLS: true } });\nexport const mail = { host: 'smtp.example.com', secure: false, auth: { user, pass } };\n" },
  ],
  invalid: [
    {
      name: 'an OpenTelemetry gRPC exporter given insecure credentials beside a remote collector URL (blind23 07)',
      code: "const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-grpc');\nconst grpc = require('@grpc/grpc-js');\nconst COLLECTOR = { grpc: 'otel-collector.observability.svc:4317' };\nnew OTLPTraceExporter({\n  url: COLLECTOR.grpc,\n  ⟦credentials: grpc.credentials.createInsecure()⟧,\n});\n",
      messageIncludes: ["grpc.credentials.createInsecure() sends gRPC calls to 'otel-collector.observability.svc:4317' unencrypted"],
    },
    {
      name: 'ImapFlow to a server on this machine without STARTTLS: one level lower, saying local (blind21 14)',
      code: `${FLOW}new ImapFlow({ host: '127.0.0.1', port: 3143, secure: false, ⟦doSTARTTLS: false⟧, logger: false });\n`,
      messageIds: ['local'],
      severities: ['info'],
      messageIncludes: ['only to the local server 127.0.0.1'],
    },
    {
      name: 'ignoreTLS with credentials is an error, without a warning',
      code: `${MAIL}nodemailer.createTransport({ host: 'smtp.example.com', port: 587, ⟦ignoreTLS: true⟧, ${AUTH} });\nnodemailer.createTransport({ host: 'relay.example.com', port: 25, ⟦ignoreTLS: true⟧ });\n`,
      messageIds: ['ignoreTLS', 'ignoreTLS'],
      severities: ['error', 'warning'],
      messageIncludes: ['ignoreTLS: true makes nodemailer skip STARTTLS, so the password and messages travel in cleartext.', 'ignoreTLS: true makes nodemailer skip STARTTLS, so messages travel in cleartext.'],
      fixes: [{ title: 'Replace ignoreTLS with requireTLS: true', output: `${MAIL}nodemailer.createTransport({ host: 'smtp.example.com', port: 587, requireTLS: true, ${AUTH} });\nnodemailer.createTransport({ host: 'relay.example.com', port: 25, ignoreTLS: true });\n` }],
    },
    {
      name: 'secure: false with credentials and no requireTLS: requireTLS is added after it',
      code: `${MAIL}const transport = nodemailer.createTransport({\n  host: 'smtp.example.com',\n  port: 587,\n  ⟦secure: false⟧, // STARTTLS\n  ${AUTH},\n});\n`,
      messageIds: ['smtpOptional'],
      severities: ['warning'],
      fixes: [{ title: 'Set requireTLS: true', output: `${MAIL}const transport = nodemailer.createTransport({\n  host: 'smtp.example.com',\n  port: 587,\n  secure: false, // STARTTLS\n  requireTLS: true,\n  ${AUTH},\n});\n` }],
    },
    {
      name: 'no option is added when a delete after the literal takes it out again (the fix would change nothing)',
      filename: 'x.js',
      code: `${MAIL}const smtp = { host: 'smtp.example.com', port: 587, ⟦secure: false⟧, ${AUTH} };\ndelete smtp.requireTLS;\nnodemailer.createTransport(smtp);\nconst flow = { host: 'imap.example.com', port: 143, ⟦secure: false⟧, auth };\ndelete flow.doSTARTTLS;\nnew (require('imapflow').ImapFlow)(flow);\nconst box = { user, password, host: 'imap.example.com', ⟦tls: false⟧ };\ndelete box.autotls;\nnew (require('imap'))(box);\n`,
      messageIds: ['smtpOptional', 'imapflowOptional', 'imapPlain'],
      fixes: [],
    },
    {
      name: 'requireTLS: false is turned on',
      code: `${MAIL}nodemailer.createTransport({ host, port: 587, ⟦secure: false⟧, requireTLS: false, ${AUTH} });\n`,
      fixes: [{ title: 'Set requireTLS: true', output: `${MAIL}nodemailer.createTransport({ host, port: 587, secure: false, requireTLS: true, ${AUTH} });\n` }],
    },
    {
      name: 'opportunisticTLS goes on in cleartext even with requireTLS',
      code: `${MAIL}nodemailer.createTransport({ host, port: 587, secure: false, requireTLS: true, ⟦opportunisticTLS: true⟧, ${AUTH} });\n`,
      messageIds: ['opportunisticTLS'],
      fixes: [{ title: 'Remove opportunisticTLS', output: `${MAIL}nodemailer.createTransport({ host, port: 587, secure: false, requireTLS: true, ${AUTH} });\n` }],
    },
    {
      name: 'options chosen by a condition, and options from a variable',
      filename: 'x.js',
      code: `const nodemailer = require('nodemailer');\nconst dev = { host: 'localhost', port: 1025, ignoreTLS: true };\nconst prod = { host: 'smtp.example.com', port: 587, ⟦secure: false⟧, ${AUTH} };\nnodemailer.createTransport(process.env.NODE_ENV === 'production' ? prod : dev);\n`,
      messageIds: ['smtpOptional'],
      messageIncludes: ["secure: false (when NODE_ENV is 'production') without requireTLS uses STARTTLS only if offered: an attacker can strip it and read the password."],
    },
    {
      name: 'ImapFlow with STARTTLS off and secure off: cleartext',
      code: `${FLOW}const client = new ImapFlow({ host: 'imap.example.com', port: 143, secure: false, ⟦doSTARTTLS: false⟧, auth: { user, pass } });\nnew ImapFlow({ host: 'imap.example.com', port: 143, ⟦doSTARTTLS: false⟧ });\n`,
      messageIds: ['imapflowPlain', 'imapflowPlain'],
      fixes: [{ title: 'Set doSTARTTLS: true', output: `${FLOW}const client = new ImapFlow({ host: 'imap.example.com', port: 143, secure: false, doSTARTTLS: true, auth: { user, pass } });\nnew ImapFlow({ host: 'imap.example.com', port: 143, doSTARTTLS: false });\n` }],
    },
    {
      name: 'ImapFlow secure: false with credentials and STARTTLS optional',
      code: `${FLOW}new ImapFlow({ host: 'imap.example.com', port: 143, ⟦secure: false⟧, auth: { user, pass } });\n`,
      messageIds: ['imapflowOptional'],
      fixes: [{ title: 'Set doSTARTTLS: true', output: `${FLOW}new ImapFlow({ host: 'imap.example.com', port: 143, secure: false, doSTARTTLS: true, auth: { user, pass } });\n` }],
    },
    {
      name: 'node-imap tls: false without STARTTLS, and with opportunistic STARTTLS',
      filename: 'x.js',
      code: `${IMAP}new Imap({ user, password, host: 'imap.example.com', port: 143, ⟦tls: false⟧ });\nnew Imap({ user, password, host: 'imap.example.com', ⟦tls: false⟧, autotls: 'always' });\n`,
      messageIds: ['imapPlain', 'imapPlain'],
      messageIncludes: ["tls: false with autotls 'never' makes node-imap connect without TLS", "tls: false with autotls 'always' makes node-imap use STARTTLS only if offered, exposing the password and mail."],
      fixes: [
        { title: "Set autotls: 'required'", output: `${IMAP}new Imap({ user, password, host: 'imap.example.com', port: 143, tls: false, autotls: 'required' });\nnew Imap({ user, password, host: 'imap.example.com', tls: false, autotls: 'always' });\n` },
        { title: "Set autotls: 'required'", finding: 1, output: `${IMAP}new Imap({ user, password, host: 'imap.example.com', port: 143, tls: false });\nnew Imap({ user, password, host: 'imap.example.com', tls: false, autotls: 'required' });\n` },
      ],
    },
    {
      name: 'gRPC insecure credentials to a remote target',
      code: `${GRPC}const client = new Greeter('payments.internal:50051', ⟦grpc.credentials.createInsecure()⟧);\n`,
      messageIds: ['grpcInsecure'],
      messageIncludes: ["grpc.credentials.createInsecure() sends gRPC calls to 'payments.internal:50051' unencrypted and open to tampering."],
      fixes: [{ title: 'Use grpc.credentials.createSsl() (TLS with the system CAs)', output: `${GRPC}const client = new Greeter('payments.internal:50051', grpc.credentials.createSsl());\n` }],
    },
    {
      name: 'gRPC credentials and target through variables, named imports, conditions: at the declaration that makes the credentials (blind31 11)',
      filename: 'x.js',
      code: "const { credentials, Client } = require('@grpc/grpc-js');\nconst creds = ⟦credentials.createInsecure()⟧;\nconst target = process.env.LOCAL ? 'localhost:50051' : 'ledger.prod.example:443';\nnew Client(target, creds, { 'grpc.keepalive_time_ms': 10000 });\n",
      messageIncludes: ["credentials.createInsecure() sends gRPC calls to 'ledger.prod.example:443' (when LOCAL is falsy) unencrypted and open to tampering."],
      fixes: [{ title: 'Use credentials.createSsl() (TLS with the system CAs)', output: "const { credentials, Client } = require('@grpc/grpc-js');\nconst creds = credentials.createSsl();\nconst target = process.env.LOCAL ? 'localhost:50051' : 'ledger.prod.example:443';\nnew Client(target, creds, { 'grpc.keepalive_time_ms': 10000 });\n" }],
    },
    {
      name: 'the legacy grpc package and ChannelCredentials',
      code: "import grpc from 'grpc';\nimport { ChannelCredentials } from '@grpc/grpc-js';\nnew Svc('10.0.4.2:9000', ⟦grpc.credentials.createInsecure()⟧);\nnew Svc('dns:///api.example.com:443', ⟦ChannelCredentials.createInsecure()⟧);\n",
      messageIds: ['grpcInsecure', 'grpcInsecure'],
    },
  ],
});

describe('no-plaintext-downgrade fix kinds', () => {
  test('every fix can stop a server that lacks TLS from connecting: all are suggestions', () => {
    const code = `${MAIL}${FLOW}${GRPC}nodemailer.createTransport({ host, port: 587, secure: false, ignoreTLS: true, opportunisticTLS: true, ${AUTH} });\nnodemailer.createTransport({ host, port: 587, secure: false, ${AUTH} });\nnew ImapFlow({ host, secure: false, doSTARTTLS: false });\nnew C('h.example:1', grpc.credentials.createInsecure());\n`;
    const kinds = new Set(lint(noPlaintextDowngrade, code).flatMap((f) => f.fixes.map((x) => x.kind)));
    assert.deepEqual([...kinds], ['suggestion']);
  });
});
