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
    ignoreTLS: 'ignoreTLS: true{condition} makes nodemailer skip STARTTLS, so {what} travel in cleartext.',
    opportunisticTLS: 'opportunisticTLS: true{condition} makes nodemailer go on in cleartext if STARTTLS fails, exposing {what}.',
    smtpOptional: 'secure: false{condition} without requireTLS uses STARTTLS only if offered: an attacker can strip it and read the password.',
    imapflowPlain: 'doSTARTTLS: false{condition} with secure off makes ImapFlow connect without TLS, exposing the password and mail.',
    imapflowOptional: 'secure: false{condition} without doSTARTTLS: true lets ImapFlow go on in cleartext, exposing the password.',
    imapPlain: "tls: false{condition} with autotls '{autotls}' makes node-imap {effect}, exposing the password and mail.",
    grpcInsecure: "{callee}() sends gRPC calls to '{target}'{condition} unencrypted and open to tampering.",
    // Python.
    pyLoginCleartext: '{login}(){condition} sends the {protocol} {secret} in cleartext: no {upgrade}() comes before it.',
    pyUpgradeSwitchedOff: '{switch} is false{condition}, so {upgrade}() is skipped and {login}() sends the {protocol} {secret} in cleartext.',
    pyStarttlsOptional: '{upgrade}() runs only if the server offers it, so an attacker who strips the offer gets the {protocol} password.',
    pyFtpLogin: 'ftplib.FTP{condition} sends the password and every file in cleartext.',
    pyFtpInsecureLogin: 'login(secure=False) skips AUTH TLS, so the FTP password goes in cleartext.',
    pyFtpDataClear: '{method}() runs before any prot_p(), so FTP_TLS sends the file data in cleartext.',
    pyFtpCcc: 'ccc() turns the FTP control channel back to cleartext for every later command.',
    pyLibpq: 'sslmode={mode}{condition} {effect}: the password and queries to {host} can go in cleartext.',
    pyKafka: '{value}{condition} sends the SASL credentials and every message to the brokers in cleartext.',
    pyBoto: '{what} sends the AWS requests over plain HTTP, readable and changeable on the network.',
    pyMailSettings: '{framework} logs in to {host} with a password while {tls} and {ssl} are off, so it crosses in cleartext.',
    smtpImplicit: 'This SMTP transport{condition} sends the password after STARTTLS only if the server offers it.',
    encryptOff: 'encrypt: false{condition} makes {sink} send the password and every query in cleartext.',
    ftpPlain: 'secure: false{condition} makes {sink} send the FTP password and every file in cleartext.',
    uriPlain: '{param}={value} in the connection string makes {owner} send the password and every query in cleartext.',
    insecureContent: 'allowRunningInsecureContent: true{condition} runs http scripts in https pages: anyone on the path can change them.',
    local: '{option}{condition} sends {what} in cleartext, but only to the local server {host}.',
  },
});

export type Messages = MessageIds<typeof meta>;
