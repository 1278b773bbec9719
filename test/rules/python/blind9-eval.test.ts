// Cases from the ninth blind evaluation set (test/eval/python-blind9/): each miss it found, fixed,
// as a table with exact ranges and re-linted fixes (rule-tester.ts), traps beside them.
import { noLegacyTlsVersion } from '../../../rules/no-legacy-tls-version/index.js';
import { noPlaintextDowngrade } from '../../../rules/no-plaintext-downgrade/index.js';
import { noUnverifiedCertificate } from '../../../rules/no-unverified-certificate/index.js';
import { noUnverifiedHostname } from '../../../rules/no-unverified-hostname/index.js';
import { requireServername } from '../../../rules/require-servername/index.js';
import { runRuleTests } from '../rule-tester.js';

// A base hook reads verification from the connection's extras, falling back to a class attribute.
const HOOK = 'import requests\n\n\nclass Hook:\n    default_verify = True\n\n    def get_conn(self, conn):\n        session = requests.Session()\n        session.verify = conn.extra_dejson.get("verify", self.default_verify)\n        return session\n';
// A base store splats a class attribute's options into MongoClient.
const STORE = 'from pymongo import MongoClient\n\n\nclass Store:\n    client_kwargs = {"tls": True, "tlsCAFile": "/etc/ca.pem"}\n\n    def __init__(self, uri):\n        self.client = MongoClient(uri, **self.client_kwargs)\n';

