// Python clients that send credentials or data without TLS, or can be pushed off it
// (PYTHON-TLS-FACTS.md 1.9 T1-T12).

/**
 * A stdlib client that starts in cleartext (T1, T3, T4, T5): its login methods send the password
 * as is unless `upgrade` was called on the same object first.
 */
export interface CleartextClient {
  row: string;
  /** The class, as the import resolves it. */
  classes: readonly string[];
  /** "SMTP", for messages. */
  protocol: string;
  /** Methods that send credentials. */
  logins: readonly string[];
  /** Methods that start the login by naming the user (POP3 `user`): the fix upgrades before them. */
  identify?: readonly string[];
  /** What a login method sends when it is not the password itself, for messages (POP3 `apop`: a digest). */
  secrets?: Readonly<Record<string, string>>;
  /** The method that switches the connection to TLS, if the protocol has one, and its context keyword. */
  upgrade?: string;
  upgradeContext?: string;
  /** The TLS class to use instead (T5: FTP has no upgrade on the same object). */
  tlsClass?: string;
  /** Keyword and position of the constructor's host argument. */
  host: { keyword: string; position: number };
  /** A constructor that logs in by itself when given a user (ftplib.FTP(host, user, passwd)). */
  constructorLogin?: { keyword: string; position: number };
  /** The method that connects later (`SMTP.connect(host, port)`), with its host position. */
  connect?: { method: string; position: number };
}

export const CLEARTEXT_CLIENTS: readonly CleartextClient[] = [
  // T1: smtplib.SMTP(host='', port=0, ...): login(user, password), auth(mechanism, authobject).
  { row: 'T1', classes: ['smtplib.SMTP'], protocol: 'SMTP', logins: ['login', 'auth'], upgrade: 'starttls', upgradeContext: 'context', host: { keyword: 'host', position: 0 }, connect: { method: 'connect', position: 0 } },
  // T3: imaplib.IMAP4(host='', port=143, timeout=None): login, authenticate, login_cram_md5.
  { row: 'T3', classes: ['imaplib.IMAP4'], protocol: 'IMAP', logins: ['login', 'authenticate', 'login_cram_md5'], upgrade: 'starttls', upgradeContext: 'ssl_context', host: { keyword: 'host', position: 0 } },
  // T4: poplib.POP3(host, port=110, timeout=...): pass_() sends the password (user() only the name);
  // apop() sends MD5(banner timestamp + password), which a listener can brute-force offline. rpop()
  // is left out: RFC 1081's RPOP sends a user name only and trusts the client's source port.
  { row: 'T4', classes: ['poplib.POP3'], protocol: 'POP3', logins: ['pass_', 'apop'], identify: ['user'], secrets: { apop: 'password digest' }, upgrade: 'stls', upgradeContext: 'context', host: { keyword: 'host', position: 0 } },
  // T5: ftplib.FTP(host='', user='', passwd='', acct='', ...): logs in itself when given a user.
  {
    row: 'T5', classes: ['ftplib.FTP'], protocol: 'FTP', logins: ['login'], tlsClass: 'FTP_TLS', host: { keyword: 'host', position: 0 },
    constructorLogin: { keyword: 'user', position: 1 }, connect: { method: 'connect', position: 0 },
  },
];

/** FTP users that carry no secret: an anonymous login is public anyway. */
export const ANONYMOUS_FTP_USERS: ReadonlySet<string> = new Set(['', 'anonymous', 'ftp']);

/**
 * T2: a test of what the server offers that makes STARTTLS optional (`if server.has_extn("starttls"):`,
 * `"starttls" in server.esmtp_features`, `"STARTTLS" in imap.capabilities`, `"STLS" in pop.capa()`).
 */
