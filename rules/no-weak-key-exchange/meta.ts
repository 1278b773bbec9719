// no-weak-key-exchange: small Diffie-Hellman groups and elliptic curves (CWE-326; TLS-FACTS.md 1.3).
import { ruleMeta, type MessageIds } from '../api.js';
import { MIN_CURVE_BITS, MIN_DH_BITS, NODE_REFUSED_DH_BITS } from '../data/key-exchange.js';
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
    minDHSize: `minDHSize: {value}{condition} lets this client accept servers whose Diffie-Hellman group has only {value} bits, small enough for a well-funded attacker to break the key exchange (Logjam). Raise it to ${MIN_DH_BITS}.`,
    ecdhCurve: `ecdhCurve: '{value}'{condition} offers {curves}, {curveWord} under ${MIN_CURVE_BITS} bits whose key exchange offers less than 112-bit security. Use 'auto' (Node's default) or X25519, P-256 and P-384.`,
    dhparam: `dhparam{condition} is a {bits}-bit Diffie-Hellman group, below the ${MIN_DH_BITS} bits under which Node itself warns, so a well-funded attacker can break the key exchange of DHE suites (Logjam). Use 'auto' or a group of at least ${MIN_DH_BITS} bits (ffdhe2048).`,
    dhparamRefused: `dhparam{condition} is a {bits}-bit Diffie-Hellman group: current Node refuses it (it throws under ${NODE_REFUSED_DH_BITS} bits), and with older versions anyone could break the key exchange of DHE suites (Logjam). Use 'auto' or a group of at least ${MIN_DH_BITS} bits (ffdhe2048).`,
    globalCurve: "Setting tls.DEFAULT_ECDH_CURVE to '{value}'{condition} makes every later TLS context offer {curves}, under 112-bit security.",
  },
});

export type Messages = MessageIds<typeof meta>;
