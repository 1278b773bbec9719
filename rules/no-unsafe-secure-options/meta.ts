// no-unsafe-secure-options: secureOptions flags that weaken TLS (CWE-757; TLS-FACTS.md 1.6).
import { ruleMeta, type MessageIds } from '../api.js';
export const meta = ruleMeta({
  id: 'no-unsafe-secure-options',
  description: 'secureOptions must not set flags that weaken TLS.',
  rationale:
    'secureOptions passes raw OpenSSL option bits. Some of them exist only for interoperability with broken or unpatched peers and switch protections off: secure renegotiation (SSL_OP_LEGACY_SERVER_CONNECT, SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION), forward secrecy of resumed TLS 1.3 sessions (SSL_OP_ALLOW_NO_DHE_KEX), encrypt-then-MAC, version-rollback detection, or TLS 1.3 itself. They are usually copied from a forum answer to silence a handshake error and then stay for every peer.',
  category: 'protocol',
  defaultSeverity: 'warning',
  cwe: [757],
  securitySeverity: 5.3,
  fixKinds: ['safe', 'suggestion'],
  precision: 'very-high',
  messages: {
    flag: '{flag} in secureOptions{condition} {effect}.',
    flags: '{flag} in secureOptions{condition}: {count} flags that weaken TLS.',
    property: 'secureOptions{condition} includes {flag}, which {effect}.',
    properties: 'secureOptions{condition} includes {flag}: {count} flags that weaken TLS.',
    // Python.
    pyFlag: 'Setting {flag} {effect}.',
    pyClearFlag: 'Clearing {flag} {effect}.',
  },
});

export type Messages = MessageIds<typeof meta>;
