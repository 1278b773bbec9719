// TLS knowledge as data: which calls carry TLS options at which argument and path, per
// ../shared/TLS-FACTS.md sections 1.2 and 3. Adding a library is an entry here plus tests.
import { ORM_SINKS } from './sinks-orm.js';
import type { ContextOption, EnvSink, InsecureMethod, InsecureSetter, InsecureUriParam, Sink, TlsOnlyOption } from './sink-types.js';

const HTTP_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request'];
const verbs = (prefix: string[] = []) => HTTP_VERBS.map((v) => [...prefix, v]);
/** `chromium.launch(opts)`, `launchPersistentContext(dir, opts)`, and `(await chromium.launch()).newContext(opts)`. */
const PLAYWRIGHT_PATHS = ['chromium', 'firefox', 'webkit'].flatMap((b) => [[b, 'launch'], [b, 'launchPersistentContext'], [b, 'launch', '()', 'newContext'], [b, 'launch', '()', 'newPage']]);

export const SINKS: readonly Sink[] = [
  // Node core
  { id: 'tls.connect', modules: ['tls'], paths: [['connect']], role: 'client', options: 'first-object', tlsPaths: [[]], sni: 'none', hostPath: ['host'], positionalHost: 1 },
  { id: 'new tls.TLSSocket', modules: ['tls'], paths: [['TLSSocket', '()']], role: 'tlssocket', options: 1, tlsPaths: [[]], sni: 'auto' },
  { id: 'tls.createServer', modules: ['tls'], paths: [['createServer'], ['Server', '()']], role: 'server', options: 'first-object', tlsPaths: [[]], sni: 'auto' },
  { id: 'tls.createSecureContext', modules: ['tls'], paths: [['createSecureContext']], role: 'context', options: 0, tlsPaths: [[]], sni: 'auto' },
  { id: 'https.request', modules: ['https'], paths: [['request'], ['get']], role: 'client', options: 'first-object', tlsPaths: [[]], sni: 'auto', agentPath: ['agent'] },
  { id: 'new https.Agent', modules: ['https'], paths: [['Agent', '()']], role: 'client', options: 0, tlsPaths: [[]], sni: 'auto' },
  { id: 'https.createServer', modules: ['https'], paths: [['createServer'], ['Server', '()']], role: 'server', options: 'first-object', tlsPaths: [[]], sni: 'auto' },
  { id: 'http2.connect', modules: ['http2'], paths: [['connect']], role: 'client', options: 'first-object', tlsPaths: [[]], sni: 'auto' },
  { id: 'http2.createSecureServer', modules: ['http2'], paths: [['createSecureServer']], role: 'server', options: 'first-object', tlsPaths: [[]], sni: 'auto' },
  // Servers of web frameworks that hand their TLS options to https.createServer: hapi's `tls`
  // (lib/core.js), fastify's `https` (lib/server.js), Nest's `httpsOptions` (NestFactory.create(
  // AppModule[, adapter], options), given to the Express or Fastify adapter's server).
  { id: 'hapi server', modules: ['@hapi/hapi', 'hapi'], paths: [['server'], ['Server', '()']], role: 'server', options: 'first-object', tlsPaths: [['tls']], sni: 'auto' },
  { id: 'fastify', modules: ['fastify'], paths: [[], ['default'], ['fastify']], role: 'server', options: 'first-object', tlsPaths: [['https']], sni: 'auto' },
  { id: 'NestFactory.create', modules: ['@nestjs/core'], paths: [['NestFactory', 'create']], role: 'server', options: 'first-object', tlsPaths: [['httpsOptions']], sni: 'auto' },

  // Plain HTTP and TCP never do TLS: TLS options given to them do nothing (http.request throws on an https: URL).
  { id: 'http.request', modules: ['http'], paths: [['request'], ['get'], ['Agent', '()']], role: 'plain', options: 'first-object', tlsPaths: [], sni: 'auto' },
  { id: 'net.connect', modules: ['net'], paths: [['connect'], ['createConnection'], ['Socket', '()']], role: 'plain', options: 'first-object', tlsPaths: [], sni: 'auto' },

  // HTTP clients
  // axios(config) / axios(url, config); get(url, config); post(url, data, config): a data object is not the config.
  { id: 'axios', modules: ['axios'], paths: [[], ['create'], ['request']], role: 'client', options: 'first-object', tlsPaths: [], sni: 'auto' },
  { id: 'axios', modules: ['axios'], paths: [['get'], ['delete'], ['head'], ['options']], role: 'client', options: 1, tlsPaths: [], sni: 'auto' },
  { id: 'axios', modules: ['axios'], paths: [['post'], ['put'], ['patch']], role: 'client', options: 2, tlsPaths: [], sni: 'auto' },
  { id: 'got', modules: ['got'], paths: [[], ['extend'], ['stream'], ...verbs()], role: 'client', options: 'first-object', tlsPaths: [['https'], []], sni: 'auto', plainUrl: { arg: 0, schemes: ['http:'] } },
  // http-proxy copies `secure` into the proxied request's rejectUnauthorized and TLS settings from an object `target` (lib/http-proxy/common.js).
  { id: 'http-proxy', modules: ['http-proxy'], paths: [['createProxyServer'], ['createProxy'], ['createServer']], role: 'client', options: 'first-object', tlsPaths: [['target']], sni: 'auto' },
  { id: 'http-proxy-middleware', modules: ['http-proxy-middleware'], paths: [['createProxyMiddleware'], ['legacyCreateProxyMiddleware'], []], role: 'client', options: 'first-object', tlsPaths: [['target']], sni: 'auto' },
  { id: 'node-fetch', modules: ['node-fetch'], paths: [[]], role: 'client', options: 'first-object', tlsPaths: [], sni: 'auto' },
  { id: 'undici', modules: ['undici'], paths: [['Agent', '()'], ['Client', '()'], ['Pool', '()'], ['buildConnector']], role: 'client', options: 'first-object', tlsPaths: [['connect'], []], sni: 'auto', plainUrl: { arg: 0, schemes: ['http:'] } },
  { id: 'undici ProxyAgent', modules: ['undici'], paths: [['ProxyAgent', '()']], role: 'client', options: 'first-object', tlsPaths: [['requestTls'], ['proxyTls']], throughProxy: [['requestTls']], sni: 'auto' },
  // https-proxy-agent 7: the constructor's options reach the proxy socket only (tls.connect for an
  // https:// proxy, net.connect for http://); the target's TLS takes the request's own options.
  { id: 'https-proxy-agent', modules: ['https-proxy-agent'], paths: [['()'], ['HttpsProxyAgent', '()']], role: 'client', options: 'first-object', tlsPaths: [[]], sni: 'auto', plainUrl: { arg: 0, schemes: ['http:'] } },
  { id: 'request', modules: ['request', 'request-promise', 'request-promise-native'], paths: [[], ['defaults'], ...verbs()], role: 'client', options: 'first-object', tlsPaths: [[], ['agentOptions']], sni: 'auto' },
  // needle(method, url, data, options); needle.get(url, options); needle.post(url, data, options).
  { id: 'needle', modules: ['needle'], paths: [[], ['request']], role: 'client', options: 3, tlsPaths: [[]], sni: 'auto', plainUrl: { arg: 1, schemes: ['http:'] } },
  { id: 'needle', modules: ['needle'], paths: [['get'], ['head']], role: 'client', options: 1, tlsPaths: [[]], sni: 'auto', plainUrl: { arg: 0, schemes: ['http:'] } },
  { id: 'needle', modules: ['needle'], paths: [['post'], ['put'], ['patch'], ['delete']], role: 'client', options: 2, tlsPaths: [[]], sni: 'auto', plainUrl: { arg: 0, schemes: ['http:'] } },
  // ws follows no redirect unless followRedirects is set (lib/websocket.js); socket.io-client's engine none.
  { id: 'ws', modules: ['ws'], paths: [['()'], ['WebSocket', '()']], role: 'client', options: 'first-object', tlsPaths: [[]], sni: 'auto', plainUrl: { arg: 0, schemes: ['ws:', 'http:'] } },
  // npm's fetch: rejectUnauthorized = strictSSL !== false (make-fetch-happen lib/options.js); npm-registry-fetch passes strictSSL on.
  { id: 'make-fetch-happen', modules: ['make-fetch-happen'], paths: [[], ['defaults']], role: 'client', options: 'first-object', tlsPaths: [], sni: 'auto' },
  { id: 'npm-registry-fetch', modules: ['npm-registry-fetch'], paths: [[], ['json']], role: 'client', options: 'first-object', tlsPaths: [], sni: 'auto' },
  { id: 'socket.io-client', modules: ['socket.io-client'], paths: [[], ['io'], ['connect']], role: 'client', options: 'first-object', tlsPaths: [[]], sni: 'auto', plainUrl: { arg: 0, schemes: ['http:', 'ws:'] } },

  // Databases and brokers
  { id: 'mongodb MongoClient', modules: ['mongodb'], paths: [['MongoClient', '()'], ['MongoClient', 'connect']], role: 'client', options: 1, tlsPaths: [[]], sni: 'auto' },
  { id: 'mongoose', modules: ['mongoose'], paths: [['connect'], ['createConnection']], role: 'client', options: 1, tlsPaths: [[]], sni: 'auto' },
  { id: 'pg', modules: ['pg'], paths: [['Client', '()'], ['Pool', '()']], role: 'client', options: 0, tlsPaths: [['ssl']], sni: 'auto', tlsEnabledBy: ['ssl'] },
  { id: 'mysql2', modules: ['mysql2', 'mysql2/promise'], paths: [['createConnection'], ['createPool']], role: 'client', options: 0, tlsPaths: [['ssl']], sni: 'auto', tlsEnabledBy: ['ssl'], mysqlSsl: { paths: [['ssl']] } },
  // createPoolCluster(clusterConfig) takes no connection options; each cluster.add([name,] config) does.
  { id: 'mysql2', modules: ['mysql2', 'mysql2/promise'], paths: [['createPoolCluster', '()', 'add']], role: 'client', options: 'first-object', tlsPaths: [['ssl']], sni: 'auto', tlsEnabledBy: ['ssl'], mysqlSsl: { paths: [['ssl']] } },
  { id: 'mysql', modules: ['mysql'], paths: [['createConnection'], ['createPool']], role: 'client', options: 0, tlsPaths: [['ssl']], sni: 'auto', tlsEnabledBy: ['ssl'] },
  // new Redis(options), new Redis(port, host, options), new Redis('rediss://host:port', options).
  { id: 'ioredis', modules: ['ioredis'], paths: [['()'], ['Redis', '()']], role: 'client', options: 'first-object', tlsPaths: [['tls']], sni: 'none', hostPath: ['host'], positionalHost: 1, tlsEnabledBy: ['tls'], url: { arg: 0, tlsSchemes: ['rediss:'] } },
  { id: 'ioredis Cluster', modules: ['ioredis'], paths: [['Cluster', '()']], role: 'client', options: 1, tlsPaths: [['redisOptions', 'tls']], sni: 'auto', tlsEnabledBy: ['redisOptions', 'tls'] },
  { id: 'redis', modules: ['redis', '@redis/client'], paths: [['createClient'], ['createCluster']], role: 'client', options: 0, tlsPaths: [['socket']], sni: 'none', hostPath: ['socket', 'host'], tlsEnabledBy: ['socket', 'tls'], url: { path: ['url'], tlsSchemes: ['rediss:'] } },
  // tedious: rejectUnauthorized: !trustServerCertificate (src/message-io.ts); mssql hands it `options`.
  { id: 'mssql', modules: ['mssql', 'mssql/msnodesqlv8'], paths: [['connect'], ['ConnectionPool', '()']], role: 'client', options: 0, tlsPaths: [], sni: 'auto' },
  { id: 'tedious', modules: ['tedious'], paths: [['Connection', '()']], role: 'client', options: 0, tlsPaths: [], sni: 'auto' },
  ...ORM_SINKS,
  { id: 'nodemailer', modules: ['nodemailer'], paths: [['createTransport']], role: 'client', options: 0, tlsPaths: [['tls']], sni: 'auto' },
  { id: 'imap', modules: ['imap'], paths: [['()']], role: 'client', options: 0, tlsPaths: [['tlsOptions']], sni: 'auto' },
  { id: 'imapflow', modules: ['imapflow'], paths: [['ImapFlow', '()']], role: 'client', options: 0, tlsPaths: [['tls']], sni: 'auto' },
  // ldapjs: tlsOptions serve ldaps:// URLs (starttls() takes options of its own): beside only ldap:// ones they do nothing.
  { id: 'ldapjs', modules: ['ldapjs'], paths: [['createClient']], role: 'client', options: 0, tlsPaths: [['tlsOptions']], sni: 'none', url: { path: ['url'], tlsSchemes: ['ldaps:'] }, plainUrl: { path: ['url'], schemes: ['ldap:'] } },
  { id: 'ldapjs starttls', modules: ['ldapjs'], paths: [['createClient', '()', 'starttls']], role: 'client', options: 0, tlsPaths: [[]], sni: 'auto', upgrades: true },
  // MQTT.js: mqtt:, tcp:, ws: (wx:, ali: in mini-programs) are plain; options win over the URL, and
  // cert with key upgrade mqtt: to mqtts: (src/lib/connect/index.ts).
  {
    id: 'mqtt', modules: ['mqtt'], paths: [['connect'], ['connectAsync']], role: 'client', options: 'first-object', tlsPaths: [[]], sni: 'auto',
    plainUrl: { arg: 0, schemes: ['mqtt:', 'tcp:', 'ws:', 'wx:', 'ali:'], unless: ['protocol', 'servers', 'cert', 'key'] },
  },
  // amqplib: socket options go to net.connect for an amqp: URL, to tls.connect for amqps: (lib/connect.js).
  { id: 'amqplib', modules: ['amqplib', 'amqplib/callback_api'], paths: [['connect']], role: 'client', options: 1, tlsPaths: [[]], sni: 'auto', plainUrl: { arg: 0, schemes: ['amqp:'] } },
  { id: 'kafkajs', modules: ['kafkajs'], paths: [['Kafka', '()']], role: 'client', options: 0, tlsPaths: [['ssl']], sni: 'auto', tlsEnabledBy: ['ssl'] },
  { id: '@grpc/grpc-js credentials.createSsl', modules: ['@grpc/grpc-js'], paths: [['credentials', 'createSsl'], ['ChannelCredentials', 'createSsl']], role: 'client', options: 3, tlsPaths: [[]], sni: 'auto' },

  // node-libcurl's curly(url, options) and curly.get/post/...(url, options): libcurl's own options
  // (sslVerifyPeer, sslVerifyHost), no Node TLS options (lib/curly.ts).
  { id: 'node-libcurl', modules: ['node-libcurl'], paths: [['curly'], ...['get', 'post', 'put', 'patch', 'delete', 'head', 'options'].map((m) => ['curly', m])], role: 'client', options: 1, tlsPaths: [], sni: 'auto' },

  // FTP: `secure` other than true/'implicit' sends the password in cleartext (basic-ftp Client.access).
  { id: 'basic-ftp', modules: ['basic-ftp'], paths: [['Client', '()', 'access']], role: 'client', options: 0, tlsPaths: [['secureOptions']], sni: 'auto' },
  { id: 'ftp', modules: ['ftp'], paths: [['()', 'connect']], role: 'client', options: 0, tlsPaths: [['secureOptions']], sni: 'auto' },

  // Browsers and automation
  { id: 'puppeteer', modules: ['puppeteer', 'puppeteer-core'], paths: [['launch'], ['connect']], role: 'client', options: 0, tlsPaths: [], sni: 'auto' },
  { id: 'playwright', modules: ['playwright', 'playwright-core', '@playwright/test'], paths: [...PLAYWRIGHT_PATHS, ['request', 'newContext'], ['defineConfig']], role: 'client', options: 'first-object', tlsPaths: [], sni: 'auto' },
];

