// require-servername, Python part (PYTHON-TLS-FACTS.md 1.5 S1, S3). S2 (ssl.wrap_socket, which
// has no server_hostname at all) is no-deprecated-tls-api's finding, whose message says it sends
// no SNI; S4 (asyncio server_hostname="") is no-unverified-hostname's (H2), whose fix is the same.
import { requireServername } from '../../../rules/require-servername/index.js';
import { runRuleTests } from '../rule-tester.js';

const py = (code: string, name?: string) => ({ code, filename: 'net.py', ...(name ? { name } : {}) });
const UNCHECKED = 'import socket\nimport ssl\nctx = ssl.create_default_context()\nctx.check_hostname = False\n';

runRuleTests(requireServername, {
  valid: [
    py('import socket\nimport ssl\nctx = ssl.create_default_context()\nwith socket.create_connection(("example.com", 443)) as sock:\n    with ctx.wrap_socket(sock, server_hostname="example.com") as tls:\n        tls.sendall(b"hi")\n', 'server_hostname given'),
    py('import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\nctx.load_cert_chain("cert.pem", "key.pem")\nconn = ctx.wrap_socket(client, server_side=True)\n', 'a server'),
    py('import ssl\nctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)\nctx.load_cert_chain("cert.pem")\ntls = ctx.wrap_socket(client, True)\n', 'a server, positionally'),
    py(`${UNCHECKED}sock = socket.create_connection(("10.0.0.5", 8443))\ntls = ctx.wrap_socket(sock)\n`, 'an IP address target: SNI cannot carry it'),
    py(`${UNCHECKED}def wrap(sock, server_side):\n    return ctx.wrap_socket(sock, server_side=server_side)\n`, 'a role the file does not know'),
    py('import ssl\n# ctx.wrap_socket(sock)\nHELP = "ctx.wrap_socket(sock) sends no SNI"\n', 'comments and strings'),
    py('from OpenSSL import SSL\nconn = SSL.Connection(ctx, sock)\nconn.set_tlsext_host_name(b"example.com")\nconn.set_connect_state()\nconn.do_handshake()\n', 'pyOpenSSL with SNI'),
    py('from OpenSSL import SSL\nconn = SSL.Connection(ctx, sock)\nconn.set_accept_state()\n', 'a pyOpenSSL server'),
    py('from OpenSSL import SSL\nconn = SSL.Connection(ctx, sock)\nconfigure(conn)\nconn.set_connect_state()\n', 'a pyOpenSSL connection handed to other code'),
    py(`${UNCHECKED}def probe(host, port):\n    raw = socket.create_connection((host, port))\n    return ctx.wrap_socket(raw)\n`, 'name checks off on purpose and a peer the file does not name (an IP address, most often)'),
  ],
  invalid: [
    {
      ...py(`${UNCHECKED}sock = socket.create_connection(("mail.example.com", 465))\ntls = ⟦ctx.wrap_socket(sock)⟧\n`, 'wrap_socket without server_hostname: the host comes from create_connection'),
      messageIds: ['pyMissing'],
      severities: ['warning'],
      messageIncludes: ['wrap_socket() without server_hostname sends no SNI'],
      fixes: [{ title: 'Add server_hostname="mail.example.com"', output: `${UNCHECKED}sock = socket.create_connection(("mail.example.com", 465))\ntls = ctx.wrap_socket(sock, server_hostname="mail.example.com")\n` }],
    },
    {
      ...py(`${UNCHECKED}HOST = "api.example.com"\ntls = ⟦ctx.wrap_socket(socket.socket())⟧\ntls.connect((HOST, 443))\n`, 'the host comes from a later connect()'),
      fixes: [{ title: 'Add server_hostname=HOST', output: `${UNCHECKED}HOST = "api.example.com"\ntls = ctx.wrap_socket(socket.socket(), server_hostname=HOST)\ntls.connect((HOST, 443))\n` }],
    },
    {
      ...py('import ssl\n\n\ndef connect(raw):\n    ctx = ssl._create_unverified_context()\n    return ⟦ctx.wrap_socket(raw)⟧\n', 'an unknown peer: no fix'),
      fixes: [],
    },
    {
      // The third speed pass found the model's answer depending on the order it was asked in: the
      // attribute writes' values were resolved while the writes were still being collected, so a
      // method above __init__ saw no `self.ctx` yet. Both orders now give the finding.
      ...py('import socket\nimport ssl\n\n\nclass Client:\n    def connect(self, host):\n        self.sock = ⟦self.ctx.wrap_socket(socket.socket())⟧\n\n    def __init__(self):\n        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\n', 'a method above __init__, which makes the context'),
      messageIds: ['pyMissing'],
      fixes: [],
    },
    {
      ...py('import socket\nimport ssl\n\n\nclass Client:\n    def __init__(self):\n        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\n\n    def connect(self, host):\n        self.sock = ⟦self.ctx.wrap_socket(socket.socket())⟧\n', 'the same below __init__'),
      messageIds: ['pyMissing'],
      fixes: [],
    },
    {
      ...py('import ssl\nctx = ssl._create_unverified_context()\nincoming = ssl.MemoryBIO()\noutgoing = ssl.MemoryBIO()\nobj = ⟦ctx.wrap_bio(incoming, outgoing)⟧\n', 'wrap_bio'),
    },
    {
      ...py('from OpenSSL import SSL\nimport socket\nsock = socket.create_connection(("db.example.com", 5432))\nconn = ⟦SSL.Connection(ctx, sock)⟧\nconn.set_connect_state()\nconn.do_handshake()\n', 'pyOpenSSL client without set_tlsext_host_name (S3)'),
      messageIds: ['pyConnection'],
      fixes: [{ title: 'Add conn.set_tlsext_host_name(b"db.example.com")', output: 'from OpenSSL import SSL\nimport socket\nsock = socket.create_connection(("db.example.com", 5432))\nconn = SSL.Connection(ctx, sock)\nconn.set_tlsext_host_name(b"db.example.com")\nconn.set_connect_state()\nconn.do_handshake()\n' }],
    },
    {
      // Found by fuzzing: the line went in at column 0, which ends the function.
      ...py('from OpenSSL import SSL\nimport socket\ndef fetch():\n    sock = socket.create_connection(("db.example.com", 5432))\n    \\\nconn = ⟦SSL.Connection(ctx, sock)⟧\n    conn.set_connect_state()\n    conn.do_handshake()\n', 'a statement continuing a line with a backslash: its indentation is the line before\'s, no fix'),
      messageIds: ['pyConnection'],
      fixes: [],
    },
  ],
});
