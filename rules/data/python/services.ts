// Database, queue, search, cloud and messaging clients whose options turn verification off.
import type { LibraryTable } from './sink-types.js';

const CERT = 'no-unverified-certificate';
const HOST = 'no-unverified-hostname';
const CERT_NONE = ['ssl.CERT_NONE', "'CERT_NONE'", "'none'", '0'];

export const BOTO3: LibraryTable = {
  owner: 'boto3',
  keywords: [{ rule: CERT, callees: ['boto3.client', 'boto3.resource', 'boto3.Session.client', 'boto3.Session.resource', 'boto3.session.Session.client', 'boto3.session.Session.resource', 'botocore.session.Session.create_client', 'botocore.session.get_session().create_client', 'aioboto3.Session.client', 'aioboto3.Session.resource'], keyword: 'verify', insecure: ['False'] }],
};

const MONGO_URI = ['mongodb://', 'mongodb+srv://'];
const MONGO = ['pymongo.MongoClient', 'mongoengine.connect', 'mongoengine.register_connection', 'motor.motor_asyncio.AsyncIOMotorClient', 'motor.motor_tornado.MotorClient'];

export const PYMONGO: LibraryTable = {
  owner: 'pymongo',
  keywords: [
    { rule: CERT, callees: MONGO, keyword: 'tlsAllowInvalidCertificates', insecure: ['True'] },
    { rule: CERT, callees: MONGO, keyword: 'tlsInsecure', insecure: ['True'] },
    { rule: CERT, callees: MONGO, keyword: 'ssl_cert_reqs', insecure: CERT_NONE },
    { rule: HOST, callees: MONGO, keyword: 'tlsAllowInvalidHostnames', insecure: ['True'] },
    { rule: HOST, callees: MONGO, keyword: 'ssl_match_hostname', insecure: ['False'] },
  ],
  // pymongo reads URI option names in any case (uri_parser.py: a _CaseInsensitiveDictionary), their values as written.
  params: [
    { rule: CERT, param: 'tlsAllowInvalidCertificates', insecure: ['true'], nameAnyCase: true, why: 'accepts any certificate', schemes: MONGO_URI },
    { rule: CERT, param: 'tlsInsecure', insecure: ['true'], nameAnyCase: true, why: 'accepts any certificate and host name', schemes: MONGO_URI },
    { rule: CERT, param: 'ssl_cert_reqs', insecure: ['CERT_NONE'], nameAnyCase: true, why: 'accepts any certificate', schemes: MONGO_URI },
    { rule: HOST, param: 'tlsAllowInvalidHostnames', insecure: ['true'], nameAnyCase: true, why: 'accepts a certificate for any host', schemes: MONGO_URI },
    // pymongo 3's URI option (validate_boolean_or_string: 'false' is False).
    { rule: HOST, param: 'ssl_match_hostname', insecure: ['false'], nameAnyCase: true, why: 'accepts a certificate for any host', schemes: MONGO_URI },
  ],
};

const REDIS = ['redis.Redis', 'redis.from_url', 'redis.Redis.from_url', 'redis.ConnectionPool', 'redis.ConnectionPool.from_url', 'redis.SSLConnection', 'redis.cluster.RedisCluster', 'redis.RedisCluster', 'redis.asyncio.from_url', 'redis.asyncio.RedisCluster', 'redis.sentinel.Sentinel',
  // Sentinel.master_for/slave_for(service, **kwargs): the kwargs are the connections' (redis/sentinel.py).
  'redis.sentinel.Sentinel.master_for', 'redis.sentinel.Sentinel.slave_for', 'redis.Sentinel', 'redis.Sentinel.master_for', 'redis.Sentinel.slave_for'];

export const REDIS_PY: LibraryTable = {
  owner: 'redis-py',
  keywords: [
    { rule: CERT, callees: REDIS, keyword: 'ssl_cert_reqs', insecure: ['None', ...CERT_NONE] },
    { rule: HOST, callees: REDIS, keyword: 'ssl_check_hostname', insecure: ['False'] },
  ],
  params: [{ rule: CERT, param: 'ssl_cert_reqs', insecure: ['none'], why: 'accepts any certificate', schemes: ['rediss://', 'redis://', 'unix://'] }],
  // django-redis and Django's RedisCache hand CONNECTION_POOL_KWARGS to redis-py's ConnectionPool.
  settings: [{ rule: CERT, names: ['CONNECTION_POOL_KWARGS'], dictKey: true, key: 'ssl_cert_reqs', insecure: ['None', ...CERT_NONE] }],
};

