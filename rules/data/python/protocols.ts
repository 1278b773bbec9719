// Python protocol knowledge (PYTHON-TLS-FACTS.md 1.3 P1-P6, 1.8 D4): which constants name a
// protocol version, what each allows, and which calls take them. Plain data: the rules'
// Python parts read it, nothing else changes when a library is added.

/** What a protocol constant or version does when a context is built or capped with it. */
export type PyProtocolVerdict =
  /** SSL 2.0 / 3.0: broken; OpenSSL 3 builds no longer have them (the constant is missing: AttributeError). */
  | 'broken'
  /** TLS 1.0 / 1.1: deprecated by RFC 8996. */
  | 'legacy'
  /** Pins TLS 1.2 (no TLS 1.3); deprecated since Python 3.10 (D4), not legacy. */
  | 'pinned'
  /** Negotiates (PROTOCOL_TLS, PROTOCOL_SSLv23): deprecated since 3.10 (D4); the version floor is the context's. */
  | 'negotiating';

export interface PyProtocolConstant {
  verdict: PyProtocolVerdict;
  /** The protocol as people say it: "TLS 1.0". */
  protocol: string;
}

/** `ssl.PROTOCOL_*` (P1, D4). PROTOCOL_TLS_CLIENT / PROTOCOL_TLS_SERVER are the safe ones and not listed. */
export const SSL_PROTOCOL_CONSTANTS: Readonly<Record<string, PyProtocolConstant>> = {
  PROTOCOL_SSLv2: { verdict: 'broken', protocol: 'SSL 2.0' }, // P1
  PROTOCOL_SSLv3: { verdict: 'broken', protocol: 'SSL 3.0' }, // P1
  PROTOCOL_TLSv1: { verdict: 'legacy', protocol: 'TLS 1.0' }, // P1
  PROTOCOL_TLSv1_1: { verdict: 'legacy', protocol: 'TLS 1.1' }, // P1
  PROTOCOL_TLSv1_2: { verdict: 'pinned', protocol: 'TLS 1.2' }, // D4
  PROTOCOL_TLS: { verdict: 'negotiating', protocol: 'TLS' }, // D4
  PROTOCOL_SSLv23: { verdict: 'negotiating', protocol: 'TLS' }, // D4 (alias of PROTOCOL_TLS)
};

/** The client and server protocols a deprecated constant is replaced by (D4 fix, P1 fix). */
export const SSL_CLIENT_PROTOCOL = 'PROTOCOL_TLS_CLIENT';
export const SSL_SERVER_PROTOCOL = 'PROTOCOL_TLS_SERVER';

/**
 * `ssl.TLSVersion` members that let a context accept a deprecated protocol (P2) or cap it at one
 * (P3). MINIMUM_SUPPORTED is the lowest version the OpenSSL build allows: TLS 1.0 on current builds
 * (and the default of every context on Python 3.9 and earlier).
 */
export const LEGACY_TLS_VERSIONS: Readonly<Record<string, string>> = {
  SSLv3: 'SSL 3.0',
  TLSv1: 'TLS 1.0',
  TLSv1_1: 'TLS 1.1',
  MINIMUM_SUPPORTED: 'TLS 1.0',
};

/** The member the minimum is raised to (P2 fix). */
export const SAFE_TLS_VERSION = 'TLSv1_2';

/** pyOpenSSL `OpenSSL.SSL.*_METHOD` constants that fix a legacy version (P5). SSLv23_METHOD and TLS_*_METHOD negotiate. */
export const PYOPENSSL_LEGACY_METHODS: Readonly<Record<string, string>> = {
  SSLv2_METHOD: 'SSL 2.0',
  SSLv3_METHOD: 'SSL 3.0',
  TLSv1_METHOD: 'TLS 1.0',
  TLSv1_1_METHOD: 'TLS 1.1',
};

/** pyOpenSSL `OpenSSL.SSL.*_VERSION` constants below TLS 1.2, for set_min/max_proto_version (P5). */
export const PYOPENSSL_LEGACY_VERSIONS: Readonly<Record<string, string>> = {
  SSL3_VERSION: 'SSL 3.0',
  TLS1_VERSION: 'TLS 1.0',
  TLS1_1_VERSION: 'TLS 1.1',
};
export const PYOPENSSL_SAFE_VERSION = 'TLS1_2_VERSION';
export const PYOPENSSL_CLIENT_METHOD = 'TLS_CLIENT_METHOD';

