// Deprecated and removed Python TLS APIs (PYTHON-TLS-FACTS.md 1.8 D1-D9), with the versions that
// decide how bad using them is: deprecated code warns, removed code fails on the target Python.

/** A CPython version as [major, minor]. */
export type PyVersion = readonly [number, number];

export interface PyDeprecatedApi {
  /** Catalogue row. */
  row: string;
  /** What the rule looks for: a module function or class (qualified), or a method name on any receiver. */
  match: { callee: string } | { method: string };
  /** As people write it, for the message: "ssl.wrap_socket()". */
  shown: string;
  /** The Python version that deprecated it (a DeprecationWarning or the docs). */
  deprecated: PyVersion;
  /** The Python version that removed it (AttributeError / TypeError from then on). */
  removed?: PyVersion;
  /** What else is wrong with it, for the message: one short clause, or none. */
  risk?: string;
  /** What to use instead, for the message: completes "Use …". */
  replacement: string;
  /** The version the replacement needs: a target below it gets no finding (there is nothing better to use). */
  replacementSince?: PyVersion;
}

export const DEPRECATED_CALLS: readonly PyDeprecatedApi[] = [
  {
    row: 'D1', match: { callee: 'ssl.wrap_socket' }, shown: 'ssl.wrap_socket()', deprecated: [3, 7], removed: [3, 12],
    risk: 'it sends no SNI and checks no host name',
    replacement: "a context's wrap_socket()", replacementSince: [3, 4],
  },
  {
    row: 'D2', match: { callee: 'ssl.match_hostname' }, shown: 'ssl.match_hostname()', deprecated: [3, 7], removed: [3, 12],
    replacement: 'a context that checks host names (ssl.create_default_context())', replacementSince: [3, 4],
  },
  {
    row: 'D8', match: { method: 'set_npn_protocols' }, shown: 'set_npn_protocols()', deprecated: [3, 10],
    replacement: 'set_alpn_protocols()', replacementSince: [3, 5],
  },
  {
    row: 'D8', match: { method: 'selected_npn_protocol' }, shown: 'selected_npn_protocol()', deprecated: [3, 10],
    replacement: 'selected_alpn_protocol()', replacementSince: [3, 5],
  },
];

/**
 * Names current Pythons lack, for feature tests (`hasattr(ssl, "wrap_socket")` holds only on old
 * ones): the removed functions above, and the SSLv2/SSLv3 constants no current OpenSSL build has (P1).
 */
export const ABSENT_NAMES: ReadonlySet<string> = new Set([
  ...DEPRECATED_CALLS.flatMap((api) => ('callee' in api.match && api.removed ? [api.match.callee.split('.').pop()!] : [])),
  'PROTOCOL_SSLv2',
  'PROTOCOL_SSLv3',
]);

/** NPN methods and their ALPN replacements (D8 fix). */
export const NPN_TO_ALPN: Readonly<Record<string, string>> = {
  set_npn_protocols: 'set_alpn_protocols',
  selected_npn_protocol: 'selected_alpn_protocol',
};

/** `ssl.SSLContext()` without a protocol (D3) and with PROTOCOL_TLS / PROTOCOL_SSLv23 / PROTOCOL_TLSv1_2 (D4). */
export const CONTEXT_PROTOCOL_DEPRECATION = { deprecated: [3, 10] as PyVersion, replacementSince: [3, 6] as PyVersion };

/** Setting an OP_NO_<version> flag (D5): deprecated in the docs since 3.7, warns since 3.10. */
export const OP_NO_VERSION_DEPRECATION = { deprecated: [3, 10] as PyVersion, replacementSince: [3, 7] as PyVersion };

/**
 * Keyword arguments removed in 3.12 (D6): the certificate and key of the stdlib clients, and
 * HTTPSConnection's check_hostname, whatever its value (removed: the call raises TypeError on
 * 3.12). `check_hostname=False` is also no-unverified-hostname's (H4).
 */