export const STARTTLS_OFFER_CHECK = /\bhas_extn\b|\besmtp_features\b|\bcapabilities\b|\bcapa\(/;

/**
 * FTP_TLS (T6, T7): login(user, passwd, acct, secure=True) skips AUTH TLS with secure=False; the
 * data channel stays clear until prot_p(); ccc() reverts the control channel to cleartext.
 */
export const FTP_TLS = {
  classes: ['ftplib.FTP_TLS'],
  login: 'login',
  secureKeyword: 'secure',
  secureLoginPosition: 3,
  protect: 'prot_p',
  unprotect: 'prot_c',
  clearControl: 'ccc',
  /** Methods that open a data connection. */
  transfers: ['retrbinary', 'retrlines', 'storbinary', 'storlines', 'nlst', 'dir', 'mlsd', 'transfercmd', 'ntransfercmd'],
  constructorLogin: { keyword: 'user', position: 1 },
} as const;

/** libpq sslmode values that let the connection run without TLS (T8); require/verify-* never do. */
export const LIBPQ_PLAINTEXT_MODES: Readonly<Record<string, string>> = {
  disable: 'turns TLS off',
  allow: 'tries without TLS first',
  prefer: 'falls back to no TLS',
};

/** Where libpq connection settings are written (T8): DSN strings, URLs and keywords. */
export const LIBPQ_CONNECT = {
  /** Calls taking a DSN or URL at `position`/`keyword`, and libpq keywords as keyword arguments. */
  calls: [
    { callee: 'psycopg2.connect', dsn: { keyword: 'dsn', position: 0 } },
    { callee: 'psycopg2.pool.SimpleConnectionPool', dsn: { keyword: 'dsn', position: 2 } },
    { callee: 'psycopg2.pool.ThreadedConnectionPool', dsn: { keyword: 'dsn', position: 2 } },
    { callee: 'psycopg.connect', dsn: { keyword: 'conninfo', position: 0 } },
    { callee: 'psycopg.Connection.connect', dsn: { keyword: 'conninfo', position: 0 } },
    { callee: 'psycopg.AsyncConnection.connect', dsn: { keyword: 'conninfo', position: 0 } },
    { callee: 'psycopg_pool.ConnectionPool', dsn: { keyword: 'conninfo', position: 0 } },
    { callee: 'psycopg_pool.AsyncConnectionPool', dsn: { keyword: 'conninfo', position: 0 } },
    { callee: 'asyncpg.connect', dsn: { keyword: 'dsn', position: 0 } },
    { callee: 'asyncpg.create_pool', dsn: { keyword: 'dsn', position: 0 } },
  ],
  /** SQLAlchemy: a URL at position 0, libpq keywords in connect_args={...}. */
  engines: ['sqlalchemy.create_engine', 'sqlalchemy.ext.asyncio.create_async_engine'],
  engineArgs: 'connect_args',
  /** URL schemes that reach libpq (SQLAlchemy adds +driver). */
  schemes: /^postgres(ql)?(\+\w+)?$/i,
  /** Django: DATABASES[...] with a postgresql ENGINE, HOST, and OPTIONS {"sslmode": ...}. */
  djangoEngine: /postgres/i,
  /** Flask-SQLAlchemy settings holding an engine URL (module or config-class attributes). */
  urlSettings: ['SQLALCHEMY_DATABASE_URI'],
  /**
   * Flask-SQLAlchemy settings holding create_engine()'s keyword arguments for that URL ("a dict of
   * arguments to pass to sqlalchemy.create_engine() for the default engine", since 2.4):
   * `connect_args` among them.
   */
  engineOptionSettings: ['SQLALCHEMY_ENGINE_OPTIONS'],
} as const;

/** Kafka clients (T9): SASL_PLAINTEXT sends the SASL exchange and every message in cleartext. */
export const KAFKA = {
  keywordClients: [
    'kafka.KafkaProducer', 'kafka.KafkaConsumer', 'kafka.KafkaAdminClient', 'kafka.KafkaClient', 'kafka.admin.KafkaAdminClient',
    'aiokafka.AIOKafkaProducer', 'aiokafka.AIOKafkaConsumer', 'aiokafka.admin.AIOKafkaAdminClient',
  ],
  keyword: 'security_protocol',
  passwordKeywords: ['sasl_plain_password', 'sasl_oauth_token_provider'],
  serversKeyword: 'bootstrap_servers',
  /** confluent-kafka takes one config dict (librdkafka property names). */
  configClients: ['confluent_kafka.Producer', 'confluent_kafka.Consumer', 'confluent_kafka.admin.AdminClient', 'confluent_kafka.AdminClient', 'confluent_kafka.DeserializingConsumer', 'confluent_kafka.SerializingProducer'],
  configKey: 'security.protocol',
  configPasswordKeys: ['sasl.password', 'sasl.oauthbearer.client.secret'],
  configServersKey: 'bootstrap.servers',
  plaintextValues: ['SASL_PLAINTEXT'],
} as const;

/** gRPC (T10): a channel without TLS, and the secure call that replaces it. */
export const GRPC_INSECURE_CHANNELS: readonly { callee: string; secure: string }[] = [
  { callee: 'grpc.insecure_channel', secure: 'secure_channel' },
  { callee: 'grpc.aio.insecure_channel', secure: 'secure_channel' },
];
export const GRPC_CREDENTIALS = 'grpc.ssl_channel_credentials';

/** boto3 / botocore (T11): clients over plain HTTP. */
export const BOTO_CLIENTS = {
  callees: ['boto3.client', 'boto3.resource', 'boto3.session.Session.client', 'boto3.session.Session.resource', 'boto3.Session.client', 'boto3.Session.resource', 'botocore.session.get_session().create_client', 'botocore.session.Session.create_client'],
  useSsl: 'use_ssl',
  endpoint: 'endpoint_url',
} as const;

/**
 * Settings modules (T12). Django's SMTP backend logs in when EMAIL_HOST_USER and
 * EMAIL_HOST_PASSWORD are set and uses TLS only with EMAIL_USE_TLS or EMAIL_USE_SSL (both default
 * False, EMAIL_HOST defaults to localhost); Flask-Mail likewise with its MAIL_ names.
 */
export const MAIL_SETTINGS: readonly { framework: string; host: string; password: string; tls: readonly string[]; defaultHost: string }[] = [
  { framework: 'Django', host: 'EMAIL_HOST', password: 'EMAIL_HOST_PASSWORD', tls: ['EMAIL_USE_TLS', 'EMAIL_USE_SSL'], defaultHost: 'localhost' },
  { framework: 'Flask-Mail', host: 'MAIL_SERVER', password: 'MAIL_PASSWORD', tls: ['MAIL_USE_TLS', 'MAIL_USE_SSL'], defaultHost: 'localhost' },
];
