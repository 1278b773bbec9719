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
    // Python.
    pyOption: '{option}{condition} makes {owner} accept any certificate, so the server can be spoofed.',
    pyParam: '{param}{condition} {why} ({owner}), so the server can be spoofed.',
    pyNoContext: '{call} without {keyword}= accepts any certificate, so the server can be spoofed{version}.',
    pyNoContextWhen: '{call} without {keyword}={condition} accepts any certificate, so the server can be spoofed.',
    pyUnverifiedContext: '{factory} makes a context that checks neither certificate nor host name, so the server can be spoofed.',
    pyCertNone: 'verify_mode = CERT_NONE{condition} accepts any certificate, so the server can be spoofed.',
    pyBareContext: '{call} starts at CERT_NONE and is used as a client, so it accepts any certificate.',
    pyWrapSocket: 'ssl.wrap_socket() accepts any certificate (cert_reqs defaults to CERT_NONE; Python 3.11 and older), so the server can be spoofed.',
    pyVerifyNone: 'set_verify(VERIFY_NONE) makes pyOpenSSL accept any certificate, so the server can be spoofed.',
    pyAcceptAll: 'This pyOpenSSL verify callback returns True for every certificate, so the server can be spoofed.',
    pyPeerCertUnverified: 'getpeercert() returns {} after a CERT_NONE handshake, so checking its result here checks nothing.',
    pyNoSetVerify: 'This pyOpenSSL client Context never calls set_verify(), so it accepts any certificate.',
    pyTwisted: "Twisted's ClientContextFactory never verifies certificates, so the server can be spoofed.",
    pyTwistedOptions: '{what} makes this Twisted client accept any certificate, so the server can be spoofed.',
    optionLocal: '{option}{where} skips certificate checks for the local server {host}{condition}.',
    setter: '{owner} {key} = {value}{condition} turns certificate checks off, so the server can be spoofed.',
    switch: '{switch}{where}{condition} makes the browser accept any certificate, so sites can be spoofed.',
    electronSwitch: '{switch}{condition} makes this Electron app accept any certificate, so sites can be spoofed.',
    prismaDefault: 'Prisma accepts any certificate for this sslmode={value} URL{condition}: its sslaccept default verifies nothing.',
    localSwitch: '{switch}{where}{condition} makes the browser accept invalid certificates from localhost.',
  },
});

export type Messages = MessageIds<typeof meta>;
