// no-deprecated-tls-api: TLS APIs Node deprecated or removed (CWE-477; TLS-FACTS.md 1.9).
import { ruleMeta, type MessageIds } from '../api.js';

export const meta = ruleMeta({
  id: 'no-deprecated-tls-api',
  description: 'Deprecated and removed TLS APIs must not be used.',
  rationale:
    'tls.createSecurePair, tls.SecurePair and crypto.createCredentials predate tls.TLSSocket and tls.createSecureContext: they miss the checks Node added since (a SecurePair never verifies the host name) and are gone from current Node, so code using them either breaks on upgrade or keeps a service on an old, unpatched runtime. server.setOptions() changes a running server behind its back and is deprecated too.',
  category: 'deprecated',
  defaultSeverity: 'warning',
  cwe: [477],
  securitySeverity: 5.3,
  fixKinds: ['suggestion'],
  precision: 'very-high',
  messages: {
    deprecated: '{api} is deprecated ({code}): {risk}.',
    // Python.
    pyDeprecated: '{api} is deprecated since {deprecated}{removal}{risk}.',
    pyRemoved: '{api} was removed in Python {removed}, and the project targets {target}.',
  },
});

export type Messages = MessageIds<typeof meta>;
