// require-servername: connections that send no SNI (TLS-FACTS.md 1.1 #1-#3). An interop problem
import { ruleMeta, type MessageIds } from '../api.js';
export const meta = ruleMeta({
  id: 'require-servername',
  description: 'TLS clients that do not send SNI by themselves must be given servername.',
  rationale:
    "tls.connect() never derives SNI from host: without servername the client does not say which server it wants, and servers that host several names (CDNs, load balancers, managed databases) answer with a default certificate, which then fails verification or, worse, belongs to someone else's virtual host. https, http2 and most libraries set SNI themselves; raw tls.connect, ioredis, node-redis and ldapjs do not.",
  category: 'sni',
  defaultSeverity: 'warning',
  cwe: [],
  securitySeverity: 5.3,
  fixKinds: ['suggestion'],
  precision: 'high',
  // It reads only calls of sinks that send no SNI by themselves: their modules must be named.
  messages: {
    missing: '{sink} to {host}{condition} sends no SNI: a shared server may send the wrong certificate.',
    missingSocket: '{sink} over an existing socket sends no SNI: a shared server may send the wrong certificate.',
    ipServername: "servername is the IP address '{value}'{condition}: SNI carries host names only (RFC 6066), and Node warns (DEP0123).",
    // Python.
    pyMissing: '{method}() without server_hostname sends no SNI: a shared server may send the wrong certificate.',
    pyConnection: 'This pyOpenSSL client sends no SNI without set_tlsext_host_name(): a shared server may send the wrong certificate.',
  },
});

export type Messages = MessageIds<typeof meta>;