/** Keys only a Puppeteer launch or connect has, next to a browser option. */
const PUPPETEER_LAUNCH_KEYS = ['headless', 'defaultViewport', 'executablePath', 'slowMo', 'userDataDir', 'browserWSEndpoint', 'browserURL'];

const MONGODB_SCHEMES = ['mongodb:', 'mongodb+srv:'];

/** Options that exist only for TLS: reported wherever they are written, sink or not. */
export const TLS_ONLY_OPTIONS: readonly TlsOnlyOption[] = [
  { name: 'rejectUnauthorized', insecure: [false], rule: 'no-unverified-certificate', owner: 'Node TLS' },
  // make-fetch-happen and npm-registry-fetch: rejectUnauthorized = strictSSL !== false (lib/options.js).
  { name: 'strictSSL', insecure: [false], rule: 'no-unverified-certificate', owner: 'request' },
  { name: 'tlsAllowInvalidCertificates', insecure: [true], rule: 'no-unverified-certificate', owner: 'MongoDB', schemes: MONGODB_SCHEMES },
  { name: 'tlsInsecure', insecure: [true], rule: 'no-unverified-certificate', owner: 'MongoDB', schemes: MONGODB_SCHEMES },
  { name: 'sslValidate', insecure: [false], rule: 'no-unverified-certificate', owner: 'MongoDB', schemes: MONGODB_SCHEMES },
  // The W3C WebDriver capability (WebdriverIO, Selenium, Nightwatch); Puppeteer 23+ took the name for its launch option.
  { name: 'acceptInsecureCerts', insecure: [true], rule: 'no-unverified-certificate', owner: 'WebDriver', ownerHints: [{ owner: 'Puppeteer', keys: PUPPETEER_LAUNCH_KEYS }] },
  {
    name: 'ignoreHTTPSErrors', insecure: [true], rule: 'no-unverified-certificate', owner: 'Puppeteer/Playwright',
    ownerHints: [{ owner: 'Playwright', keys: ['baseURL', 'trace', 'video', 'screenshot', 'viewport', 'storageState', 'locale', 'timezoneId', 'launchOptions', 'extraHTTPHeaders'] }, { owner: 'Puppeteer', keys: PUPPETEER_LAUNCH_KEYS }],
  },
  // tedious (and mssql, which hands it `options`): rejectUnauthorized: !trustServerCertificate (src/message-io.ts).
  { name: 'trustServerCertificate', insecure: [true], rule: 'no-unverified-certificate', owner: 'mssql/tedious' },
  // node-libcurl's curly options, camelCase or as libcurl names them.
  { name: 'sslVerifyPeer', insecure: [false, 0], rule: 'no-unverified-certificate', owner: 'node-libcurl' },
  { name: 'SSL_VERIFYPEER', insecure: [false, 0], rule: 'no-unverified-certificate', owner: 'node-libcurl' },
  // @kubernetes/client-node: a cluster's skipTLSVerify sets rejectUnauthorized = false (src/config.ts applyHTTPSOptions).
  { name: 'skipTLSVerify', insecure: [true], rule: 'no-unverified-certificate', owner: 'Kubernetes client' },
  { name: 'tlsAllowInvalidHostnames', insecure: [true], rule: 'no-unverified-hostname', owner: 'MongoDB', schemes: MONGODB_SCHEMES },
  { name: 'sslVerifyHost', insecure: [false, 0], rule: 'no-unverified-hostname', owner: 'node-libcurl' },
  { name: 'SSL_VERIFYHOST', insecure: [false, 0], rule: 'no-unverified-hostname', owner: 'node-libcurl' },
  { name: 'unsafelyDisableHostnameVerification', insecure: [true], rule: 'no-unverified-hostname', owner: 'Deno' },
];

