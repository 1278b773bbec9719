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
    assign: 'NODE_TLS_REJECT_UNAUTHORIZED=0{condition} makes the whole process accept any certificate.',
    childEnv: '{api} passes NODE_TLS_REJECT_UNAUTHORIZED=0{condition}: the new process accepts any certificate.',
  },
});

export type Messages = MessageIds<typeof meta>;
