// no-global-tls-bypass: `process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'` (CWE-295).
import { ruleMeta, type MessageIds } from '../api.js';

export const meta = ruleMeta({
  id: 'no-global-tls-bypass',
  description: 'NODE_TLS_REJECT_UNAUTHORIZED must not be set to 0.',
  rationale:
    'Setting NODE_TLS_REJECT_UNAUTHORIZED to 0 turns certificate verification off for every later TLS connection of the process: https, fetch, WebSocket and database clients alike, including ones in dependencies. Node reads it at every connect, so one line in a test helper or a startup script silently exposes the whole process to impersonation.',
  category: 'certificate',
  defaultSeverity: 'error',
  cwe: [295],
  securitySeverity: 8.1,
  fixKinds: ['suggestion'],
  precision: 'very-high',
  messages: {
    assign:
      'Setting NODE_TLS_REJECT_UNAUTHORIZED to 0{condition} disables certificate verification for every TLS connection of this process, so anyone on the network path can impersonate any server. Remove it and trust the needed CA with NODE_EXTRA_CA_CERTS or the ca option.',
    childEnv:
      'The environment given to {api} sets NODE_TLS_REJECT_UNAUTHORIZED to 0{condition}, which disables certificate verification for every TLS connection of the process it starts, so anyone on the network path can impersonate any server. Remove it and trust the needed CA with NODE_EXTRA_CA_CERTS or the ca option.',
    loopDefault: 'This default, copied into process.env, sets NODE_TLS_REJECT_UNAUTHORIZED to 0{condition}: no TLS connection is verified.',
  },
});

export type Messages = MessageIds<typeof meta>;
