// Where Python code hands OpenSSL a cipher string (PYTHON-TLS-FACTS.md 1.4 W1). The strings are
// the same grammar as Node's `ciphers` and go through rules/ciphers/ unchanged; only TLS 1.2 and
// lower are affected (set_ciphers never touches the TLS 1.3 suites).

/** A call argument that is a cipher string. `callee` as in protocols.ts (`Class.method` for a method). */
export interface PyCipherParam {
  callee: string;
  keyword: string;
  position?: number;
  /** Shown in messages: "set_ciphers()". */
  shown: string;
  /**
   * The receiver is only known by the method name (`anything.set_ciphers(...)`): the name is
   * TLS-specific, but the value may still not reach OpenSSL, so only strings the evaluator
   * recognises are reported.
   */
  anyReceiver?: boolean;
}

const URLLIB3_CONTEXT = ['urllib3.util.ssl_.create_urllib3_context', 'urllib3.util.create_urllib3_context'];
const REDIS_CLIENTS = ['redis.Redis', 'redis.StrictRedis', 'redis.client.Redis', 'redis.asyncio.Redis', 'redis.asyncio.client.Redis', 'redis.SSLConnection', 'redis.connection.SSLConnection', 'redis.RedisCluster', 'redis.cluster.RedisCluster'];
const KAFKA_PYTHON = ['kafka.KafkaProducer', 'kafka.KafkaConsumer', 'kafka.KafkaAdminClient', 'kafka.KafkaClient', 'kafka.admin.KafkaAdminClient'];

export const CIPHER_PARAMS: readonly PyCipherParam[] = [
  // ssl: SSLContext.set_ciphers(ciphers); the method of every context, whoever made it.
  { callee: 'ssl.SSLContext.set_ciphers', keyword: 'ciphers', position: 0, shown: 'set_ciphers()', anyReceiver: true },
  // ssl.wrap_socket(sock, keyfile, certfile, server_side, cert_reqs, ssl_version, ca_certs, do_handshake_on_connect, suppress_ragged_eofs, ciphers).
  { callee: 'ssl.wrap_socket', keyword: 'ciphers', position: 9, shown: 'ssl.wrap_socket()' },
  // urllib3 create_urllib3_context(ssl_version, cert_reqs, options, ciphers, ...).
  ...URLLIB3_CONTEXT.map((callee) => ({ callee, keyword: 'ciphers', position: 3, shown: 'create_urllib3_context()' })),
  { callee: 'urllib3.util.ssl_.ssl_wrap_socket', keyword: 'ciphers', position: 7, shown: 'ssl_wrap_socket()' },
  // pyOpenSSL Context.set_cipher_list(bytes).
  { callee: 'OpenSSL.SSL.Context.set_cipher_list', keyword: 'cipher_list', position: 0, shown: 'set_cipher_list()', anyReceiver: true },
  // paho-mqtt Client.tls_set(ca_certs, certfile, keyfile, cert_reqs, tls_version, ciphers, ...).
  { callee: 'paho.mqtt.client.Client.tls_set', keyword: 'ciphers', position: 5, shown: 'tls_set()' },
  // Twisted: AcceptableCiphers.fromOpenSSLCipherString(s), CertificateOptions(acceptableCiphers=...) takes its result.
  ...['twisted.internet.ssl.AcceptableCiphers.fromOpenSSLCipherString', 'twisted.internet._sslverify.OpenSSLAcceptableCiphers.fromOpenSSLCipherString']
    .map((callee) => ({ callee, keyword: 'cipherString', position: 0, shown: 'fromOpenSSLCipherString()' })),
  ...REDIS_CLIENTS.map((callee) => ({ callee, keyword: 'ssl_ciphers', shown: 'redis ssl_ciphers' })),
  ...KAFKA_PYTHON.map((callee) => ({ callee, keyword: 'ssl_ciphers', shown: 'kafka ssl_ciphers' })),
  { callee: 'ldap3.Tls', keyword: 'ciphers', shown: 'ldap3 Tls()' },
];

/** Dict options holding a cipher string: websocket-client `sslopt`, confluent-kafka's config dict. */
export const DICT_CIPHER_KEYS: readonly { callee: string; keyword?: string; position?: number; key: string; shown: string }[] = [
  ...['websocket.create_connection', 'websocket.WebSocket', 'websocket.WebSocketApp.run_forever'].map((callee) => ({ callee, keyword: 'sslopt', key: 'ciphers', shown: 'sslopt ciphers' })),
  ...['confluent_kafka.Producer', 'confluent_kafka.Consumer', 'confluent_kafka.admin.AdminClient', 'confluent_kafka.AdminClient'].map((callee) => ({ callee, position: 0, key: 'ssl.cipher.suites', shown: 'ssl.cipher.suites' })),
];

/**
 * Module-level defaults that every later context of the process uses: urllib3 1.x built its
 * contexts from `urllib3.util.ssl_.DEFAULT_CIPHERS` (also reached as
 * `requests.packages.urllib3.util.ssl_.DEFAULT_CIPHERS`). Assigning it is W1 for the whole process.
 */
export const DEFAULT_CIPHER_GLOBALS: readonly string[] = [
  'urllib3.util.ssl_.DEFAULT_CIPHERS',
  'requests.packages.urllib3.util.ssl_.DEFAULT_CIPHERS',
  'botocore.vendored.requests.packages.urllib3.util.ssl_.DEFAULT_CIPHERS',
];

/** Names that hold a cipher string wherever they are written (see VERSION_SLOTS); the evaluator decides whether the value is one. */
export const CIPHER_SLOTS: ReadonlySet<string> = new Set(['ciphers', 'ssl_ciphers', 'tls_ciphers', 'cipher_list', 'ssl_cipher_list', 'cipher', 'ssl_cipher', 'cipher_suites', 'ssl_cipher_suites', 'default_ciphers']);