runRuleTests(noUnverifiedCertificate, {
  valid: [
    {
      name: 'the environment is read as the environment, not as a lookup: os.environ.get with a False default, and an imported API whose lookup defaults safely',
      code: 'import os\nimport requests\nfrom airflow.hooks.base import BaseHook\n\n\ndef f(url, conn_id):\n    requests.get(url, verify=os.environ.get("CA_BUNDLE", "/etc/ssl/certs/ca.pem"))\n    extras = BaseHook.get_connection(conn_id).extra_dejson\n    requests.get(url, verify=extras.get("verify", True))\n',
    },
    {
      name: 'a lookup whose default verifies, has no default, defaults to None, or reads a dict the file builds',
      code: 'import requests\n\n\ndef f(extras, url):\n    requests.get(url, verify=extras.get("verify", True))\n    requests.get(url, verify=extras.get("verify"))\n    requests.get(url, verify=extras.get("verify", None))\n    requests.get(url, verify=extras.get("ca_path", "/etc/ca.pem"))\n    opts = {"verify": True}\n    requests.get(url, verify=opts.get("verify", False))\n',
    },
    { name: 'a get that is no lookup: a URL key, keywords, a library method', code: 'import requests\n\n\ndef f(client, url):\n    client.get("https://x.example/a", False)\n    requests.get(url, verify=client.get(key="verify", default=False))\n    requests.get("https://x.example", False)\n' },
    { name: 'a sslmode lookup whose default checks the name', code: 'import psycopg2\n\n\ndef connect(extras, host):\n    args = dict(host=host)\n    args["sslmode"] = extras.get("sslmode", "verify-full")\n    return psycopg2.connect(**args)\n' },
    {
      name: 'subclasses whose default verifies, that override get_conn(), or stand outside the hierarchy',
      code: `${HOOK}\n\nclass Prod(Hook):\n    default_verify = "/etc/ssl/ca.pem"\n\n\nclass Own(Hook):\n    default_verify = False\n\n    def get_conn(self, conn):\n        return requests.Session()\n\n\nclass Other:\n    default_verify = False\n`,
    },
  ],
  invalid: [
    {
      name: 'a lookup falling back to False: at the keyword, saying when, no fix (the mapping may hold a CA path)',
      code: 'import requests\n\n\ndef f(extras, url):\n    return requests.get(url, ⟦verify=extras.get("verify", False)⟧)\n',
      messageIds: ['pyOption'],
      messageIncludes: ["verify=False (when extras has no 'verify') makes requests accept any certificate"],
      fixes: [],
    },
    {
      // python-blind15 airflow_plugins: the mapping an imported API returns is a mapping all the same.
      name: "a lookup on what an imported API returns (Airflow's BaseHook.get_connection(id).extra_dejson), falling back to False or to sslmode=require",
      code: 'import boto3\nimport psycopg2\nfrom airflow.hooks.base import BaseHook\n\n\ndef client(conn_id):\n    conn = BaseHook.get_connection(conn_id)\n    extras = conn.extra_dejson\n    return boto3.client("s3", ⟦verify=extras.get("verify", False)⟧)\n\n\ndef connect(conn_id):\n    extras = BaseHook.get_connection(conn_id).extra_dejson\n    args = dict(host="db.example.com")\n    ⟦args["sslmode"] = extras.get("sslmode", "require")⟧\n    return psycopg2.connect(**args)\n',
      messageIds: ['pyOption', 'pyParam'],
      messageIncludes: ["verify=False (when extras has no 'verify') makes boto3 accept any certificate", "sslmode=require (when extras has no 'sslmode')"],
      fixes: [],
    },
    {
      name: 'an attribute write of a lookup falling back to False: no fix',
      code: 'import requests\n\n\ndef f(conn):\n    s = requests.Session()\n    ⟦s.verify = conn.extra_dejson.get("verify", False)⟧\n    return s\n',
      messageIds: ['pyOption'],
      messageIncludes: ["s.verify = … (when conn.extra_dejson has no 'verify')"],
      fixes: [],
    },
    {
      name: 'an item write of a lookup falling back to sslmode=require into a dict splatted into connect()',
      code: 'import psycopg2\n\n\ndef connect(extras, host):\n    conn_args = dict(host=host, dbname="ledger")\n    ⟦conn_args["sslmode"] = extras.get("sslmode", "require")⟧\n    return psycopg2.connect(**conn_args)\n',
      messageIds: ['pyParam'],
      messageIncludes: ["sslmode=require (when extras has no 'sslmode') encrypts without checking the certificate"],
      fixes: [],
    },
    {
      name: "a subclass's class attribute a base's lookup falls back to: at the subclass, for that class and when",
      code: `${HOOK}\n\nclass Lab(Hook):\n    default_verify = ⟦False⟧\n\n\nclass Nightly(Lab):\n    pass\n`,
      messageIds: ['pyOption'],
      messageIncludes: ["session.verify = … (for Lab, when conn.extra_dejson has no 'verify')"],
      fixes: [],
    },
    {
      name: 'the same through a keyword of the base method',
      code: 'import requests\n\n\nclass Api:\n    verify_ssl = True\n\n    def fetch(self, extras, url):\n        return requests.get(url, verify=extras.get("verify", self.verify_ssl))\n\n\nclass Sandbox(Api):\n    verify_ssl = ⟦False⟧\n',
      messageIds: ['pyOption'],
      messageIncludes: ["verify=False (for Sandbox, when extras has no 'verify')"],
      fixes: [],
    },
  ],
}, { filename: 'hooks.py' });

runRuleTests(noUnverifiedHostname, {
  valid: [
    {
      name: 'subclass options that check the name, override __init__, or stand outside the hierarchy',
      code: `${STORE}\n\nclass Safe(Store):\n    client_kwargs = {"tls": True, "tlsAllowInvalidHostnames": False}\n\n\nclass Own(Store):\n    client_kwargs = {"tlsAllowInvalidHostnames": True}\n\n    def __init__(self, uri):\n        self.client = MongoClient(uri)\n\n\nclass Other:\n    client_kwargs = {"tlsAllowInvalidHostnames": True}\n`,
    },
  ],
  invalid: [
    {
      name: "a subclass's options dict splatted by the base: at its entry, for that class, the call as related, no fix",
      code: `${STORE}\n\nclass Reporting(Store):\n    client_kwargs = {"tls": True, ⟦"tlsAllowInvalidHostnames": True⟧}\n\n\nclass Tunnel(Store):\n    client_kwargs = {"tls": True, ⟦"tlsAllowInvalidHostnames": True⟧} if TUNNEL else {"tls": True}\n`,
      messageIds: ['pyOption', 'pyOption'],
      messageIncludes: ['tlsAllowInvalidHostnames=True (for Reporting) makes pymongo accept a certificate for any host name', '(for Tunnel, when TUNNEL)'],
      fixes: [],
    },
  ],
}, { filename: 'mongo.py' });