export interface PyDeprecatedKeyword {
  row: string;
  callee: string;
  keywords: readonly { name: string; position?: number }[];
  shown: string;
  deprecated: PyVersion;
  removed: PyVersion;
  /** The keyword that takes a context instead ('context', 'ssl_context' for imaplib). */
  contextKeyword: string;
}

const keyCert = (keyfile: number | undefined, certfile: number | undefined) => [{ name: 'keyfile', position: keyfile }, { name: 'certfile', position: certfile }];

export const DEPRECATED_KEYWORDS: readonly PyDeprecatedKeyword[] = [
  // SMTP_SSL(host='', port=0, local_hostname=None, keyfile=None, certfile=None, ...)
  { row: 'D6', callee: 'smtplib.SMTP_SSL', keywords: keyCert(3, 4), shown: 'smtplib.SMTP_SSL()', deprecated: [3, 6], removed: [3, 12], contextKeyword: 'context' },
  // SMTP.starttls(keyfile=None, certfile=None, context=None)
  { row: 'D6', callee: 'smtplib.SMTP.starttls', keywords: keyCert(0, 1), shown: 'starttls()', deprecated: [3, 6], removed: [3, 12], contextKeyword: 'context' },
  // IMAP4_SSL(host='', port=993, keyfile=None, certfile=None, ssl_context=None, ...)
  { row: 'D6', callee: 'imaplib.IMAP4_SSL', keywords: keyCert(2, 3), shown: 'imaplib.IMAP4_SSL()', deprecated: [3, 6], removed: [3, 12], contextKeyword: 'ssl_context' },
  // POP3_SSL(host, port=995, keyfile=None, certfile=None, timeout=..., context=None)
  { row: 'D6', callee: 'poplib.POP3_SSL', keywords: keyCert(2, 3), shown: 'poplib.POP3_SSL()', deprecated: [3, 6], removed: [3, 12], contextKeyword: 'context' },
  // FTP_TLS(host='', user='', passwd='', acct='', keyfile=None, certfile=None, context=None, ...)
  { row: 'D6', callee: 'ftplib.FTP_TLS', keywords: keyCert(4, 5), shown: 'ftplib.FTP_TLS()', deprecated: [3, 6], removed: [3, 12], contextKeyword: 'context' },
  // HTTPSConnection(host, port=None, key_file=None, cert_file=None, timeout=..., source_address=None, *, context=None, check_hostname=None, ...)
  {
    row: 'D6', callee: 'http.client.HTTPSConnection', keywords: [{ name: 'key_file', position: 2 }, { name: 'cert_file', position: 3 }, { name: 'check_hostname' }],
    shown: 'http.client.HTTPSConnection()', deprecated: [3, 6], removed: [3, 12], contextKeyword: 'context',
  },
  // urlopen(url, data=None, timeout=..., *, cafile=None, capath=None, cadefault=False, context=None) (D7)
  {
    row: 'D7', callee: 'urllib.request.urlopen', keywords: [{ name: 'cafile' }, { name: 'capath' }, { name: 'cadefault' }],
    shown: 'urllib.request.urlopen()', deprecated: [3, 6], removed: [3, 13], contextKeyword: 'context',
  },
];

/**
 * aiohttp keywords deprecated in favour of `ssl=` (D9, aiohttp 3.0). `verify_ssl=False` is an
 * unverified connection first (no-unverified-certificate's C18) and is left to that rule.
 */
export const AIOHTTP_DEPRECATED_KEYWORDS: Readonly<Record<string, 'drop-if-true' | 'rename' | 'fingerprint'>> = {
  verify_ssl: 'drop-if-true',
  ssl_context: 'rename',
  fingerprint: 'fingerprint',
};

const AIOHTTP_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'ws_connect'];
/** The aiohttp calls that take them. */
export const AIOHTTP_CALLEES: readonly string[] = [
  'aiohttp.request', 'aiohttp.TCPConnector', 'aiohttp.connector.TCPConnector',
  ...AIOHTTP_VERBS.map((v) => `aiohttp.ClientSession.${v}`),
];
