// no-unverified-hostname, Python part: check_hostname, contexts that never check names,
// ssl.wrap_socket, asyncio's empty server_hostname, library options; traps stay quiet.
import { noUnverifiedHostname } from '../../../rules/no-unverified-hostname/index.js';
import { runRuleTests } from '../rule-tester.js';

const TRUE = 'Set check_hostname = True (verify the host name)';

runRuleTests(
  noUnverifiedHostname,
  {
    valid: [
      { name: 'comments, docstrings, reads and comparisons', code: '"""ctx.check_hostname = False"""\n# ctx.check_hostname = False\nimport ssl\nctx = ssl.create_default_context()\nif not ctx.check_hostname:\n    raise ValueError\nprint(ctx.check_hostname == False)\n' },
      { name: 'check_hostname = False with CERT_NONE is the certificate rule\'s finding', code: 'import ssl\nctx = ssl.create_default_context()\nctx.check_hostname = False\nctx.verify_mode = ssl.CERT_NONE\n' },
      { name: "a library's setter whose own caller passes True only when verification is off (paho's tls_insecure_set): its callers choose", code: "import ssl\n\n\nclass Client:\n    def tls_set(self, ca_certs, cert_reqs=None):\n        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\n        context.verify_mode = ssl.CERT_REQUIRED if cert_reqs is None else cert_reqs\n        context.load_verify_locations(ca_certs)\n        self._ssl_context = context\n        if cert_reqs != ssl.CERT_NONE:\n            self.tls_insecure_set(False)\n        else:\n            self.tls_insecure_set(True)\n\n    def tls_insecure_set(self, value):\n        self._ssl_context.check_hostname = not value\n" },
      {
        name: "a helper's caller that turns the certificate check off too: the certificate rule's finding, for that caller",
        code: 'import redis\n\n\ndef make_cache(**overrides):\n    return redis.Redis(host="cache.example.com", ssl=True, **overrides)\n\n\nlab = make_cache(ssl_cert_reqs="none", ssl_check_hostname=False)\n',
      },
      { name: 'a later check_hostname = True', code: 'import ssl\nctx = ssl.create_default_context()\nctx.check_hostname = False\nctx.load_verify_locations("ca.pem")\nctx.check_hostname = True\n' },
      { name: 'a server context', code: "import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\nctx.check_hostname = False\nsrv = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)\nsrv.check_hostname = False\nsrv.verify_mode = ssl.CERT_REQUIRED\n" },
      { name: 'a hardened unverified context that also checks names', code: 'import ssl\nctx = ssl._create_unverified_context()\nctx.verify_mode = ssl.CERT_REQUIRED\nctx.check_hostname = True\n' },
      { name: 'ssl.wrap_socket in a helper whose caller checks the name', code: "import ssl\n\n\ndef open_channel(sock):\n    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs='ca.pem')\n\n\ndef connect(sock, host):\n    chan = open_channel(sock)\n    ssl.match_hostname(chan.getpeercert(), host)\n    return chan\n" },
      { name: 'ssl.wrap_socket with match_hostname afterwards', code: "import ssl\ns = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs='ca.pem')\nssl.match_hostname(s.getpeercert(), host)\n" },
      { name: 'asyncio with a real server_hostname', code: "import asyncio\nasync def f(ctx, host):\n    await asyncio.open_connection(host, 443, ssl=ctx, server_hostname=host)\n    loop = asyncio.get_running_loop()\n    await loop.create_connection(proto, host, 443, ssl=ctx, server_hostname='api.example.com')\n" },
      {
        name: "paho's own implementation calling its method on self (tls_insecure_set(True) under CERT_NONE, in the class that defines it)",
        code: 'import ssl\nclass Client:\n    def tls_set(self, cert_reqs=None):\n        if cert_reqs != ssl.CERT_NONE:\n            self.tls_insecure_set(False)\n        else:\n            self.tls_insecure_set(True)\n\n    def tls_insecure_set(self, value):\n        self._tls_insecure = value\n',
      },
      { name: 'library options left on', code: "import urllib3, pymongo, redis\nurllib3.PoolManager(assert_hostname='api.example.com')\npymongo.MongoClient(uri, tlsAllowInvalidHostnames=False)\nredis.Redis(ssl=True, ssl_check_hostname=True)\n" },
    ],
    invalid: [
      {
        name: 'check_hostname = False on a default context',
        code: 'import ssl\nctx = ssl.create_default_context(cafile="ca.pem")\n⟦ctx.check_hostname = False⟧\nsock = ctx.wrap_socket(s)\n',
        messageIds: ['pyCheckHostname'],
        fixes: [{ title: TRUE, output: 'import ssl\nctx = ssl.create_default_context(cafile="ca.pem")\nctx.check_hostname = True\nsock = ctx.wrap_socket(s)\n' }],
      },
      {
        name: 'check_hostname = False under a condition, on self.ctx',
        code: 'import ssl\nclass C:\n    def __init__(self, insecure):\n        self.ctx = ssl.create_default_context()\n        self.ctx.check_hostname = not insecure\n        if insecure:\n            ⟦self.ctx.check_hostname = False⟧\n',
      },
      {
        name: 'a hardened unverified context without check_hostname',
        code: 'import ssl, urllib.request\nctx = ⟦ssl._create_unverified_context()⟧\nctx.verify_mode = ssl.CERT_REQUIRED\nurllib.request.urlopen(u, context=ctx)\n',
        messageIds: ['pyContextNoHostname'],
        related: [['verifies the chain, not the name at line 3']],
        fixes: [{ title: 'Set ctx.check_hostname = True (verify the host name)', output: 'import ssl, urllib.request\nctx = ssl._create_unverified_context()\nctx.verify_mode = ssl.CERT_REQUIRED\nctx.check_hostname = True\nurllib.request.urlopen(u, context=ctx)\n' }],
      },
      {
        name: 'SSLContext(PROTOCOL_TLS) given CERT_REQUIRED, used as a client',
        code: "import ssl\nctx = ⟦ssl.SSLContext(ssl.PROTOCOL_TLS)⟧\nctx.verify_mode = ssl.CERT_REQUIRED\nctx.load_default_certs()\nconn = ctx.wrap_socket(sock, server_hostname='h')\n",
      },
      {
        name: 'ssl.wrap_socket with CERT_REQUIRED and no match_hostname',
        code: "import ssl\ns = ⟦ssl.wrap_socket⟧(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs='ca.pem')\n",
        messageIds: ['pyWrapSocket'],
      },
      {
        name: 'ssl.wrap_socket in a function with no match_hostname, while another function checks its own socket',
        code: "import ssl\n\n\ndef verify_peer(sock, host):\n    tls = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs='ca.pem')\n    if hasattr(ssl, 'match_hostname'):\n        ssl.match_hostname(tls.getpeercert(), host)\n    return tls\n\n\ndef open_agent_channel(sock):\n    return ⟦ssl.wrap_socket⟧(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs='agent-ca.pem')\n",
        messageIncludes: ['no ssl.match_hostname() call checks this socket'],
      },
      {
        name: "asyncio's empty server_hostname",
        code: "import asyncio\nasync def f(ctx):\n    r, w = await asyncio.open_connection('10.0.0.5', 443, ssl=ctx, ⟦server_hostname=''⟧)\n    await self.loop.create_connection(proto, '10.0.0.5', 443, ssl=ctx, ⟦server_hostname=''⟧)\n",
        fixes: [{ title: "Remove server_hostname='' (verify the host name)", output: "import asyncio\nasync def f(ctx):\n    r, w = await asyncio.open_connection('10.0.0.5', 443, ssl=ctx)\n    await self.loop.create_connection(proto, '10.0.0.5', 443, ssl=ctx, server_hostname='')\n" }],
      },
      {
        name: 'library options',
        code: "import urllib3, pymongo, redis, urllib.request\nfrom kafka import KafkaProducer\nimport paho.mqtt.client as mqtt\nurllib3.PoolManager(⟦assert_hostname=False⟧)\npymongo.MongoClient(uri, ⟦tlsAllowInvalidHostnames=True⟧)\nredis.Redis(ssl=True, ⟦ssl_check_hostname=False⟧)\nKafkaProducer(security_protocol='SSL', ⟦ssl_check_hostname=False⟧)\nclient = mqtt.Client()\n⟦client.tls_insecure_set(True)⟧\nurllib.request.HTTPSHandler(⟦check_hostname=False⟧)\n",
        messageIncludes: ['makes urllib3 accept', 'makes pymongo accept', 'makes redis-py accept', 'makes kafka-python accept', 'tls_insecure_set', 'makes the standard library accept'],
        fixes: [{ title: 'Remove client.tls_insecure_set(True) (verify the host name)', output: "import urllib3, pymongo, redis, urllib.request\nfrom kafka import KafkaProducer\nimport paho.mqtt.client as mqtt\nurllib3.PoolManager(assert_hostname=False)\npymongo.MongoClient(uri, tlsAllowInvalidHostnames=True)\nredis.Redis(ssl=True, ssl_check_hostname=False)\nKafkaProducer(security_protocol='SSL', ssl_check_hostname=False)\nclient = mqtt.Client()\nurllib.request.HTTPSHandler(check_hostname=False)\n", finding: 4 }],
      },
      {
        name: "paho's tls_insecure_set(True) on a client a base class made (self._client in a subclass: the method is paho's alone)",
        code: 'import paho.mqtt.client as mqtt\n\nclass Link:\n    def __init__(self, host):\n        self._client = mqtt.Client(client_id=host)\n\nclass LanLink(Link):\n    def connect(self):\n        self._client.tls_set(ca_certs="ca.pem")\n        ⟦self._client.tls_insecure_set(True)⟧\n',
        fixes: [{ title: 'Remove self._client.tls_insecure_set(True) (verify the host name)', output: 'import paho.mqtt.client as mqtt\n\nclass Link:\n    def __init__(self, host):\n        self._client = mqtt.Client(client_id=host)\n\nclass LanLink(Link):\n    def connect(self):\n        self._client.tls_set(ca_certs="ca.pem")\n' }],
      },
      {
        name: "paho's tls_insecure_set() given a constant written elsewhere: reported where it is written, used by the call, whose removal is the fix",
        code: "import paho.mqtt.client as mqtt\n\nINSECURE = ⟦True⟧\nclient = mqtt.Client()\nclient.tls_insecure_set(INSECURE)\n",
        messageIncludes: ['client.tls_insecure_set(INSECURE) makes paho-mqtt accept a certificate for any host name'],
        fixes: [{ title: 'Remove client.tls_insecure_set(INSECURE) (verify the host name)', output: "import paho.mqtt.client as mqtt\n\nINSECURE = True\nclient = mqtt.Client()\n" }],
      },
      {
        name: "a helper's callers: one turns the certificate check off (the certificate rule's), another only the name check (python-blind22 iot_fleet)",
        code: 'import redis\n\nPOOL_KW = dict(host="cache.example.com", port=6380, ssl=True)\n\n\ndef make_cache(**overrides):\n    return redis.Redis(**{**POOL_KW, **overrides})\n\n\nshadow = make_cache(ssl_cert_reqs="none", db=2)\ngeo = make_cache(⟦ssl_check_hostname=False⟧, db=3)\n',
        messageIncludes: ['ssl_check_hostname=False makes redis-py accept a certificate for any host name'],
        related: [['used by redis.Redis() at line 7']],
        fixes: [{ title: 'Remove ssl_check_hostname=False (verify the host name)', output: 'import redis\n\nPOOL_KW = dict(host="cache.example.com", port=6380, ssl=True)\n\n\ndef make_cache(**overrides):\n    return redis.Redis(**{**POOL_KW, **overrides})\n\n\nshadow = make_cache(ssl_cert_reqs="none", db=2)\ngeo = make_cache(db=3)\n' }],
      },
      {
        name: 'sslmode=verify-ca, pycurl SSL_VERIFYHOST and a replaced match_hostname',
        code: "import pycurl, ssl\nDATABASE_URL = ⟦'postgresql://app@db.internal/app?sslmode=verify-ca'⟧\nc = pycurl.Curl()\n⟦c.setopt(pycurl.SSL_VERIFYHOST, 0)⟧\n⟦ssl.match_hostname = lambda cert, hostname: None⟧\n",
        messageIds: ['pyParam', 'pyOption', 'pyMatchHostname'],
      },
    ],
  },
  { filename: 'client.py' },
);