// Settings classes whose fields are their constructor's keyword defaults.
runRuleTests(noLegacyTlsVersion, {
  valid: [
    {
      name: 'a plain class attribute nobody reads, a dataclass class variable without annotation, a modern field, a method\'s local',
      code: 'import ssl\nfrom dataclasses import dataclass\n\n\nclass Plain:\n    tls_version: int = ssl.PROTOCOL_TLSv1_1\n\n\n@dataclass\nclass Settings:\n    tls_version = ssl.PROTOCOL_TLSv1\n    modern: int = ssl.PROTOCOL_TLS_CLIENT\n\n    def f(self):\n        tls_version: int = ssl.PROTOCOL_TLSv1\n        return tls_version\n',
    },
  ],
  invalid: [
    {
      name: 'a field default of a dataclass, an attrs class and a pydantic model',
      code: 'import ssl\nfrom dataclasses import dataclass\n\nimport attr\nfrom pydantic import BaseModel\n\n\n@dataclass(frozen=True)\nclass Gateway:\n    host: str = "meters.example.com"\n    ⟦tls_version: int = ssl.PROTOCOL_TLSv1_1⟧\n\n\n@attr.s(auto_attribs=True)\nclass Legacy:\n    ⟦ssl_version: int = ssl.PROTOCOL_TLSv1⟧\n\n\nclass Model(BaseModel):\n    ⟦tls_version: int = ssl.PROTOCOL_SSLv23 if OLD else ssl.PROTOCOL_TLSv1⟧\n',
      messageIds: ['pyProtocol', 'pyProtocol', 'pyProtocol'],
      messageIncludes: ['ssl.PROTOCOL_TLSv1_1 pins TLS 1.1', 'ssl.PROTOCOL_TLSv1 pins TLS 1.0', 'ssl.PROTOCOL_TLSv1 (unless OLD) pins TLS 1.0'],
      fixes: [],
    },
  ],
}, { filename: 'config.py' });

