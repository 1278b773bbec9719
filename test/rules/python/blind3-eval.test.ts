// Cases from the third blind evaluation set (test/eval/python-blind3/): each miss it found, fixed,
// as a table with exact ranges and re-linted fixes (rule-tester.ts), traps beside them.
import { noPlaintextDowngrade } from '../../../rules/no-plaintext-downgrade/index.js';
import { noUnverifiedCertificate } from '../../../rules/no-unverified-certificate/index.js';
import { runRuleTests } from '../rule-tester.js';

const URI = 'SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://shop@orders-db.example.com:5432/shop?sslmode=require"';

runRuleTests(
  noPlaintextDowngrade,
  {
    valid: [
      {
        name: 'Flask-SQLAlchemy engine options that verify, to localhost, without a URL the file names, or of a class that is not a base',
        code: `class Base:\n    ${URI}\n\n\nclass Verifying(Base):\n    SQLALCHEMY_ENGINE_OPTIONS = {"connect_args": {"sslmode": "verify-full"}}\n\n\nclass Local:\n    SQLALCHEMY_DATABASE_URI = "postgresql://shop@localhost/shop"\n    SQLALCHEMY_ENGINE_OPTIONS = {"connect_args": {"sslmode": "disable"}}\n\n\nclass NoUrl:\n    SQLALCHEMY_ENGINE_OPTIONS = {"connect_args": {"sslmode": "prefer"}}\n\n\nclass Unrelated:\n    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "connect_args": {"sslmode": "prefer"}}\n`,
      },
      { name: 'engine options of a MySQL URL', code: 'SQLALCHEMY_DATABASE_URI = "mysql://app@db.example.net/app"\nSQLALCHEMY_ENGINE_OPTIONS = {"connect_args": {"sslmode": "disable"}}\n' },
    ],
    invalid: [
      {
        name: 'SQLALCHEMY_ENGINE_OPTIONS connect_args sslmode=prefer for the URL a base class sets (Flask-SQLAlchemy passes it to create_engine)',
        code: `class BaseConfig:\n    ${URI}\n\n\nclass StagingConfig(BaseConfig):\n    SQLALCHEMY_ENGINE_OPTIONS = {\n        "connect_args": {⟦"sslmode": "prefer"⟧},\n    }\n`,
        messageIds: ['pyLibpq'],
        messageIncludes: ['sslmode=prefer falls back to no TLS: the password and queries to orders-db.example.com'],
        fixes: [{ title: 'Use sslmode=verify-full', output: `class BaseConfig:\n    ${URI}\n\n\nclass StagingConfig(BaseConfig):\n    SQLALCHEMY_ENGINE_OPTIONS = {\n        "connect_args": {"sslmode": "verify-full"},\n    }\n` }],
      },
      {
        name: 'module-level settings, the URL from the environment (a host the file does not fix)',
        code: 'import os\nSQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]\nSQLALCHEMY_ENGINE_OPTIONS = {"connect_args": {⟦"sslmode": "disable"⟧}}\n',
        messageIncludes: ['sslmode=disable turns TLS off'],
      },
    ],
  },
  { filename: 'config.py' },
);

const HOOK = 'import requests\n\n\nclass BaseHook:\n    verify_ssl = True\n\n    def run(self, url):\n        return requests.Session().request("GET", url, verify=self.verify_ssl)\n';

runRuleTests(
  noUnverifiedCertificate,
  {
    valid: [
      {
        name: 'subclasses that verify: a CA path, an instance attribute, their own run(), or a class outside the hierarchy',
        code: `${HOOK}\n\nclass Billing(BaseHook):\n    verify_ssl = "/etc/ca.pem"\n\n\nclass Crm(BaseHook):\n    verify_ssl = False\n\n    def __init__(self, ca="/etc/crm.pem"):\n        self.verify_ssl = ca\n\n\nclass Own(BaseHook):\n    verify_ssl = False\n\n    def run(self, url):\n        return requests.get(url)\n\n\nclass Other:\n    verify_ssl = False\n`,
      },
      { name: 'a subclass attribute of another name', code: `${HOOK}\n\nclass Quiet(BaseHook):\n    verify = False\n` },
    ],
    invalid: [
      {
        name: "a subclass's class attribute read by the base class's method: at the subclass, for that class, no fix at the shared argument",
        code: `${HOOK}\n\nclass Warehouse(BaseHook):\n    # vendor CA not installed yet\n    verify_ssl = ⟦False⟧\n\n\nclass Nightly(Warehouse):\n    verify_ssl = ⟦False⟧\n`,
        messageIds: ['pyOption', 'pyOption'],
        messageIncludes: ['verify=False (for Warehouse) makes requests accept any certificate', '(for Nightly)'],
        fixes: [],
      },
    ],
  },
  { filename: 'hooks.py' },
);

