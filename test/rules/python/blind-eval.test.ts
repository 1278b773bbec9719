// Cases from the blind evaluation set (test/eval/python-blind/): each miss or false positive it
// found, fixed, as a table with exact ranges and re-linted fixes (rule-tester.ts).
import { noUnverifiedCertificate } from '../../../rules/no-unverified-certificate/index.js';
import { noUnverifiedHostname } from '../../../rules/no-unverified-hostname/index.js';
import { noPlaintextDowngrade } from '../../../rules/no-plaintext-downgrade/index.js';
import { runRuleTests } from '../rule-tester.js';

runRuleTests(
  noUnverifiedCertificate,
  {
    valid: [
      { name: 'an insecure write undone later in a block around it, before any use', code: 'import requests\ns = requests.Session()\nif DEBUG:\n    s.verify = False\ns.verify = "/etc/ca.pem"\ns.get(u)\n' },
      { name: 'a Session subclass that keeps verification on', code: 'import requests\nclass Api(requests.Session):\n    def __init__(self):\n        super().__init__()\n        self.verify = "/etc/ca.pem"\n' },
      { name: 'functools.partial of something else, and a Celery broker that verifies', code: "import ssl\nfrom functools import partial\nlog = partial(print, verify=False)\nbroker_use_ssl = {'ssl_cert_reqs': ssl.CERT_REQUIRED}\n" },
      { name: 'a Thread whose target is not a TLS API', code: 'import ssl, threading\nthreading.Thread(target=worker, kwargs={"sslopt": {"cert_reqs": ssl.CERT_NONE}, "verify": False}).start()\n' },
      { name: 'CONNECTION_POOL_KWARGS that verifies, and the name as a plain string', code: 'CACHES = {"default": {"OPTIONS": {"CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": "required", "max_connections": 50}}}}\nNOTE = ["CONNECTION_POOL_KWARGS", {"ssl_cert_reqs": None}]\n' },
      { name: 'aiosmtplib verifying, and validate_certs of another library', code: 'import aiosmtplib\naiosmtplib.SMTP(hostname="h", use_tls=True, validate_certs=True)\nform.validate(validate_certs=False)\n' },
      { name: 'self.verify on a class that is not a Session', code: 'class Form:\n    def __init__(self):\n        self.verify = False\n' },
    ],
    invalid: [
      {
        name: 'if/else: the else branch does not undo the if branch',
        code: 'import requests\nclass C:\n    def __init__(self):\n        self.session = requests.Session()\n        if SANDBOX:\n            ⟦self.session.verify = False⟧\n        else:\n            self.session.verify = CA\n',
        fixes: [
          { title: 'Remove self.session.verify = False (verify certificates)', output: 'import requests\nclass C:\n    def __init__(self):\n        self.session = requests.Session()\n        if SANDBOX:\n            pass\n        else:\n            self.session.verify = CA\n' },
          { title: "Trust a specific CA instead (verify='/path/to/ca.pem', edit the path)", output: "import requests\nclass C:\n    def __init__(self):\n        self.session = requests.Session()\n        if SANDBOX:\n            self.session.verify = '/path/to/ca.pem'\n        else:\n            self.session.verify = CA\n" },
        ],
      },
      {
        name: 'a later write that runs only sometimes, or after a use, does not undo an insecure one',
        code: 'import requests\ns = requests.Session()\n⟦s.verify = False⟧\nif PROD:\n    s.verify = "/etc/ca.pem"\nt = requests.Session()\n⟦t.verify = False⟧\nt.get(u)\nt.verify = True\n',
      },
      {
        name: 'self.verify = False in a requests.Session subclass',
        code: 'import requests\nclass Api(requests.Session):\n    def __init__(self, token):\n        super().__init__()\n        self.headers["Authorization"] = token\n        ⟦self.verify = False⟧\n',
        fixes: [{ title: 'Remove self.verify = False (verify certificates)', output: 'import requests\nclass Api(requests.Session):\n    def __init__(self, token):\n        super().__init__()\n        self.headers["Authorization"] = token\n' }],
      },
      {
        name: 'functools.partial(requests.get, verify=False)',
        code: 'import functools\nfrom functools import partial\nimport requests\nget = functools.partial(requests.get, ⟦verify=False⟧)\npost = partial(requests.post, timeout=3, ⟦verify=False⟧)\n',
        fixes: [{ title: 'Remove verify=False (verify certificates)', output: 'import functools\nfrom functools import partial\nimport requests\nget = functools.partial(requests.get)\npost = partial(requests.post, timeout=3, verify=False)\n' }],
      },
      {
        name: "Celery's Redis broker keys: broker_use_ssl with ssl_cert_reqs",
        code: "import ssl\nfrom celery import Celery\nbroker_use_ssl = {⟦'ssl_cert_reqs': ssl.CERT_NONE⟧}\napp = Celery('jobs', broker_use_ssl={⟦'ssl_cert_reqs': ssl.CERT_NONE⟧})\n",
        fixes: [{ title: "Remove 'ssl_cert_reqs': ssl.CERT_NONE (verify certificates)", output: "import ssl\nfrom celery import Celery\nbroker_use_ssl = {}\napp = Celery('jobs', broker_use_ssl={'ssl_cert_reqs': ssl.CERT_NONE})\n" }],
      },
      {
        name: 'a parameter in one piece of an implicit string concatenation is reported on that piece',
        code: 'import pymongo, psycopg\nuri = (\n    f"mongodb+srv://{user}:{pw}@cluster0.example.net/"\n    ⟦"?retryWrites=true&tlsInsecure=true"⟧\n)\nconn = psycopg.connect(\n    "host=db.example.com dbname=app "\n    ⟦"sslmode=require"⟧\n)\n',
        fixes: [{ title: 'Use sslmode=verify-full (verify the certificate and host name)', output: 'import pymongo, psycopg\nuri = (\n    f"mongodb+srv://{user}:{pw}@cluster0.example.net/"\n    "?retryWrites=true&tlsInsecure=true"\n)\nconn = psycopg.connect(\n    "host=db.example.com dbname=app "\n    "sslmode=verify-full"\n)\n', finding: 1 }],
      },
      {
        name: 'threading.Thread(target=ws.run_forever, kwargs={...}) calls run_forever with those keywords',
        code: 'import ssl, threading, websocket\nws = websocket.WebSocketApp(URL)\nt = threading.Thread(target=ws.run_forever, kwargs={"sslopt": {⟦"cert_reqs": ssl.CERT_NONE⟧}}, daemon=True)\n',
        fixes: [{ title: 'Remove "cert_reqs": ssl.CERT_NONE (verify certificates)', output: 'import ssl, threading, websocket\nws = websocket.WebSocketApp(URL)\nt = threading.Thread(target=ws.run_forever, kwargs={"sslopt": {}}, daemon=True)\n' }],
      },
      {
        name: "django-redis CONNECTION_POOL_KWARGS with ssl_cert_reqs None",
        code: 'CACHES = {\n    "default": {\n        "BACKEND": "django_redis.cache.RedisCache",\n        "LOCATION": "rediss://cache.example.com:6380/1",\n        "OPTIONS": {"CONNECTION_POOL_KWARGS": {⟦"ssl_cert_reqs": None⟧}},\n    }\n}\n',
        fixes: [{ title: 'Remove "ssl_cert_reqs": None (verify certificates)', output: 'CACHES = {\n    "default": {\n        "BACKEND": "django_redis.cache.RedisCache",\n        "LOCATION": "rediss://cache.example.com:6380/1",\n        "OPTIONS": {"CONNECTION_POOL_KWARGS": {}},\n    }\n}\n' }],
      },
      {
        name: 'aiosmtplib validate_certs=False on the client, starttls() and send()',
        code: 'import aiosmtplib\nasync def main(msg):\n    smtp = aiosmtplib.SMTP(hostname="smtp.example.com", port=465, use_tls=True, ⟦validate_certs=False⟧)\n    await smtp.connect()\n    plain = aiosmtplib.SMTP(hostname="smtp.example.com", port=587)\n    await plain.connect()\n    await plain.starttls(⟦validate_certs=False⟧)\n    await aiosmtplib.send(msg, hostname="smtp.example.com", start_tls=True, ⟦validate_certs=False⟧)\n',
        fixes: [{ title: 'Remove validate_certs=False (verify certificates)', output: 'import aiosmtplib\nasync def main(msg):\n    smtp = aiosmtplib.SMTP(hostname="smtp.example.com", port=465, use_tls=True)\n    await smtp.connect()\n    plain = aiosmtplib.SMTP(hostname="smtp.example.com", port=587)\n    await plain.connect()\n    await plain.starttls(validate_certs=False)\n    await aiosmtplib.send(msg, hostname="smtp.example.com", start_tls=True, validate_certs=False)\n' }],
      },
    ],
  },
  { filename: 'client.py' },
);

