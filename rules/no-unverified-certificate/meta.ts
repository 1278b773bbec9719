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
    option: '{option}{where} accepts any certificate{condition}, so the server can be spoofed.',
    serverClientCert: 'rejectUnauthorized: false with requestCert: true accepts any client certificate{condition}, so clients can claim any identity.',
    method: '{owner} .{method}() accepts any certificate, so the server can be spoofed.',
    uri: '{param}={value} in the connection string makes {owner} accept any certificate, so the server can be spoofed.',
    tlsSocket: 'new tls.TLSSocket() as a client{condition} checks neither certificate nor host name, so the server can be spoofed.',
    callback: '{what} accepts {which}, so the server can be spoofed.',
    toolSwitch: '{flag} in {where} makes {tool} accept any certificate, so what it fetches can be swapped.',
  },
});

export type Messages = MessageIds<typeof meta>;
