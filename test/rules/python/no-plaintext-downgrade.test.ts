// no-plaintext-downgrade, Python part (PYTHON-TLS-FACTS.md 1.9 T1-T12).
import { noPlaintextDowngrade } from '../../../rules/no-plaintext-downgrade/index.js';
import { runRuleTests } from '../rule-tester.js';

const py = (code: string, name?: string, filename = 'mail.py') => ({ code, filename, ...(name ? { name } : {}) });
const FILLED = (a: string, b: string) => `import asyncpg\n\nDSN = "postgresql://{user}@{host}:5432/events?sslmode={mode}"\nCONNINFO = "host=%s dbname=app sslmode=%s"\n\n\nasync def pools(user, host):\n    a = await asyncpg.create_pool(dsn=DSN.format(user=user, host=host, mode="MODE_A"))\n    b = await asyncpg.connect(CONNINFO % (host, "MODE_B"))\n`.replace('MODE_A', a).replace('MODE_B', b);
const CTX = 'ssl.create_default_context()';

/** A mailer class whose upgrade a class attribute switches, and a subclass body of its own. */
const MAILER = (sub: string) =>
  `import smtplib\nimport ssl\n\n\nclass Mailer:\n    use_starttls = True\n\n    def __init__(self, host):\n        self.host = host\n\n    def _connect(self):\n        server = smtplib.SMTP(self.host, 587, timeout=30)\n        if self.use_starttls:\n            server.starttls(context=${CTX})\n        server.login(USER, PASSWORD)\n        return server\n\n\nclass RelayMailer(Mailer):\n${sub}`;

