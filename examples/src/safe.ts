// Correct TLS code: tlslint must report nothing in this file.
import { readFileSync } from 'node:fs';
import https from 'node:https';
import tls from 'node:tls';

const partnerCa = readFileSync('certs/partner-ca.pem');

// Trust one private CA instead of turning verification off.
export const partnerAgent = new https.Agent({ ca: partnerCa, keepAlive: true });

// Spread defaults, then force verification on: the explicit value wins.
const base = { timeout: 5_000, rejectUnauthorized: false };
export const strictOptions = { ...base, rejectUnauthorized: true };

// Reading the option is not setting it.
export function describe(opts: tls.ConnectionOptions): string {
  if (opts.rejectUnauthorized === false) return 'certificate verification is OFF';
  return 'certificate verification is on';
}

// Never write rejectUnauthorized: false here; pass the ca option instead.

// A server that does not ask for client certificates: rejectUnauthorized has no effect.
export const status = https.createServer({ key: readFileSync('certs/status.key'), cert: readFileSync('certs/status.crt'), rejectUnauthorized: false }, (_req, res) => res.end('ok'));

// Node only turns verification off for the literal false; 0 keeps it on.
export const legacyFlag = https.request({ host: 'partner.example', path: '/ping', rejectUnauthorized: 0 as unknown as boolean });

// Raw TLS with SNI and a pinned CA.
export function openAudit(): tls.TLSSocket {
  return tls.connect({ host: 'audit.example.com', port: 6514, servername: 'audit.example.com', ca: partnerCa, minVersion: 'TLSv1.2' });
}
