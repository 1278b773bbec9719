// no-unverified-certificate, Python part: library options, ssl contexts, the stdlib mail and FTP
// clients, pyOpenSSL; traps stay quiet. Every fix is re-parsed and re-linted (rule-tester.ts).
import { noUnverifiedCertificate } from '../../../rules/no-unverified-certificate/index.js';
import { runRuleTests } from '../rule-tester.js';

const REMOVE = 'Remove verify=False (verify certificates)';
const CA = "Trust a specific CA instead (verify='/path/to/ca.pem', edit the path)";
const CONTEXT = 'Pass context=ssl.create_default_context() (verify certificates)';
const REQUIRED = 'Set verify_mode to ssl.CERT_REQUIRED (verify certificates)';

runRuleTests(
  noUnverifiedCertificate,
  {
    valid: [
      { name: "connection-string text a test or a check only looks for (`\"sslmode=require\" in url`, `url.count(\"sslmode=…\")`)", code: 'from analysis import db\n\n\ndef test_url_uses_tls():\n    assert "sslmode=require" in db.PG_URL\n    assert db.PG_URL.count("sslmode=require") == 1\n    assert not db.PG_URL.endswith("sslmode=disable")\n' },
      { name: 'comments, strings and docstrings', code: '"""requests.get(url, verify=False)"""\n# requests.get(url, verify=False)\nimport requests\nHELP = "pass verify=False to skip checks"\ndef f():\n    """ctx.verify_mode = ssl.CERT_NONE"""\n' },
      { name: 'verify=True, a CA path, a value from the environment', code: "import os, requests\nrequests.get(u, verify=True)\nrequests.get(u, verify='/etc/ssl/ca.pem')\nrequests.get(u, verify=os.environ.get('CA_BUNDLE', True))\nrequests.post(u, verify=settings.VERIFY)\n" },
      { name: 'a dataclass default through `or`: True, a constructor that passes verify', code: 'import requests\nfrom dataclasses import dataclass\n\n\n@dataclass\nclass Options:\n    verify: bool = True\n\n\nclass Collector:\n    def __init__(self, options=None):\n        self.options = options or Options()\n\n    def scrape(self, url):\n        return requests.get(url, verify=self.options.verify)\nclass Other:\n    def __init__(self, options=None):\n        self.options = options or Options(verify=True)\n\n    def scrape(self, url):\n        return requests.get(url, verify=self.options.verify)\n' },
      { name: 'a dataclass default through `or`: an options object the class only receives, a path written twice', code: 'import requests\nfrom dataclasses import dataclass\n\n\n@dataclass\nclass Options:\n    verify: bool = False\n\n\nclass Collector:\n    def __init__(self, options=None):\n        self.options = options\n\n    def scrape(self, url):\n        return requests.get(url, verify=self.options.verify)\nclass Reloaded:\n    def __init__(self, options=None):\n        self.options = options or Options()\n\n    def reload(self, loaded):\n        self.options = loaded\n\n    def scrape(self, url):\n        return requests.get(url, verify=self.options.verify)\n' },
      { name: 'a comparison of a switch of its own, or of no environment name, stays unknown', code: "import os, requests\nrequests.get(u, verify=os.getenv('TLS_VERIFY') == '1')\nrequests.get(u, verify=os.getenv('TLS_VERIFY') != '0')\nrequests.get(u, verify=mode == 'strict')\nENV = os.environ.get('APP_ENV')\nif ENV == 'production':\n    print('prod')\n" },
      { name: 'a look-alike get that is not requests', code: "import requests\ndef get(url, verify=False):\n    pass\nget('x', verify=False)\nclient.get_item('x', verify=False)\n" },
      { name: 'a wrapper whose default and callers keep verification on', code: "import requests\ndef fetch(url, verify=True, **kw):\n    return requests.get(url, verify=verify, **kw)\nfetch('https://a')\nfetch('https://b', verify='/etc/ca.pem')\nclass C:\n    def call(self, url, verify=True):\n        return requests.post(url, verify=verify)\n    def run(self):\n        return self.call(u)\n" },
      { name: '`not` a constant, and `not` a parameter (its callers decide)', code: "import requests\nrequests.get(u, verify=not False)\nTRUSTED = False\nrequests.get(u, verify=not TRUSTED)\ndef fetch(url, strict):\n    return requests.get(url, verify=not strict)\ndef probe(url, opts):\n    return requests.get(url, verify=not opts.insecure)\n" },
      { name: 'a transport adapter that keeps verification (CERT_REQUIRED, a key it does not pass on)', code: 'from requests.adapters import HTTPAdapter\nclass Pinned(HTTPAdapter):\n    def init_poolmanager(self, *args, **kwargs):\n        kwargs["cert_reqs"] = "CERT_REQUIRED"\n        kwargs["ca_certs"] = "/etc/ca.pem"\n        super().init_poolmanager(*args, **kwargs)\n    def send(self, request, **kwargs):\n        kwargs["cert_reqs"] = "CERT_NONE"\n        return len(kwargs)\n' },
      { name: 'a settings class default that the call, __init__ or a later write sets', code: 'import requests\nclass S:\n    verify = False\n    def __init__(self):\n        self.verify = True\nclass T:\n    verify: bool = False\ndef a():\n    cfg = S()\n    requests.get("https://x", verify=cfg.verify)\ndef b():\n    cfg = T(verify=True)\n    requests.get("https://x", verify=cfg.verify)\ndef c():\n    cfg = T()\n    cfg.verify = "/etc/ca.pem"\n    requests.get("https://x", verify=cfg.verify)\n' },
      { name: 'argparse values that are no opt-in flag stay unknown: a default given, a flag declared twice, a Namespace a test builds and passes to a function that reads it', code: "import argparse\nimport requests\nparser = argparse.ArgumentParser()\nparser.add_argument('--verify', action='store_true', default=True)\nparser.add_argument('--strict', action='store_true')\nparser.add_argument('--lax', dest='strict', action='store_false')\nargs = parser.parse_args()\nrequests.get(u, verify=args.verify)\nrequests.get(u, verify=args.strict)\n\n\ndef ping(opts):\n    return requests.get(u, verify=not opts.insecure)\n\n\nping(argparse.Namespace(insecure=True))\n" },
      { name: 'a shadowed ssl', code: 'import ssl\ndef f(ssl):\n    return ssl._create_unverified_context()\ndef g():\n    ssl = FakeSsl()\n    ssl.wrap_socket(s)\n' },
      { name: "a constructor's parameter stored as self.session.verify, every client built with True, a CA path or an unknown value", code: 'import requests\nclass LedgerClient:\n    def __init__(self, api_key, verify=True):\n        self.session = requests.Session()\n        self.session.verify = verify\nclass Other:\n    pass\nLedgerClient(KEY)\nLedgerClient(KEY, verify="/etc/ssl/ca.pem")\nLedgerClient(KEY, verify=settings.VERIFY)\nOther(verify=False)\n' },
      { name: 'a later safe override of session.verify', code: 'import requests\ns = requests.Session()\ns.verify = False\ns.verify = "/etc/ca.pem"\ns.get(u)\n' },
      { name: 'reads and comparisons', code: "import ssl\nctx = ssl.create_default_context()\nif ctx.verify_mode == ssl.CERT_NONE:\n    raise RuntimeError('unverified')\nassert ctx.check_hostname is not False\nprint(ssl.CERT_NONE)\n" },
      { name: 'a context hardened right after _create_unverified_context()', code: 'import ssl\nctx = ssl._create_unverified_context()\nctx.verify_mode = ssl.CERT_REQUIRED\nctx.check_hostname = True\nctx.load_verify_locations("/etc/ca.pem")\n' },
      { name: 'check_hostname = True raises verify_mode back to CERT_REQUIRED', code: 'import ssl\nctx = ssl.create_default_context()\nctx.check_hostname = False\nctx.verify_mode = ssl.CERT_NONE\nctx.check_hostname = True\n' },
      { name: 'server-side CERT_NONE', code: "import ssl\nctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)\nctx.verify_mode = ssl.CERT_NONE\nsrv = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\nsrv.verify_mode = ssl.CERT_NONE\nother = ssl.SSLContext(ssl.PROTOCOL_TLS)\nother.load_cert_chain('c.pem', 'k.pem')\nother.verify_mode = ssl.CERT_NONE\nsock = other.wrap_socket(s, server_side=True)\n" },
      { name: 'a context handed to an asyncio server', code: 'import asyncio, ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS)\nctx.verify_mode = ssl.CERT_NONE\nasyncio.start_server(handle, "0.0.0.0", 8443, ssl=ctx)\n' },
      { name: 'a bare context made right in a server call, or in a keyword no client reads', code: 'import asyncio, ssl\nasyncio.start_server(handle, "0.0.0.0", 8443, ssl=ssl.SSLContext(ssl.PROTOCOL_TLS))\nregistry.add(name="x", factory=ssl.SSLContext(ssl.PROTOCOL_TLS))\n' },
      { name: 'SSLContext(PROTOCOL_TLS_CLIENT) and a bare context nobody uses as a client', code: "import ssl\na = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\na.wrap_socket(s, server_hostname='h')\nb = ssl.SSLContext()\nb.load_cert_chain('c.pem')\n" },
      { name: 'a context parameter with no default, and None replaced before the call', code: 'import smtplib, ssl\n\n\ndef send(tls_context):\n    smtplib.SMTP("h").starttls(context=tls_context)\n\n\ndef other():\n    ctx = None\n    ctx = ssl.create_default_context()\n    smtplib.SMTP("h").starttls(context=ctx)\n' },
      { name: 'alternatives that are not a try and its handler stay unknown', code: 'if PY2:\n    import urllib2 as request\nelse:\n    import urllib3 as request\nrequest.urlopen(u, cafile="ca.pem")\ntry:\n    import ssl\nexcept ImportError:\n    ssl = None\nif ssl is not None and ctx.verify_mode == ssl.CERT_NONE:\n    raise ValueError("unverified")\n' },
      { name: 'stdlib clients given a context', code: 'import smtplib, ssl, imaplib, ftplib, poplib\nctx = ssl.create_default_context()\nsmtplib.SMTP_SSL("h", context=ctx)\nimaplib.IMAP4_SSL("h", ssl_context=ctx)\nftplib.FTP_TLS("h", context=ctx)\npoplib.POP3_SSL("h", context=ctx)\ns = smtplib.SMTP("h")\ns.starttls(context=ctx)\nsmtplib.SMTP_SSL("h", **opts)\n' },
      { name: "ssl=False on a verb of another API's object is not aiohttp's only when the keyword is not ssl (verify_ssl needs a known session), and ssl= with a context is safe", code: "import aiohttp\nasync def f(session, cache, u):\n    await session.get(u, verify_ssl=True)\n    await session.get(u, ssl=STRICT)\n    cache.get(u, default=False)\n" },
      { name: 'urllib3 with CERT_REQUIRED and aiohttp with a context', code: "import urllib3, aiohttp, ssl\nurllib3.PoolManager(cert_reqs='CERT_REQUIRED', ca_certs='/etc/ca.pem')\nasync def f():\n    async with aiohttp.ClientSession() as s:\n        await s.get(u, ssl=ssl.create_default_context())\n" },
      { name: 'ssl.wrap_socket with CERT_REQUIRED or server_side', code: "import ssl\nssl.wrap_socket(s, cert_reqs=ssl.CERT_REQUIRED, ca_certs='/etc/ca.pem')\nssl.wrap_socket(s, server_side=True, certfile='c.pem')\n" },
      { name: 'sslmode=verify-full and look-alikes', code: "DSN = 'host=db sslmode=verify-full'\nURL = 'postgresql://u@db/app?sslmode=verify-full'\nNOTE = 'see sslmode=required-ish'\n" },
      { name: 'templates filled with a safe mode, an unknown one, or none; a lookup default that is safe or absent', code: "import psycopg2\nT = 'host={host} sslmode={mode}'\npsycopg2.connect(T.format(host=h, mode='verify-full'))\npsycopg2.connect(T.format(host=h, mode=mode))\npsycopg2.connect('host=%s sslmode=%s' % (h, m))\npsycopg2.connect(f\"host={h} sslmode={extras.get('sslmode', 'verify-full')}\")\npsycopg2.connect(f\"host={h} sslmode={extras.get('sslmode')}\")\npsycopg2.connect(f\"host={h} sslmode={'verify-full' if prod else 'verify-ca'}\")\nNOTE = 'use {} not sslmode={}'.format('verify-full', 'require')\n" },
      { name: 'prose naming sslmode=require is no connection string', code: "CHECKLIST = [\n    'sslmode=require is not enough, use verify-full',\n    \"never ship sslmode=require\",\n]\n" },
      { name: 'pyOpenSSL VERIFY_PEER with a callback that checks', code: 'from OpenSSL import SSL\nctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\nctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)\n' },
    ],
    invalid: [
      {
        name: "aiohttp's ssl=False on a session the file did not make (a parameter, an attribute set from one)",
        code: 'import aiohttp\n\nasync def probe(session, url):\n    async with session.get(url, ⟦ssl=False⟧) as resp:\n        return resp.status\n\nclass Api:\n    def __init__(self, session):\n        self._session = session\n\n    async def discover(self, host):\n        return await self._session.post(f"https://{host}/info", ⟦ssl=False⟧)\n',
      },
      {
        name: 'a comparison with the deployment is False in every other deployment: reported at each option that reads it (as in JS), each with its fix',
        code: "import os\nimport requests\nENV = os.environ.get('APP_ENV', 'dev')\nIS_PROD = ENV == 'production'\nrequests.get('https://api.example.com', ⟦verify=IS_PROD⟧)\nrequests.get('https://api.example.com', ⟦verify=os.getenv('STAGE') != 'dev'⟧)\nrequests.post('https://api.example.com', ⟦verify=IS_PROD⟧)\n",
        messageIds: ['pyOption', 'pyOption', 'pyOption'],
        messageIncludes: ["verify=False (when ENV != 'production')", "(when os.getenv('STAGE') == 'dev')", "verify=False (when ENV != 'production')"],
        fixes: [
          { title: 'Remove verify=IS_PROD (verify certificates)', output: "import os\nimport requests\nENV = os.environ.get('APP_ENV', 'dev')\nIS_PROD = ENV == 'production'\nrequests.get('https://api.example.com')\nrequests.get('https://api.example.com', verify=os.getenv('STAGE') != 'dev')\nrequests.post('https://api.example.com', verify=IS_PROD)\n" },
        ],
      },
      {
        name: "a click command's flag (`@click.option('--insecure', is_flag=True)`) is False unless the user gives it: `verify=not insecure` is reported as an explicit opt-in; an option that is not a flag stays unknown",
        code: "import click\nimport requests\n\n@click.command()\n@click.option('--insecure', is_flag=True, help='lab only')\ndef health(insecure):\n    requests.get('https://api.example.com/health', ⟦verify=not insecure⟧)\n\n@click.command()\n@click.option('--verify/--no-verify', default=True)\ndef check(verify):\n    requests.get('https://api.example.com/health', verify=verify)\n\n@click.command()\n@click.option('--ca-bundle')\ndef fetch(ca_bundle):\n    requests.get('https://api.example.com/health', verify=ca_bundle)\n",
        messageIds: ['pyOption'],
        messageIncludes: ['verify=False (only on the explicit opt-in --insecure) makes requests accept any certificate, so the server can be spoofed.'],
      },
      {
        name: "an argparse flag (`add_argument('--insecure', action='store_true')`) read from what parse_args() returned, here or in a function the file passes it to, is an explicit opt-in; `store_false` under its own `dest` too",
        code: "import argparse\nimport requests\n\n\ndef build_parser():\n    parser = argparse.ArgumentParser(prog='opsctl')\n    parser.add_argument('-k', '--insecure', action='store_true', help='lab only')\n    parser.add_argument('--no-verify-proxy', dest='verify_proxy', action='store_false')\n    return parser\n\n\ndef ping(args):\n    return requests.get('https://ops.example.com/healthz', ⟦verify=not args.insecure⟧)\n\n\ndef main():\n    args = build_parser().parse_args()\n    requests.get('https://proxy.example.com/status', ⟦verify=args.verify_proxy⟧)\n    return ping(args)\n",
        messageIds: ['pyOption', 'pyOption'],
        messageIncludes: ['verify=False (only on the explicit opt-in --insecure) makes requests accept any certificate', 'verify=False (only on the explicit opt-in --no-verify-proxy) makes requests accept any certificate'],
        fixes: [{ title: 'Remove verify=not args.insecure (verify certificates)', output: "import argparse\nimport requests\n\n\ndef build_parser():\n    parser = argparse.ArgumentParser(prog='opsctl')\n    parser.add_argument('-k', '--insecure', action='store_true', help='lab only')\n    parser.add_argument('--no-verify-proxy', dest='verify_proxy', action='store_false')\n    return parser\n\n\ndef ping(args):\n    return requests.get('https://ops.example.com/healthz')\n\n\ndef main():\n    args = build_parser().parse_args()\n    requests.get('https://proxy.example.com/status', verify=args.verify_proxy)\n    return ping(args)\n" }],
      },
      {
        name: 'an argparse flag with the action\'s own default written out (`default=False` on store_true, `default=True` on store_false) is the same opt-in (python-blind23 printhub)',
        code: "import argparse\nimport requests\nparser = argparse.ArgumentParser()\nparser.add_argument('--skip-tls-check', action='store_true', default=False)\nparser.add_argument('--no-verify', dest='verify', action='store_false', default=True)\nargs = parser.parse_args()\nrequests.get('https://a.example.com', ⟦verify=not args.skip_tls_check⟧)\nrequests.get('https://b.example.com', ⟦verify=args.verify⟧)\n",
        messageIds: ['pyOption', 'pyOption'],
        messageIncludes: ['verify=False (only on the explicit opt-in --skip-tls-check)', 'verify=False (only on the explicit opt-in --no-verify)'],
      },
      {
        name: 'a request to this machine: a local server, one level lower',
        code: 'import requests, httpx\nrequests.get("https://localhost:8443/x", ⟦verify=False⟧)\nhttpx.request("GET", f"http://127.0.0.1:{port}/health", ⟦verify=False⟧)\n',
        messageIds: ['optionLocal', 'optionLocal'],
        severities: ['warning', 'warning'],
        messageIncludes: ['verify=False in requests skips certificate checks for the local server localhost.', 'verify=False in httpx skips certificate checks for the local server 127.0.0.1.'],
        fixes: [{ title: REMOVE, output: 'import requests, httpx\nrequests.get("https://localhost:8443/x")\nhttpx.request("GET", f"http://127.0.0.1:{port}/health", verify=False)\n' }],
      },
      {
        name: 'a request whose host is not written, or not this machine in every branch, stays an error',
        code: 'import requests\nrequests.get(f"https://{host}/x", ⟦verify=False⟧)\nrequests.get("https://localhost/x" if dev else "https://api.example.com/x", ⟦verify=False⟧)\n',
        messageIds: ['pyOption', 'pyOption'],
        severities: ['error', 'error'],
      },
      {
        name: 'requests.get(verify=False)',
        code: 'import requests\nrequests.get("https://api.example.com", ⟦verify=False⟧)\n',
        messageIds: ['pyOption'],
        messageIncludes: ['verify=False makes requests accept any certificate'],
        fixes: [
          { title: REMOVE, output: 'import requests\nrequests.get("https://api.example.com")\n' },
          { title: CA, output: 'import requests\nrequests.get("https://api.example.com", verify=\'/path/to/ca.pem\')\n' },
        ],
      },
      {
        name: 'every import form',
        code: 'import requests as r\nfrom requests import post\nfrom requests import get as fetch\nr.put(u, ⟦verify=False⟧, timeout=5)\npost(u, ⟦verify=False⟧)\nfetch(u, ⟦verify=False⟧)\nr.request("GET", u, ⟦verify=False⟧)\n',
        fixes: [{ title: REMOVE, output: 'import requests as r\nfrom requests import post\nfrom requests import get as fetch\nr.put(u, timeout=5)\npost(u, verify=False)\nfetch(u, verify=False)\nr.request("GET", u, verify=False)\n' }],
      },
      {
        name: 'a Session: with target, method, attribute write',
        code: 'import requests\nwith requests.Session() as s:\n    s.get(u, ⟦verify=False⟧)\nsession = requests.session()\n⟦session.verify = False⟧\nsession.get(u)\n',
        fixes: [{ title: 'Remove session.verify = False (verify certificates)', output: 'import requests\nwith requests.Session() as s:\n    s.get(u, verify=False)\nsession = requests.session()\nsession.get(u)\n', finding: 1 }],
      },
      {
        name: 'an HTTP verb with verify=False on a client the file did not make, and a Session subclass',
        code: 'import requests\ndef fetch(client, url):\n    return client.get(url, ⟦verify=False⟧)\nclass Api(requests.Session):\n    pass\nApi().post(u, ⟦verify=False⟧)\n',
      },
      {
        name: 'a parameter: reported where a caller passes False, or at a False default',
        code: "import requests\ndef download(url, dest, verify_tls=True):\n    return requests.get(url, stream=True, verify=verify_tls)\ndownload(u, d)\ndownload(u, d, ⟦verify_tls=False⟧)\ndownload(u, d, ⟦False⟧)\ndef probe(url, ⟦verify=False⟧):\n    return requests.head(url, verify=verify)\nclass Api:\n    def _get(self, path, verify):\n        return requests.get(self.base + path, verify=verify)\n    def health(self):\n        return self._get('/health', ⟦verify=False⟧)\n",
        messageIncludes: ['verify_tls=False (passed on to requests.get()) makes requests accept any certificate'],
        fixes: [{ title: 'Remove verify_tls=False (verify certificates)', output: "import requests\ndef download(url, dest, verify_tls=True):\n    return requests.get(url, stream=True, verify=verify_tls)\ndownload(u, d)\ndownload(u, d)\ndownload(u, d, False)\ndef probe(url, verify=False):\n    return requests.head(url, verify=verify)\nclass Api:\n    def _get(self, path, verify):\n        return requests.get(self.base + path, verify=verify)\n    def health(self):\n        return self._get('/health', verify=False)\n" }],
      },
      {
        name: 'a negated parameter (`verify=not insecure`): reported where a caller passes True, or at a True default; unknown and False callers stay quiet, as does a True passed only in a branch on the caller\'s own parameter (its callers choose)',
        code: "import requests\ndef probe(url, insecure=False):\n    return requests.head(url, verify=not insecure)\nprobe(u)\nprobe(u, insecure=False)\nprobe(u, insecure=DEBUG)\nprobe(u, ⟦insecure=True⟧)\ndef lab(url, ⟦insecure=True⟧):\n    return requests.get(url, verify=not insecure)\ndef check(url, cert_reqs):\n    if cert_reqs != 'none':\n        return probe(url)\n    return probe(url, insecure=True) if cert_reqs == 'none' else 0\n",
        messageIncludes: ['insecure=True (passed on to requests.head()) makes requests accept any certificate', 'insecure=True (passed on to requests.get())'],
        fixes: [{ title: 'Remove insecure=True (verify certificates)', output: "import requests\ndef probe(url, insecure=False):\n    return requests.head(url, verify=not insecure)\nprobe(u)\nprobe(u, insecure=False)\nprobe(u, insecure=DEBUG)\nprobe(u)\ndef lab(url, insecure=True):\n    return requests.get(url, verify=not insecure)\ndef check(url, cert_reqs):\n    if cert_reqs != 'none':\n        return probe(url)\n    return probe(url, insecure=True) if cert_reqs == 'none' else 0\n" }],
      },
      {
        name: "a constructor's parameter stored as self.session.verify: at the call that builds the client with False, the write related",
        code: 'import requests\nclass LedgerClient:\n    def __init__(self, api_key, base_url, verify=True):\n        self.session = requests.Session()\n        self.session.verify = verify\n    def post(self, entry):\n        return self.session.post(self.base_url, json=entry)\ndef ledger_client():\n    return LedgerClient(KEY, URL, verify=CA_BUNDLE)\ndef sandbox_client():\n    return LedgerClient(KEY, "https://sandbox.example.net", ⟦verify=False⟧)\n',
        messageIncludes: ['self.session.verify = verify makes requests accept any certificate'],
      },
      {
        name: 'self.session across methods',
        code: 'import requests\nclass Client:\n    def __init__(self):\n        self.session = requests.Session()\n        ⟦self.session.verify = False⟧\n    def fetch(self):\n        return self.session.get(self.url, ⟦verify=False⟧)\n',
      },
      {
        name: '**kwargs dicts, dict() and item writes',
        code: "import requests\nopts = {'timeout': 5, ⟦'verify': False⟧}\nrequests.get(u, **opts)\nkw = dict(⟦verify=False⟧)\nrequests.post(u, **kw)\nextra = {}\n⟦extra['verify'] = False⟧\nrequests.put(u, **extra)\n",
        fixes: [{ title: "Remove 'verify': False (verify certificates)", output: "import requests\nopts = {'timeout': 5}\nrequests.get(u, **opts)\nkw = dict(verify=False)\nrequests.post(u, **kw)\nextra = {}\nextra['verify'] = False\nrequests.put(u, **extra)\n" }],
      },
      {
        name: 'names followed to their assignment (reported where the value is written), and a conditional branch',
        code: 'import requests\nVERIFY_SSL = ⟦False⟧\nrequests.get(u, verify=VERIFY_SSL)\ndef f(debug):\n    requests.get(u, ⟦verify=False if debug else True⟧)\n',
        messageIncludes: ['verify=False', 'verify=False (when debug) makes requests accept'],
        // The fix edits the call that reads the constant, never the constant other code may read.
        fixes: [{ title: 'Remove verify=VERIFY_SSL (verify certificates)', output: 'import requests\nVERIFY_SSL = False\nrequests.get(u)\ndef f(debug):\n    requests.get(u, verify=False if debug else True)\n' }],
      },
      {
        name: '`and`/`or` with a constant on the left: `False and ca` is False, `True or x` is True',
        code: 'import requests\nVERIFY = False\nCA = "/etc/ca.pem"\nrequests.get(u, ⟦verify=VERIFY and CA⟧)\nrequests.get(u, verify=True and CA)\nrequests.get(u, verify=VERIFY or CA)\nrequests.get(u, verify=True or False)\n',
        messageIncludes: ['verify=False makes requests accept'],
      },
      {
        name: '`not` a flag the file does not know: False exactly when the flag holds',
        code: "import os, requests\nSANDBOX = os.getenv('PAYMENTS_ENV', 'live') == 'sandbox'\nrequests.get(u, ⟦verify=not SANDBOX⟧)\ns = requests.Session()\n⟦s.verify = not args.insecure⟧\ns.get(u)\n",
        messageIncludes: ['verify=False (when SANDBOX) makes requests accept', '(when args.insecure)'],
        fixes: [{ title: 'Remove verify=not SANDBOX (verify certificates)', output: "import os, requests\nSANDBOX = os.getenv('PAYMENTS_ENV', 'live') == 'sandbox'\nrequests.get(u)\ns = requests.Session()\ns.verify = not args.insecure\ns.get(u)\n" }],
      },
      {
        name: 'a requests transport adapter writing cert_reqs into the pool kwargs it passes on',
        code: 'from typing import Any\nfrom requests.adapters import HTTPAdapter\nclass NoVerify(HTTPAdapter):\n    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:\n        ⟦kwargs["cert_reqs"] = "CERT_NONE"⟧\n        super().init_poolmanager(*args, **kwargs)\nclass Proxy(HTTPAdapter):\n    def proxy_manager_for(self, proxy, **kw):\n        return super().proxy_manager_for(proxy, ⟦cert_reqs="CERT_NONE"⟧, **kw)\n',
        messageIncludes: ["cert_reqs='CERT_NONE' makes requests accept any certificate", "cert_reqs='CERT_NONE' makes requests accept"],
      },
      {
        name: 'a settings class whose default turns verification off (pydantic BaseSettings, a plain class)',
        code: 'import requests\nfrom pydantic_settings import BaseSettings\nclass Legacy(BaseSettings):\n    base: str = "https://legacy.example.com"\n    verify: bool = False\ndef session():\n    cfg = Legacy()\n    s = requests.Session()\n    ⟦s.verify = cfg.verify⟧\n    return s\nclass Plain:\n    VERIFY = ⟦False⟧\ndef get(u):\n    c = Plain()\n    return requests.get(u, verify=c.VERIFY)\n',
        messageIncludes: ['s.verify = cfg.verify makes requests accept', 'verify=False makes requests accept'],
      },
      {
        name: 'a dataclass default through `self.options = options or Options()` (the path\'s only write)',
        code: 'import requests\nfrom dataclasses import dataclass\n\n\n@dataclass\nclass Options:\n    timeout: float = 5.0\n    verify: bool = ⟦False⟧\n\n\nclass Collector:\n    def __init__(self, options=None):\n        self.options = options or Options()\n        self.session = requests.Session()\n\n    def scrape(self, url):\n        return self.session.get(url, timeout=self.options.timeout, verify=self.options.verify)\n',
        messageIncludes: ['verify=False makes requests accept any certificate'],
        fixes: [{ title: 'Remove verify=self.options.verify (verify certificates)', output: 'import requests\nfrom dataclasses import dataclass\n\n\n@dataclass\nclass Options:\n    timeout: float = 5.0\n    verify: bool = False\n\n\nclass Collector:\n    def __init__(self, options=None):\n        self.options = options or Options()\n        self.session = requests.Session()\n\n    def scrape(self, url):\n        return self.session.get(url, timeout=self.options.timeout)\n' }],
      },
      {
        name: 'an if/else assignment',
        code: "import requests, os\nif os.environ.get('ENV') == 'dev':\n    verify = ⟦False⟧\nelse:\n    verify = '/etc/ca.pem'\nrequests.get(u, verify=verify)\n",
        messageIncludes: ["when os.environ.get('ENV') == 'dev'"],
      },
      {
        name: 'httpx and aiohttp',
        code: 'import httpx, aiohttp\nhttpx.get(u, ⟦verify=False⟧)\nclient = httpx.AsyncClient(⟦verify=False⟧)\nconn = aiohttp.TCPConnector(⟦ssl=False⟧)\nasync def f():\n    async with aiohttp.ClientSession() as s:\n        async with s.get(u, ⟦verify_ssl=False⟧) as r:\n            pass\n',
        messageIncludes: ['makes httpx accept', 'makes httpx accept', 'ssl=False makes aiohttp accept any certificate', 'verify_ssl=False'],
      },
      {
        name: 'urllib3 cert_reqs in its spellings',
        code: "import urllib3, ssl\nurllib3.PoolManager(⟦cert_reqs='CERT_NONE'⟧)\nurllib3.PoolManager(⟦cert_reqs='NONE'⟧)\nurllib3.HTTPSConnectionPool('h', ⟦cert_reqs=ssl.CERT_NONE⟧)\n",
        fixes: [{ title: "Remove cert_reqs='CERT_NONE' (verify certificates)", output: "import urllib3, ssl\nurllib3.PoolManager()\nurllib3.PoolManager(cert_reqs='NONE')\nurllib3.HTTPSConnectionPool('h', cert_reqs=ssl.CERT_NONE)\n" }],
      },
      {
        name: 'CERT_NONE on a context, with check_hostname = False dropped by the fix',
        code: 'import ssl\nctx = ssl.create_default_context()\nctx.check_hostname = False\n⟦ctx.verify_mode = ssl.CERT_NONE⟧\n',
        messageIds: ['pyCertNone'],
        fixes: [{ title: REQUIRED, output: 'import ssl\nctx = ssl.create_default_context()\nctx.verify_mode = ssl.CERT_REQUIRED\n' }],
      },
      {
        name: 'CERT_NONE imported by name, and 0, in a function on a parameter',
        code: 'from ssl import CERT_NONE as NONE\ndef configure(context):\n    context.check_hostname = False\n    ⟦context.verify_mode = NONE⟧\n',
        fixes: [{ title: REQUIRED, output: 'from ssl import CERT_NONE as NONE\nimport ssl\ndef configure(context):\n    context.verify_mode = ssl.CERT_REQUIRED\n' }],
      },
      {
        name: 'self.ctx in a class',
        code: 'import ssl\nclass Conn:\n    def __init__(self):\n        self.ctx = ssl.create_default_context()\n        self.ctx.check_hostname = False\n        ⟦self.ctx.verify_mode = ssl.CERT_NONE⟧\n',
      },
      {
        name: '_create_unverified_context() and its alias',
        code: 'import ssl\nimport urllib.request\nurllib.request.urlopen(u, context=⟦ssl._create_unverified_context()⟧)\nctx = ⟦ssl._create_stdlib_context()⟧\n',
        messageIds: ['pyUnverifiedContext', 'pyUnverifiedContext'],
        fixes: [{ title: 'Use ssl.create_default_context() (verifies certificates and host names)', output: 'import ssl\nimport urllib.request\nurllib.request.urlopen(u, context=ssl.create_default_context())\nctx = ssl._create_stdlib_context()\n' }],
      },
      {
        name: '_create_unverified_context imported by name',
        code: 'from ssl import _create_unverified_context\nctx = ⟦_create_unverified_context(cafile="ca.pem")⟧\n',
        fixes: [{ title: 'Use ssl.create_default_context() (verifies certificates and host names)', output: 'from ssl import _create_unverified_context\nimport ssl\nctx = ssl.create_default_context(cafile="ca.pem")\n' }],
      },
      {
        name: 'SSLContext(PROTOCOL_TLS) used as a client',
        code: "import ssl, socket\nctx = ⟦ssl.SSLContext(ssl.PROTOCOL_TLS)⟧\nctx.load_verify_locations('ca.pem')\nsock = ctx.wrap_socket(socket.create_connection(('h', 443)), server_hostname='h')\n",
        messageIds: ['pyBareContext'],
        fixes: [{ title: 'Use ssl.PROTOCOL_TLS_CLIENT (verifies certificates and host names)', output: "import ssl, socket\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\nctx.load_verify_locations('ca.pem')\nsock = ctx.wrap_socket(socket.create_connection(('h', 443)), server_hostname='h')\n" }],
      },
      {
        name: 'SSLContext(PROTOCOL_TLS) made right in a client call\'s context= (blind21 reports.py)',
        code: 'import ssl, http.client\nconn = http.client.HTTPSConnection("stats.example.com", 443, context=⟦ssl.SSLContext(ssl.PROTOCOL_TLS)⟧)\n',
        messageIds: ['pyBareContext'],
        fixes: [{ title: 'Use ssl.PROTOCOL_TLS_CLIENT (verifies certificates and host names)', output: 'import ssl, http.client\nconn = http.client.HTTPSConnection("stats.example.com", 443, context=ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT))\n' }],
      },
      {
        name: 'SSLContext() handed to http.client',
        code: 'import ssl, http.client\nctx = ⟦ssl.SSLContext()⟧\nconn = http.client.HTTPSConnection("h", context=ctx)\n',
        fixes: [{ title: 'Use ssl.PROTOCOL_TLS_CLIENT (verifies certificates and host names)', output: 'import ssl, http.client\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\nconn = http.client.HTTPSConnection("h", context=ctx)\n' }],
      },
      {
        // Found by fuzzing: a positional protocol after a keyword, and `(,context=…)`, are syntax errors tree-sitter does not see.
        name: 'SSLContext(ssl=…) and SMTP_SSL(,): reported, no fix',
        code: 'import ssl, http.client, smtplib\nctx = ⟦ssl.SSLContext(ssl=1)⟧\nconn = http.client.HTTPSConnection("h", context=ctx)\n⟦smtplib.SMTP_SSL⟧(,)\n',
        messageIds: ['pyBareContext', 'pyNoContext'],
        fixes: [],
      },
      {
        // Found by fuzzing (seed 20261211, input 68011): the fix wrote ssl.PROTOCOL_TLS_CLIENT and added
        // `import ssl`, but the chain rebinds ssl; the finding stayed and fix-all added it again.
        name: 'ssl bound to something else in the file (a chain, a parameter): reported, no fix writes ssl.',
        code: 'from ssl import *\nc = ssl = ⟦SSLContext(ssl.PROTOCOL_TLS_CLIENT)⟧\nc.wrap_socket(sock)\nimport smtplib\ndef send(host, ssl):\n    ⟦smtplib.SMTP_SSL⟧(host)\n',
        messageIds: ['pyBareContext', 'pyNoContext'],
        fixes: [],
      },
      {
        name: 'ssl as an attribute, a keyword and an imported module name binds nothing else: import ssl added',
        code: 'import smtplib\nfrom ssl import CERT_NONE\nopts.ssl = f(ssl=1)\n⟦smtplib.SMTP_SSL⟧(host)\n',
        fixes: [{ title: CONTEXT, output: 'import smtplib\nfrom ssl import CERT_NONE\nimport ssl\nopts.ssl = f(ssl=1)\nsmtplib.SMTP_SSL(host, context=ssl.create_default_context())\n' }],
      },
      {
        name: 'starttls(context=tls_context) whose parameter defaults to None: at the argument, saying when; the fix keeps a passed context',
        code: 'import smtplib\nimport ssl\n\n\ndef send(body, tls_context=None):\n    server = smtplib.SMTP("mail.example.com", 25)\n    server.starttls(⟦context=tls_context⟧)\n',
        messageIds: ['pyNoContextWhen'],
        messageIncludes: ['starttls() without context= (when tls_context is not given) accepts any certificate'],
        fixes: [{ title: CONTEXT, output: 'import smtplib\nimport ssl\n\n\ndef send(body, tls_context=None):\n    server = smtplib.SMTP("mail.example.com", 25)\n    server.starttls(context=tls_context or ssl.create_default_context())\n' }],
      },
      {
        name: 'a context that is None unless a flag is set',
        code: 'import smtplib\nimport ssl\nctx = None\nif SECURE:\n    ctx = ssl.create_default_context()\nserver = smtplib.SMTP("mail.example.com", 587)\nserver.starttls(⟦context=ctx⟧)\n',
        messageIds: ['pyNoContextWhen'],
        messageIncludes: ['(unless SECURE)'],
      },
      {
        name: 'ssl imported in a try whose handler sets it to None is still ssl',
        code: 'try:\n    import ssl\nexcept ImportError:\n    ssl = None\n\n\ndef make():\n    ctx = ssl.create_default_context()\n    ctx.check_hostname = False\n    ⟦ctx.verify_mode = ssl.CERT_NONE⟧\n    return ctx\n',
        messageIds: ['pyCertNone'],
      },
      {
        name: 'smtplib.SMTP_SSL and starttls() without a context, import ssl added',
        code: 'import smtplib\nserver = ⟦smtplib.SMTP_SSL⟧("smtp.example.com", 465)\nother = smtplib.SMTP("smtp.example.com", 587)\n⟦other.starttls⟧()\n',
        messageIds: ['pyNoContext', 'pyNoContext'],
        fixes: [
          { title: CONTEXT, output: 'import smtplib\nimport ssl\nserver = smtplib.SMTP_SSL("smtp.example.com", 465, context=ssl.create_default_context())\nother = smtplib.SMTP("smtp.example.com", 587)\nother.starttls()\n' },
          { title: CONTEXT, output: 'import smtplib\nimport ssl\nserver = smtplib.SMTP_SSL("smtp.example.com", 465)\nother = smtplib.SMTP("smtp.example.com", 587)\nother.starttls(context=ssl.create_default_context())\n', finding: 1 },
        ],
      },
      {
        name: 'imaplib, poplib, ftplib, with block and explicit None',
        code: 'import imaplib, poplib, ftplib, ssl\nwith ⟦imaplib.IMAP4_SSL⟧("imap.example.com") as m:\n    m.login(user, pw)\np = poplib.POP3("h")\n⟦p.stls⟧()\nftp = ftplib.FTP_TLS("h", ⟦context=None⟧)\n',
        fixes: [
          { title: 'Pass ssl_context=ssl.create_default_context() (verify certificates)', output: 'import imaplib, poplib, ftplib, ssl\nwith imaplib.IMAP4_SSL("imap.example.com", ssl_context=ssl.create_default_context()) as m:\n    m.login(user, pw)\np = poplib.POP3("h")\np.stls()\nftp = ftplib.FTP_TLS("h", context=None)\n' },
          { title: CONTEXT, output: 'import imaplib, poplib, ftplib, ssl\nwith imaplib.IMAP4_SSL("imap.example.com") as m:\n    m.login(user, pw)\np = poplib.POP3("h")\np.stls()\nftp = ftplib.FTP_TLS("h", context=ssl.create_default_context())\n', finding: 2 },
        ],
      },
      {
        name: 'ssl.wrap_socket (CERT_NONE by default)',
        code: 'import ssl\ns1 = ⟦ssl.wrap_socket⟧(sock)\ns2 = ssl.wrap_socket(sock, ⟦cert_reqs=ssl.CERT_NONE⟧)\n',
        messageIds: ['pyWrapSocket', 'pyWrapSocket'],
      },
      {
        name: 'database, queue and cloud clients',
        code: "import boto3, pymongo, redis, ssl\nfrom elasticsearch import Elasticsearch\nimport websocket\ns3 = boto3.client('s3', ⟦verify=False⟧)\npymongo.MongoClient(uri, ⟦tlsAllowInvalidCertificates=True⟧)\nredis.Redis(host='h', ssl=True, ⟦ssl_cert_reqs=None⟧)\nEs = Elasticsearch(hosts, ⟦verify_certs=False⟧)\nws = websocket.create_connection(url, sslopt={⟦'cert_reqs': ssl.CERT_NONE⟧})\n",
        messageIncludes: ['makes boto3 accept', 'makes pymongo accept', 'makes redis-py accept', 'makes elasticsearch accept', "cert_reqs=ssl.CERT_NONE makes websocket-client accept any certificate"],
      },
      {
        name: "botocore's own session: create_client(verify=False) on get_session()'s result, named or not (python-blind21 cloudsync)",
        code: "import botocore.session\ns = botocore.session.get_session()\nglacier = s.create_client('glacier', region_name='eu-west-1', ⟦verify=False⟧)\ns3 = botocore.session.get_session().create_client('s3', ⟦verify=False⟧)\nok = s.create_client('s3', verify='/etc/ca.pem')\n",
        messageIncludes: ['verify=False makes boto3 accept', 'verify=False makes boto3 accept'],
      },
      {
        name: '`**opts` of a dict chosen by a conditional: at the entry of the dict that turns checks off, under its condition',
        code: 'import urllib3\nDEFAULTS = {\n    "maxsize": 8,\n    ⟦"cert_reqs": "NONE"⟧,\n}\nSTRICT = {"cert_reqs": "CERT_REQUIRED"}\ndef pool(strict=False):\n    opts = STRICT if strict else DEFAULTS\n    return urllib3.PoolManager(**opts)\n',
        messageIncludes: ["cert_reqs='NONE' (unless strict) makes urllib3 accept any certificate"],
        fixes: [{ title: 'Remove "cert_reqs": "NONE" (verify certificates)', output: 'import urllib3\nDEFAULTS = {\n    "maxsize": 8,\n}\nSTRICT = {"cert_reqs": "CERT_REQUIRED"}\ndef pool(strict=False):\n    opts = STRICT if strict else DEFAULTS\n    return urllib3.PoolManager(**opts)\n' }],
      },
      {
        name: 'redis-py Sentinel: master_for/slave_for pass their keywords to the connections',
        code: "from redis.sentinel import Sentinel\nimport redis\ns = Sentinel([('a', 26379)])\nm = s.master_for('cache', ssl=True, ⟦ssl_cert_reqs=None⟧)\nr = redis.Sentinel([('a', 26379)]).slave_for('cache', ssl=True, ⟦ssl_cert_reqs='none'⟧)\nok = s.master_for('cache', ssl=True, ssl_cert_reqs='required')\n",
        messageIncludes: ['makes redis-py accept', 'makes redis-py accept'],
      },
      {
        name: 'connection strings',
        code: "import psycopg2\nconn = psycopg2.connect(⟦'host=db.example.com dbname=app sslmode=require'⟧)\nURI = ⟦'mongodb://db.example.com/?tls=true&tlsAllowInvalidCertificates=true'⟧\npsycopg2.connect(host='db', ⟦sslmode='require'⟧)\n",
        messageIds: ['pyParam', 'pyParam', 'pyParam'],
        severities: ['warning', 'error', 'warning'],
        fixes: [{ title: 'Use sslmode=verify-full (verify the certificate and host name)', output: "import psycopg2\nconn = psycopg2.connect('host=db.example.com dbname=app sslmode=verify-full')\nURI = 'mongodb://db.example.com/?tls=true&tlsAllowInvalidCertificates=true'\npsycopg2.connect(host='db', sslmode='require')\n" }],
      },
      {
        name: 'connection strings with placeholders, quoted values and spaces around =',
        code: "import psycopg2\na = psycopg2.connect(⟦'{} sslmode=require'⟧.format(BASE))\nb = psycopg2.connect(⟦\"host = db.example.com options='-c x=1' sslmode=require\"⟧)\nc = psycopg2.connect(⟦'%s sslmode=require'⟧ % BASE)\n",
        messageIds: ['pyParam', 'pyParam', 'pyParam'],
      },
      {
        // pyblind7 dbq/pg_listen.py:9 (issue 14: `%`/`.format` with constant parts).
        name: 'a template whose sslmode a constant argument of .format or % fills: at that argument, fixed there',
        code: "import psycopg2\nCONNINFO = 'host={host} dbname=jobs sslmode={mode}'\na = psycopg2.connect(CONNINFO.format(host=h, mode=⟦'require'⟧))\nb = psycopg2.connect('host={} sslmode={}'.format(h, ⟦'require'⟧))\nc = psycopg2.connect('host=%s sslmode=%s' % (h, ⟦'require'⟧))\n",
        messageIds: ['pyParam', 'pyParam', 'pyParam'],
        // The string that uses each is on the finding's own line: no related place.
        related: [[], [], []],
        fixes: [{ title: 'Use sslmode=verify-full (verify the certificate and host name)', output: "import psycopg2\nCONNINFO = 'host={host} dbname=jobs sslmode={mode}'\na = psycopg2.connect(CONNINFO.format(host=h, mode='verify-full'))\nb = psycopg2.connect('host={} sslmode={}'.format(h, 'require'))\nc = psycopg2.connect('host=%s sslmode=%s' % (h, 'require'))\n" }],
      },
      {
        name: 'a template filled by a name holding a conditional: at the branch that sets the mode, saying when',
        code: "import psycopg2\nMODE = ⟦'require'⟧ if STAGING else 'verify-full'\n\n\ndef connect(h):\n    return psycopg2.connect('host={} sslmode={}'.format(h, MODE))\n",
        messageIncludes: ['sslmode=require (when STAGING)'],
        related: [['used in this connection string at line 6']],
        fixes: [{ title: 'Use sslmode=verify-full (verify the certificate and host name)', output: "import psycopg2\nMODE = 'verify-full' if STAGING else 'verify-full'\n\n\ndef connect(h):\n    return psycopg2.connect('host={} sslmode={}'.format(h, MODE))\n" }],
      },
      {
        // pyblind6 acme_provider/hooks/warehouse.py:7.
        name: 'an f-string DSN filled by a lookup default or a conditional: where the mode is written, with its condition',
        code: "import psycopg2\nDEFAULT_SSLMODE = ⟦'require'⟧\n\n\nclass Hook:\n    def dsn(self):\n        mode = self.extras.get('sslmode', DEFAULT_SSLMODE)\n        return (\n            f'host={self.host} '\n            f'sslmode={mode}'\n        )\n\n    def other(self, local):\n        return psycopg2.connect(f\"host={self.host} sslmode={'disable' if local else ⟦'require'⟧}\")\n",
        messageIds: ['pyParam', 'pyParam'],
        messageIncludes: ["sslmode=require (when self.extras has no 'sslmode')", 'sslmode=require (unless local)'],
        related: [['used in this connection string at line 9'], []],
      },
      {
        name: 'Celery settings and pycurl',
        code: "import ssl, pycurl\nbroker_use_ssl = {⟦'cert_reqs': ssl.CERT_NONE⟧}\nc = pycurl.Curl()\n⟦c.setopt(pycurl.SSL_VERIFYPEER, 0)⟧\n",
      },
      {
        name: 'pyOpenSSL VERIFY_NONE and an accept-all callback',
        code: 'from OpenSSL import SSL\nctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\n⟦ctx.set_verify(SSL.VERIFY_NONE, None)⟧\nc2 = SSL.Context(SSL.TLS_CLIENT_METHOD)\ndef accept(conn, cert, errno, depth, ok):\n    return True\nc2.set_verify(SSL.VERIFY_PEER, ⟦accept⟧)\n',
        messageIds: ['pyVerifyNone', 'pyAcceptAll'],
        fixes: [{ title: 'Use VERIFY_PEER (verify certificates)', output: 'from OpenSSL import SSL\nctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\nctx.set_verify(SSL.VERIFY_PEER, None)\nc2 = SSL.Context(SSL.TLS_CLIENT_METHOD)\ndef accept(conn, cert, errno, depth, ok):\n    return True\nc2.set_verify(SSL.VERIFY_PEER, accept)\n' }],
      },
      {
        name: 'a UTF-16 range after non-ASCII text',
        code: "import requests\nGREETING = 'héllo 😀'; requests.get(u, ⟦verify=False⟧)\n",
      },
    ],
  },
  { filename: 'client.py' },
);
