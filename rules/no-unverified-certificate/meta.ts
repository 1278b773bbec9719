// no-unverified-certificate: certificate chain validation turned off (CWE-295).
import { ruleMeta, type MessageIds } from '../api.js';
export const meta = ruleMeta({
  id: 'no-unverified-certificate',
  description: 'Certificate verification must not be turned off.',
  rationale:
    'Without certificate verification, TLS encrypts the connection to whoever answers: anyone on the network path (a proxy, a compromised router, a hostile Wi-Fi) can present their own certificate and read or change the traffic. Code turns verification off to get past a self-signed or private-CA certificate; the fix is to trust that CA (the `ca` option), not to trust everyone.',
  category: 'certificate',
  defaultSeverity: 'error',
  cwe: [295],
  securitySeverity: 8.1,
  fixKinds: ['suggestion'],
  precision: 'very-high',
  messages: {
    option:
      '{option} disables certificate verification{condition}{where}, so anyone on the network path can impersonate the server. Instead, {advice}.',
    serverClientCert:
      'rejectUnauthorized: false with requestCert: true accepts client certificates that fail verification{condition}, so any client can claim any identity. Keep rejectUnauthorized on and list the client CA in ca.',
    method: '{owner} .{method}() disables certificate verification, so anyone on the network path can impersonate the server. Trust the server\'s CA with .ca(pem) instead.',
    uri: 'The connection string sets {param}={value}, which disables certificate verification ({owner}), so anyone on the network path can impersonate the server. Remove it and trust the server\'s CA instead.',
    tlsSocket:
      'new tls.TLSSocket() used as a client{condition} verifies neither the certificate nor the host name, whatever rejectUnauthorized says, so anyone on the network path can impersonate the server. Use tls.connect({ socket, ... }), which does.',
    callback: '{what} accepts every certificate{condition}, so anyone on the network path can impersonate the server. Instead, {fixed}, and trust the server\'s CA in the system store.',
    optionLocal: '{option}{where} skips certificate checks for the local server {host}{condition}.',
    setter: '{owner} {key} = {value}{condition} turns certificate checks off: anyone on the path can impersonate the server.',
    switch: '{switch}{where}{condition} makes the browser accept any certificate: anyone on the path can impersonate sites.',
    electronSwitch: '{switch}{condition} makes this Electron app accept any certificate: anyone on the path can impersonate sites.',
    prismaDefault: 'Prisma accepts any certificate for this sslmode={value} URL{condition}: its sslaccept default verifies nothing.',
    localSwitch: '{switch}{where}{condition} makes the browser accept invalid certificates from localhost.',
  },
});

export type Messages = MessageIds<typeof meta>;