runRuleTests(
  noUnverifiedHostname,
  {
    valid: [
      { name: 'check_hostname = False with ssl.match_hostname() in the same function', code: 'import socket, ssl\ndef peer(host):\n    ctx = ssl.create_default_context()\n    ctx.check_hostname = False\n    with ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host) as s:\n        ssl.match_hostname(s.getpeercert(), host)\n' },
      { name: 'SSL_VERIFYHOST 0 on the handle whose VERIFYPEER is 0 is the certificate finding', code: 'import pycurl\ndef probe(url):\n    c = pycurl.Curl()\n    c.setopt(pycurl.SSL_VERIFYPEER, 0)\n    c.setopt(pycurl.SSL_VERIFYHOST, 0)\n' },
    ],
    invalid: [
      {
        name: 'ssl.match_hostname() in another function does not check this context',
        code: 'import ssl\ndef a():\n    ctx = ssl.create_default_context()\n    ⟦ctx.check_hostname = False⟧\n    return ctx\ndef b(cert, host):\n    ssl.match_hostname(cert, host)\n',
        fixes: [{ title: 'Set check_hostname = True (verify the host name)', output: 'import ssl\ndef a():\n    ctx = ssl.create_default_context()\n    ctx.check_hostname = True\n    return ctx\ndef b(cert, host):\n    ssl.match_hostname(cert, host)\n' }],
      },
      {
        name: "SSL_VERIFYHOST 0 on another function's handle of the same name",
        code: 'import pycurl\ndef probe(url):\n    c = pycurl.Curl()\n    c.setopt(pycurl.SSL_VERIFYPEER, 0)\n    c.setopt(pycurl.SSL_VERIFYHOST, 0)\ndef names_only(url):\n    c = pycurl.Curl()\n    ⟦c.setopt(pycurl.SSL_VERIFYHOST, 0)⟧\n',
        fixes: [{ title: 'Remove this call (verify the host name)', output: 'import pycurl\ndef probe(url):\n    c = pycurl.Curl()\n    c.setopt(pycurl.SSL_VERIFYPEER, 0)\n    c.setopt(pycurl.SSL_VERIFYHOST, 0)\ndef names_only(url):\n    c = pycurl.Curl()\n' }],
      },
    ],
  },
  { filename: 'client.py' },
);

