// no-weak-key-exchange: small Diffie-Hellman groups and elliptic curves (CWE-326; TLS-FACTS.md 1.3).
import { ruleMeta, type MessageIds } from '../api.js';
import { MIN_CURVE_BITS } from '../data/key-exchange.js';
export const meta = ruleMeta({
  id: 'no-weak-key-exchange',
  description: 'Diffie-Hellman groups must have at least 2048 bits and elliptic curves at least 224.',
  rationale:
    'The key exchange protects every byte of the session: whoever can solve it reads the traffic, recorded or live. Finite-field groups of 1024 bits and less are within reach of nation-state precomputation (Logjam, 2015), and curves under 224 bits offer less than 112-bit security. Node only refuses groups under 1024 bits; a client still accepts 1024-bit servers by default, and weak curves can be configured without a warning.',
  category: 'key-exchange',
  defaultSeverity: 'warning',
  cwe: [326],
  securitySeverity: 5.3,
  fixKinds: ['suggestion'],
  precision: 'very-high',
  messages: {
    minDHSize: 'minDHSize: {value}{condition} accepts {value}-bit Diffie-Hellman groups: a well-funded attacker can break them (Logjam).',
    ecdhCurve: `ecdhCurve{condition} offers {curves}, {curveWord} under ${MIN_CURVE_BITS} bits with less than 112-bit security.`,
    dhparam: 'dhparam{condition} is a {bits}-bit Diffie-Hellman group: a well-funded attacker can break it (Logjam).',
    dhparamRefused: 'dhparam{condition} is a {bits}-bit Diffie-Hellman group: current Node throws on it, older Node is open to Logjam.',
    // Python.
    pyEcdhCurve: "'{value}'{condition} is a {bits}-bit curve, under the 112-bit security an ECDH key exchange needs today.",
  },
});

export type Messages = MessageIds<typeof meta>;
