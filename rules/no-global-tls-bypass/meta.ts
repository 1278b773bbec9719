// no-global-tls-bypass: `process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'` (CWE-295).
import { ruleMeta, type MessageIds } from '../api.js';

export const meta = ruleMeta({
  id: 'no-global-tls-bypass',
  description: 'Certificate verification must not be turned off for a whole process or tool (NODE_TLS_REJECT_UNAUTHORIZED=0, strict-ssl=false).',
  rationale:
    'Setting NODE_TLS_REJECT_UNAUTHORIZED to 0 turns certificate verification off for every later TLS connection of the process: https, fetch, WebSocket and database clients alike, including ones in dependencies. Node reads it at every connect, so one line in a test helper, a package.json script, a Dockerfile ENV or a compose file silently exposes the whole process to impersonation. npm\'s strict-ssl=false, Yarn\'s enableStrictSsl: false, git\'s http.sslVerify=false and GIT_SSL_NO_VERIFY do the same for every package or repository those tools fetch.',
  category: 'certificate',
  defaultSeverity: 'error',
  cwe: [295],
  securitySeverity: 8.1,
  fixKinds: ['suggestion'],
  precision: 'very-high',
  messages: {
    assign: 'NODE_TLS_REJECT_UNAUTHORIZED=0{condition} makes the whole process accept any certificate.',
    childEnv: '{api} passes NODE_TLS_REJECT_UNAUTHORIZED=0{condition}: the new process accepts any certificate.',
    // Project files (package.json scripts, .npmrc, .env, Dockerfile, compose, Kubernetes, CI).
    envVar: '{name}={value} in {where} makes {who} accept any certificate.',
    toolSetting: '{setting} in {where} makes {tool} accept any certificate.',
    // Python.
    pyDefaultContext: 'Replacing ssl._create_default_https_context makes every urllib and http.client connection accept any certificate.',
    pyHttpsVerify: 'PYTHONHTTPSVERIFY=0{condition} makes the whole process accept any certificate on Python 2.7.',
    pyCurlCaBundle: 'An empty CURL_CA_BUNDLE{condition} makes requests before 2.28 accept any certificate.',
  },
});

export type Messages = MessageIds<typeof meta>;