runRuleTests(
  noPlaintextDowngrade,
  {
    valid: [
      { name: 'Flask-SQLAlchemy URLs to localhost, from the environment, or verifying', code: 'import os\nclass Dev:\n    SQLALCHEMY_DATABASE_URI = "postgresql://dev@localhost/app?sslmode=disable"\nclass Prod:\n    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "postgresql://app@db.example.net/app?sslmode=verify-full")\nSQLALCHEMY_DATABASE_URI = "mysql://app@db.example.net/app?sslmode=disable"\n' },
    ],
    invalid: [
      {
        name: 'a computed DSN is reported where it is written, not at the call: at the parameter its text sets',
        code: 'import psycopg2\nHOST = "db.example.com"\ndef connect(pw):\n    dsn = f"host={HOST} dbname=app password={pw} ⟦sslmode=allow⟧"\n    return psycopg2.connect(dsn)\n',
        fixes: [{ title: 'Use sslmode=verify-full', output: 'import psycopg2\nHOST = "db.example.com"\ndef connect(pw):\n    dsn = f"host={HOST} dbname=app password={pw} sslmode=verify-full"\n    return psycopg2.connect(dsn)\n' }],
      },
      {
        // pyblind7 acme_provider/hooks/postgres.py:17: the line that holds the parameter, not the string's first.
        name: 'an implicitly concatenated f-string DSN over several lines: at the piece that sets sslmode',
        code: 'import psycopg2\ndef connect(self):\n    dsn = (\n        f"host={self.host} dbname={self.db} "\n        f"user={self.user} password={self.pw} ⟦sslmode=allow⟧"\n    )\n    return psycopg2.connect(dsn)\n',
        fixes: [{ title: 'Use sslmode=verify-full', output: 'import psycopg2\ndef connect(self):\n    dsn = (\n        f"host={self.host} dbname={self.db} "\n        f"user={self.user} password={self.pw} sslmode=verify-full"\n    )\n    return psycopg2.connect(dsn)\n' }],
      },
      {
        name: 'SQLALCHEMY_DATABASE_URI with sslmode=prefer, also through .format()',
        code: 'import os\nclass Staging:\n    SQLALCHEMY_DATABASE_URI = (\n        "postgresql+psycopg2://app:{pw}@staging-db.example.net/app?⟦sslmode=prefer⟧"\n    ).format(pw=os.environ["PW"])\nSQLALCHEMY_DATABASE_URI = "postgresql://app@db.example.net/app?⟦sslmode=prefer⟧"\n',
        fixes: [{ title: 'Use sslmode=verify-full', output: 'import os\nclass Staging:\n    SQLALCHEMY_DATABASE_URI = (\n        "postgresql+psycopg2://app:{pw}@staging-db.example.net/app?sslmode=prefer"\n    ).format(pw=os.environ["PW"])\nSQLALCHEMY_DATABASE_URI = "postgresql://app@db.example.net/app?sslmode=verify-full"\n', finding: 1 }],
      },
    ],
  },
  { filename: 'settings.py' },
);
