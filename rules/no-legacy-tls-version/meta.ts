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
    secureProtocol: "secureProtocol: '{value}'{condition} {effect}.",
    weakerProtocol: "secureProtocol: '{value}'{condition} {effect}, weaker than Node's default of TLS 1.2 to 1.3.",
    minVersion: "minVersion: '{value}'{condition} allows {protocol}, a deprecated protocol attackers can downgrade to.",
    maxVersion: "maxVersion: '{value}'{condition} caps connections at {protocol}, a deprecated protocol with known attacks.",
    globalDefault: "tls.{name} = '{value}'{condition} makes every later TLS context {effect} {protocol}, a deprecated protocol.",
    nodeFlag: '{flag} in {where} lets Node fall back to {protocol}, a deprecated protocol.',
    // Python.
    pyProtocol: '{value}{condition} {effect} {protocol}, a deprecated protocol open to downgrade and known attacks.',
    pyMinimum: '{value}{condition} as the minimum allows {protocol}, a deprecated protocol attackers can downgrade to.',
    pyMaximum: '{value}{condition} as the maximum caps connections at {protocol}, a deprecated protocol.',
    pyClearedFlag: 'Clearing {flags}{condition} asks for {protocols} again, {why}.',
  },
});

export type Messages = MessageIds<typeof meta>;