// A DSN whose sslmode a lookup's default fills, passed on directly or returned by a method.
const PG = 'import psycopg2\n\n\nclass Hook:\n';
const USE = 'Use sslmode=verify-full';
runRuleTests(noPlaintextDowngrade, {
  valid: [
    {
      name: 'a default that requires TLS, a loopback host, a method no connection uses, a method of another name',
      code: `${PG}    def a(self, conn):\n        return psycopg2.connect(f"postgresql://{conn.host}/app?sslmode={conn.extra.get('sslmode', 'require')}")\n\n    def b(self, conn):\n        return psycopg2.connect(f"postgresql://127.0.0.1/app?sslmode={conn.extra.get('sslmode', 'prefer')}")\n\n    def get_uri(self, conn):\n        return f"postgresql://{conn.host}/app?sslmode=prefer"\n\n    def c(self, conn):\n        return psycopg2.connect(self.other_uri(conn))\n`,
    },
  ],
  invalid: [
    {
      name: "a lookup's default in the f-string passed to connect(): at the default, saying when",
      code: `${PG}    def a(self, conn):\n        return psycopg2.connect(f"postgresql://{conn.host}/app?sslmode={conn.extra.get('sslmode', '⟦prefer⟧')}")\n`,
      messageIds: ['pyLibpq'],
      messageIncludes: ["sslmode=prefer (when conn.extra has no 'sslmode') falls back to no TLS: the password and queries to a host this file does not name"],
      fixes: [{ title: USE, output: `${PG}    def a(self, conn):\n        return psycopg2.connect(f"postgresql://{conn.host}/app?sslmode={conn.extra.get('sslmode', 'verify-full')}")\n` }],
    },
    {
      name: 'a DSN a method of the class returns, with a lookup default or written out, used by connect() through self',
      code: `${PG}    def get_uri(self, conn):\n        return f"postgresql://{conn.host}/app?sslmode={conn.extra.get('sslmode', '⟦allow⟧')}"\n\n    def legacy_uri(self):\n        return "postgresql://db.example.com/app?⟦sslmode=disable⟧"\n\n    def connect(self, conn):\n        psycopg2.connect(self.legacy_uri())\n        return psycopg2.connect(self.get_uri(conn))\n`,
      messageIds: ['pyLibpq', 'pyLibpq'],
      messageIncludes: ["sslmode=allow (when conn.extra has no 'sslmode') tries without TLS first", 'sslmode=disable turns TLS off: the password and queries to db.example.com'],
      fixes: [
        { title: USE, output: `${PG}    def get_uri(self, conn):\n        return f"postgresql://{conn.host}/app?sslmode={conn.extra.get('sslmode', 'verify-full')}"\n\n    def legacy_uri(self):\n        return "postgresql://db.example.com/app?sslmode=disable"\n\n    def connect(self, conn):\n        psycopg2.connect(self.legacy_uri())\n        return psycopg2.connect(self.get_uri(conn))\n` },
        { title: USE, finding: 1, output: `${PG}    def get_uri(self, conn):\n        return f"postgresql://{conn.host}/app?sslmode={conn.extra.get('sslmode', 'allow')}"\n\n    def legacy_uri(self):\n        return "postgresql://db.example.com/app?sslmode=verify-full"\n\n    def connect(self, conn):\n        psycopg2.connect(self.legacy_uri())\n        return psycopg2.connect(self.get_uri(conn))\n` },
      ],
    },
  ],
}, { filename: 'postgres.py' });

// A pyOpenSSL client whose connection is handed to a name check only after its handshake.
const CHANNEL = 'import socket\n\nfrom OpenSSL import SSL\nfrom service_identity.pyopenssl import verify_hostname\n\n\ndef open_channel(host, port=7443):\n    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\n    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)\n';
runRuleTests(requireServername, {
  valid: [
    {
      name: 'a connection handed to other code before its handshake, or given the name',
      code: `${CHANNEL}    conn = SSL.Connection(ctx, socket.create_connection((host, port)))\n    prepare(conn, host)\n    conn.set_connect_state()\n    conn.do_handshake()\n    return conn\n\n\ndef named(host, ctx):\n    conn = SSL.Connection(ctx, socket.create_connection((host, 443)))\n    conn.set_tlsext_host_name(host.encode())\n    conn.set_connect_state()\n    conn.do_handshake()\n    verify_hostname(conn, host)\n`,
    },
  ],
  invalid: [
    {
      name: 'a host parameter, the connection handed to verify_hostname() after the handshake: too late for SNI',
      code: `${CHANNEL}    conn = ⟦SSL.Connection(ctx, socket.create_connection((host, port)))⟧\n    conn.set_connect_state()\n    conn.do_handshake()\n    verify_hostname(conn, host)\n    return conn\n`,
      messageIds: ['pyConnection'],
      fixes: [{ title: 'Add conn.set_tlsext_host_name(host.encode())', output: `${CHANNEL}    conn = SSL.Connection(ctx, socket.create_connection((host, port)))\n    conn.set_tlsext_host_name(host.encode())\n    conn.set_connect_state()\n    conn.do_handshake()\n    verify_hostname(conn, host)\n    return conn\n` }],
    },
  ],
}, { filename: 'tlsconn.py' });
