// no-tls-key-logging: TLS session secrets or handshake traces written out (CWE-532; TLS-FACTS.md 1.7, 1.8).
import { ruleMeta, type MessageIds } from '../api.js';
import { KEYLOG_EVENT } from '../data/node/key-logging.js';

/** The opt-in the messages and the wrapping fix suggest. */
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
    pyKeylogFile: 'keylog_filename writes the TLS session keys to {path}, enough to decrypt captured traffic. Remove it.',
    pyKeylogEnv: 'Setting SSLKEYLOGFILE makes {who} log TLS session keys to {path}, enough to decrypt captured traffic. Remove it.',
    pyKeylogPackage: 'sslkeylog.set_keylog() writes the session keys of every ssl connection to {path}, enough to decrypt captured traffic. Remove it.',
    listener: `This '${KEYLOG_EVENT}' listener passes the TLS session keys to {writer}, so anyone who can read that output and a capture of the traffic can decrypt the connections. Register it only behind an explicit opt-in such as if (${OPT_IN}), or remove it.`,
    enableTrace: 'enableTrace: true{condition} prints every TLS handshake of these connections to stderr, which Node warns can expose sensitive data to whoever reads the logs. Remove it, or set it only behind an explicit debug opt-in.',
    keylogFlag: '--tls-keylog in {where}{condition} makes the Node processes started with it write the session keys of every TLS connection to a file, and anyone who can read that file can decrypt recorded traffic. Remove the flag; pass it by hand only in a debugging session.',
    traceFlag: '--trace-tls in {where}{condition} makes the Node processes started with it print every TLS handshake to stderr, which Node warns can expose sensitive data to whoever reads the logs. Remove the flag; pass it by hand only in a debugging session.',
  },
});

export type Messages = MessageIds<typeof meta>;
