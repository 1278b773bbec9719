// Where Python code writes TLS session secrets out (PYTHON-TLS-FACTS.md 1.7 L1-L3).

/** `ctx.keylog_filename = path` on an ssl.SSLContext (L1, 3.8+). */
export const KEYLOG_ATTRIBUTE = 'keylog_filename';

/**
 * The environment variable that create_default_context(), _create_unverified_context() and
 * urllib3 2.x create_urllib3_context() copy into keylog_filename (L2). Reading it is the opt-in;
 * writing it turns key logging on for every context made afterwards.
 */
export const KEYLOG_ENV = 'SSLKEYLOGFILE';

/** Child processes given an environment of their own (`env=`): SSLKEYLOGFILE there logs the child's keys. */
export const ENV_CHILD_CALLS: readonly string[] = [
  'subprocess.run', 'subprocess.Popen', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output',
  'asyncio.create_subprocess_exec', 'asyncio.create_subprocess_shell',
];

/** The sslkeylog package (pypi.org/p/sslkeylog): set_keylog(path) logs every ssl connection (L3). */
export const SSLKEYLOG_SET = 'sslkeylog.set_keylog';

/** Names that say a condition is a debugging opt-in (the same as the JS part's). */
export { OPT_IN_NAME } from '../node/key-logging.js';
