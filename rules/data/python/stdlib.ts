// The standard library's TLS clients: the ssl module's unverified factories, the mail, news and
// FTP clients that connect unverified without a context (CPython gh-91826), and asyncio's
// empty server_hostname.
import type { LibraryTable } from './sink-types.js';

const CERT = 'no-unverified-certificate';
const HOST = 'no-unverified-hostname';
const DEFAULT_CONTEXT = 'ssl.create_default_context()';

export const SSL_MODULE: LibraryTable = {
  owner: 'the ssl module',
  calls: [{ rule: CERT, callees: ['ssl._create_unverified_context', 'ssl._create_stdlib_context'], messageId: 'pyUnverifiedContext', replacement: 'create_default_context' }],
};

/** Classes and methods that wrap their socket with `ssl._create_stdlib_context()` when given no context. */
export const MAIL_AND_FTP: LibraryTable = {
  owner: 'the standard library',
  missing: [
    { rule: CERT, callees: ['smtplib.SMTP_SSL', 'smtplib.SMTP.starttls', 'smtplib.LMTP.starttls', 'smtplib.SMTP_SSL.starttls'], keyword: 'context', safe: DEFAULT_CONTEXT, since: [3, 0] },
    { rule: CERT, callees: ['imaplib.IMAP4_SSL'], keyword: 'ssl_context', safe: DEFAULT_CONTEXT, since: [3, 0] },
    { rule: CERT, callees: ['imaplib.IMAP4.starttls', 'imaplib.IMAP4_SSL.starttls'], keyword: 'ssl_context', position: 0, safe: DEFAULT_CONTEXT, since: [3, 2] },
    { rule: CERT, callees: ['poplib.POP3_SSL'], keyword: 'context', safe: DEFAULT_CONTEXT, since: [3, 0] },
    { rule: CERT, callees: ['poplib.POP3.stls'], keyword: 'context', position: 0, safe: DEFAULT_CONTEXT, since: [3, 4] },
    { rule: CERT, callees: ['ftplib.FTP_TLS'], keyword: 'context', safe: DEFAULT_CONTEXT, since: [3, 0] },
    // nntplib was removed in 3.13 (PEP 594).
    { rule: CERT, callees: ['nntplib.NNTP_SSL'], keyword: 'ssl_context', position: 4, safe: DEFAULT_CONTEXT, since: [3, 2], removed: [3, 13] },
    { rule: CERT, callees: ['nntplib.NNTP.starttls', 'nntplib.NNTP_SSL.starttls'], keyword: 'context', position: 0, safe: DEFAULT_CONTEXT, since: [3, 2], removed: [3, 13] },
  ],
};

/** asyncio: an empty server_hostname turns host name matching (and SNI) off even with check_hostname on. */
export const ASYNCIO: LibraryTable = {
  owner: 'asyncio',
  keywords: [
    {
      rule: HOST,
      callees: ['asyncio.open_connection', 'asyncio.open_unix_connection', 'asyncio.AbstractEventLoop.create_connection', 'asyncio.AbstractEventLoop.start_tls', 'asyncio.AbstractEventLoop.create_unix_connection'],
      methods: ['create_connection', 'start_tls', 'create_unix_connection'],
      keyword: 'server_hostname',
      insecure: ["''"],
    },
  ],
};
