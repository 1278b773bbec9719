// no-unverified-certificate, Python part: Twisted (C20), pymongo's insecure options and URIs (C22),
// nntplib without a context (C11) and its removal in 3.13, getpeercert() after a CERT_NONE
// handshake (C12), pyOpenSSL client contexts without set_verify() and accept-all callbacks (C19).
// Every fix is re-parsed and re-linted.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { noUnverifiedCertificate } from '../../../rules/no-unverified-certificate/index.js';
import { defaultConfig } from '../../../server/src/engine/config/index.js';
import { ready } from '../../../server/src/linter/index.js';
import { analyzeText } from '../../helpers/lint.js';
import { runRuleTests } from '../rule-tester.js';

const TW = 'from twisted.internet import reactor, ssl\n';
const OSSL = 'import socket\nfrom OpenSSL import SSL\n';

runRuleTests(
  noUnverifiedCertificate,
  {
    valid: [
      {
        // Spellings the libraries refuse (libpq and redis-py read names and values as written,
        // pymongo values as written) or the pre-filter cannot see (pymongo names in upper case).
        name: 'connection-string parameters in other cases',
        code: "import pymongo\nSAFE = pymongo.MongoClient(tlsInsecure=False)\nA = 'mongodb://db.example.com/?TLSINSECURE=true'\nB = 'mongodb://db.example.com/?tlsInsecure=TRUE'\nC = 'rediss://cache.example.com:6380/0?ssl_cert_reqs=NONE'\nD = 'postgresql://app@db.example.com/app?SSLMODE=require'\nE = 'host=db.example.com dbname=app sslmode=REQUIRE'\n",
      },
      { name: 'Twisted: CertificateOptions with trustRoot or verify=True, optionsForClientTLS', code: `${TW}reactor.connectSSL("h", 443, f, ssl.CertificateOptions(trustRoot=ssl.platformTrust()))\nopts = ssl.CertificateOptions(verify=True, caCerts=[ca])\nreactor.connectSSL("h", 443, f, opts)\nreactor.connectSSL("h", 443, f, ssl.optionsForClientTLS("h"))\n` },
      { name: 'Twisted: CertificateOptions of a server (listenSSL, a server endpoint)', code: `${TW}from twisted.internet import endpoints\nsrv = ssl.CertificateOptions(privateKey=key, certificate=cert)\nreactor.listenSSL(443, f, srv)\nendpoints.SSL4ServerEndpoint(reactor, 443, ssl.CertificateOptions(privateKey=key, certificate=cert))\n` },
      { name: 'Twisted: options the file cannot see, and a subclass of ClientContextFactory', code: `${TW}reactor.connectSSL("h", 443, f, ssl.CertificateOptions(**tls_kwargs))\nclass Verifying(ssl.ClientContextFactory):\n    def getContext(self):\n        return make_verified_context()\nreactor.connectSSL("h", 443, f, Verifying())\n` },
      { name: 'Twisted: comments and strings', code: `${TW}# reactor.connectSSL(h, 443, f, ssl.ClientContextFactory())\nHELP = "CertificateOptions(verify=False) turns checks off"\n` },
      { name: 'pymongo: safe options and URIs', code: "import pymongo\npymongo.MongoClient(uri, tls=True, tlsInsecure=False, tlsCAFile='/etc/ca.pem')\nURI = 'mongodb://db.example.com/?tls=true&tlsCAFile=/etc/ca.pem'\nNOTE = 'never set tlsInsecure=true'\n" },
      { name: 'getpeercert() on a verified socket, a server socket, a socket the file did not wrap (C12)', code: "import socket, ssl\ndef a(host):\n    ctx = ssl.create_default_context()\n    s = ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)\n    if not s.getpeercert():\n        raise ValueError\ndef c(host):\n    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\n    ctx.load_verify_locations('ca.pem')\n    s = ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)\n    cert = s.getpeercert()\n    if cert['subject'] != WANT:\n        raise ValueError\ndef serve(sock):\n    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)\n    ctx.verify_mode = ssl.CERT_NONE\n    conn = ctx.wrap_socket(sock, server_side=True)\n    if conn.getpeercert():\n        pass\ndef given(s):\n    if not s.getpeercert():\n        raise ValueError\n" },
      { name: 'pyOpenSSL: contexts that verify, serve, or go elsewhere (C19)', code: `${OSSL}ok = SSL.Context(SSL.TLS_CLIENT_METHOD)\nok.set_verify(SSL.VERIFY_PEER, lambda c, x, e, d, ok: ok)\nconn = SSL.Connection(ok, socket.socket())\nconn.connect(("h", 443))\nsrv = SSL.Context(SSL.TLS_SERVER_METHOD)\nsrv.use_privatekey_file("k.pem")\nsc = SSL.Connection(srv, sock)\nsc.set_accept_state()\nhanded = SSL.Context(SSL.TLS_CLIENT_METHOD)\nharden(handed)\nhc = SSL.Connection(handed, sock)\nhc.set_connect_state()\nper = SSL.Context(SSL.TLS_CLIENT_METHOD)\npc = SSL.Connection(per, sock)\npc.set_verify(SSL.VERIFY_PEER)\npc.set_connect_state()\nunused = SSL.Context(SSL.TLS_CLIENT_METHOD)\n` },
      { name: 'pyOpenSSL: a callback that returns ok, or decides (C19)', code: `${OSSL}ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\ndef check(conn, cert, errno, depth, ok):\n    if depth == 0 and cert.digest("sha256") == PIN:\n        return True\n    return ok\nctx.set_verify(SSL.VERIFY_PEER, check)\n` },
      {
        name: "paho: a subclass of the client whose own tls_set() override, or CERT_REQUIRED, keeps verification on; an unknown receiver's tls_set with a CA",
        code: 'import ssl\nimport paho.mqtt.client as mqtt\n\n\nclass Telemetry(mqtt.Client):\n    cert_reqs = ssl.CERT_REQUIRED\n\n    def secure(self):\n        self.tls_set(ca_certs="/etc/ca.pem", cert_reqs=self.cert_reqs)\n\n\nclass ColdRoom(Telemetry):\n    cert_reqs = ssl.CERT_NONE\n\n    def secure(self):\n        self.tls_set(ca_certs="/etc/ca.pem", cert_reqs=ssl.CERT_REQUIRED)\n\n\ndef setup(client):\n    client.tls_set("/etc/ca.pem", cert_reqs=ssl.CERT_REQUIRED)\n',
      },
      {
        name: "an attribute of an instance of the file's class: turned back on later, written twice by the class, or no requests Session",
        code: 'import requests\nfrom sqlalchemy.orm import Session\n\n\nclass Replayer:\n    def __init__(self, session=None):\n        self.session = session or requests.Session()\n\n\nclass Twice:\n    def __init__(self):\n        self.session = requests.Session()\n\n    def reset(self, s):\n        self.session = s\n\n\nclass Db:\n    def __init__(self):\n        self.session = Session()\n\n\ndef restored():\n    r = Replayer()\n    r.session.verify = False\n    r.session.verify = "/etc/ssl/ca.pem"\n    t = Twice()\n    t.session.verify = False\n    d = Db()\n    d.session.verify = False\n    return r, t, d\n',
      },
      {
        name: "a base Session's __init__ given False by a subclass that sets self.verify again after, a CA, or by a class that does not extend it",
        code: 'import requests\n\nCA = "/etc/ssl/ca.pem"\n\n\nclass Portal(requests.Session):\n    def __init__(self, verify_tls=True):\n        super().__init__()\n        self.verify = verify_tls\n\n\nclass Parcel(Portal):\n    def __init__(self):\n        super().__init__(verify_tls=False)\n        self.verify = CA\n\n\nclass Pinned(Portal):\n    def __init__(self):\n        super().__init__(verify_tls=CA)\n\n\nclass Unrelated:\n    def __init__(self):\n        super().__init__(verify_tls=False)\n',
      },
      {
        name: 'an sslmode item written again safely later, another key, a comment and a comparison',
        code: 'DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "OPTIONS": {}}}\nDATABASES["default"]["OPTIONS"]["sslmode"] = "require"\nDATABASES["default"]["OPTIONS"]["sslmode"] = "verify-full"\nenv = {}\nenv["PGSSLMODE"] = "require"\n# DATABASES["default"]["OPTIONS"]["sslmode"] = "require"\nstrict = DATABASES["default"]["OPTIONS"]["sslmode"] == "require"\n',
      },
      { name: 'nntplib given a context, or **kwargs', code: 'import nntplib, ssl\nctx = ssl.create_default_context()\nnntplib.NNTP_SSL("news.example.com", ssl_context=ctx)\ns = nntplib.NNTP("news.example.com")\ns.starttls(context=ctx)\nnntplib.NNTP_SSL("news.example.com", **opts)\n' },
    ],
    invalid: [
      {
        name: "paho: self.tls_set() in a subclass of the client, CERT_NONE written there or in a subclass's class body (python-blind22 iot_fleet)",
        code: 'import ssl\nimport paho.mqtt.client as mqtt\n\n\nclass Telemetry(mqtt.Client):\n    cert_reqs = ssl.CERT_REQUIRED\n\n    def secure(self):\n        self.tls_set(ca_certs="/etc/ca.pem", cert_reqs=self.cert_reqs)\n\n    def lab(self):\n        self.tls_set("/etc/ca.pem", None, None, ⟦ssl.CERT_NONE⟧)\n\n\nclass LegacyGateway(Telemetry):\n    cert_reqs = ⟦ssl.CERT_NONE⟧\n',
        messageIncludes: ['ssl.CERT_NONE makes paho-mqtt accept any certificate', 'cert_reqs=ssl.CERT_NONE (for LegacyGateway) makes paho-mqtt accept any certificate'],
        related: [[], ['used by self.tls_set() at line 9']],
        fixes: [{ title: 'Remove ssl.CERT_NONE (verify certificates)', output: 'import ssl\nimport paho.mqtt.client as mqtt\n\n\nclass Telemetry(mqtt.Client):\n    cert_reqs = ssl.CERT_REQUIRED\n\n    def secure(self):\n        self.tls_set(ca_certs="/etc/ca.pem", cert_reqs=self.cert_reqs)\n\n    def lab(self):\n        self.tls_set("/etc/ca.pem", None, None)\n\n\nclass LegacyGateway(Telemetry):\n    cert_reqs = ssl.CERT_NONE\n' }],
      },
      {
        name: "r.session.verify = False on an instance of the file's class, whose __init__ makes the Session (python-blind21 billing_api)",
        code: 'import requests\n\n\nclass Replayer:\n    def __init__(self, session=None):\n        self.session = session or requests.Session()\n        self.session.verify = True\n\n\ndef insecure_replayer():\n    r = Replayer()\n    ⟦r.session.verify = False⟧\n    return r\n',
        messageIncludes: ['r.session.verify = False makes requests accept any certificate'],
        fixes: [{ title: 'Remove r.session.verify = False (verify certificates)', output: 'import requests\n\n\nclass Replayer:\n    def __init__(self, session=None):\n        self.session = session or requests.Session()\n        self.session.verify = True\n\n\ndef insecure_replayer():\n    r = Replayer()\n    return r\n' }],
      },
      {
        name: "a base Session's __init__ writing self.verify from its parameter: each subclass's super().__init__() or Base.__init__(self, …) and each construction passing False (python-blind22 carrier_scraper)",
        code: 'import requests\n\n\nclass Portal(requests.Session):\n    def __init__(self, verify_tls=True):\n        super().__init__()\n        self.verify = verify_tls\n\n\nclass Freight(Portal):\n    def __init__(self):\n        super().__init__(⟦verify_tls=False⟧)\n\n\nclass OldStyle(Portal):\n    def __init__(self):\n        Portal.__init__(self, ⟦False⟧)\n\n\nlab = Portal(⟦verify_tls=False⟧)\n',
        messageIncludes: ['self.verify = verify_tls makes requests accept any certificate', 'self.verify = verify_tls makes', 'self.verify = verify_tls makes'],
        related: [['used by self.verify at line 7'], ['used by self.verify at line 7'], ['used by self.verify at line 7']],
      },
      {
        name: "sslmode=require written as a dict item: a Django settings module's nested DATABASES write (python-blind22 logistics), and a dict a connect() call splats (one finding)",
        code: 'import psycopg2\n\nfrom .base import *\n\nDATABASES["default"]["HOST"] = "staging-db.example.com"\n⟦DATABASES["default"]["OPTIONS"]["sslmode"] = "require"⟧\nconn_args = {"host": "db.example.com"}\n⟦conn_args["sslmode"] = "require"⟧\npsycopg2.connect(**conn_args)\n',
        messageIds: ['pyParam', 'pyParam'],
        messageIncludes: ['sslmode=require encrypts without checking the certificate', 'sslmode=require encrypts without checking the certificate'],
      },
      {
        name: 'Twisted ClientContextFactory (C20)',
        code: `${TW}from twisted.internet.ssl import ClientContextFactory\nreactor.connectSSL("h", 443, f, ⟦ssl.ClientContextFactory()⟧)\ncf = ⟦ClientContextFactory()⟧\n`,
        messageIds: ['pyTwisted', 'pyTwisted'],
      },
      {
        name: 'Twisted CertificateOptions(verify=False) and its default, used by clients (C20)',
        code: `${TW}from twisted.internet import endpoints\nfrom twisted.internet.ssl import CertificateOptions\nopts = CertificateOptions(⟦verify=False⟧)\nreactor.connectSSL("h", 443, f, opts)\nreactor.connectSSL("h", 443, f, contextFactory=⟦ssl.CertificateOptions()⟧)\nep = endpoints.SSL4ClientEndpoint(reactor, "h", 443, ssl.CertificateOptions(⟦verify=False⟧))\nclass Client:\n    def start(self):\n        self.reactor.connectSSL("h", 443, f, ⟦ssl.CertificateOptions(raiseMinimumTo=ssl.TLSVersion.TLSv1_2)⟧)\n`,
        messageIds: ['pyTwistedOptions', 'pyTwistedOptions', 'pyTwistedOptions', 'pyTwistedOptions'],
        messageIncludes: ['verify=False makes this Twisted client accept any certificate', 'CertificateOptions() without trustRoot= makes this Twisted client accept any certificate'],
        fixes: [{ title: 'Use trustRoot=ssl.platformTrust() (verify certificates)', finding: 2, output: `${TW}from twisted.internet import endpoints\nfrom twisted.internet.ssl import CertificateOptions\nopts = CertificateOptions(verify=False)\nreactor.connectSSL("h", 443, f, opts)\nreactor.connectSSL("h", 443, f, contextFactory=ssl.CertificateOptions())\nep = endpoints.SSL4ClientEndpoint(reactor, "h", 443, ssl.CertificateOptions(trustRoot=ssl.platformTrust()))\nclass Client:\n    def start(self):\n        self.reactor.connectSSL("h", 443, f, ssl.CertificateOptions(raiseMinimumTo=ssl.TLSVersion.TLSv1_2))\n` }],
      },
      {
        name: 'pymongo tlsInsecure=True, also through **kwargs and a name (C22)',
        code: "import pymongo\nfrom pymongo import MongoClient\nMongoClient('db.example.com', ⟦tlsInsecure=True⟧)\nopts = {'tls': True, ⟦'tlsInsecure': True⟧}\npymongo.MongoClient(host, **opts)\nINSECURE = ⟦True⟧\npymongo.MongoClient(host, tlsInsecure=INSECURE)\n",
        messageIds: ['pyOption', 'pyOption', 'pyOption'],
        messageIncludes: ['tlsInsecure=True makes pymongo accept any certificate'],
        fixes: [
          { title: 'Remove tlsInsecure=True (verify certificates)', output: "import pymongo\nfrom pymongo import MongoClient\nMongoClient('db.example.com')\nopts = {'tls': True, 'tlsInsecure': True}\npymongo.MongoClient(host, **opts)\nINSECURE = True\npymongo.MongoClient(host, tlsInsecure=INSECURE)\n" },
          { title: "Remove 'tlsInsecure': True (verify certificates)", finding: 1, output: "import pymongo\nfrom pymongo import MongoClient\nMongoClient('db.example.com', tlsInsecure=True)\nopts = {'tls': True}\npymongo.MongoClient(host, **opts)\nINSECURE = True\npymongo.MongoClient(host, tlsInsecure=INSECURE)\n" },
        ],
      },
      {
        name: 'pymongo 3 ssl_cert_reqs=CERT_NONE and motor (C22)',
        code: "import ssl\nfrom motor.motor_asyncio import AsyncIOMotorClient\nimport pymongo\npymongo.MongoClient(host, ssl=True, ⟦ssl_cert_reqs=ssl.CERT_NONE⟧)\nAsyncIOMotorClient(uri, ⟦tlsInsecure=True⟧)\n",
        messageIncludes: ['ssl_cert_reqs=ssl.CERT_NONE makes pymongo accept', 'tlsInsecure=True makes pymongo accept'],
      },
      {
        name: 'pymongo URIs with tlsInsecure=true (C22)',
        code: "from pymongo import MongoClient\nclient = MongoClient(⟦'mongodb+srv://cluster0.example.net/app?tlsInsecure=true'⟧)\nURI = ⟦'mongodb://db.example.com/?tlsInsecure=true&replicaSet=rs0'⟧\nOLD = ⟦'mongodb://db.example.com/?ssl=true&ssl_cert_reqs=CERT_NONE'⟧\n",
        messageIds: ['pyParam', 'pyParam', 'pyParam'],
        messageIncludes: ['tlsInsecure=true accepts any certificate and host name (pymongo)'],
        fixes: [
          { title: 'Remove tlsInsecure=true from the connection string', output: "from pymongo import MongoClient\nclient = MongoClient('mongodb+srv://cluster0.example.net/app')\nURI = 'mongodb://db.example.com/?tlsInsecure=true&replicaSet=rs0'\nOLD = 'mongodb://db.example.com/?ssl=true&ssl_cert_reqs=CERT_NONE'\n" },
          { title: 'Remove tlsInsecure=true from the connection string', finding: 1, output: "from pymongo import MongoClient\nclient = MongoClient('mongodb+srv://cluster0.example.net/app?tlsInsecure=true')\nURI = 'mongodb://db.example.com/?replicaSet=rs0'\nOLD = 'mongodb://db.example.com/?ssl=true&ssl_cert_reqs=CERT_NONE'\n" },
          { title: 'Remove ssl_cert_reqs=CERT_NONE from the connection string', finding: 2, output: "from pymongo import MongoClient\nclient = MongoClient('mongodb+srv://cluster0.example.net/app?tlsInsecure=true')\nURI = 'mongodb://db.example.com/?tlsInsecure=true&replicaSet=rs0'\nOLD = 'mongodb://db.example.com/?ssl=true'\n" },
        ],
      },
      {
        // pymongo reads option names in any case; tlslint matches the name as written and in lower
        // case, the two spellings the pre-filter's needles hold, so a file is judged the same
        // whether or not another needle lets it through (prefilter-soundness.test.ts checks it).
        name: 'pymongo URI with the parameter in lower case (C22)',
        code: "URI = ⟦'mongodb://db.example.com/?tlsinsecure=true'⟧\nNOTE = 'mongodb://db.example.com/?tls=true'\n",
        messageIds: ['pyParam'],
        messageIncludes: ['tlsinsecure=true accepts any certificate and host name (pymongo)'],
        fixes: [{ title: 'Remove tlsinsecure=true from the connection string', output: "URI = 'mongodb://db.example.com/'\nNOTE = 'mongodb://db.example.com/?tls=true'\n" }],
      },
      {
        name: 'getpeercert() after a CERT_NONE handshake, then checked (C12, the Mailpile bug)',
        code: "import socket, ssl\ndef connect(host):\n    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\n    ctx.check_hostname = False\n    ⟦ctx.verify_mode = ssl.CERT_NONE⟧\n    sock = ctx.wrap_socket(socket.create_connection((host, 443)))\n    cert = ⟦sock.getpeercert()⟧\n    if not cert or cert.get('subject') != WANT:\n        raise ssl.SSLError('unexpected certificate')\n    return sock\ndef legacy(host):\n    s = ⟦ssl.wrap_socket⟧(socket.create_connection((host, 443)))\n    ssl.match_hostname(⟦s.getpeercert()⟧, host)\n",
        messageIds: ['pyCertNone', 'pyPeerCertUnverified', 'pyWrapSocket', 'pyPeerCertUnverified'],
        messageIncludes: ['', 'getpeercert() returns {} after a CERT_NONE handshake, so checking its result here checks nothing.'],
      },
      {
        name: 'getpeercert() in binary form (a pin), not tested, or after an opt-in CERT_NONE: only the context is reported (C12)',
        code: "import socket, ssl\ndef pin(host):\n    ctx = ⟦ssl._create_unverified_context()⟧\n    s = ctx.wrap_socket(socket.create_connection((host, 443)))\n    if sha256(s.getpeercert(binary_form=True)).hexdigest() != PIN:\n        raise ValueError\ndef untested(host):\n    s = ⟦ssl.wrap_socket⟧(socket.create_connection((host, 443)))\n    log.info('peer %s', host)\n    return s.getpeercert()\ndef opt_in(sock, insecure):\n    ctx = ssl.create_default_context()\n    if insecure:\n        ctx.check_hostname = False\n        ⟦ctx.verify_mode = ssl.CERT_NONE⟧\n    s = ctx.wrap_socket(sock, server_hostname='h')\n    if not s.getpeercert():\n        raise ValueError\n",
        messageIds: ['pyUnverifiedContext', 'pyWrapSocket', 'pyCertNone'],
      },
      {
        name: 'pyOpenSSL client Context without set_verify() (C19)',
        code: `${OSSL}⟦ctx⟧ = SSL.Context(SSL.TLS_CLIENT_METHOD)\nconn = SSL.Connection(ctx, socket.socket())\nconn.set_tlsext_host_name(b"api.example.com")\nconn.connect(("api.example.com", 443))\nconn.do_handshake()\n`.replace('⟦ctx⟧ = SSL.Context(SSL.TLS_CLIENT_METHOD)', 'ctx = ⟦SSL.Context(SSL.TLS_CLIENT_METHOD)⟧'),
        messageIds: ['pyNoSetVerify'],
        messageIncludes: ['This pyOpenSSL client Context never calls set_verify(), so it accepts any certificate.'],
        fixes: [{ title: 'Call set_verify(VERIFY_PEER) (verify certificates)', output: `${OSSL}ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\nctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)\nctx.set_default_verify_paths()\nconn = SSL.Connection(ctx, socket.socket())\nconn.set_tlsext_host_name(b"api.example.com")\nconn.connect(("api.example.com", 443))\nconn.do_handshake()\n` }],
      },
      {
        name: 'pyOpenSSL: in a function with CAs loaded, and self.ctx in a class (C19)',
        code: `${OSSL}def fetch(host):\n    ctx = ⟦SSL.Context(SSL.TLS_CLIENT_METHOD)⟧\n    ctx.load_verify_locations("ca.pem")\n    s = SSL.Connection(ctx, socket.create_connection((host, 443)))\n    s.set_connect_state()\n    s.do_handshake()\nclass Client:\n    def __init__(self):\n        self.ctx = ⟦SSL.Context(SSL.TLS_CLIENT_METHOD)⟧\n    def open(self, sock):\n        self.conn = SSL.Connection(self.ctx, sock)\n        self.conn.set_connect_state()\n`,
        fixes: [{ title: 'Call set_verify(VERIFY_PEER) (verify certificates)', output: `${OSSL}def fetch(host):\n    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\n    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)\n    ctx.load_verify_locations("ca.pem")\n    s = SSL.Connection(ctx, socket.create_connection((host, 443)))\n    s.set_connect_state()\n    s.do_handshake()\nclass Client:\n    def __init__(self):\n        self.ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\n    def open(self, sock):\n        self.conn = SSL.Connection(self.ctx, sock)\n        self.conn.set_connect_state()\n` }],
      },
      {
        // Beside seed 20261211's input 26043: an attribute path's first write is not the context its uses see.
        name: 'pyOpenSSL: self.ctx made twice, the first only when debugging: set_verify() after the one the connection gets (C19)',
        code: `${OSSL}class C:\n    def __init__(self, debug):\n        if debug:\n            self.ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\n        self.ctx = ⟦SSL.Context(SSL.TLS_CLIENT_METHOD)⟧\n    def open(self, sock):\n        self.conn = SSL.Connection(self.ctx, sock)\n        self.conn.set_connect_state()\n`,
        fixes: [{ title: 'Call set_verify(VERIFY_PEER) (verify certificates)', output: `${OSSL}class C:\n    def __init__(self, debug):\n        if debug:\n            self.ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\n        self.ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\n        self.ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)\n        self.ctx.set_default_verify_paths()\n    def open(self, sock):\n        self.conn = SSL.Connection(self.ctx, sock)\n        self.conn.set_connect_state()\n` }],
      },
      {
        // Found by fuzzing: the lines went in with the continued line's indentation, where tree-sitter read another block.
        name: 'pyOpenSSL: a Context made on a line continued with a backslash: reported, no fix (C19)',
        code: `${OSSL}def fetch(host):\n    \\\nctx = ⟦SSL.Context(SSL.TLS_CLIENT_METHOD)⟧\n    conn = SSL.Connection(ctx, socket.create_connection((host, 443)))\n    conn.set_connect_state()\n`,
        messageIds: ['pyNoSetVerify'],
        fixes: [],
      },
      {
        name: 'pyOpenSSL verify callbacks that ignore ok (C19)',
        code: `${OSSL}ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\ndef verify_cb(conn, cert, errnum, depth, ok):\n    if not ok:\n        log.warning("certificate error %s at depth %s", errnum, depth)\n    return True\nctx.set_verify(SSL.VERIFY_PEER, ⟦verify_cb⟧)\nother = SSL.Context(SSL.TLS_CLIENT_METHOD)\nother.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, ⟦lambda *args: 1⟧)\n`,
        messageIds: ['pyAcceptAll', 'pyAcceptAll'],
        // The callback defined apart: its `return True` is related (a lambda's is on the finding's line).
        related: [['accepts every certificate at line 7'], []],
      },
      {
        name: 'a pyOpenSSL verify callback that is a plain or static method read on its class (python-blind24 ossl_probe)',
        code: `${OSSL}class Permissive:\n    @staticmethod\n    def always_ok(conn, cert, errno, depth, ok):\n        return True\n\n    def plain(conn, cert, errno, depth, ok):\n        return 1\n\n    @classmethod\n    def bound(cls, conn, cert, errno, depth, ok):\n        return True\n\n\nctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\nctx.set_verify(SSL.VERIFY_PEER, ⟦Permissive.always_ok⟧)\nctx.set_verify(SSL.VERIFY_PEER, ⟦Permissive.plain⟧)\nctx.set_verify(SSL.VERIFY_PEER, Permissive.bound)\n`,
        messageIds: ['pyAcceptAll', 'pyAcceptAll'],
        related: [['accepts every certificate at line 6'], ['accepts every certificate at line 9']],
      },
      {
        name: 'nntplib NNTP_SSL and NNTP.starttls() without a context (C11)',
        code: 'import nntplib\nnews = ⟦nntplib.NNTP_SSL⟧("news.example.com")\nplain = nntplib.NNTP("news.example.com")\n⟦plain.starttls⟧()\nwith nntplib.NNTP_SSL("news.example.com", 563, "u", "p", ⟦None⟧) as n:\n    pass\n',
        messageIds: ['pyNoContext', 'pyNoContext', 'pyNoContext'],
        messageIncludes: ['nntplib.NNTP_SSL() without ssl_context= accepts any certificate', 'NNTP.starttls() without context= accepts any certificate'],
        fixes: [
          { title: 'Pass ssl_context=ssl.create_default_context() (verify certificates)', output: 'import nntplib\nimport ssl\nnews = nntplib.NNTP_SSL("news.example.com", ssl_context=ssl.create_default_context())\nplain = nntplib.NNTP("news.example.com")\nplain.starttls()\nwith nntplib.NNTP_SSL("news.example.com", 563, "u", "p", None) as n:\n    pass\n' },
          { title: 'Pass context=ssl.create_default_context() (verify certificates)', finding: 1, output: 'import nntplib\nimport ssl\nnews = nntplib.NNTP_SSL("news.example.com")\nplain = nntplib.NNTP("news.example.com")\nplain.starttls(context=ssl.create_default_context())\nwith nntplib.NNTP_SSL("news.example.com", 563, "u", "p", None) as n:\n    pass\n' },
          { title: 'Pass ssl_context=ssl.create_default_context() (verify certificates)', finding: 2, output: 'import nntplib\nimport ssl\nnews = nntplib.NNTP_SSL("news.example.com")\nplain = nntplib.NNTP("news.example.com")\nplain.starttls()\nwith nntplib.NNTP_SSL("news.example.com", 563, "u", "p", ssl.create_default_context()) as n:\n    pass\n' },
        ],
      },
    ],
  },
  { filename: 'client.py' },
);

// nntplib was removed in Python 3.13: a project that needs 3.13 or later cannot be running it.
describe('no-unverified-certificate (Python): nntplib and the targeted Python version', () => {
  before(() => ready());
  const lintFor = (version: string, code: string) => {
    const config = { ...defaultConfig(), testFiles: [], configFile: undefined, baseDir: process.cwd(), python: { version, source: `requires-python ">=${version}"` } };
    return analyzeText('news.py', code, { rules: [noUnverifiedCertificate], config }).findings;
  };
  const NEWS = 'import nntplib\nnews = nntplib.NNTP_SSL("news.example.com")\n';

  it('reported with its fix while the targeted versions have nntplib', () => {
    const [f] = lintFor('3.12', NEWS);
    assert.equal(f.messageId, 'pyNoContext');
    assert.equal(f.fixes.length, 1);
  });

  it('not reported from 3.13 on, where nntplib is gone', () => {
    assert.deepEqual(lintFor('3.13', NEWS), []);
    assert.deepEqual(lintFor('3.14', NEWS), []);
  });

  it('smtplib, which still exists, is reported on 3.13', () => {
    assert.equal(lintFor('3.13', 'import smtplib\nsmtplib.SMTP_SSL("smtp.example.com")\n').length, 1);
  });
});
