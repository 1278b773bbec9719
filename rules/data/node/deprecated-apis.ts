// Deprecated and removed TLS APIs (TLS-FACTS.md 1.9; nodejs.org/api/deprecations.html).
import type { ModuleRef } from '../../js/api.js';

export interface DeprecatedApi {
  /** Where the API lives; a call of it, `new` of it, or (for methods) a call on an instance made by one of `receivers`. */
  ref: ModuleRef;
  /** As people write it, for the message: "tls.createSecurePair()". */
  shown: string;
  /** Node's deprecation code. */
  code: string;
  /** Completes "… is deprecated (DEP0064) and …". */
  status: string;
  /** What goes wrong beyond the deprecation, for the message: one clause. */
  risk: string;
  /** What to use instead: completes "Use …" in the message. */
  replacement: string;
  /** For a call that is replaced by another module function taking the same arguments. */
  replaceWith?: { module: string; member: string };
}

export const DEPRECATED_APIS: readonly DeprecatedApi[] = [
  {
    ref: { module: 'tls', path: ['createSecurePair'] },
    shown: 'tls.createSecurePair()',
    code: 'DEP0064',
    status: 'was removed in Node 24',
    risk: 'a SecurePair never checks that the certificate belongs to the host',
    replacement: 'tls.connect({ socket }) for a client (it checks the host name), or new tls.TLSSocket(socket, options)',
  },
  {
    ref: { module: 'tls', path: ['SecurePair'] },
    shown: 'tls.SecurePair',
    code: 'DEP0043',
    status: 'is not exported by current Node, so using it throws',
    risk: 'a SecurePair never checks that the certificate belongs to the host',
    replacement: 'tls.connect({ socket }) for a client (it checks the host name), or new tls.TLSSocket(socket, options)',
  },
  {
    ref: { module: 'crypto', path: ['createCredentials'] },
    shown: 'crypto.createCredentials()',
    code: 'DEP0010',
    status: 'was removed in Node 11',
    risk: 'this code throws on every maintained Node version, or keeps the service on one without security fixes',
    replacement: 'tls.createSecureContext() with the same options',
    replaceWith: { module: 'tls', member: 'createSecureContext' },
  },
  {
    ref: { module: 'crypto', path: ['Credentials'] },
    shown: 'crypto.Credentials',
    code: 'DEP0011',
    status: 'was removed in Node 11',
    risk: 'this code throws on every maintained Node version, or keeps the service on one without security fixes',
    replacement: 'tls.createSecureContext()',
  },
];

/** `server.setOptions()` of a tls.Server (https and http2 secure servers are tls.Servers). */
export const DEPRECATED_SERVER_METHOD = {
  method: 'setOptions',
  /** What makes the receiver: `tls.createServer()`, `new tls.Server()`, … (paths as the engine resolves an instance's callee). */
  receivers: [
    { module: 'tls', path: ['createServer'] },
    { module: 'tls', path: ['Server'] },
    { module: 'https', path: ['createServer'] },
    { module: 'https', path: ['Server'] },
    { module: 'http2', path: ['createSecureServer'] },
  ] as readonly ModuleRef[],
  shown: 'server.setOptions()',
  code: 'DEP0122',
  status: 'may be removed in a future release',
  risk: 'it changes requestCert, rejectUnauthorized and other options of a server that is already running',
  replacement: 'the options of tls.createServer(), and server.setSecureContext() to replace the certificate at runtime',
};