/** Twisted `twisted.internet.ssl.TLSVersion` members below TLS 1.2 (P5). */
export const TWISTED_LEGACY_VERSIONS: Readonly<Record<string, string>> = {
  SSLv3: 'SSL 3.0',
  TLSv1_0: 'TLS 1.0',
  TLSv1_1: 'TLS 1.1',
};

/**
 * What a call argument carries: a whole protocol (`ssl.PROTOCOL_*` or a pyOpenSSL method), the
 * lowest version allowed, or the highest.
 */
export type PyVersionRole = 'protocol' | 'minimum' | 'maximum';

/**
 * Where a call takes a protocol or version. `callee` is the qualified name as the import
 * resolves it (rules/python/api.ts); a method of an instance is named after its class: `OpenSSL.SSL.Context.set_min_proto_version`.
 */
export interface PyVersionParam {
  callee: string;
  keyword: string;
  /** The positional index, when the API takes it positionally too. */
  position?: number;
  role: PyVersionRole;
  /** Which constant family the value is read in. */
  family: 'ssl' | 'pyopenssl' | 'twisted';
  /** Shown in messages: "ssl.SSLContext()". */
  shown: string;
}

const URLLIB3_POOLS = [
  'urllib3.PoolManager', 'urllib3.poolmanager.PoolManager', 'urllib3.ProxyManager', 'urllib3.poolmanager.ProxyManager', 'urllib3.proxy_from_url',
  'urllib3.HTTPSConnectionPool', 'urllib3.connectionpool.HTTPSConnectionPool', 'urllib3.connection_from_url', 'urllib3.connectionpool.connection_from_url',
  'urllib3.connection.HTTPSConnection',
];
const URLLIB3_CONTEXT = ['urllib3.util.ssl_.create_urllib3_context', 'urllib3.util.create_urllib3_context'];
const REDIS_CLIENTS = ['redis.Redis', 'redis.StrictRedis', 'redis.client.Redis', 'redis.asyncio.Redis', 'redis.asyncio.client.Redis', 'redis.SSLConnection', 'redis.connection.SSLConnection', 'redis.asyncio.SSLConnection', 'redis.asyncio.connection.SSLConnection', 'redis.RedisCluster', 'redis.cluster.RedisCluster'];

const each = (callees: string[], p: Omit<PyVersionParam, 'callee'>): PyVersionParam[] => callees.map((callee) => ({ callee, ...p }));

export const VERSION_PARAMS: readonly PyVersionParam[] = [
  // P1: SSLContext(protocol), ssl.wrap_socket(..., ssl_version=) (the sixth parameter).
  { callee: 'ssl.SSLContext', keyword: 'protocol', position: 0, role: 'protocol', family: 'ssl', shown: 'ssl.SSLContext()' },
  { callee: 'ssl.wrap_socket', keyword: 'ssl_version', position: 5, role: 'protocol', family: 'ssl', shown: 'ssl.wrap_socket()' },
  // P1: urllib3 1.x/2.x ssl_version (deprecated in 2.x, still honoured), P6: its minimum and maximum.
  ...each(URLLIB3_POOLS, { keyword: 'ssl_version', role: 'protocol', family: 'ssl', shown: 'urllib3 ssl_version' }),
  ...each(URLLIB3_CONTEXT, { keyword: 'ssl_version', position: 0, role: 'protocol', family: 'ssl', shown: 'create_urllib3_context()' }),
  ...each([...URLLIB3_POOLS, ...URLLIB3_CONTEXT], { keyword: 'ssl_minimum_version', role: 'minimum', family: 'ssl', shown: 'urllib3 ssl_minimum_version' }),
  ...each([...URLLIB3_POOLS, ...URLLIB3_CONTEXT], { keyword: 'ssl_maximum_version', role: 'maximum', family: 'ssl', shown: 'urllib3 ssl_maximum_version' }),
  // P1: paho-mqtt Client.tls_set(ca_certs, certfile, keyfile, cert_reqs, tls_version, ciphers, ...).
  { callee: 'paho.mqtt.client.Client.tls_set', keyword: 'tls_version', position: 4, role: 'protocol', family: 'ssl', shown: 'paho tls_set()' },
  // P1: ldap3 Tls(version=), websocket-client sslopt is a dict (see DICT_VERSION_KEYS).
  { callee: 'ldap3.Tls', keyword: 'version', role: 'protocol', family: 'ssl', shown: 'ldap3 Tls()' },
  // P6: redis-py ssl_min_version.
  ...each(REDIS_CLIENTS, { keyword: 'ssl_min_version', role: 'minimum', family: 'ssl', shown: 'redis ssl_min_version' }),
  // P5: pyOpenSSL.
  { callee: 'OpenSSL.SSL.Context', keyword: 'method', position: 0, role: 'protocol', family: 'pyopenssl', shown: 'OpenSSL.SSL.Context()' },
  { callee: 'OpenSSL.SSL.Context.set_min_proto_version', keyword: 'version', position: 0, role: 'minimum', family: 'pyopenssl', shown: 'set_min_proto_version()' },
  { callee: 'OpenSSL.SSL.Context.set_max_proto_version', keyword: 'version', position: 0, role: 'maximum', family: 'pyopenssl', shown: 'set_max_proto_version()' },
  // P5: Twisted CertificateOptions (method= is a pyOpenSSL method; the TLSVersion knobs are Twisted's own enum).
  ...each(['twisted.internet.ssl.CertificateOptions', 'twisted.internet._sslverify.OpenSSLCertificateOptions'], { keyword: 'method', role: 'protocol', family: 'pyopenssl', shown: 'CertificateOptions(method=)' }),
  ...each(['twisted.internet.ssl.CertificateOptions', 'twisted.internet._sslverify.OpenSSLCertificateOptions'], { keyword: 'insecurelyLowerMinimumTo', role: 'minimum', family: 'twisted', shown: 'CertificateOptions(insecurelyLowerMinimumTo=)' }),
  ...each(['twisted.internet.ssl.CertificateOptions', 'twisted.internet._sslverify.OpenSSLCertificateOptions'], { keyword: 'lowerMaximumSecurityTo', role: 'maximum', family: 'twisted', shown: 'CertificateOptions(lowerMaximumSecurityTo=)' }),
];

