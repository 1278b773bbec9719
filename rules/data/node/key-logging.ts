// Where TLS secrets leave the process (TLS-FACTS.md 1.3 enableTrace, 1.7 flags, 1.8 'keylog').

/** `socket.on('keylog', (line) => …)`: the listener receives NSS key-log lines (the session secrets). */
export const KEYLOG_EVENT = 'keylog';

/** Node command-line flags that write secrets or handshake traces for every TLS socket of the process. */
export const KEY_LOG_FLAGS: readonly { flag: string; messageId: 'keylogFlag' | 'traceFlag' }[] = [
  { flag: '--tls-keylog', messageId: 'keylogFlag' },
  { flag: '--trace-tls', messageId: 'traceFlag' },
];

/** fs functions that write their data argument somewhere. */
export const FS_MODULES: ReadonlySet<string> = new Set(['fs', 'fs/promises']);
export const FS_WRITERS: ReadonlySet<string> = new Set(['appendFile', 'appendFileSync', 'writeFile', 'writeFileSync', 'write', 'writeSync']);
/** Methods of streams, sockets, responses and FileHandles that write their argument. */
export const WRITE_METHODS: ReadonlySet<string> = new Set(['write', 'end', 'appendFile', 'writeFile']);
/** Methods of console and of loggers (pino, winston, bunyan, log4js, debug). */
export const LOG_METHODS: ReadonlySet<string> = new Set(['log', 'info', 'debug', 'warn', 'warning', 'error', 'trace', 'fatal', 'verbose', 'silly', 'notice', 'dir']);
/** Plain functions that log: `debug(line)` from the debug package, a `log(line)` helper. */
export const LOG_FUNCTIONS: ReadonlySet<string> = new Set(['log', 'debug', 'trace', 'logger']);

/** Names that say a condition is a debugging opt-in: `if (config.debugTls)`, `if (KEYLOG)`, `if (opts.verbose)`. */
export const OPT_IN_NAME = /debug|key_?log|log_?keys|trace|verbose/i;
