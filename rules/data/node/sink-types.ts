// The shape of the sink table (rules/data/sinks.ts): which calls take TLS options, where.

export type SinkRole =
  /** Opens a client connection and verifies the server (tls.connect, https.request, most libraries). */
  | 'client'
  /** Accepts connections; verifies client certificates only with requestCert. */
  | 'server'
  /** Builds a secure context only; connection options such as rejectUnauthorized do nothing here. */
  | 'context'
  /** Never speaks TLS (http.request, net.connect): TLS options given to it do nothing. */
  | 'plain'
  /** `new tls.TLSSocket(socket, options)`: a client made this way verifies nothing. */
  | 'tlssocket';

export interface Sink {
  /** Shown in messages: "tls.connect", "got", "mongodb MongoClient". */
  id: string;
  /** Normalised module specifiers ('node:tls' is 'tls'). */
  modules: string[];
  /** Export paths inside the module; '()' stands for the result of a call or `new`. */
  paths: string[][];
  role: SinkRole;
  /** Which argument carries the options: a fixed index, or the first argument that is an object. */
  options: number | 'first-object';
  /**
   * Where Node-style TLS options (rejectUnauthorized, ca, ciphers, minVersion, servername, …)
   * live inside the options: [] for the options object itself, ['https'] for got, ['ssl'] for pg.
   */
  tlsPaths: string[][];
  /** Whether the sink sends SNI by itself ('auto') or only when `servername` is given ('none'). */
  sni: 'auto' | 'none';
  /** The sink upgrades a plain connection (STARTTLS): a plain URL beside its options is what it upgrades, not a sign that no TLS is spoken. */
  upgrades?: true;
  /** For sni 'none': where the host name is, relative to the options. */
  hostPath?: string[];
  /** For sni 'none': a positional host argument, used when the first argument is a port number. */
  positionalHost?: number;
  /**
   * TLS is on only when this option (relative to the options) is set, or the URL says so: read by
   * require-servername for sni 'none' sinks; fixes never drop it (an emptied `ssl: {}` keeps TLS on).
   */
  tlsEnabledBy?: string[];
  /** For sni 'none': a connection URL (`rediss://host:6380`) whose host is the host, and whose scheme may turn TLS on. */
  url?: ConnectionUrl;
  /**
   * A URL argument whose scheme means no TLS at all: TLS options given with `http://` or `ws://`
   * do nothing (ws, socket.io-client, undici), or only on a redirect the server chooses (got):
   * options written for a URL the code says is plain are not read as a choice about TLS.
   * `unless`: options that may still turn TLS on (MQTT.js takes `protocol` and `servers` over the
   * URL's, and upgrades mqtt: to mqtts: when given `cert` and `key`): with one of them, or options
   * the code does not fully know, the URL says nothing. `path`: the URL is an option (ldapjs `url`).
   */
  plainUrl?: { arg?: number; path?: string[]; schemes: string[]; unless?: string[] };
  /**
   * TLS option paths for the target a proxy tunnels to (undici ProxyAgent's `requestTls`): the
   * options' own URL (`uri: 'http://proxy:3128'`) is the proxy's, so a plain one says nothing
   * about them (it does about `proxyTls`, the connection to the proxy).
   */
  throughProxy?: string[][];
  /** For https.request: the option holding an agent whose options win over the request's. */
  agentPath?: string[];
  /**
   * For calls that hand an `ssl` object to mysql2, which checks no host name without
   * `verifyIdentity: true`: where the object is (the first present path wins), and for ORMs the
   * dialect option or URL scheme that picks mysql2.
   */
  mysqlSsl?: { paths: string[][]; dialect?: { path: string[]; values: string[]; urlSchemes: string[] } };
  /**
   * For an ORM: the databases whose drivers speak TLS. A call whose URL scheme or dialect option
   * names another one (Sequelize's sqlite) opens no TLS connection, whatever its options say; a
   * dialect the code does not say is judged as today.
   */
  tlsDialects?: DialectSpec;
}

/** Where an ORM call names its database, and which of them speak TLS. */
export interface DialectSpec {
  /** The option naming it, relative to the options (`['dialect']`). */
  path: string[];
  /** A connection URL argument whose scheme names it, when the call has at most `maxArgs` arguments (`new Sequelize(url, options)`); the URL's scheme wins over the option. */
  url?: { arg: number; maxArgs: number };
  /** The names (and URL schemes, without ':') of the databases that speak TLS. */
  tls: string[];
}

