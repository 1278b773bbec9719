// no-plaintext-downgrade: mail, IMAP and gRPC clients whose TLS is off or can be stripped
import { ruleMeta, type MessageIds } from '../api.js';
export const meta = ruleMeta({
  id: 'no-plaintext-downgrade',
  description: 'Mail, IMAP and gRPC clients must require TLS, not merely try it.',
  rationale:
    'STARTTLS is negotiated in cleartext: a client that uses it only when the server offers it (opportunistic TLS) lets anyone on the path delete the offer, or fail the upgrade, and read the password and messages that follow. Options that skip STARTTLS or continue after it fails, IMAP without TLS, and gRPC channels with insecure credentials send everything in cleartext outright.',
  category: 'plaintext',
  defaultSeverity: 'warning',
  cwe: [319, 757],
  securitySeverity: 5.3,
  fixKinds: ['suggestion'],
  precision: 'high',
  // Mail clients are read only as sink calls (a missing option is a finding too): their modules
  // must be named. gRPC needs createInsecure before anything is looked at.
  messages: {
    pyLoginCleartext: '{login}(){condition} sends the {protocol} password in cleartext: no {upgrade}() comes before it. Call {upgrade}() first.',
    pyStarttlsOptional: '{upgrade}() runs only when the server offers it, so an attacker who strips the offer gets this {protocol} password. Call it unconditionally.',
    pyFtpLogin: 'ftplib.FTP{condition} sends the password and every file in cleartext. Use FTP_TLS and call prot_p() after login().',
    pyFtpInsecureLogin: 'login(secure=False) skips AUTH TLS, so the FTP password goes in cleartext. Remove secure=False.',
    pyFtpDataClear: '{method}() runs before any prot_p(), so FTP_TLS sends the file data in cleartext. Call prot_p() after login().',
    pyFtpCcc: 'ccc() turns the FTP control channel back to cleartext for every later command. Remove it.',
    pyLibpq: 'sslmode={mode} {effect}: the password and queries to {host} can travel in cleartext. Use verify-full.',
    pyKafka: '{value}{condition} sends the SASL credentials and every message to the brokers in cleartext. Use SASL_SSL.',
    pyGrpc: "{callee}() sends the gRPC calls to '{target}'{condition} without TLS. Use secure_channel() with ssl_channel_credentials().",
    pyBoto: '{what} sends the AWS requests over plain HTTP, readable and changeable on the network. Use HTTPS.',
    pyMailSettings: '{framework} logs in to {host} with a password while {tls} and {ssl} are off, so it crosses in cleartext. Turn one on.',
    ignoreTLS: 'ignoreTLS: true{condition} makes nodemailer skip STARTTLS, so anyone on the network path reads {what} in cleartext. Remove it, and set requireTLS: true (or secure: true for port 465).',
    opportunisticTLS: 'opportunisticTLS: true{condition} makes nodemailer go on without encryption when STARTTLS fails, so an attacker who makes it fail reads {what}. Remove it and set requireTLS: true.',
    smtpOptional: 'secure: false{condition} without requireTLS: true uses STARTTLS only if the server offers it, so a network attacker who strips the offer gets the SMTP credentials in cleartext. Set requireTLS: true (or secure: true for port 465).',
    imapflowPlain: 'doSTARTTLS: false{condition} with secure off makes ImapFlow connect without TLS, so anyone on the network path reads the IMAP password and mail in cleartext. Use secure: true (port 993), or doSTARTTLS: true.',
    imapflowOptional: 'secure: false{condition} without doSTARTTLS: true lets ImapFlow go on in cleartext when the server does not offer STARTTLS, so an attacker who strips the offer reads the IMAP password. Set doSTARTTLS: true, or use secure: true (port 993).',
    imapPlain: "tls: false{condition} with autotls '{autotls}' makes node-imap {effect}, so the IMAP password and mail can be read on the network. Set autotls: 'required' (STARTTLS), or tls: true (port 993).",
    grpcInsecure: "{callee}() sends the gRPC calls to '{target}'{condition} without TLS, so anyone on the network path can read and change them. Use {secure}() (with rootCerts for a private CA).",
  },
});

export type Messages = MessageIds<typeof meta>;
