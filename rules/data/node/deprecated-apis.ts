// Deprecated and removed TLS APIs (TLS-FACTS.md 1.9; nodejs.org/api/deprecations.html).
import type { ModuleRef } from '../../js/api.js';

export interface DeprecatedApi {
  /** Where the API lives; a call of it, `new` of it, or (for methods) a call on an instance made by one of `receivers`. */
  ref: ModuleRef;
  /** As people write it, for the message: "tls.createSecurePair()". */
  shown: string;
  /** Node's deprecation code. */
  code: string;
  /** What goes wrong beyond the deprecation, for the message: one short clause, "removed in Node 24, and ...". */
  risk: string;
  /** For a call that is replaced by another module function taking the same arguments. */
  replaceWith?: { module: string; member: string };
}

export const DEPRECATED_APIS: readonly DeprecatedApi[] = [
  {
    ref: { module: 'tls', path: ['createSecurePair'] },
    shown: 'tls.createSecurePair()',
    code: 'DEP0064',
    risk: 'removed in Node 24, and it never checks the host name',
  },
  {
    ref: { module: 'tls', path: ['SecurePair'] },
    shown: 'tls.SecurePair',
    code: 'DEP0043',
    risk: 'gone from current Node, and it never checks the host name',
  },
  {
    ref: { module: 'crypto', path: ['createCredentials'] },
    shown: 'crypto.createCredentials()',
    code: 'DEP0010',
    risk: 'removed in Node 11, it throws on every maintained Node',
    replaceWith: { module: 'tls', member: 'createSecureContext' },
  },
  {
    ref: { module: 'crypto', path: ['Credentials'] },
    shown: 'crypto.Credentials',
    code: 'DEP0011',
    risk: 'removed in Node 11, it throws on every maintained Node',
  },
];

/** `server.setOptions()` of a tls.Server (https and http2 secure servers are tls.Servers). */
export const DEPRECATED_SERVER_METHOD = {
  method: 'setOptions',
  /** What makes the receiver: `tls.createServer()`, `new tls.Server()`, ... (paths as the engine resolves an instance's callee). */
  receivers: [
    { module: 'tls', path: ['createServer'] },
    { module: 'tls', path: ['Server'] },
    { module: 'https', path: ['createServer'] },
    { module: 'https', path: ['Server'] },
    { module: 'http2', path: ['createSecureServer'] },
  ] as readonly ModuleRef[],
  shown: 'server.setOptions()',
  code: 'DEP0122',
  risk: 'it changes the TLS options of a running server',
};