/**
 * http-proxy copies `secure` into the target request's rejectUnauthorized when the target is
 * https (lib/http-proxy/common.js); http-proxy-middleware, webpack-dev-server and Vite's
 * `server.proxy` hand it their proxy options.
 */
export const CONTEXT_OPTIONS: readonly ContextOption[] = [
  { name: 'secure', insecure: [false], siblings: ['target', 'forward'], urlKey: 'target', modules: ['http-proxy', 'http-proxy-middleware'], rule: 'no-unverified-certificate', owner: 'http-proxy' },
];

export const INSECURE_METHODS: readonly InsecureMethod[] = [
  { name: 'disableTLSCerts', maxArgs: 0, rule: 'no-unverified-certificate', owner: 'superagent' },
  { name: 'setAcceptInsecureCerts', maxArgs: 1, args: [true], rule: 'no-unverified-certificate', owner: 'Selenium' },
];

export const INSECURE_SETTERS: readonly InsecureSetter[] = [
  { methods: ['setOpt'], keys: { SSL_VERIFYPEER: 'no-unverified-certificate', sslVerifyPeer: 'no-unverified-certificate', SSL_VERIFYHOST: 'no-unverified-hostname', sslVerifyHost: 'no-unverified-hostname' }, insecure: [false, 0], owner: 'node-libcurl' },
  { methods: ['set', 'setCapability'], keys: { acceptInsecureCerts: 'no-unverified-certificate' }, insecure: [true], owner: 'WebDriver' },
];

