// The ssl module's contexts as data: which factories make which kind of context, which calls
// take a context for a client or a server connection, and which verify_mode values mean what.

/** Factories of ssl contexts and what their contexts do before any write. */
export const CONTEXT_FACTORIES: Readonly<Record<string, { verifies: boolean; checksHostname: boolean }>> = {
  'ssl.create_default_context': { verifies: true, checksHostname: true },
  'ssl._create_unverified_context': { verifies: false, checksHostname: false },
  'ssl._create_stdlib_context': { verifies: false, checksHostname: false },
  'urllib3.util.create_urllib3_context': { verifies: true, checksHostname: false },
  'urllib3.util.ssl_.create_urllib3_context': { verifies: true, checksHostname: false },
};

/** `ssl.SSLContext(protocol)`: only PROTOCOL_TLS_CLIENT verifies; the rest start at CERT_NONE with check_hostname off. */
export const CLIENT_PROTOCOL = 'ssl.PROTOCOL_TLS_CLIENT';
export const SERVER_MARKERS: readonly string[] = ['ssl.PROTOCOL_TLS_SERVER', 'ssl.Purpose.CLIENT_AUTH'];

export const CERT_NONE: readonly string[] = ['ssl.CERT_NONE', '0'];
export const CERT_VERIFIED: readonly string[] = ['ssl.CERT_REQUIRED', 'ssl.CERT_OPTIONAL', '1', '2'];

/** Calls that serve TLS with the context they are given (as `ssl=`, `ssl_context=`, or positionally). */
export const SERVER_CALLS: readonly string[] = [
  'asyncio.start_server', 'asyncio.start_unix_server', 'asyncio.AbstractEventLoop.create_server', 'asyncio.AbstractEventLoop.create_unix_server',
  'aiohttp.web.run_app', 'aiohttp.web.TCPSite', 'aiohttp.web.SockSite', 'aiohttp.web.UnixSite', 'uvicorn.run', 'uvicorn.Config',
  'websockets.serve', 'websockets.server.serve', 'websockets.asyncio.server.serve', 'tornado.httpserver.HTTPServer', 'tornado.netutil.ssl_wrap_socket',
  'http.server.HTTPServer', 'http.server.ThreadingHTTPServer', 'wsgiref.simple_server.make_server', 'werkzeug.serving.run_simple', 'gevent.pywsgi.WSGIServer',
  'flask.Flask.run', 'cheroot.wsgi.Server', 'twisted.internet.reactor.listenSSL',
];

/** Methods of unknown receivers that serve TLS (`loop.create_server(…, ssl=ctx)`, `app.run(ssl_context=ctx)`). */
export const SERVER_METHODS: readonly string[] = ['create_server', 'start_server', 'start_unix_server', 'create_unix_server', 'run_app', 'listenSSL', 'serve'];

/** Methods of a context that show a client using it (loading trust anchors, wrapping a client socket). */
export const CLIENT_METHODS: readonly string[] = ['load_verify_locations', 'load_default_certs', 'set_default_verify_paths'];