const SCANNER = 'import socket\nimport ssl as _ssl\n\n\ndef scanner_context():\n    ctx = _ssl.create_default_context()\n    ctx.check_hostname = False\n    ctx.verify_mode = _ssl.CERT_NONE\n    return ctx\n';
const BANNER = (setup: string) => `${SCANNER}\n\ndef banner(host):\n    ctx = scanner_context()\n${setup}    with socket.create_connection((host, 443)) as raw:\n        with ctx.wrap_socket(raw, server_hostname=host) as tls:\n            cert = tls.getpeercert()\n            if not cert:\n                raise _ssl.SSLError("no certificate")\n            return cert\n`;

runRuleTests(
  noUnverifiedCertificate,
  {
    valid: [
      {
        name: 'a factory with two returns, or one that verifies',
        code: 'import ssl\n\n\ndef maybe(strict):\n    ctx = ssl.create_default_context()\n    if strict:\n        return ctx\n    other = ssl.create_default_context()\n    return other\n\n\ndef strict():\n    return ssl.create_default_context()\n\n\ndef peer(sock, host):\n    tls = maybe(True).wrap_socket(sock, server_hostname=host)\n    c = strict()\n    s = c.wrap_socket(sock, server_hostname=host)\n    return tls.getpeercert() or s.getpeercert()\n',
      },
    ],
    invalid: [
      {
        name: 'getpeercert() tested on a socket wrapped with the CERT_NONE context a function of the file returns',
        code: BANNER('').replace('cert = tls.getpeercert()', 'cert = ⟦tls.getpeercert()⟧').replace('    ctx.verify_mode = _ssl.CERT_NONE\n', '    ⟦ctx.verify_mode = _ssl.CERT_NONE⟧\n'),
        messageIds: ['pyCertNone', 'pyPeerCertUnverified'],
      },
      {
        name: 'getpeercert() tested on a socket wrapped with the _create_unverified_context() a function of the file returns unchanged',
        code: 'import socket\nimport ssl\n\n\ndef reader_context():\n    ctx = ⟦ssl._create_unverified_context()⟧\n    return ctx\n\n\ndef serial(host):\n    ctx = reader_context()\n    sock = ctx.wrap_socket(socket.create_connection((host, 4433)), server_hostname=host)\n    cert = ⟦sock.getpeercert()⟧\n    if not cert:\n        raise ssl.SSLError("none")\n    return cert\n\n\ndef hardened(host):\n    ctx = reader_context()\n    ctx.verify_mode = ssl.CERT_REQUIRED\n    ctx.check_hostname = True\n    sock = ctx.wrap_socket(socket.create_connection((host, 4433)), server_hostname=host)\n    return sock.getpeercert() or None\n',
        messageIds: ['pyUnverifiedContext', 'pyPeerCertUnverified'],
      },
      {
        name: 'the caller hardens the context the factory returns: its getpeercert() checks a verified peer',
        code: BANNER('    ctx.verify_mode = _ssl.CERT_REQUIRED\n').replace('    ctx.verify_mode = _ssl.CERT_NONE\n', '    ⟦ctx.verify_mode = _ssl.CERT_NONE⟧\n'),
        messageIds: ['pyCertNone'],
      },
    ],
  },
  { filename: 'tls_contexts.py' },
);

const MODEL = 'import httpx\nfrom pydantic import BaseModel\n\n\nclass ArchiveTarget(BaseModel):\n    url: str = "https://archive.example.com/upload"\n    verify_tls: bool = False\n';

runRuleTests(
  noUnverifiedCertificate,
  {
    valid: [
      {
        name: 'a default instance given its field, a class whose own method sets it, and a field that verifies',
        code: `${MODEL}\n\ndef upload(target: ArchiveTarget = ArchiveTarget(verify_tls=True)):\n    return httpx.Client(verify=target.verify_tls)\n\n\nclass Pinned:\n    verify_tls = False\n\n    def __init__(self):\n        self.verify_tls = "/etc/ca.pem"\n\n\ndef pinned(target=Pinned()):\n    return httpx.Client(verify=target.verify_tls)\n\n\nclass Safe(BaseModel):\n    verify_tls: bool = True\n\n\ndef safe(target=Safe()):\n    return httpx.Client(verify=target.verify_tls)\n`,
      },
    ],
    invalid: [
      {
        name: "a pydantic field's default reaching verify= through a parameter's default instance: where the field is written",
        code: `${MODEL}\n\ndef upload(path, target: ArchiveTarget = ArchiveTarget()):\n    with httpx.Client(verify=target.verify_tls) as client:\n        return client.post(target.url, content=path.read_bytes())\n`.replace('verify_tls: bool = False', 'verify_tls: bool = ⟦False⟧'),
        messageIds: ['pyOption'],
        messageIncludes: ['verify=False makes httpx accept any certificate'],
      },
    ],
  },
  { filename: 'report_uploader.py' },
);