const PG = ['postgres://', 'postgresql://'];
const LIBPQ = { param: 'uselibpqcompat', values: ['true'] };

export const INSECURE_URI_PARAMS: readonly InsecureUriParam[] = [
  { schemes: ['mongodb://', 'mongodb+srv://'], param: 'tlsAllowInvalidCertificates', values: ['true'], rule: 'no-unverified-certificate', owner: 'MongoDB' },
  { schemes: ['mongodb://', 'mongodb+srv://'], param: 'tlsInsecure', values: ['true'], rule: 'no-unverified-certificate', owner: 'MongoDB' },
  { schemes: ['mongodb://', 'mongodb+srv://'], param: 'sslValidate', values: ['false'], rule: 'no-unverified-certificate', owner: 'MongoDB' },
  { schemes: ['mongodb://', 'mongodb+srv://'], param: 'tlsAllowInvalidHostnames', values: ['true'], rule: 'no-unverified-hostname', owner: 'MongoDB' },
  { schemes: ['postgres://', 'postgresql://'], param: 'sslmode', values: ['no-verify'], rule: 'no-unverified-certificate', owner: 'pg' },
  // pg-connection-string with uselibpqcompat=true: prefer/require set rejectUnauthorized false, or
  // with sslrootcert (and verify-ca) a no-op checkServerIdentity, as libpq means them.
  { schemes: PG, param: 'sslmode', values: ['prefer', 'require'], with: [LIBPQ], without: ['sslrootcert'], rule: 'no-unverified-certificate', owner: 'pg with uselibpqcompat=true', replaceWith: 'verify-full' },
  { schemes: PG, param: 'sslmode', values: ['require'], with: [LIBPQ, { param: 'sslrootcert' }], rule: 'no-unverified-hostname', owner: 'pg with uselibpqcompat=true', replaceWith: 'verify-full' },
  { schemes: PG, param: 'sslmode', values: ['verify-ca'], with: [LIBPQ], rule: 'no-unverified-hostname', owner: 'pg with uselibpqcompat=true', replaceWith: 'verify-full' },
  // Prisma (quaint): accept_invalid_certs is also its default when sslaccept is absent (see the PrismaClient check).
  { schemes: [...PG, 'mysql://', 'sqlserver://'], param: 'sslaccept', values: ['accept_invalid_certs'], rule: 'no-unverified-certificate', owner: 'Prisma', replaceWith: 'strict' },
  { schemes: PG, param: 'sslmode', values: ['disable'], remoteHost: true, rule: 'no-plaintext-downgrade', owner: 'pg', replaceWith: 'verify-full' },
];

