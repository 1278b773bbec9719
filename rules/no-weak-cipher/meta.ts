// no-weak-cipher: cipher strings that enable broken (tier 1) or not-recommended (tier 2) suites,
import { ruleMeta, type MessageIds } from '../api.js';
export const meta = ruleMeta({
  id: 'no-weak-cipher',
  description: 'Cipher strings must not enable broken or weak cipher suites.',
  rationale:
    'A cipher string decides which suites a TLS connection may use. NULL, anonymous, export, DES, RC4, RC2, MD5 and 3DES suites give no or breakable protection, and @SECLEVEL=0 lets OpenSSL accept them along with short keys; static RSA, finite-field DHE, CBC with SHA-1, PSK/SRP and CCM-8 suites are not recommended any more (RFC 9325, Mozilla intermediate). A network attacker can push a connection to the weakest suite both sides accept. Node\'s default list is a sound choice; code that writes its own list often widens it.',
  category: 'cipher',
  defaultSeverity: 'error',
  cwe: [327, 326, 322],
  securitySeverity: 7.5,
  fixKinds: ['safe', 'suggestion'],
  precision: 'high',
  messages: {
    insecure: '{subject}{condition} enables {suites}: that traffic can be read or forged.',
    weak: '{subject}{condition} enables {suites}, no longer recommended (RFC 9325).',
    info: "{subject}{condition} also enables {suites}, as Node's default list does.",
    secLevelZero: "{subject}{condition} sets OpenSSL's security level to 0, allowing anonymous and NULL suites and short keys.",
  },
});

export type Messages = MessageIds<typeof meta>;
