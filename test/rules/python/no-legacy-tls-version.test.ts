// no-legacy-tls-version, Python part (PYTHON-TLS-FACTS.md 1.3 P1-P6).
import { noLegacyTlsVersion } from '../../../rules/no-legacy-tls-version/index.js';
import { runRuleTests } from '../rule-tester.js';

const py = (code: string, name?: string) => ({ code, filename: 'client.py', ...(name ? { name } : {}) });
const SSL = 'import ssl\n';

runRuleTests(noLegacyTlsVersion, {
  valid: [
    py(`${SSL}ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\nctx.minimum_version = ssl.TLSVersion.TLSv1_2\nctx.maximum_version = ssl.TLSVersion.TLSv1_3\n`, 'modern protocol and versions'),
    py(`${SSL}server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\nserver.minimum_version = ssl.TLSVersion.MAXIMUM_SUPPORTED\n`, 'a server pinned to the newest version'),
    py(`${SSL}def check(ctx):\n    if ctx.minimum_version == ssl.TLSVersion.TLSv1:\n        raise ValueError("too old")\n    return ctx.maximum_version in (ssl.TLSVersion.TLSv1, ssl.TLSVersion.TLSv1_1)\n`, 'reads and comparisons are not settings'),
    py(`${SSL}# ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)\nHELP = "pass ssl.PROTOCOL_TLSv1 only for the 2009 appliance"\n\n\ndef f():\n    """ctx.minimum_version = ssl.TLSVersion.TLSv1 is what the old code did."""\n`, 'comments, strings and docstrings'),
    py(`${SSL}ctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1\nctx.minimum_version = ssl.TLSVersion.TLSv1_2\nsock = ctx.wrap_socket(raw, server_hostname="example.com")\n`, 'a later safe write before the context is used'),
    py(`${SSL}ctx = ssl.create_default_context(cafile=CA)\nctx.minimum_version = ssl.TLSVersion.TLSv1\nctx.load_verify_locations(cafile="/etc/depot-ca.pem")\nctx.set_ciphers("ECDHE+AESGCM")\nctx.minimum_version = ssl.TLSVersion.TLSv1_2\nsock = ctx.wrap_socket(raw, server_hostname="example.com")\n`, "a later safe write after the context's own set-up only (python-blind22 cold_chain)"),
    py(`${SSL}LEGACY = ssl.PROTOCOL_TLSv1\nassert LEGACY != ssl.PROTOCOL_TLS_CLIENT\nnames = {ssl.PROTOCOL_TLSv1: "TLS 1.0"}\n`, 'a constant named in a comparison or a table'),
    py('class Settings:\n    minimum_version = "TLSv1"\n\n\nopts = Settings()\nopts.minimum_version = "1.0"\n', 'minimum_version of something that is not a context'),
    py('from OpenSSL import SSL\nctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\nctx.set_min_proto_version(SSL.TLS1_2_VERSION)\nserver = SSL.Context(SSL.SSLv23_METHOD)\n', 'pyOpenSSL negotiating methods'),
    py(`${SSL}import urllib3\nhttp = urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1_2)\n`, 'urllib3 with a modern minimum'),
    py(`${SSL}ctx = ssl.create_default_context()\nctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1\nif ctx.options & ssl.OP_NO_TLSv1:\n    print("hardened")\n`, 'setting OP_NO_ flags and testing them'),
    py('import ssl as s\n\n\ndef make(ssl):\n    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)\n', 'a parameter named ssl shadows the module'),
    py(`${SSL}ctx = ssl.create_default_context()\nif False:\n    ctx.minimum_version = ssl.TLSVersion.TLSv1\n`, 'a dead branch'),
    py(`${SSL}VERSIONS = {"tls1": ssl.PROTOCOL_TLSv1, "tls12": ssl.PROTOCOL_TLSv1_2}\nself.assertEqual(ctx.protocol, ssl.PROTOCOL_TLSv1)\nprint(ssl.PROTOCOL_TLSv1)\n`, 'a legacy constant that is not in a protocol setting'),
    py('def connect(host, version="1.0", method="GET"):\n    return request(method, host, protocol="http", version=version)\n', 'protocol and version names with other values'),
  ],
  invalid: [
    {
      ...py(`${SSL}from requests.adapters import HTTPAdapter\nfrom requests.packages.urllib3.poolmanager import PoolManager\n\n\nclass Tls1Adapter(HTTPAdapter):\n    def init_poolmanager(self, connections, maxsize, block=False):\n        self.poolmanager = PoolManager(num_pools=connections, maxsize=maxsize, block=block, ⟦ssl_version=ssl.PROTOCOL_TLSv1⟧)\n`, 'the classic requests adapter: any call with ssl_version= set to a legacy constant'),
      messageIds: ['pyProtocol'],
    },
    {
      ...py(`${SSL}import tornado.httpserver\nserver = tornado.httpserver.HTTPServer(app, ssl_options={"certfile": "c.pem", ⟦"ssl_version": ssl.PROTOCOL_SSLv3⟧})\n\n\ndef connect(host, ⟦tls_version=ssl.PROTOCOL_TLSv1_1⟧):\n    return host\n\n\nclass Client:\n    def __init__(self):\n        ⟦self.ssl_version = ssl.PROTOCOL_TLSv1⟧\n`, 'dict keys, parameter defaults and attributes named for the protocol'),
      messageIncludes: ['SSL 3.0', 'TLS 1.1', 'TLS 1.0'],
    },
    {
      ...py(`${SSL}import aiosmtplib\nclient = aiosmtplib.SMTP(hostname="mail.example.com", ⟦tls_min_version=ssl.TLSVersion.TLSv1⟧)\n`, 'a minimum under its name in an unknown API is raised'),
      messageIds: ['pyMinimum'],
      fixes: [{ title: 'Raise tls_min_version to TLSv1_2', output: `${SSL}import aiosmtplib\nclient = aiosmtplib.SMTP(hostname="mail.example.com", tls_min_version=ssl.TLSVersion.TLSv1_2)\n` }],
    },
    {
      ...py(`${SSL}ctx = ssl.SSLContext(⟦ssl.PROTOCOL_TLSv1⟧)\n`, 'SSLContext(PROTOCOL_TLSv1) is replaced by PROTOCOL_TLS_CLIENT'),
      messageIds: ['pyProtocol'],
      severities: ['error'],
      messageIncludes: ['ssl.PROTOCOL_TLSv1 pins TLS 1.0'],
      fixes: [{ title: 'Use ssl.PROTOCOL_TLS_CLIENT', output: `${SSL}ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\n` }],
    },
    {
      ...py(`${SSL}ctx = ssl.SSLContext(⟦protocol=ssl.PROTOCOL_TLSv1_1⟧)\nsrv = ssl.SSLContext(⟦ssl.PROTOCOL_SSLv3⟧)\nsrv.load_cert_chain("cert.pem")\nconn = srv.wrap_socket(sock, server_side=True)\n`, 'keyword form, and a server context gets PROTOCOL_TLS_SERVER'),
      messageIds: ['pyProtocol', 'pyProtocol'],
      messageIncludes: ['TLS 1.1', 'SSL 3.0'],
      fixes: [
        { title: 'Use ssl.PROTOCOL_TLS_CLIENT', output: `${SSL}ctx = ssl.SSLContext(protocol=ssl.PROTOCOL_TLS_CLIENT)\nsrv = ssl.SSLContext(ssl.PROTOCOL_SSLv3)\nsrv.load_cert_chain("cert.pem")\nconn = srv.wrap_socket(sock, server_side=True)\n` },
        { title: 'Use ssl.PROTOCOL_TLS_SERVER', finding: 1, output: `${SSL}ctx = ssl.SSLContext(protocol=ssl.PROTOCOL_TLSv1_1)\nsrv = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\nsrv.load_cert_chain("cert.pem")\nconn = srv.wrap_socket(sock, server_side=True)\n` },
      ],
    },
    {
      ...py('from ssl import SSLContext, PROTOCOL_TLSv1 as OLD\nPROTO = OLD\nctx = SSLContext(⟦PROTO⟧)\n', 'aliases and a variable: reported, no fix that would need a new import'),
      messageIncludes: ['ssl.PROTOCOL_TLSv1 pins TLS 1.0'],
      related: [['value written here at line 2']],
      fixes: [],
    },
    {
      ...py('import ssl\nfrom ssl import PROTOCOL_TLSv1_1 as TERMINAL\n\n\nclass Link:\n    protocol = TERMINAL\n\n    def context(self):\n        return ssl.SSLContext(⟦self.protocol⟧)\n\n\nclass Modern(Link):\n    protocol = ssl.PROTOCOL_TLS_CLIENT\n', 'a class attribute holding an imported alias: at the read, the class attribute is where the value is written'),
      messageIncludes: ['ssl.PROTOCOL_TLSv1_1 pins TLS 1.1'],
      related: [['value written here at line 6']],
    },
    {
      ...py(`${SSL}ctx = ssl.create_default_context()\n⟦ctx.minimum_version = ssl.TLSVersion.TLSv1⟧\nctx.load_verify_locations(cafile="/etc/ca.pem")\nsock = ctx.wrap_socket(raw, server_hostname="example.com")\nctx.minimum_version = ssl.TLSVersion.TLSv1_2\n`, 'a later safe write after the context wrapped a socket (set-up before it)'),
      messageIds: ['pyMinimum'],
    },
    {
      ...py(`${SSL}ctx = ssl.create_default_context()\n⟦ctx.minimum_version = ssl.TLSVersion.TLSv1⟧\n`, 'minimum_version TLSv1 is raised to TLSv1_2'),
      messageIds: ['pyMinimum'],
      messageIncludes: ['allows TLS 1.0'],
      fixes: [{ title: 'Raise minimum_version to TLSv1_2', output: `${SSL}ctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_2\n` }],
    },
    {
      ...py(`${SSL}class Client:\n    def __init__(self, legacy):\n        self.ctx = ssl.create_default_context()\n        ⟦self.ctx.minimum_version = ssl.TLSVersion.TLSv1 if legacy else ssl.TLSVersion.TLSv1_2⟧\n`, 'a conditional minimum says when'),
      messageIncludes: ['(when legacy)'],
    },
    {
      ...py(`${SSL}ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\n⟦ctx.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED⟧\n⟦ctx.maximum_version = ssl.TLSVersion.TLSv1_1⟧\n`, 'MINIMUM_SUPPORTED, and a legacy maximum is removed'),
      messageIds: ['pyMinimum', 'pyMaximum'],
      messageIncludes: ['MINIMUM_SUPPORTED', 'caps connections at TLS 1.1'],
      fixes: [{ title: 'Remove the maximum_version cap', finding: 1, output: `${SSL}ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\nctx.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED\n` }],
    },
    {
      ...py(`${SSL}def legacy():\n    ctx = ssl.create_default_context()\n    ⟦ctx.options &= ~ssl.OP_NO_TLSv1⟧\n    return ctx\n`, 'clearing OP_NO_TLSv1 re-enables TLS 1.0'),
      messageIds: ['pyClearedFlag'],
      messageIncludes: ['Clearing ssl.OP_NO_TLSv1 asks for TLS 1.0 again'],
      fixes: [{ title: 'Remove this statement', output: `${SSL}def legacy():\n    ctx = ssl.create_default_context()\n    return ctx\n` }],
    },
    {
      ...py(`${SSL}ctx = ssl.create_default_context()\n⟦ctx.options &= ~(ssl.OP_NO_SSLv3 | ssl.OP_NO_TLSv1_1)⟧\n`, 'several cleared flags are one finding'),
      messageIncludes: ['SSL 3.0 and TLS 1.1'],
    },
    {
      ...py(`${SSL}ssock = ssl.wrap_socket(sock, ⟦ssl_version=ssl.PROTOCOL_TLSv1⟧)\n`, 'ssl.wrap_socket(ssl_version=)'),
      messageIncludes: ['TLS 1.0'],
    },
    {
      ...py(`${SSL}import urllib3\nfrom urllib3.util.ssl_ import create_urllib3_context\nhttp = urllib3.PoolManager(⟦ssl_minimum_version=ssl.TLSVersion.TLSv1⟧)\npool = urllib3.PoolManager(⟦ssl_version=ssl.PROTOCOL_TLSv1_1⟧)\nctx = create_urllib3_context(⟦ssl.PROTOCOL_TLSv1⟧)\n`, 'urllib3 knobs (P1, P6)'),
      messageIds: ['pyMinimum', 'pyProtocol', 'pyProtocol'],
      fixes: [
        { title: 'Raise ssl_minimum_version to TLSv1_2', output: `${SSL}import urllib3\nfrom urllib3.util.ssl_ import create_urllib3_context\nhttp = urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1_2)\npool = urllib3.PoolManager(ssl_version=ssl.PROTOCOL_TLSv1_1)\nctx = create_urllib3_context(ssl.PROTOCOL_TLSv1)\n` },
        { title: 'Replace with ssl_minimum_version=ssl.TLSVersion.TLSv1_2', finding: 1, output: `${SSL}import urllib3\nfrom urllib3.util.ssl_ import create_urllib3_context\nhttp = urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1)\npool = urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1_2)\nctx = create_urllib3_context(ssl.PROTOCOL_TLSv1)\n` },
      ],
    },
    {
      ...py(`${SSL}import redis\nr = redis.Redis(host="cache.example.com", ssl=True, ⟦ssl_min_version=ssl.TLSVersion.TLSv1_1⟧)\n`, 'redis-py ssl_min_version (P6)'),
      messageIncludes: ['TLS 1.1'],
    },
    {
      ...py(`${SSL}import paho.mqtt.client as mqtt\nclient = mqtt.Client()\nclient.tls_set(ca_certs="ca.pem", ⟦tls_version=ssl.PROTOCOL_TLSv1⟧)\n`, 'paho tls_set(tls_version=)'),
      fixes: [{ title: 'Use ssl.PROTOCOL_TLS_CLIENT', output: `${SSL}import paho.mqtt.client as mqtt\nclient = mqtt.Client()\nclient.tls_set(ca_certs="ca.pem", tls_version=ssl.PROTOCOL_TLS_CLIENT)\n` }],
    },
    {
      ...py('from OpenSSL import SSL\nctx = SSL.Context(⟦SSL.TLSv1_METHOD⟧)\nctx2 = SSL.Context(SSL.TLS_CLIENT_METHOD)\nctx2.set_min_proto_version(⟦SSL.TLS1_1_VERSION⟧)\n', 'pyOpenSSL methods and minimum (P5)'),
      messageIds: ['pyProtocol', 'pyMinimum'],
      fixes: [
        { title: 'Use SSL.TLS_METHOD', output: 'from OpenSSL import SSL\nctx = SSL.Context(SSL.TLS_METHOD)\nctx2 = SSL.Context(SSL.TLS_CLIENT_METHOD)\nctx2.set_min_proto_version(SSL.TLS1_1_VERSION)\n' },
        { title: 'Raise the minimum to SSL.TLS1_2_VERSION', finding: 1, output: 'from OpenSSL import SSL\nctx = SSL.Context(SSL.TLSv1_METHOD)\nctx2 = SSL.Context(SSL.TLS_CLIENT_METHOD)\nctx2.set_min_proto_version(SSL.TLS1_2_VERSION)\n' },
      ],
    },
    {
      ...py('from OpenSSL import SSL\nfrom twisted.internet import ssl\nopts = ssl.CertificateOptions(⟦method=SSL.TLSv1_1_METHOD⟧)\nlow = ssl.CertificateOptions(⟦insecurelyLowerMinimumTo=ssl.TLSVersion.TLSv1_0⟧)\n', 'Twisted CertificateOptions (P5)'),
      fixes: [{ title: 'Remove method=', output: 'from OpenSSL import SSL\nfrom twisted.internet import ssl\nopts = ssl.CertificateOptions()\nlow = ssl.CertificateOptions(insecurelyLowerMinimumTo=ssl.TLSVersion.TLSv1_0)\n' }],
    },
    {
      ...py('from twisted.internet import ssl\nopts = ssl.CertificateOptions(⟦method=ssl.SSL.TLSv1_1_METHOD⟧)\n', "pyOpenSSL's SSL as twisted.internet.ssl imports it (`ssl.SSL.TLSv1_1_METHOD`)"),
      fixes: [{ title: 'Remove method=', output: 'from twisted.internet import ssl\nopts = ssl.CertificateOptions()\n' }],
    },
    {
      ...py(`${SSL}from ssl import TLSVersion as V\nclass LegacyPeer:\n    min_version = ⟦V.TLSv1_1⟧\n    def context(self):\n        ctx = ssl.create_default_context()\n        ctx.minimum_version = self.min_version\n        return ctx\nc2 = ssl.create_default_context()\n⟦c2.minimum_version = V.TLSv1⟧\n`, 'a minimum read from a class attribute: where the class body writes it'),
      messageIds: ['pyMinimum', 'pyMinimum'],
      related: [['used by ctx.minimum_version at line 7'], []],
    },
    {
      ...py(`${SSL}import paho.mqtt.client as mqtt\n\n\nclass Bridge:\n    def __init__(self, legacy_gateway=False):\n        self.client = mqtt.Client()\n        self.tls_version = ssl.PROTOCOL_TLS_CLIENT\n        if legacy_gateway:\n            self.tls_version = ⟦ssl.PROTOCOL_TLSv1⟧\n\n    def start(self):\n        self.client.tls_set(ca_certs="ca.pem", tls_version=self.tls_version)\n`, 'paho tls_version read from an attribute set under an if: one finding, at the write, saying when'),
      messageIds: ['pyProtocol'],
      messageIncludes: ['ssl.PROTOCOL_TLSv1 (when legacy_gateway) pins TLS 1.0'],
      related: [['used by self.client.tls_set() at line 13']],
    },
    {
      ...py(`${SSL}import paho.mqtt.client as mqtt\n\n\nclass Bridge:\n    def __init__(self, legacy):\n        self.client = mqtt.Client()\n        if legacy:\n            self.tls_version = ssl.PROTOCOL_TLS_CLIENT\n        else:\n            self.tls_version = ⟦ssl.PROTOCOL_TLSv1_1⟧\n        self.client.tls_set(ca_certs="ca.pem", tls_version=self.tls_version)\n`, 'the else branch of the same function says unless'),
      messageIds: ['pyProtocol'],
      messageIncludes: ['(unless legacy)'],
    },
    {
      ...py('from OpenSSL import SSL\nfrom twisted.internet.ssl import TLSVersion, optionsForClientTLS\nlow = optionsForClientTLS("h.example.com", extraCertificateOptions={⟦"insecurelyLowerMinimumTo": TLSVersion.TLSv1_0⟧})\nold = optionsForClientTLS("h.example.com", extraCertificateOptions={⟦"method": SSL.TLSv1_METHOD⟧})\nok = optionsForClientTLS("h.example.com", extraCertificateOptions={"insecurelyLowerMinimumTo": TLSVersion.TLSv1_2})\n', 'Twisted optionsForClientTLS extraCertificateOptions (P5)'),
      messageIds: ['pyMinimum', 'pyProtocol'],
    },
  ],
});
