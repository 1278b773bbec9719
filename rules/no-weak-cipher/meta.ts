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
    pyInsecure: '{subject}{condition} enables {weaknesses} suites, which a network attacker can break. To fix, {advice}.',
    pyWeak: '{subject}{condition} enables {weaknesses} suites, which RFC 9325 no longer recommends. To fix, {advice}.',
    pySecLevelZero: "{subject}{condition} sets OpenSSL's security level to 0, letting NULL and anonymous suites and short keys through. Remove it.",
    insecure: '{subject}{condition} enables {suites}: {why}. A network attacker can read or forge traffic on a connection that negotiates them. To fix, {advice}.',
    weak: '{subject}{condition} enables {suites}: {why}. RFC 9325 and Mozilla\'s guidelines no longer recommend them. To fix, {advice}.',
    info: '{subject}{condition} enables {suites} ({why}), much as Node\'s default list does. Nothing needs to change; for a stricter list use the Mozilla intermediate list.',
    secLevelZero: '{subject}{condition} lowers OpenSSL\'s security level to 0, which allows anonymous and NULL suites, keys of any size and SHA-1 signatures. Remove it and upgrade the peer instead.',
  },
});

export type Messages = MessageIds<typeof meta>;