/** Electron: handlers whose callback argument decides whether a bad certificate is accepted. */
export const CERTIFICATE_CALLBACKS = {
  /**
   * `app.on('certificate-error', (event, webContents, url, error, certificate, callback) => ...)`;
   * on a WebContents the event has no webContents argument: `(event, url, error, certificate, callback)`.
   */
  event: { name: 'certificate-error', callbackIndex: 5, webContentsCallbackIndex: 4, insecureValues: [true] as const },
  /** `session.setCertificateVerifyProc((request, callback) => ...)`; 0 accepts, -3 defers to Chromium. */
  verifyProc: { method: 'setCertificateVerifyProc', callbackIndex: 1, insecureValues: [0] as const },
};

const CHILD_PROCESS_CALLS = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'];

/** execa's functions by their v9 names, with the paths of v9's named exports and v5's default export (`execa`, `execa.sync`, `execa.command`, `execa.node`). */
const EXECA_CALLS: [string, string[][]][] = [
  ['execa', [['execa'], []]],
  ['execaSync', [['execaSync'], ['sync']]],
  ['execaCommand', [['execaCommand'], ['command']]],
  ['execaCommandSync', [['execaCommandSync'], ['commandSync']]],
  ['execaNode', [['execaNode'], ['node']]],
];

/** Calls that give a child process or worker thread its own environment (TLS-FACTS 1.1 #7: read at every connect). */
export const ENV_SINKS: readonly EnvSink[] = [
  // spawn(cmd, args?, options), exec(cmd, options?, cb), execFile(file, args?, options?, cb), fork(path, args?, options): args is an array.
  ...CHILD_PROCESS_CALLS.map((name): EnvSink => ({ id: `child_process.${name}`, modules: ['child_process'], paths: [[name]], options: 'first-object', envPath: ['env'] })),
  // The worker's process.env starts as `env` (a copy of the parent's by default).
  { id: 'worker_threads.Worker', modules: ['worker_threads'], paths: [['Worker', '()']], options: 1, envPath: ['env'] },
  // cluster.fork(env) adds to the worker's environment.
  { id: 'cluster.fork', modules: ['cluster'], paths: [['fork']], options: 0, envPath: [] },
  // execa(file, args?, options?) and its command/node/sync forms: the child's environment is `env`
  // added to process.env (extendEnv: true by default), or `env` alone; either way it holds `env`'s variables.
  ...EXECA_CALLS.map(([id, paths]): EnvSink => ({ id, modules: ['execa'], paths, options: 'first-object', envPath: ['env'] })),
];
