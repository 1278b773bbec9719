// no-tls-key-logging: TLS session secrets or handshake traces written out (CWE-532; TLS-FACTS.md 1.7, 1.8).
import { ruleMeta, type MessageIds } from '../api.js';
import { KEYLOG_EVENT } from '../data/node/key-logging.js';

/** The opt-in the wrapping fix puts around a listener. */
export const OPT_IN = 'process.env.TLS_KEYLOG_FILE';
export const meta = ruleMeta({
  id: 'no-tls-key-logging',
  description: 'TLS session keys and handshake traces must not be written out outside an explicit opt-in.',
  rationale:
    "The 'keylog' event hands out the secrets of each TLS session, and --tls-keylog writes them to a file: together with a packet capture they decrypt the whole connection, past and future. enableTrace and --trace-tls print every handshake to stderr, which Node itself warns can expose sensitive data. Both are debugging aids; left on, they put decryption keys and session details into files and log pipelines that many more people can read than the traffic was meant for.",
  category: 'logging',
  defaultSeverity: 'warning',
  cwe: [532],
  securitySeverity: 5.3,
  fixKinds: ['safe', 'suggestion'],
  precision: 'high',
  messages: {
    listener: `A '${KEYLOG_EVENT}' listener writes TLS session keys to {writer}, enough to decrypt captured traffic.`,
    enableTrace: 'enableTrace: true{condition} prints every TLS handshake to stderr, which can leak sensitive data into logs.',
    keylogFlag: '--tls-keylog in {where}{condition} writes all TLS session keys to a file: whoever reads it can decrypt traffic.',
    traceFlag: '--trace-tls in {where}{condition} prints every TLS handshake to stderr, which can leak sensitive data into logs.',
    // Python.
    pyKeylogFile: 'keylog_filename writes TLS session keys to {path}, enough to decrypt captured traffic.',
    pyKeylogEnv: 'Setting SSLKEYLOGFILE makes {who} write TLS session keys to {path}, enough to decrypt captured traffic.',
    pyKeylogPackage: 'sslkeylog.set_keylog() writes the session keys of every ssl connection to {path}, enough to decrypt traffic.',
  },
});

export type Messages = MessageIds<typeof meta>;
