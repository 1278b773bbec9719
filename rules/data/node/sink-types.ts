// The shape of the sink table (rules/data/sinks.ts): which calls take TLS options, where.

export type SinkRole =
  /** Opens a client connection and verifies the server (tls.connect, https.request, most libraries). */
  | 'client'
  /** Accepts connections; verifies client certificates only with requestCert. */
  | 'server'
  /** Builds a secure context only; connection options such as rejectUnauthorized do nothing here. */
  | 'context'
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
  /** For https.request: the option holding an agent whose options win over the request's. */
  agentPath?: string[];
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
  /** The value that weakens TLS. */
  insecure: boolean;
  rule: string;
  /** The library or API the option belongs to, for the message. */
  owner: string;
}

/** A method whose mere call weakens TLS (`.disableTLSCerts()`). */
export interface InsecureMethod {
  name: string;
  maxArgs: number;
  rule: string;
  owner: string;
}

/** A connection-string parameter that weakens TLS (`sslmode=no-verify`). */
export interface InsecureUriParam {
  schemes: string[];
  param: string;
  values: string[];
  rule: string;
  owner: string;
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