const KAFKA = ['kafka.KafkaProducer', 'kafka.KafkaConsumer', 'kafka.KafkaAdminClient', 'kafka.KafkaClient', 'aiokafka.AIOKafkaProducer', 'aiokafka.AIOKafkaConsumer'];

export const KAFKA_PYTHON: LibraryTable = {
  owner: 'kafka-python',
  keywords: [{ rule: HOST, callees: KAFKA, keyword: 'ssl_check_hostname', insecure: ['False'] }],
};

/** confluent-kafka and librdkafka configs: a dict given to Producer/Consumer. */
export const CONFLUENT_KAFKA: LibraryTable = {
  owner: 'confluent-kafka',
  keywords: [
    { rule: CERT, callees: ['confluent_kafka.Producer', 'confluent_kafka.Consumer', 'confluent_kafka.admin.AdminClient', 'confluent_kafka.AdminClient'], keyword: 'config', position: 0, key: 'enable.ssl.certificate.verification', insecure: ['False', "'false'"] },
    { rule: HOST, callees: ['confluent_kafka.Producer', 'confluent_kafka.Consumer', 'confluent_kafka.admin.AdminClient', 'confluent_kafka.AdminClient'], keyword: 'config', position: 0, key: 'ssl.endpoint.identification.algorithm', insecure: ["'none'"] },
  ],
};

const ES = ['elasticsearch.Elasticsearch', 'elasticsearch.AsyncElasticsearch', 'opensearchpy.OpenSearch', 'opensearchpy.AsyncOpenSearch'];

export const ELASTICSEARCH: LibraryTable = {
  owner: 'elasticsearch',
  keywords: [
    { rule: CERT, callees: ES, keyword: 'verify_certs', insecure: ['False'] },
    { rule: HOST, callees: ES, keyword: 'ssl_assert_hostname', insecure: ['False'] },
  ],
};

const WEBSOCKET = ['websocket.create_connection', 'websocket.WebSocket', 'websocket.WebSocketApp.run_forever', 'websocket.WebSocket.connect'];

export const WEBSOCKET_CLIENT: LibraryTable = {
  owner: 'websocket-client',
  keywords: [
    { rule: CERT, callees: WEBSOCKET, keyword: 'sslopt', key: 'cert_reqs', insecure: ['ssl.CERT_NONE', '0'] },
    { rule: HOST, callees: WEBSOCKET, keyword: 'sslopt', key: 'check_hostname', insecure: ['False'] },
  ],
};

/** aiosmtplib: `validate_certs` of the client, `connect()`, `starttls()` and `send()` ("Defaults to True", its README). */
export const AIOSMTPLIB: LibraryTable = {
  owner: 'aiosmtplib',
  keywords: [{ rule: CERT, callees: ['aiosmtplib.SMTP', 'aiosmtplib.SMTP.connect', 'aiosmtplib.SMTP.starttls', 'aiosmtplib.send'], keyword: 'validate_certs', insecure: ['False'] }],
};

export const PAHO_MQTT: LibraryTable = {
  owner: 'paho-mqtt',
  keywords: [
    // Also `self.tls_set(...)` in a subclass of the client (paho's method name; as no-legacy-tls-version reads tls_version there).
    { rule: CERT, callees: ['paho.mqtt.client.Client.tls_set'], methods: ['tls_set'], keyword: 'cert_reqs', position: 3, insecure: ['ssl.CERT_NONE', '0'] },
    // tls_insecure_set(True) skips only the host name check (paho's docs).
    // Only paho has the method: also on a client the file does not show being made (`self._client` a base class set).
    { rule: HOST, callees: ['paho.mqtt.client.Client.tls_insecure_set'], methods: ['tls_insecure_set'], keyword: 'value', position: 0, insecure: ['True'] },
  ],
};

const CELERY_SSL = { key: 'cert_reqs', insecure: ['ssl.CERT_NONE', "'CERT_NONE'", "'none'", '0'] };

