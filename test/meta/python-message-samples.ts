// Realistic data for the Python parts' messages (test/meta/message-samples.ts holds the rest and
// merges these in): the longest data ordinary Python code gets, from the tables the parts read.
import { conditionsSuffix } from '../../rules/common/conditions.js';
import { DEPRECATED_CALLS, DEPRECATED_KEYWORDS } from '../../rules/data/python/deprecated-apis.js';
import { PY_LIBRARIES } from '../../rules/data/python/index.js';
import { CLEARTEXT_CLIENTS, GRPC_INSECURE_CHANNELS, LIBPQ_PLAINTEXT_MODES, MAIL_SETTINGS } from '../../rules/data/python/plaintext.js';
import { SSL_OPTION_FLAGS } from '../../rules/data/python/secure-options.js';
import { CONTEXT_WRAPPERS } from '../../rules/data/python/sni.js';
import { conditionText } from '../../rules/python/values.js';

type Data = Record<string, string>;

/** A condition as long as a Python condition gets: the source it quotes is cut at 32 characters (server/src/lang/python/names.ts). */
const WHEN = 'when settings.DEBUG or settings.TEST…';
const CONDITION = conditionsSuffix(WHEN);
/** The longest target text pyRemoved quotes. */
const TARGET = '3.12+ (requires-python ">=3.12,<4" in pyproject.toml)';

const keywords = (rule: string) => PY_LIBRARIES.flatMap((t) => (t.keywords ?? []).filter((k) => k.rule === rule).flatMap((k) => k.insecure.map((v) => ({ option: `${k.key ?? k.keyword}=${String(v)}`, owner: t.owner, condition: CONDITION }))));
const attributes = (rule: string) => PY_LIBRARIES.flatMap((t) => (t.attributes ?? []).filter((a) => a.rule === rule).map((a) => ({ option: `self.session.${a.attribute} = False`, owner: t.owner, condition: CONDITION })));
const params = (rule: string) => PY_LIBRARIES.flatMap((t) => (t.params ?? []).filter((p) => p.rule === rule).flatMap((p) => p.insecure.map((v) => ({ param: `${p.param}=${v}`, why: p.why, owner: t.owner }))));
const flags = (side: 'set' | 'clear') => Object.entries(SSL_OPTION_FLAGS).flatMap(([name, f]) => (f[side]?.rule === 'no-unsafe-secure-options' ? [{ flag: `ssl.${name}`, effect: f[side]!.effect }] : []));