/**
 * Where a sink takes a connection URL. The library connects to the URL's host, over TLS when the
 * scheme is one of `tlsSchemes`, and the URL's host wins over a host option.
 */
export interface ConnectionUrl {
  /** A positional argument holding the URL, when it is a string (ioredis `new Redis('rediss://…', options)`). */
  arg?: number;
  /** Or an option holding it, relative to the options (node-redis and ldapjs `url`). */
  path?: string[];
  /** Schemes that mean TLS, as URL.protocol spells them: 'rediss:'. */
  tlsSchemes: string[];
}

/** An option whose name only exists for TLS, so it is reported wherever it is written. */
export interface TlsOnlyOption {
  name: string;
  /** The values that weaken TLS: `false` for rejectUnauthorized, `0` or `false` for libcurl's sslVerifyPeer. */
  insecure: readonly (boolean | number)[];
  rule: string;
  /** The library or API the option belongs to, for the message. */
  owner: string;
  /** Another owner when the object holding the option has one of these keys (a Puppeteer launch, not a WebDriver capability). */
  ownerHints?: readonly { owner: string; keys: readonly string[] }[];
  /**
   * The URL schemes of the library the option belongs to: in an object whose own URL has another
   * scheme (`{ url: 'redis://…', tlsInsecure: true }`), the name is someone else's field.
   */
  schemes?: readonly string[];
}

/**
 * An option that weakens TLS only next to another one that says what it belongs to:
 * `secure: false` beside `target` is http-proxy's switch for the target's certificate check.
 */
export interface ContextOption {
  name: string;
  insecure: readonly (boolean | number)[];
  /** One of these keys must be in the same object. */
  siblings: readonly string[];
  /** The sibling holding the URL the option is about: an `http:` one makes the option moot. */
  urlKey: string;
  /** The modules the option belongs to: a file importing one is read for the option whatever its value (`secure: verify`). */
  modules: readonly string[];
  rule: string;
  owner: string;
}

/** A method whose call weakens TLS: `.disableTLSCerts()`, `.setAcceptInsecureCerts(true)`. */
export interface InsecureMethod {
  name: string;
  maxArgs: number;
  /** When set, the method weakens TLS only with one of these first arguments. */
  args?: readonly (boolean | number)[];
  rule: string;
  owner: string;
}

/**
 * A setter taking an option name and a value: libcurl's `curl.setOpt('SSL_VERIFYPEER', 0)`,
 * Selenium's `capabilities.set('acceptInsecureCerts', true)`.
 */
export interface InsecureSetter {
  methods: readonly string[];
  /** Option names (as strings, `Curl.option.X` member names, or camelCase) and the rule each weakens. */
  keys: Readonly<Record<string, string>>;
  insecure: readonly (boolean | number)[];
  owner: string;
}

/** A connection-string parameter that weakens TLS (`sslmode=no-verify`). */
export interface InsecureUriParam {
  schemes: string[];
  param: string;
  values: string[];
  rule: string;
  owner: string;
  /** Parameters that must be there too (with one of the values, when given): pg reads sslmode as libpq does only with uselibpqcompat=true. */
  with?: readonly { param: string; values?: readonly string[] }[];
  /** Parameters whose presence changes the meaning: with sslrootcert, libpq's require checks the CA. */
  without?: readonly string[];
  /** Only when the URL's host is a remote one written out (a dotted name or a non-loopback IP). */
  remoteHost?: boolean;
  /** The fix sets this value instead of removing the parameter (removing sslmode=disable keeps pg in cleartext). */
  replaceWith?: string;
}

/**
 * A call that starts a process or thread with an environment of its own (`spawn(cmd, args, { env })`):
 * NODE_TLS_REJECT_UNAUTHORIZED there decides verification for every connection of that process.
 */
export interface EnvSink {
  /** Shown in messages: "child_process.spawn". */
  id: string;
  modules: string[];
  /** Export paths inside the module; '()' stands for the result of `new`. */
  paths: string[][];
  /** Which argument carries the options: a fixed index, or the first argument that is an object. */
  options: number | 'first-object';
  /** Where the environment is inside the options; [] when the argument is the environment itself. */
  envPath: string[];
}
