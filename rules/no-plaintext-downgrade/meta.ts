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
    ignoreTLS: 'ignoreTLS: true{condition} makes nodemailer skip STARTTLS, so anyone on the network path reads {what} in cleartext. Remove it, and set requireTLS: true (or secure: true for port 465).',
    opportunisticTLS: 'opportunisticTLS: true{condition} makes nodemailer go on without encryption when STARTTLS fails, so an attacker who makes it fail reads {what}. Remove it and set requireTLS: true.',
    smtpOptional: 'secure: false{condition} without requireTLS: true uses STARTTLS only if the server offers it, so a network attacker who strips the offer gets the SMTP credentials in cleartext. Set requireTLS: true (or secure: true for port 465).',
    imapflowPlain: 'doSTARTTLS: false{condition} with secure off makes ImapFlow connect without TLS, so anyone on the network path reads the IMAP password and mail in cleartext. Use secure: true (port 993), or doSTARTTLS: true.',
    imapflowOptional: 'secure: false{condition} without doSTARTTLS: true lets ImapFlow go on in cleartext when the server does not offer STARTTLS, so an attacker who strips the offer reads the IMAP password. Set doSTARTTLS: true, or use secure: true (port 993).',
    imapPlain: "tls: false{condition} with autotls '{autotls}' makes node-imap {effect}, so the IMAP password and mail can be read on the network. Set autotls: 'required' (STARTTLS), or tls: true (port 993).",
    grpcInsecure: "{callee}() sends the gRPC calls to '{target}'{condition} without TLS, so anyone on the network path can read and change them. Use {secure}() (with rootCerts for a private CA).",
    smtpImplicit: 'This SMTP transport{condition} sends the password after STARTTLS only if the server offers it: set requireTLS: true.',
    encryptOff: 'encrypt: false{condition} makes {sink} send the password and every query in cleartext.',
    ftpPlain: 'secure: false{condition} makes {sink} send the FTP password and every file in cleartext.',
    uriPlain: 'The connection string sets {param}={value}: {owner} sends the password and every query in cleartext.',
    insecureContent: 'allowRunningInsecureContent: true{condition} runs http scripts in https pages: anyone on the path can change them.',
    local: '{option}{condition} sends {what} in cleartext, but only to the local server {host}.',
  },
});

export type Messages = MessageIds<typeof meta>;