export const CELERY_KOMBU: LibraryTable = {
  owner: 'Celery/kombu',
  keywords: [
    { rule: CERT, callees: ['celery.Celery', 'celery.Celery.conf.update'], keyword: 'broker_use_ssl', ...CELERY_SSL },
    { rule: CERT, callees: ['celery.Celery', 'celery.Celery.conf.update'], keyword: 'redis_backend_use_ssl', key: 'ssl_cert_reqs', insecure: CELERY_SSL.insecure },
    // With a Redis broker the keys are redis-py's (celery/celery #4812, #5371).
    { rule: CERT, callees: ['celery.Celery', 'celery.Celery.conf.update'], keyword: 'broker_use_ssl', key: 'ssl_cert_reqs', insecure: CELERY_SSL.insecure },
    { rule: CERT, callees: ['kombu.Connection'], keyword: 'ssl', ...CELERY_SSL },
  ],
  settings: [
    { rule: CERT, names: ['broker_use_ssl', 'BROKER_USE_SSL', 'CELERY_BROKER_USE_SSL'], ...CELERY_SSL },
    { rule: CERT, names: ['redis_backend_use_ssl', 'CELERY_REDIS_BACKEND_USE_SSL'], key: 'ssl_cert_reqs', insecure: CELERY_SSL.insecure },
    { rule: CERT, names: ['broker_use_ssl', 'BROKER_USE_SSL', 'CELERY_BROKER_USE_SSL'], key: 'ssl_cert_reqs', insecure: CELERY_SSL.insecure },
  ],
};

export const LDAP: LibraryTable = {
  owner: 'LDAP',
  keywords: [{ rule: CERT, callees: ['ldap3.Tls'], keyword: 'validate', position: 2, insecure: ['ssl.CERT_NONE', '0'] }],
  optionPairs: [{ rule: CERT, methods: ['set_option'], option: 'ldap.OPT_X_TLS_REQUIRE_CERT', insecure: ['ldap.OPT_X_TLS_NEVER', 'ldap.OPT_X_TLS_ALLOW', '0'] }],
};

export const PYCURL: LibraryTable = {
  owner: 'pycurl',
  optionPairs: [
    { rule: CERT, methods: ['setopt'], option: 'pycurl.SSL_VERIFYPEER', insecure: ['0', 'False'] },
    { rule: HOST, methods: ['setopt'], option: 'pycurl.SSL_VERIFYHOST', insecure: ['0', 'False'] },
  ],
};

// Twisted (twisted/internet/ssl.py, _sslverify.py): ClientContextFactory.getContext() never calls
// set_verify, so OpenSSL's VERIFY_NONE stays; CertificateOptions(verify=False) is the default and
// verifies only with trustRoot= (or verify=True with caCerts=).
export const TWISTED: LibraryTable = {
  owner: 'Twisted',
  calls: [{ rule: CERT, callees: ['twisted.internet.ssl.ClientContextFactory'], messageId: 'pyTwisted' }],
};

/** C20: a CertificateOptions that verifies nothing, handed to one of Twisted's client APIs. */
export const TWISTED_CLIENT_OPTIONS = {
  classes: ['twisted.internet.ssl.CertificateOptions'],
  /** verify=False unless given; position after privateKey, certificate, method. */
  verify: { keyword: 'verify', position: 3 },
  trustRoot: 'trustRoot',
  /** Where a client takes its context factory (IReactorSSL.connectSSL, SSL4ClientEndpoint, wrapClientTLS). */
  clients: [
    { callee: 'twisted.internet.reactor.connectSSL', method: 'connectSSL', keyword: 'contextFactory', position: 3 },
    { callee: 'twisted.internet.endpoints.SSL4ClientEndpoint', keyword: 'sslContextFactory', position: 3 },
    { callee: 'twisted.internet.endpoints.wrapClientTLS', keyword: 'connectionCreator', position: 0 },
  ],
  /** What verifies with the platform's CAs: `ssl.platformTrust()` of the same module. */
  safeTrust: 'platformTrust()',
  /** The method of a context factory that makes its context: a subclass overriding it decides verification. */
  contextMethod: 'getContext',
} as const;

/**
 * libpq (psycopg, psycopg2, SQLAlchemy `connect_args`, Django `OPTIONS`): `sslmode`, a name only
 * libpq uses, as a keyword of any call, a key of any dict, or a parameter of a DSN or URL.
 */
export const LIBPQ_SSLMODE: LibraryTable = {
  owner: 'libpq',
  params: [
    { rule: CERT, param: 'sslmode', insecure: ['require'], why: 'encrypts without checking the certificate unless a root.crt exists', anywhere: true, severity: 'warning' },
    { rule: HOST, param: 'sslmode', insecure: ['verify-ca'], why: 'checks the certificate chain but not the host name', anywhere: true, severity: 'warning' },
  ],
};
