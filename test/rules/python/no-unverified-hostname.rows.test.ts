// no-unverified-hostname, Python part: pymongo's host name options (H6), as keywords and in URIs;
// pyOpenSSL clients that verify the chain and never the host name (H9), only where that is plain.
import { noUnverifiedHostname } from '../../../rules/no-unverified-hostname/index.js';
import { runRuleTests } from '../rule-tester.js';

const OSSL = 'import socket\nfrom OpenSSL import SSL\n';
const VERIFYING = `${OSSL}ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\nctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)\nctx.load_verify_locations("/etc/ssl/certs/ca.pem")\n`;

runRuleTests(
  noUnverifiedHostname,
  {
    valid: [
      { name: 'pymongo with host names checked', code: "import pymongo\npymongo.MongoClient(uri, tls=True, tlsAllowInvalidHostnames=False)\npymongo.MongoClient(uri, ssl=True, ssl_match_hostname=True)\nURI = 'mongodb://db.example.com/?tls=true&tlsAllowInvalidHostnames=false'\n" },
      { name: 'prose, comments and other URL schemes', code: "# MongoClient(uri, tlsAllowInvalidHostnames=True)\nHELP = 'never set tlsAllowInvalidHostnames=true or ssl_match_hostname=false'\nDOCS = 'https://example.com/mongo?tlsAllowInvalidHostnames=true'\n" },
      { name: 'pyOpenSSL: service_identity after the handshake (H9)', code: `${VERIFYING}from service_identity.pyopenssl import verify_hostname\nconn = SSL.Connection(ctx, socket.create_connection(("api.example.com", 443)))\nconn.set_tlsext_host_name(b"api.example.com")\nconn.set_connect_state()\nconn.do_handshake()\nverify_hostname(conn, "api.example.com")\n` },
      { name: 'pyOpenSSL: a name or pin check of its own (H9)', code: `${VERIFYING}conn = SSL.Connection(ctx, sock)\nconn.set_connect_state()\nconn.do_handshake()\nif conn.get_peer_certificate().get_subject().CN != HOST:\n    raise ValueError\n` },
      { name: 'pyOpenSSL: a server, a connection returned or handed on, a context handed on, VERIFY_NONE (H9)', code: `${OSSL}srv = SSL.Context(SSL.TLS_SERVER_METHOD)\nsrv.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, lambda c, x, e, d, ok: ok)\nsc = SSL.Connection(srv, sock)\nsc.set_accept_state()\ndef open_conn(ctx, sock):\n    ctx.set_verify(SSL.VERIFY_PEER, lambda c, x, e, d, ok: ok)\n    conn = SSL.Connection(ctx, sock)\n    conn.set_connect_state()\n    return conn\nc2 = SSL.Context(SSL.TLS_CLIENT_METHOD)\nc2.set_verify(SSL.VERIFY_PEER, lambda c, x, e, d, ok: ok)\nk2 = SSL.Connection(c2, sock)\nk2.connect(("h", 443))\ncheck_peer(k2, "h")\nc3 = SSL.Context(SSL.TLS_CLIENT_METHOD)\nc3.set_verify(SSL.VERIFY_PEER, lambda c, x, e, d, ok: ok)\nconfigure(c3)\nk3 = SSL.Connection(c3, sock)\nk3.connect(("h", 443))\n` },
      { name: 'pyOpenSSL: a suppression at the connection still counts (H9 sits at set_verify)', code: `${VERIFYING}# tlslint-disable-next-line no-unverified-hostname -- pinned by the gateway\nconn = SSL.Connection(ctx, sock)\nconn.set_connect_state()\n` },
      { name: 'pyOpenSSL: a context a function returns, which the caller changes or hands on (H9)', code: `${OSSL}\n\ndef make_context():\n    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\n    ctx.set_verify(SSL.VERIFY_PEER, lambda c, x, e, d, ok: ok)\n    ctx.load_verify_locations(\"/etc/ca.pem\")\n    return ctx\n\n\ndef read(host):\n    ctx = make_context()\n    ctx.set_verify(SSL.VERIFY_NONE, lambda *a: True)\n    conn = SSL.Connection(ctx, socket.socket())\n    conn.connect((host, 443))\n    return conn.recv(1024)\n\n\ndef other(host):\n    ctx = make_context()\n    configure(ctx)\n    conn = SSL.Connection(ctx, socket.socket())\n    conn.connect((host, 443))\n` },
      { name: 'pyOpenSSL: a factory with two returns (which context is unknown) (H9)', code: `${OSSL}\n\ndef make_context(strict):\n    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\n    ctx.set_verify(SSL.VERIFY_PEER, lambda c, x, e, d, ok: ok)\n    if strict:\n        return ctx\n    return other_context()\n\n\ndef read(host):\n    ctx = make_context(True)\n    conn = SSL.Connection(ctx, socket.socket())\n    conn.connect((host, 443))\n` },
      { name: 'pyOpenSSL: a factory\'s call handed inline to other code, or returned (H9)', code: `${OSSL}\n\ndef make_context():\n    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\n    ctx.set_verify(SSL.VERIFY_PEER, lambda c, x, e, d, ok: ok)\n    return ctx\n\n\ndef read(host):\n    conn = SSL.Connection(make_context(), socket.socket())\n    conn.connect((host, 443))\n    configure(make_context())\n\n\ndef shared():\n    return make_context()\n` },
      { name: 'a look-alike client that is not pymongo', code: 'def MongoClient(uri, **kw):\n    pass\nMongoClient(uri, tlsAllowInvalidHostnames=True)\n' },
    ],
    invalid: [
      {
        name: 'a pyOpenSSL client with VERIFY_PEER and no host name check (H9)',
        code: `${OSSL}ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\n⟦ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)⟧\nctx.load_verify_locations("/etc/ssl/certs/ca.pem")\nconn = SSL.Connection(ctx, socket.create_connection(("api.example.com", 443)))\nconn.set_tlsext_host_name(b"api.example.com")\nconn.set_connect_state()\nconn.do_handshake()\nconn.sendall(b"GET / HTTP/1.0\\r\\n\\r\\n")\n`,
        messageIds: ['pyOpenSslNoHostname'],
        // At set_verify(), where three outside testers' keys put it; the connection is related.
        related: [['connects with no name check at line 6']],
        messageIncludes: ["This pyOpenSSL client checks the chain but never the host name, so any domain's certificate passes."],
      },
      {
        name: 'the same in a class, connecting through connect() (H9)',
        code: `${OSSL}class Client:\n    def __init__(self):\n        self.ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\n        ⟦self.ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT)⟧\n        self.ctx.set_default_verify_paths()\n    def open(self, host):\n        self.conn = SSL.Connection(self.ctx, socket.socket())\n        self.conn.connect((host, 443))\n`,
        related: [['connects with no name check at line 9']],
      },
      {
        name: 'a context a function of the file returns, connected by its caller (H9): at set_verify(), the caller\'s connection related',
        code: `${OSSL}\n\ndef make_context():\n    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\n    ⟦ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, lambda c, x, e, d, ok: ok)⟧\n    ctx.load_verify_locations(\"/etc/ca.pem\")\n    return ctx\n\n\ndef read(host):\n    ctx = make_context()\n    conn = SSL.Connection(ctx, socket.socket())\n    conn.connect((host, 443))\n    return conn.recv(1024)\n`,
        messageIds: ['pyOpenSslNoHostname'],
        related: [['connects with no name check at line 14']],
      },
      {
        name: 'the factory\'s call inline in SSL.Connection(make_context(), sock) (H9)',
        code: `${OSSL}\n\ndef make_context():\n    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\n    ⟦ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, lambda c, x, e, d, ok: ok)⟧\n    return ctx\n\n\ndef read(host):\n    conn = SSL.Connection(make_context(), socket.socket())\n    conn.set_connect_state()\n    conn.do_handshake()\n    return conn.recv(1024)\n`,
        messageIds: ['pyOpenSslNoHostname'],
        related: [['connects with no name check at line 12']],
      },
      {
        name: 'libpq verify-ca from a constant through a parameter default (H7): at the keyword, the constant related',
        code: 'import psycopg\nDEFAULT_MODE = "verify-ca"\n\n\ndef connect(host, sslmode=DEFAULT_MODE):\n    return psycopg.connect(host=host, ⟦sslmode=sslmode⟧)\n\n\ndef options(host, mode=DEFAULT_MODE):\n    return {"host": host, ⟦"sslmode": mode⟧}\n',
        messageIds: ['pyParam', 'pyParam'],
        related: [['value written here at line 2'], ['value written here at line 2']],
      },
      {
        name: 'tlsAllowInvalidHostnames=True, by keyword, **kwargs and a conditional (H6)',
        code: "import pymongo\nfrom pymongo import MongoClient\nMongoClient('db.example.com', tls=True, ⟦tlsAllowInvalidHostnames=True⟧)\nopts = dict(tls=True, ⟦tlsAllowInvalidHostnames=True⟧)\npymongo.MongoClient(host, **opts)\ndef connect(dev):\n    return MongoClient(host, ⟦tlsAllowInvalidHostnames=True if dev else False⟧)\n",
        messageIds: ['pyOption', 'pyOption', 'pyOption'],
        messageIncludes: ['tlsAllowInvalidHostnames=True makes pymongo accept a certificate for any host name.', '', 'tlsAllowInvalidHostnames=True (when dev) makes pymongo accept'],
        fixes: [{ title: 'Remove tlsAllowInvalidHostnames=True (verify the host name)', output: "import pymongo\nfrom pymongo import MongoClient\nMongoClient('db.example.com', tls=True)\nopts = dict(tls=True, tlsAllowInvalidHostnames=True)\npymongo.MongoClient(host, **opts)\ndef connect(dev):\n    return MongoClient(host, tlsAllowInvalidHostnames=True if dev else False)\n" }],
      },
      {
        name: 'pymongo 3 ssl_match_hostname=False (H6)',
        code: "import pymongo, ssl\nclient = pymongo.MongoClient('db.example.com', ssl=True, ssl_cert_reqs=ssl.CERT_REQUIRED, ⟦ssl_match_hostname=False⟧)\n",
        messageIncludes: ['ssl_match_hostname=False makes pymongo accept a certificate for any host name.'],
        fixes: [{ title: 'Remove ssl_match_hostname=False (verify the host name)', output: "import pymongo, ssl\nclient = pymongo.MongoClient('db.example.com', ssl=True, ssl_cert_reqs=ssl.CERT_REQUIRED)\n" }],
      },
      {
        name: 'the same in URIs (H6)',
        code: "from pymongo import MongoClient\nclient = MongoClient(⟦'mongodb+srv://cluster0.example.net/app?tls=true&tlsAllowInvalidHostnames=true'⟧)\nOLD = ⟦'mongodb://db.example.com/?ssl=true&ssl_match_hostname=false'⟧\n",
        messageIds: ['pyParam', 'pyParam'],
        messageIncludes: ['tlsAllowInvalidHostnames=true accepts a certificate for any host (pymongo)', 'ssl_match_hostname=false accepts'],
        fixes: [
          { title: 'Remove tlsAllowInvalidHostnames=true from the connection string', output: "from pymongo import MongoClient\nclient = MongoClient('mongodb+srv://cluster0.example.net/app?tls=true')\nOLD = 'mongodb://db.example.com/?ssl=true&ssl_match_hostname=false'\n" },
          { title: 'Remove ssl_match_hostname=false from the connection string', finding: 1, output: "from pymongo import MongoClient\nclient = MongoClient('mongodb+srv://cluster0.example.net/app?tls=true&tlsAllowInvalidHostnames=true')\nOLD = 'mongodb://db.example.com/?ssl=true'\n" },
        ],
      },
    ],
  },
  { filename: 'db.py' },
);