/**
 * Dict options that carry a protocol or a bound: websocket-client `sslopt={"ssl_version": ...}`
 * (P1); Twisted's `optionsForClientTLS(host, extraCertificateOptions={...})`, whose dict is
 * CertificateOptions' keywords (P5).
 */
export const DICT_VERSION_KEYS: readonly { callee: string; keyword: string; key: string; role: PyVersionRole; family: PyVersionParam['family'] }[] = [
  ...['websocket.create_connection', 'websocket.WebSocket', 'websocket.WebSocketApp.run_forever'].map((callee) => ({ callee, keyword: 'sslopt', key: 'ssl_version', role: 'protocol' as const, family: 'ssl' as const })),
  ...['twisted.internet.ssl.optionsForClientTLS', 'twisted.internet._sslverify.optionsForClientTLS'].flatMap((callee) => [
    { callee, keyword: 'extraCertificateOptions', key: 'insecurelyLowerMinimumTo', role: 'minimum' as const, family: 'twisted' as const },
    { callee, keyword: 'extraCertificateOptions', key: 'lowerMaximumSecurityTo', role: 'maximum' as const, family: 'twisted' as const },
    { callee, keyword: 'extraCertificateOptions', key: 'method', role: 'protocol' as const, family: 'pyopenssl' as const },
  ]),
];

/** `ssl.SSLContext` attributes that take an `ssl.TLSVersion` (P2, P3). */
export const CONTEXT_VERSION_ATTRIBUTES: Readonly<Record<string, PyVersionRole>> = {
  minimum_version: 'minimum',
  maximum_version: 'maximum',
};

/**
 * Names that hold a protocol or a version bound wherever they are written (a keyword argument, a
 * dict key, a parameter default, an attribute): tornado's `ssl_options={"ssl_version": …}`, a
 * requests adapter's `ssl_version=`, a helper's `def connect(host, tls_version=…)`. A value is
 * reported only when it is a legacy constant of the ssl module, pyOpenSSL or Twisted.
 */
export const VERSION_SLOTS: Readonly<Record<string, PyVersionRole>> = {
  ssl_version: 'protocol', tls_version: 'protocol', ssl_protocol: 'protocol', tls_protocol: 'protocol', protocol: 'protocol', version: 'protocol', method: 'protocol', ssl_method: 'protocol',
  min_version: 'minimum', minimum_version: 'minimum', ssl_min_version: 'minimum', ssl_minimum_version: 'minimum', tls_min_version: 'minimum', min_tls_version: 'minimum', minimum_tls_version: 'minimum', tls_minimum_version: 'minimum',
  max_version: 'maximum', maximum_version: 'maximum', ssl_max_version: 'maximum', ssl_maximum_version: 'maximum', tls_max_version: 'maximum', max_tls_version: 'maximum',
};