export const PYTHON_MESSAGE_SAMPLES: Record<string, Record<string, readonly Data[]>> = {
  'no-unverified-certificate': {
    pyOption: [...keywords('no-unverified-certificate'), ...attributes('no-unverified-certificate'), { option: 'verify=False', owner: 'requests', condition: conditionText(WHEN, 'passed on to self.session.request()') }],
    pyParam: params('no-unverified-certificate'),
    pyNoContext: [
      { call: 'smtplib.SMTP().starttls()', keyword: 'context', version: '' },
      { call: 'imaplib.IMAP4_SSL()', keyword: 'ssl_context', version: "; the project's Python 3.2 lacks ssl_context=" },
    ],
    pyNoContextWhen: [
      { call: 'imaplib.IMAP4_SSL()', keyword: 'ssl_context', condition: conditionText(WHEN) },
      { call: 'smtplib.SMTP().starttls()', keyword: 'context', condition: conditionText('when a_long_tls_context_name is not given') },
    ],
    pyUnverifiedContext: [{ factory: 'ssl._create_unverified_context()' }, { factory: 'ssl._create_stdlib_context()' }],
    pyCertNone: [{ condition: CONDITION }],
    pyBareContext: [{ call: 'ssl.SSLContext(ssl.PROTOCOL_TLS)' }, { call: 'ssl.SSLContext(…)' }],
    pyWrapSocket: [{}],
    pyVerifyNone: [{}],
    pyAcceptAll: [{}],
    pyNoSetVerify: [{}],
    pyPeerCertUnverified: [{}],
    pyTwisted: [{}],
    pyTwistedOptions: [{ what: 'CertificateOptions() without trustRoot=' }, { what: 'verify=False' }],
  },
  'no-unverified-hostname': {
    pyOption: [...keywords('no-unverified-hostname'), { option: 'server_hostname=""', owner: 'asyncio', condition: CONDITION }],
    pyParam: params('no-unverified-hostname'),
    pyCheckHostname: [{ condition: CONDITION }],
    pyContextNoHostname: [{ call: 'ssl.SSLContext(ssl.PROTOCOL_TLS)' }, { call: 'ssl._create_unverified_context()' }],
    pyWrapSocket: [{}],
    pyMatchHostname: [{}],
    pyOpenSslNoHostname: [{}],
  },
  'no-global-tls-bypass': {
    pyDefaultContext: [{}],
    pyHttpsVerify: [{ condition: CONDITION }],
    pyCurlCaBundle: [{ condition: CONDITION }],
  },
  'no-legacy-tls-version': {
    pyProtocol: [
      { value: 'ssl.PROTOCOL_TLSv1_1', condition: CONDITION, effect: 'pins', protocol: 'TLS 1.1' },
      { value: 'OpenSSL.SSL.SSLv23_METHOD', condition: CONDITION, effect: 'asks for', protocol: 'SSL 3.0' },
    ],
    pyMinimum: [{ value: 'ssl.TLSVersion.TLSv1_1', condition: CONDITION, protocol: 'TLS 1.1' }],
    pyMaximum: [{ value: 'ssl.TLSVersion.TLSv1_1', condition: CONDITION, protocol: 'TLS 1.1' }],
    pyClearedFlag: [
      { flags: 'ssl.OP_NO_SSLv3 and ssl.OP_NO_TLSv1', protocols: 'SSL 3.0 and TLS 1.0', why: 'broken or deprecated protocols', condition: '' },
      { flags: 'ssl.OP_NO_TLSv1_1', protocols: 'TLS 1.1', why: 'protocols RFC 8996 deprecated', condition: '' },
    ],
  },
  'no-plaintext-downgrade': {
    pyLoginCleartext: CLEARTEXT_CLIENTS.filter((c) => c.upgrade).flatMap((c) => c.logins.map((login) => ({ login, protocol: c.protocol, secret: c.secrets?.[login] ?? 'password', upgrade: c.upgrade!, condition: CONDITION }))),
    pyStarttlsOptional: CLEARTEXT_CLIENTS.filter((c) => c.upgrade).map((c) => ({ upgrade: c.upgrade!, protocol: c.protocol })),
    pyUpgradeSwitchedOff: CLEARTEXT_CLIENTS.filter((c) => c.upgrade).flatMap((c) => c.logins.map((login) => ({ switch: 'self.use_starttls', login, protocol: c.protocol, secret: c.secrets?.[login] ?? 'password', upgrade: c.upgrade!, condition: conditionsSuffix('for NotificationRelayMailer, when LEGACY_RELAY') }))),
    pyFtpLogin: [{ condition: CONDITION }],
    pyFtpInsecureLogin: [{}],
    pyFtpDataClear: [{ method: 'retrbinary' }, { method: 'storlines' }],
    pyFtpCcc: [{}],
    pyLibpq: Object.entries(LIBPQ_PLAINTEXT_MODES).map(([mode, effect]) => ({ mode, effect, host: 'a host this file does not name', condition: CONDITION })),
    pyKafka: [{ value: 'SASL_PLAINTEXT', condition: CONDITION }],
    pyBoto: [{ what: 'use_ssl=False' }, { what: "endpoint_url 'http://minio.storage.internal.example.com:9000'" }],
    pyMailSettings: MAIL_SETTINGS.map((m) => ({ framework: m.framework, host: 'smtp.mailgun.example.org', tls: m.tls[0]!, ssl: m.tls[1]! })),
    grpcInsecure: GRPC_INSECURE_CHANNELS.map((g) => ({ callee: g.callee, target: 'payments.internal.example.com:443', condition: CONDITION })),
  },
  'no-tls-key-logging': {
    pyKeylogFile: [{ path: "'/var/log/app/tls-keys.log'" }, { path: 'a file' }],
    pyKeylogEnv: [{ who: 'every later ssl context', path: "'/var/log/app/tls-keys.log'" }, { who: 'the child process', path: 'a file' }],
    pyKeylogPackage: [{ path: "'/var/log/app/tls-keys.log'" }],
  },
  'no-unsafe-secure-options': {
    pyFlag: flags('set'),
    pyClearFlag: flags('clear'),
  },
  'no-weak-key-exchange': {
    pyEcdhCurve: [{ value: 'secp160r1', bits: '160', condition: CONDITION }, { value: 'prime192v1', bits: '192', condition: CONDITION }],
  },
  'no-deprecated-tls-api': {
    pyDeprecated: [
      ...DEPRECATED_CALLS.map((a) => ({ api: a.shown, deprecated: `Python 3.${a.deprecated[1]}`, removal: a.removed ? ` and removed in 3.${a.removed[1]}` : '', risk: a.risk ? `; ${a.risk}` : '' })),
      ...DEPRECATED_KEYWORDS.map((k) => ({ api: `${k.keywords.map((w) => w.name).join(', ')} of ${k.shown}`, deprecated: 'Python 3.6', removal: ` and removed in 3.${k.removed[1]}`, risk: '' })),
      { api: 'ssl.SSLContext() without a protocol', deprecated: 'Python 3.10', removal: '', risk: '' },
      { api: 'verify_ssl= of aiohttp', deprecated: 'aiohttp 3.0', removal: '', risk: '' },
    ],
    pyRemoved: [
      ...DEPRECATED_CALLS.filter((a) => a.removed).map((a) => ({ api: a.shown, removed: `3.${a.removed![1]}`, target: TARGET })),
      // Two of the keywords at once, as a call passes them.
      ...DEPRECATED_KEYWORDS.map((k) => ({ api: `${k.keywords.slice(0, 2).map((w) => w.name).join(', ')} of ${k.shown}`, removed: `3.${k.removed[1]}`, target: TARGET })),
    ],
  },
  'require-servername': {
    pyMissing: CONTEXT_WRAPPERS.map((w) => ({ method: w.method })),
    pyConnection: [{}],
  },
};