runRuleTests(noPlaintextDowngrade, {
  valid: [
    py(MAILER('    use_starttls = True\n'), 'a subclass that keeps the switch on'),
    py(MAILER('    use_starttls = False\n\n    def _connect(self):\n        return smtplib.SMTP_SSL(self.host, 465, context=ssl.create_default_context())\n'), 'a subclass that switches it off but connects its own way'),
    py(MAILER('    pass\n'), 'a subclass that writes no switch'),
    py(`import smtplib\nimport ssl\nwith smtplib.SMTP("smtp.example.com", 587) as s:\n    s.ehlo()\n    s.starttls(context=${CTX})\n    s.login(USER, PASSWORD)\n`, 'starttls() before login()'),
    py(`import smtplib\nimport ssl\nwith smtplib.SMTP_SSL("smtp.example.com", 465, context=${CTX}) as s:\n    s.login(USER, PASSWORD)\n`, 'implicit TLS'),
    py('import smtplib\ns = smtplib.SMTP("localhost", 25)\ns.login("app", "secret")\ns.sendmail(a, b, msg)\n', 'a local relay'),
    py('import smtplib\ns = smtplib.SMTP("mail.example.com")\ns.sendmail(a, b, msg)\n', 'no login: nothing secret is sent by the client'),
    py('import ftplib\nftp = ftplib.FTP("ftp.debian.org")\nftp.login()\nftp.retrlines("LIST")\n', 'an anonymous FTP login'),
    py('import ftplib\n\n\ndef mirrors(host):\n    a = ftplib.FTP("ftp.debian.org", "anonymous", "me@example.com")\n    b = ftplib.FTP("localhost", "deploy", PASSWORD)\n    c = ftplib.FTP(user="deploy", passwd=PASSWORD)\n    return ftplib.FTP(host, "ftp")\n', 'FTP constructors that log in anonymously, to this machine, or without a host (no connection, no login)', 'drop.py'),
    py(`import ftplib\nimport ssl\nftps = ftplib.FTP_TLS("ftp.example.com", context=${CTX})\nftps.login("user", PASSWORD)\nftps.prot_p()\nftps.retrbinary("RETR a.txt", fh.write)\n`, 'FTP_TLS with prot_p()'),
    py('import psycopg2\nconn = psycopg2.connect(host="db.example.com", sslmode="verify-full", sslrootcert="ca.pem")\nlocal = psycopg2.connect("host=localhost dbname=app sslmode=disable")\nsock = psycopg2.connect("host=/var/run/postgresql sslmode=disable")\n', 'libpq: verify-full, and disable on the local host or a Unix socket'),
    py('from .base import DATABASES\n\nDATABASES["replica"] = {"ENGINE": "django.db.backends.postgresql", "HOST": "replica.example.com", "OPTIONS": {"sslmode": "verify-full"}}\nDATABASES["cache"] = {"ENGINE": "django.db.backends.mysql", "HOST": "cache.example.com", "OPTIONS": {"sslmode": "prefer"}}\nOTHER = {}\nOTHER["replica"] = {"ENGINE": "django.db.backends.postgresql", "HOST": "replica.example.com", "OPTIONS": {"sslmode": "prefer"}}\n\n\ndef test_settings(settings):\n    settings.DATABASES["x"] = {"ENGINE": "django.db.backends.postgresql", "HOST": "x.example.com", "OPTIONS": {"sslmode": "prefer"}}\n', 'entries written into DATABASES that verify or are not PostgreSQL; other dicts and a fixture\'s settings', 'prod.py'),
    py('import grpc\nchannel = grpc.insecure_channel("localhost:50051")\nsidecar = grpc.insecure_channel("unix:///run/envoy.sock")\nsecure = grpc.secure_channel("api.example.com:443", grpc.ssl_channel_credentials())\nunset = grpc.insecure_channel(os.environ.get("REPORTS_TARGET", ""))\n', 'gRPC to local targets, an empty fallback, and secure channels'),
    py('from confluent_kafka import Consumer\nBASE = {"bootstrap.servers": "kafka.example.com:9093"}\nLOCAL = {"bootstrap.servers": "localhost:9092", "security.protocol": "SASL_PLAINTEXT"}\nSAFE = {"security.protocol": "SASL_PLAINTEXT"}\n\n\ndef consumer(dev):\n    if dev:\n        config = {**BASE, **LOCAL}\n    else:\n        config = {**BASE, **SAFE, "security.protocol": "SASL_SSL"}\n    return Consumer(config)\n', 'merged configs: SASL_PLAINTEXT to a local broker, and one a later key overrides', 'consumer.py'),
    py('from kafka import KafkaProducer\np = KafkaProducer(bootstrap_servers="broker.example.com:9093", security_protocol="SASL_SSL", sasl_mechanism="PLAIN", sasl_plain_username="u", sasl_plain_password=PW)\n', 'Kafka over SASL_SSL'),
    py('EMAIL_HOST = "smtp.example.com"\nEMAIL_USE_TLS = False\nEMAIL_HOST_PASSWORD = os.environ["EMAIL_PASSWORD"]\nEMAIL_HOST = "localhost"\nif not DEBUG:\n    EMAIL_USE_TLS = True\n', 'a later loopback host set always, and TLS turned on under a condition', 'settings.py'),
    py('EMAIL_HOST = "smtp.example.com"\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\nEMAIL_HOST_USER = "app"\nEMAIL_HOST_PASSWORD = os.environ["EMAIL_PASSWORD"]\n', 'Django settings with TLS', 'settings.py'),
    py('EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"\nEMAIL_USE_TLS = False\n', 'Django settings without a password', 'settings.py'),
    py('import os\nclass Config:\n    MAIL_SERVER = "smtp.example.com"\n    MAIL_USE_TLS = True\n    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")\nclass ProdConfig(Config):\n    MAIL_SERVER = "smtp.prod.example.com"\nclass TestConfig(Config):\n    MAIL_USE_TLS = False\n    MAIL_PASSWORD = None\n', 'Flask-Mail config classes: TLS inherited, or no password', 'config.py'),
    py('# s.login(user, pw) without starttls is bad\nHELP = "grpc.insecure_channel(\'api.example.com:443\')"\n', 'comments and strings'),
    py('import smtplib\nimport ssl\n\n\ndef send(host, user, pw, msg):\n    try:\n        s = smtplib.SMTP(host, 587)\n        s.starttls(context=ssl.create_default_context())\n        s.login(user, pw)\n        s.send_message(msg)\n    except smtplib.SMTPException as e:\n        log.warning("mail failed: %s", e)\n', 'a try around the whole exchange: a failed upgrade skips the login'),
    py('import smtplib\nimport ssl\nwith smtplib.SMTP(host, 587) as s:\n    if s.has_extn("starttls"):\n        s.starttls(context=ssl.create_default_context())\n        s.login(user, pw)\n', 'the login inside the same guard runs only over TLS'),
    py('import psycopg2\nconn = psycopg2.connect(dbname="app", sslmode="disable")\n', 'libpq without a host: the local socket'),
    py('import psycopg2\na = psycopg2.connect("host=db.example.com dbname=app sslmode=PREFER")\nb = psycopg2.connect("postgresql://app@db.example.com/app?SSLMODE=disable")\nc = psycopg2.connect(host="db.example.com", sslmode="Allow")\n', 'libpq names and values in another case: libpq refuses them (case-sensitive), so no plaintext fallback'),
    py('import smtplib\nserver = smtplib.SMTP("smtp.example.com", 587)\nsecure(server)\nserver.login(USER, PASSWORD)\n', 'a client handed to other code first (it may upgrade it)'),
    py('import imaplib\n\n\ndef connect():\n    conn = imaplib.IMAP4(HOST, 143)\n    upgrade(conn)\n    conn.login(USER, PASSWORD)\n    return _unseen(conn)\n', 'a client handed to a helper before the login and after it: the first hand-off may upgrade it'),
    py(`import poplib\nimport ssl\nbox = poplib.POP3("pop.example.com")\nbox.stls(context=${CTX})\nbox.user("me")\nbox.pass_(secret)\nother = poplib.POP3("pop.example.com")\nother.stls(context=${CTX})\nother.apop("me", secret)\n`, 'POP3 (T4): stls() before pass_() and apop()'),
    py('import poplib\nbox = poplib.POP3("localhost", 110)\nbox.user("me")\nbox.pass_(secret)\nnames = poplib.POP3("pop.example.com")\nnames.user("me")\nlegacy = poplib.POP3("pop.example.com")\nlegacy.rpop("me")\n', 'POP3 (T4): a local server, user() alone, rpop() (RFC 1081: no secret is sent)'),
    py('import poplib\nclass Box:\n    def login(self):\n        self.pop.pass_(secret)\n    def __init__(self):\n        self.pop = poplib.POP3("pop.example.com")\n        self.pop.stls()\n', 'POP3 (T4): an stls() in another method may run first'),
    py('import poplib\n# box = poplib.POP3("h"); box.pass_(pw)\nHELP = "call box.pass_(pw) after box.stls()"\n', 'POP3 (T4): comments and strings'),
  ],
  invalid: [
    {
      ...py(MAILER('    use_starttls = ⟦False⟧\n'), "a subclass's class body switching off the base class's `if self.use_starttls:` upgrade before login() (python-blind21 mailbridge)"),
      messageIds: ['pyUpgradeSwitchedOff'],
      messageIncludes: ['self.use_starttls is false (for RelayMailer), so starttls() is skipped and login() sends the SMTP password in cleartext.'],
    },
    {
      ...py(FILLED('⟦prefer⟧', '⟦allow⟧'), 'a DSN template filled by a constant argument of .format or % (T8): at that argument'),
      messageIds: ['pyLibpq', 'pyLibpq'],
      fixes: [
        { title: 'Use sslmode=verify-full', output: FILLED('verify-full', 'allow') },
        { title: 'Use sslmode=verify-full', finding: 1, output: FILLED('prefer', 'verify-full') },
      ],
    },
    {
      // pyblind7 reports/imap_fetch.py:28: the helper only reads the mailbox; the password already left.
      ...py('import imaplib\n\n\ndef _unseen(conn):\n    conn.select("INBOX")\n    return conn.search(None, "UNSEEN")\n\n\ndef fetch_plain(user, password):\n    conn = imaplib.IMAP4(HOST, 143)\n    ⟦conn.login(user, password)⟧\n    return _unseen(conn)\n', 'IMAP login (T3), the client handed to a helper only after it'),
      messageIds: ['pyLoginCleartext'],
      fixes: [{ title: 'Call starttls() before login()', output: `import imaplib\nimport ssl\n\n\ndef _unseen(conn):\n    conn.select("INBOX")\n    return conn.search(None, "UNSEEN")\n\n\ndef fetch_plain(user, password):\n    conn = imaplib.IMAP4(HOST, 143)\n    conn.starttls(ssl_context=${CTX})\n    conn.login(user, password)\n    return _unseen(conn)\n` }],
    },
    {
      ...py('import ftplib\nftp = ftplib.FTP("ftp.example.com")\n⟦ftp.login("deploy", PASSWORD)⟧\nupload(ftp, "site.tar")\n', 'FTP login (T5), the connection handed on after it'),
      messageIds: ['pyFtpLogin'],
    },
    {
      ...py('import imaplib\nimport ssl\nM = imaplib.IMAP4(host)\nif "STARTTLS" in M.capabilities:\n    M.starttls(ssl_context=ssl.create_default_context())\n⟦M.login(user, pw)⟧\n', 'IMAP STARTTLS only when offered'),
      messageIds: ['pyStarttlsOptional'],
      fixes: [{ title: 'Call starttls() unconditionally', output: 'import imaplib\nimport ssl\nM = imaplib.IMAP4(host)\nM.starttls(ssl_context=ssl.create_default_context())\nM.login(user, pw)\n' }],
    },
    {
      ...py('import smtplib\nimport ssl\ns = smtplib.SMTP(host, 587)\ntry:\n    s.starttls(context=ssl.create_default_context())\nexcept smtplib.SMTPNotSupportedError:\n    pass\n⟦s.login(user, pw)⟧\n', 'a failed STARTTLS ignored'),
      messageIds: ['pyStarttlsOptional'],
    },
    {
      ...py('import os\nimport psycopg2\nconn = psycopg2.connect(f"host={os.environ[\'PGHOST\']} dbname=app ⟦sslmode=disable⟧")\nengine_conn = psycopg2.connect(os.environ["DSN"], ⟦sslmode="prefer"⟧)\n', 'a DSN with a host the file does not fix'),
      messageIncludes: ['sslmode=disable turns TLS off: the password and queries to a host this file does not name', 'sslmode=prefer'],
    },
    {
      ...py('import grpc\nHOST = "ledger.example.com"\nchannel = ⟦grpc.insecure_channel(f"{HOST}:{PORT}")⟧\nlocal = grpc.insecure_channel(f"localhost:{PORT}")\n', 'a gRPC target whose host is known and port is not'),
      messageIncludes: ["'ledger.example.com'"],
    },
    {
      ...py('import smtplib\n\n\ndef send(msg):\n    server = smtplib.SMTP("smtp.example.com", 587)\n    server.ehlo()\n    ⟦server.login("alerts@example.com", PASSWORD)⟧\n    server.send_message(msg)\n', 'SMTP login without starttls (T1): starttls inserted before it'),
      messageIds: ['pyLoginCleartext'],
      severities: ['warning'],
      messageIncludes: ['login() sends the SMTP password in cleartext'],
      fixes: [{ title: 'Call starttls() before login()', output: `import smtplib\nimport ssl\n\n\ndef send(msg):\n    server = smtplib.SMTP("smtp.example.com", 587)\n    server.ehlo()\n    server.starttls(context=${CTX})\n    server.login("alerts@example.com", PASSWORD)\n    server.send_message(msg)\n` }],
    },
    {
      // Found by fuzzing: starttls() went in at the continued line's indentation.
      ...py('import smtplib\n\n\ndef send(msg):\n    server = smtplib.SMTP("smtp.example.com", 587)\n    \\\n⟦server.login("alerts@example.com", PASSWORD)⟧\n    server.send_message(msg)\n', 'a login whose line continues the one before: reported, no fix'),
      messageIds: ['pyLoginCleartext'],
      fixes: [],
    },
    {
      ...py('import smtplib\nwith smtplib.SMTP(HOST, 587) as s:\n    if s.has_extn("starttls"):\n        s.starttls()\n    ⟦s.login(USER, PASSWORD)⟧\n', 'STARTTLS only when offered (T2)'),
      messageIds: ['pyStarttlsOptional'],
      related: [['starttls() only if offered at line 4']],
    },
    {
      ...py('import imaplib\nM = imaplib.IMAP4("imap.example.com")\n⟦M.login(user, password)⟧\n', 'IMAP (T3)'),
      messageIncludes: ['IMAP password'],
      fixes: [{ title: 'Call starttls() before login()', output: `import imaplib\nimport ssl\nM = imaplib.IMAP4("imap.example.com")\nM.starttls(ssl_context=${CTX})\nM.login(user, password)\n` }],
    },
    {
      ...py('import poplib\nbox = poplib.POP3("pop.example.com")\n⟦box.user("me")\nbox.pass_(secret)⟧\n', 'POP3 (T4): from user() to the pass_() that sends the password'),
      messageIds: ['pyLoginCleartext'],
      messageIncludes: ['pass_() sends the POP3 password in cleartext: no stls() comes before it.'],
      related: [['pass_() sends the password at line 4']],
      fixes: [{ title: 'Call stls() before user()', output: `import poplib\nimport ssl\nbox = poplib.POP3("pop.example.com")\nbox.stls(context=${CTX})\nbox.user("me")\nbox.pass_(secret)\n` }],
    },
    {
      ...py('from poplib import POP3\ndef fetch(host, user, pw):\n    box = POP3(host)\n    ⟦box.apop(user, pw)⟧\n    return box.list()\n', 'POP3 (T4): apop() sends a digest a listener can brute-force'),
      messageIncludes: ['apop() sends the POP3 password digest in cleartext'],
      fixes: [{ title: 'Call stls() before apop()', output: `from poplib import POP3\nimport ssl\ndef fetch(host, user, pw):\n    box = POP3(host)\n    box.stls(context=${CTX})\n    box.apop(user, pw)\n    return box.list()\n` }],
    },
    {
      ...py(`import poplib\nimport ssl\nbox = poplib.POP3("pop.example.com")\n⟦box.user("me")\nbox.pass_(secret)⟧\nbox.stls(context=${CTX})\n`, 'POP3 (T4): an stls() after the login comes too late'),
      messageIds: ['pyLoginCleartext'],
    },
    {
      ...py('import smtplib\ns = smtplib.SMTP("smtp.example.com", 587)\n⟦s.login(USER, PASSWORD)⟧\ns.starttls()\n', 'SMTP (T1): a starttls() after login() comes too late'),
      messageIds: ['pyLoginCleartext'],
    },
    {
      ...py('import ftplib\nftp = ftplib.FTP("ftp.example.com")\n⟦ftp.login("deploy", PASSWORD)⟧\nftp.storbinary("STOR site.tar", fh)\n', 'FTP with a password (T5): FTP_TLS with a context and prot_p()'),
      messageIds: ['pyFtpLogin'],
      fixes: [{ title: 'Use ftplib.FTP_TLS and prot_p()', output: `import ftplib\nimport ssl\nftp = ftplib.FTP_TLS("ftp.example.com", context=${CTX})\nftp.login("deploy", PASSWORD)\nftp.prot_p()\nftp.storbinary("STOR site.tar", fh)\n` }],
    },
    {
      // Found by fuzzing (seed 20261211, input 26043): the path's first write (SMTP_SSL) became FTP_TLS, on every pass of fix-all.
      ...py('import ftplib, smtplib\nif DEBUG:\n    self.c = smtplib.SMTP_SSL("mail.example.com")\nself.c = ftplib.FTP("ftp.example.com")\n⟦self.c.login(user, password)⟧\n', 'FTP (T5) on an attribute path whose first write made another client: the FTP call is rewritten'),
      messageIds: ['pyFtpLogin'],
      fixes: [{ title: 'Use ftplib.FTP_TLS and prot_p()', output: `import ftplib, smtplib\nimport ssl\nif DEBUG:\n    self.c = smtplib.SMTP_SSL("mail.example.com")\nself.c = ftplib.FTP_TLS("ftp.example.com", context=${CTX})\nself.c.login(user, password)\nself.c.prot_p()\n` }],
    },
    {
      ...py(`import ftplib\nimport ssl\nftps = ftplib.FTP_TLS("ftp.example.com", "u", PW, context=${CTX})\n⟦ftps.nlst()⟧\n`, 'FTP_TLS (T7): the constructor logged in, no prot_p()'),
      messageIds: ['pyFtpDataClear'],
      fixes: [{ title: 'Call prot_p() after login()', output: `import ftplib\nimport ssl\nftps = ftplib.FTP_TLS("ftp.example.com", "u", PW, context=${CTX})\nftps.prot_p()\nftps.nlst()\n` }],
    },
    {
      ...py('import ftplib\nftp = ⟦ftplib.FTP("ftp.example.com", "deploy", PASSWORD)⟧\nftp.storbinary("STOR site.tar", fh)\n', 'FTP (T5): the constructor logs in when given a user'),
      messageIds: ['pyFtpLogin'],
      fixes: [{ title: 'Use ftplib.FTP_TLS and prot_p()', output: `import ftplib\nimport ssl\nftp = ftplib.FTP_TLS("ftp.example.com", "deploy", PASSWORD, context=${CTX})\nftp.prot_p()\nftp.storbinary("STOR site.tar", fh)\n` }],
    },
    {
      ...py('import ftplib\n\n\ndef quick_login(host, password):\n    return ⟦ftplib.FTP(host, "corp-upload", password)⟧\n\n\ndef chained(password):\n    ⟦ftplib.FTP("ftp.example.com", user="deploy", passwd=password)⟧.quit()\n', 'FTP (T5): a constructor that logs in, its connection returned or chained on (the login has happened before any hand-off)', 'drop.py'),
      messageIds: ['pyFtpLogin', 'pyFtpLogin'],
    },
    {
      ...py('import ftplib\n\n\ndef connect(host, password):\n    ftp = ⟦ftplib.FTP(host, "deploy", password)⟧\n    return ftp\n', 'FTP (T5): a constructor that logs in, then the connection handed on: FTP_TLS with prot_p() after it', 'drop.py'),
      messageIds: ['pyFtpLogin'],
      fixes: [{ title: 'Use ftplib.FTP_TLS and prot_p()', output: `import ftplib\nimport ssl\n\n\ndef connect(host, password):\n    ftp = ftplib.FTP_TLS(host, "deploy", password, context=${CTX})\n    ftp.prot_p()\n    return ftp\n` }],
    },
    {
      ...py(`import ftplib\nimport ssl\nftps = ftplib.FTP_TLS("ftp.example.com", context=${CTX})\nftps.login("u", PW, ⟦secure=False⟧)\n`, 'FTP_TLS login(secure=False) (T6)'),
      messageIds: ['pyFtpInsecureLogin'],
      fixes: [{ title: 'Remove secure=False', output: `import ftplib\nimport ssl\nftps = ftplib.FTP_TLS("ftp.example.com", context=${CTX})\nftps.login("u", PW)\n` }],
    },
    {
      ...py(`import ftplib\nimport ssl\nftps = ftplib.FTP_TLS("ftp.example.com", context=${CTX})\nftps.login("u", PW)\n⟦ftps.retrbinary("RETR report.csv", out.write)⟧\n`, 'FTP_TLS without prot_p() (T7)'),
      messageIds: ['pyFtpDataClear'],
      fixes: [{ title: 'Call prot_p() after login()', output: `import ftplib\nimport ssl\nftps = ftplib.FTP_TLS("ftp.example.com", context=${CTX})\nftps.login("u", PW)\nftps.prot_p()\nftps.retrbinary("RETR report.csv", out.write)\n` }],
    },
    {
      ...py('import psycopg2\nconn = psycopg2.connect(host="db.prod.example.com", dbname="app", ⟦sslmode="prefer"⟧)\nother = psycopg2.connect("host=10.1.2.3 dbname=app ⟦sslmode=disable⟧")\n', 'libpq prefer/disable to a remote host (T8)'),
      messageIds: ['pyLibpq', 'pyLibpq'],
      fixes: [{ title: 'Use sslmode=verify-full', output: 'import psycopg2\nconn = psycopg2.connect(host="db.prod.example.com", dbname="app", sslmode="verify-full")\nother = psycopg2.connect("host=10.1.2.3 dbname=app sslmode=disable")\n' }],
    },
    {
      ...py('from sqlalchemy import create_engine\nengine = create_engine("postgresql+psycopg2://app:pw@db.example.com/app?⟦sslmode=allow⟧")\n', 'a SQLAlchemy URL'),
    },
    {
      ...py('DATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "HOST": "db.internal.example.com",\n        "OPTIONS": {⟦"sslmode": "disable"⟧},\n    }\n}\n', 'Django DATABASES OPTIONS', 'settings.py'),
    },
    {
      ...py('from .base import *  # noqa: F403\nfrom .base import DATABASES\n\nDATABASES["default"]["HOST"] = "db.prod.example.com"\nDATABASES["replica"] = {\n    "ENGINE": "django.db.backends.postgresql",\n    "HOST": "orders-replica.prod.example.com",\n    "OPTIONS": {⟦"sslmode": "prefer"⟧},\n}\nDATABASES["local"] = {"ENGINE": "django.db.backends.postgresql", "HOST": "127.0.0.1", "OPTIONS": {"sslmode": "prefer"}}\n', 'an entry written into DATABASES (a per-environment settings module) counts like the dict\'s; to a local host it does not', 'prod.py'),
      messageIds: ['pyLibpq'],
      messageIncludes: ['sslmode=prefer falls back to no TLS: the password and queries to orders-replica.prod.example.com can go in cleartext.'],
      fixes: [{ title: 'Use sslmode=verify-full', output: 'from .base import *  # noqa: F403\nfrom .base import DATABASES\n\nDATABASES["default"]["HOST"] = "db.prod.example.com"\nDATABASES["replica"] = {\n    "ENGINE": "django.db.backends.postgresql",\n    "HOST": "orders-replica.prod.example.com",\n    "OPTIONS": {"sslmode": "verify-full"},\n}\nDATABASES["local"] = {"ENGINE": "django.db.backends.postgresql", "HOST": "127.0.0.1", "OPTIONS": {"sslmode": "prefer"}}\n' }],
    },
    {
      ...py('DATABASES = {\n    "default": {"ENGINE": "django.db.backends.postgresql", "HOST": "db.example.com", "OPTIONS": {"sslmode": "verify-full"}},\n}\nDATABASES["reports"] = {"ENGINE": "django.db.backends.postgresql", "HOST": "reports.example.com", "OPTIONS": {⟦"sslmode": "allow"⟧}}\n', 'the dict and an entry written after it: each entry once', 'settings.py'),
      messageIds: ['pyLibpq'],
    },
    {
      ...py('from kafka import KafkaConsumer\nc = KafkaConsumer("orders", bootstrap_servers=["kafka1.example.com:9092"], ⟦security_protocol="SASL_PLAINTEXT"⟧, sasl_mechanism="PLAIN", sasl_plain_username="svc", sasl_plain_password=PW)\n', 'Kafka SASL_PLAINTEXT with a password (T9)'),
      messageIds: ['pyKafka'],
      fixes: [{ title: 'Use SASL_SSL', output: 'from kafka import KafkaConsumer\nc = KafkaConsumer("orders", bootstrap_servers=["kafka1.example.com:9092"], security_protocol="SASL_SSL", sasl_mechanism="PLAIN", sasl_plain_username="svc", sasl_plain_password=PW)\n' }],
    },
    {
      ...py('from confluent_kafka import Producer\np = Producer({"bootstrap.servers": "kafka.example.com:9092", ⟦"security.protocol": "SASL_PLAINTEXT"⟧, "sasl.mechanisms": "PLAIN", "sasl.username": "svc", "sasl.password": PW})\n', 'confluent-kafka config'),
    },
    {
      ...py('from confluent_kafka import Consumer\nBASE = {"bootstrap.servers": "kafka-0.example.net:9093"}\nSECURE = {**BASE, "security.protocol": "SASL_SSL"}\nLEGACY = {**BASE, ⟦"security.protocol": "SASL_PLAINTEXT"⟧, "sasl.username": "svc"}\nLOCAL = {"bootstrap.servers": "localhost:9092", "security.protocol": "SASL_PLAINTEXT"}\n\n\ndef make(legacy=False, dev=False):\n    conf = LEGACY if legacy else SECURE\n    c = Consumer(conf)\n    d = Consumer(LOCAL if dev else SECURE)\n    return c, d\n', 'confluent-kafka config dicts picked by a conditional: the unsafe one at its entry, saying when; the local one is quiet'),
      messageIds: ['pyKafka'],
      messageIncludes: ['(when legacy)'],
      fixes: [{ title: 'Use SASL_SSL', output: 'from confluent_kafka import Consumer\nBASE = {"bootstrap.servers": "kafka-0.example.net:9093"}\nSECURE = {**BASE, "security.protocol": "SASL_SSL"}\nLEGACY = {**BASE, "security.protocol": "SASL_SSL", "sasl.username": "svc"}\nLOCAL = {"bootstrap.servers": "localhost:9092", "security.protocol": "SASL_PLAINTEXT"}\n\n\ndef make(legacy=False, dev=False):\n    conf = LEGACY if legacy else SECURE\n    c = Consumer(conf)\n    d = Consumer(LOCAL if dev else SECURE)\n    return c, d\n' }],
    },
    {
      ...py('from confluent_kafka import Consumer\nBASE = {"bootstrap.servers": "kafka.example.com:9093", "group.id": "g"}\nSECURE = {"security.protocol": "SASL_SSL"}\nLEGACY = {"bootstrap.servers": "kafka-old.example.com:9092", ⟦"security.protocol": "SASL_PLAINTEXT"⟧}\n\n\ndef consumer(legacy, creds):\n    if legacy:\n        config = {**BASE, **LEGACY, **creds}\n    else:\n        config = {**BASE, **SECURE, **creds}\n    return Consumer(config)\n', 'confluent-kafka config merged from dicts in one branch of an if/else'),
      messageIds: ['pyKafka'],
      messageIncludes: ['SASL_PLAINTEXT (when legacy)'],
      fixes: [{ title: 'Use SASL_SSL', output: 'from confluent_kafka import Consumer\nBASE = {"bootstrap.servers": "kafka.example.com:9093", "group.id": "g"}\nSECURE = {"security.protocol": "SASL_SSL"}\nLEGACY = {"bootstrap.servers": "kafka-old.example.com:9092", "security.protocol": "SASL_SSL"}\n\n\ndef consumer(legacy, creds):\n    if legacy:\n        config = {**BASE, **LEGACY, **creds}\n    else:\n        config = {**BASE, **SECURE, **creds}\n    return Consumer(config)\n' }],
    },
    {
      ...py('import grpc\nchannel = ⟦grpc.insecure_channel("payments.internal.example.com:443")⟧\n', 'gRPC to a remote target (T10)'),
      messageIds: ['grpcInsecure'],
      fixes: [{ title: 'Use grpc.secure_channel() with grpc.ssl_channel_credentials()', output: 'import grpc\nchannel = grpc.secure_channel("payments.internal.example.com:443", grpc.ssl_channel_credentials())\n' }],
    },
    {
      ...py('import boto3\ns3 = boto3.client("s3", ⟦use_ssl=False⟧)\n', 'boto3 use_ssl=False (T11)'),
      messageIds: ['pyBoto'],
    },
    {
      ...py('import boto3\nMINIO = "http://minio.backup.example.net:9000"\nLOCAL = "http://localhost:9000"\ns3 = boto3.client("s3", ⟦endpoint_url=MINIO⟧)\ndev = boto3.client("s3", endpoint_url=LOCAL)\nsqs = boto3.client("sqs", ⟦endpoint_url="http://sqs.example.net"⟧)\n', 'an http:// endpoint_url (T11), from a constant: where it is written is related; a loopback one is quiet'),
      messageIncludes: ["endpoint_url 'http://minio.backup.example.net:9000' sends the AWS requests over plain HTTP"],
      related: [['value written here at line 2'], []],
      fixes: [{ title: 'Use https://', output: 'import boto3\nMINIO = "https://minio.backup.example.net:9000"\nLOCAL = "http://localhost:9000"\ns3 = boto3.client("s3", endpoint_url=MINIO)\ndev = boto3.client("s3", endpoint_url=LOCAL)\nsqs = boto3.client("sqs", endpoint_url="http://sqs.example.net")\n' }],
    },
    {
      ...py('EMAIL_HOST = "smtp.sendgrid.net"\nEMAIL_PORT = 587\n⟦EMAIL_USE_TLS = False⟧\nEMAIL_HOST_USER = "apikey"\nEMAIL_HOST_PASSWORD = os.environ["SENDGRID_KEY"]\n', 'Django settings (T12)', 'settings.py'),
      messageIds: ['pyMailSettings'],
      related: [['EMAIL_HOST_PASSWORD is set here at line 5']],
      fixes: [{ title: 'Set EMAIL_USE_TLS = True', output: 'EMAIL_HOST = "smtp.sendgrid.net"\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\nEMAIL_HOST_USER = "apikey"\nEMAIL_HOST_PASSWORD = os.environ["SENDGRID_KEY"]\n' }],
    },
    {
      ...py('EMAIL_HOST = "smtp.mailvendor.net"\nEMAIL_HOST_PASSWORD = os.environ.get("SMTP_PASSWORD")\n⟦EMAIL_USE_TLS = False⟧\n\nif DEBUG:\n    EMAIL_HOST = "localhost"\n    EMAIL_PORT = 1025\n', 'a loopback host only under `if DEBUG:`: the remote one holds otherwise', 'settings.py'),
      messageIncludes: ['Django logs in to smtp.mailvendor.net'],
      fixes: [{ title: 'Set EMAIL_USE_TLS = True', output: 'EMAIL_HOST = "smtp.mailvendor.net"\nEMAIL_HOST_PASSWORD = os.environ.get("SMTP_PASSWORD")\nEMAIL_USE_TLS = True\n\nif DEBUG:\n    EMAIL_HOST = "localhost"\n    EMAIL_PORT = 1025\n' }],
    },
    {
      ...py('app.config["MAIL_SERVER"] = "smtp.example.com"\napp.config["MAIL_USERNAME"] = "bot"\n⟦app.config["MAIL_PASSWORD"] = os.environ["MAIL_PASSWORD"]⟧\n', 'Flask-Mail without TLS or SSL', 'app.py'),
      messageIncludes: ['MAIL_USE_TLS'],
    },
    {
      ...py('import os\nclass Config:\n    MAIL_SERVER = "smtp.office365.com"\n    MAIL_USE_TLS = True\n    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")\nclass DevConfig(Config):\n    MAIL_SERVER = "localhost"\n    MAIL_USE_TLS = False\nclass StagingConfig(Config):\n    MAIL_SERVER = "mail.staging.example.net"\n    ⟦MAIL_USE_TLS = False⟧\n', 'Flask-Mail: a config class turns TLS off, the password comes from its base class', 'config.py'),
      messageIncludes: ['Flask-Mail logs in to mail.staging.example.net'],
      fixes: [{ title: 'Set MAIL_USE_TLS = True', output: 'import os\nclass Config:\n    MAIL_SERVER = "smtp.office365.com"\n    MAIL_USE_TLS = True\n    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")\nclass DevConfig(Config):\n    MAIL_SERVER = "localhost"\n    MAIL_USE_TLS = False\nclass StagingConfig(Config):\n    MAIL_SERVER = "mail.staging.example.net"\n    MAIL_USE_TLS = True\n' }],
    },
  ],
});
