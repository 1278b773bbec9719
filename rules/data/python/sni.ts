// Where Python TLS clients send SNI only when told the host name (PYTHON-TLS-FACTS.md 1.5 S1-S4).

/**
 * `SSLContext.wrap_socket(sock, server_side=False, do_handshake_on_connect=True,
 * suppress_ragged_eofs=True, server_hostname=None, session=None)` and
 * `SSLContext.wrap_bio(incoming, outgoing, server_side=False, server_hostname=None, session=None)`:
 * a client without server_hostname sends no SNI (S1). Python raises ValueError for it when
 * check_hostname is on, so such code runs only on contexts that skip the name check.
 */
export const CONTEXT_WRAPPERS: readonly { method: string; hostPosition: number; serverSidePosition: number }[] = [
  { method: 'wrap_socket', hostPosition: 4, serverSidePosition: 1 },
  { method: 'wrap_bio', hostPosition: 3, serverSidePosition: 2 },
];

/** What makes an ssl.SSLContext (the receivers of CONTEXT_WRAPPERS). */
export const SSL_CONTEXT_FACTORIES: readonly string[] = [
  'ssl.SSLContext', 'ssl.create_default_context', 'ssl._create_unverified_context', 'ssl._create_stdlib_context', 'ssl._create_default_https_context',
  'urllib3.util.ssl_.create_urllib3_context', 'urllib3.util.create_urllib3_context',
];

/** Where a plain socket's peer is named: `socket.create_connection((host, port))`, `sock.connect((host, port))`. */
export const SOCKET_CONNECTORS = { create: 'socket.create_connection', method: 'connect' } as const;

/**
 * pyOpenSSL (S3): `SSL.Connection(ctx, sock)` sends SNI only after
 * `conn.set_tlsext_host_name(host.encode())`; a client is one on which set_connect_state() or
 * connect() is called.
 */
export const PYOPENSSL_CONNECTION = {
  callee: 'OpenSSL.SSL.Connection',
  sniMethod: 'set_tlsext_host_name',
  clientMethods: ['set_connect_state', 'connect', 'connect_ex'],
  serverMethods: ['set_accept_state', 'accept'],
  /** Calls that start the handshake (a client's first I/O): the name must be set before them. */
  handshakeMethods: ['do_handshake', 'connect', 'connect_ex', 'send', 'sendall', 'write', 'recv', 'read', 'recv_into'],
} as const;
