// no-legacy-tls-version: SSLv3 / TLS 1.0 / TLS 1.1 allowed or forced (CWE-327, CWE-757).
import { ruleMeta, type MessageIds } from '../api.js';
export const meta = ruleMeta({
  id: 'no-legacy-tls-version',
  description: 'SSL 3.0, TLS 1.0 and TLS 1.1 must not be enabled.',
  rationale:
    'TLS 1.0 and 1.1 are deprecated (RFC 8996) and SSL 3.0 is broken (POODLE): they rely on SHA-1 and MD5, CBC constructions with known attacks, and no modern cipher suites. Allowing them lets an attacker who can interfere with the handshake push a connection down to them. Node already defaults to TLS 1.2 as the minimum; code that names an older version undoes that.',
  category: 'protocol',
  defaultSeverity: 'error',
  cwe: [327, 757],
  securitySeverity: 7.5,
  fixKinds: ['suggestion'],
  precision: 'very-high',
  // The values, not the option names: minVersion is common outside TLS (a QR code's, a schema's),
  // 'TLSv1' and 'SSLv3_method' are not, and every finding needs one of them written somewhere.
  messages: {
    secureProtocol: "secureProtocol: '{value}'{condition} {effect}, so a network attacker can break or downgrade the connection. Use minVersion: 'TLSv1.2' instead.",
    weakerProtocol: "secureProtocol: '{value}'{condition} {effect}, weaker than Node's default (TLS 1.2 to 1.3). Remove it, or use minVersion: 'TLSv1.2'.",
    minVersion: "minVersion: '{value}'{condition} allows {protocol}, a deprecated protocol (RFC 8996) that a network attacker can downgrade the connection to. Use 'TLSv1.2'.",
    maxVersion: "maxVersion: '{value}'{condition} caps connections at {protocol}, a deprecated protocol (RFC 8996) with known attacks. Remove the cap.",
    globalDefault: "Setting tls.{name} to '{value}'{condition} makes every later TLS context of the process {effect} {protocol}, a deprecated protocol (RFC 8996). Remove the assignment.",
    flag: '{flag} in {where}{condition} lets the Node processes started with it accept {protocol} (deprecated, RFC 8996).',
    flagMax: '{flag} in {where}{condition} turns TLS 1.3 off for every connection of the Node processes started with it.',
  },
});

export type Messages = MessageIds<typeof meta>;
