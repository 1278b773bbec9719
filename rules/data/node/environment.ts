// What turns TLS verification off or weakens it when written outside the code: environment
// variables, tool settings and command-line switches (TLS-FACTS 7.1, 7.3). Each entry says how
// its own tool reads the value, so that only values that really turn verification off count.

/** npm's reading of a Boolean setting (@npmcli/config parse-field, nopt validateBoolean): 'false' and numeric zeros are false. */
export function npmBooleanIsFalse(value: string): boolean {
  const v = value.trim();
  return v === 'false' || (v !== '' && !Number.isNaN(Number(v)) && Number(v) === 0);
}

/** git's reading of a boolean (`git config --type=bool`): false, no, off, 0. */
export function gitBooleanIsFalse(value: string): boolean {
  return ['false', 'no', 'off', '0'].includes(value.trim().toLowerCase());
}

export interface BypassVariable {
  /** The variable's name; `caseInsensitive` for npm's `npm_config_*`. */
  name: string;
  caseInsensitive?: boolean;
  /** Whom the value turns verification off for, completing "turns certificate checks off for …". */
  who: string;
  disables(value: string): boolean;
  /** What to do instead, for the fix title and the docs. */
  instead: string;
  /** A weaker form: what it turns off depends on the version of the tool. */
  severity?: 'warning';
}

/** Environment variables that turn certificate verification off for every process (or tool) that reads them. */
export const BYPASS_VARIABLES: readonly BypassVariable[] = [
  // Node compares with the string '0' at every connection (TLS-FACTS 7.1).
  { name: 'NODE_TLS_REJECT_UNAUTHORIZED', who: 'Node', disables: (v) => v === '0', instead: 'NODE_EXTRA_CA_CERTS' },
  { name: 'npm_config_strict_ssl', caseInsensitive: true, who: 'npm/pnpm', disables: npmBooleanIsFalse, instead: 'npm_config_cafile' },
  // Yarn 2+ reads every setting from a YARN_ variable (Configuration.ts ENVIRONMENT_PREFIX, names
  // matched in any case), Booleans as exactly 'false' or '0' (miscUtils.parseBoolean).
  { name: 'YARN_ENABLE_STRICT_SSL', caseInsensitive: true, who: 'Yarn 2+', disables: (v) => v === 'false' || v === '0', instead: 'YARN_CA_FILE_PATH' },
  // git turns verification off when the variable is set at all, whatever its value (http.c).
  { name: 'GIT_SSL_NO_VERIFY', who: 'git', disables: () => true, instead: 'GIT_SSL_CAINFO' },
  // PEP 493: Python builds that implement it skip verification for '0'.
  { name: 'PYTHONHTTPSVERIFY', who: 'Python', disables: (v) => v === '0', instead: 'SSL_CERT_FILE' },
  // Empty, it made older versions of Python's requests skip verification (current ones verify:
  // requests' test_env_cert_bundles expects True for CURL_CA_BUNDLE=''). Nobody empties it for another reason.
  { name: 'CURL_CA_BUNDLE', who: 'older Python requests', disables: (v) => v === '', instead: 'REQUESTS_CA_BUNDLE', severity: 'warning' },
];

export function bypassVariable(name: string): BypassVariable | undefined {
  return BYPASS_VARIABLES.find((b) => (b.caseInsensitive ? b.name.toLowerCase() === name.toLowerCase() : b.name === name));
}

/** The variable whose value Node reads as more command-line flags. */
export const NODE_OPTIONS = 'NODE_OPTIONS';

export const CIPHER_LIST_FLAG = '--tls-cipher-list';

/**
 * Node's options whose value may be the next argument (`node -r dotenv/config app.js`): the script
 * starts after that value, not at it (`node --help`).
 */
export const NODE_FLAGS_WITH_VALUE: ReadonlySet<string> = new Set(['-r', '--require', '--import', '--loader', '--experimental-loader', '-C', '--conditions', '--inspect-port', '--title', '--tls-keylog', CIPHER_LIST_FLAG, '--env-file', '--input-type', '--openssl-config', '--redirect-warnings']);

/** The programs whose arguments before the script are Node's own flags. */
export const NODE_PROGRAMS: ReadonlySet<string> = new Set(['node', 'nodejs']);

/** npm-compatible package managers whose `config set` and `--strict-ssl` write npm's setting. */
export const NPM_LIKE: ReadonlySet<string> = new Set(['npm', 'pnpm']);

/** The tool settings that turn certificate verification off for a package manager's registry traffic. */
export const STRICT_SSL_KEYS: ReadonlyMap<string, { tool: string; disables: (v: string) => boolean; instead: string }> = new Map([
  ['strict-ssl', { tool: 'npm', disables: npmBooleanIsFalse, instead: 'cafile=/path/to/ca.pem' }],
  ['enableStrictSsl', { tool: 'Yarn', disables: (v: string) => ['false', '0'].includes(v.trim()), instead: 'caFilePath: /path/to/ca.pem' }],
]);

/** curl's short options that take an argument: in a cluster (`-sSLo out`) the rest is that argument. */
export const CURL_SHORT_WITH_ARGUMENT = new Set('AbcCdDeEFhHKmoPQrtTuUwxXyYz'.split(''));
