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
    // Python: what is wrong, then why it matters; what to do is in the fixes and the rule's page.
    pyOption: '{option} turns off certificate verification ({owner}{condition}). Anyone on the path can impersonate the server.',
    pyParam: 'The connection string sets {param}, which {why} ({owner}). The server can be impersonated.',
    pyNoContext: '{call} without {keyword}= does not verify the server certificate{version}. Anyone on the path can impersonate it.',
    pyUnverifiedContext: '{factory} makes a context that checks neither certificate nor host name. Anyone can impersonate the server.',
    pyCertNone: 'verify_mode = CERT_NONE turns off certificate verification{condition}. Anyone on the path can impersonate the server.',
    pyBareContext: '{call} starts at CERT_NONE and is used as a client. It accepts any certificate.',
    pyWrapSocket: 'ssl.wrap_socket() does not verify the certificate (cert_reqs defaults to CERT_NONE; Python ≤ 3.11). Anyone can impersonate the server.',
    pyVerifyNone: 'set_verify(VERIFY_NONE) turns off certificate verification (pyOpenSSL). Anyone on the path can impersonate the server.',
    pyAcceptAll: 'This verify callback returns True for every certificate (pyOpenSSL). Any server is accepted.',
    pyTwisted: 'ClientContextFactory never verifies certificates (Twisted). Anyone on the path can impersonate the server.',
  },
});

export type Messages = MessageIds<typeof meta>;
