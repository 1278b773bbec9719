// no-deprecated-tls-api, Python part (PYTHON-TLS-FACTS.md 1.8 D1-D9).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { noDeprecatedTlsApi } from '../../../rules/no-deprecated-tls-api/index.js';
import { defaultConfig } from '../../../server/src/engine/config/index.js';
import { ready } from '../../../server/src/linter/index.js';
import { analyzeText } from '../../helpers/lint.js';
import { runRuleTests } from '../rule-tester.js';

const py = (code: string, name?: string) => ({ code, filename: 'legacy.py', ...(name ? { name } : {}) });
const SSL = 'import ssl\n';

runRuleTests(noDeprecatedTlsApi, {
  valid: [
    py(`${SSL}ctx = ssl.create_default_context()\nctx2 = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\nsrv = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\nctx.minimum_version = ssl.TLSVersion.TLSv1_2\nctx.set_alpn_protocols(["h2", "http/1.1"])\n`, 'the current APIs'),
    py(`${SSL}if hasattr(ssl, "wrap_socket"):\n    print("old python")\nwrap = getattr(ssl, "match_hostname", None)\nif ssl.HAS_NPN:\n    pass\n`, 'feature tests are not uses'),
    py(`${SSL}# ssl.wrap_socket(sock)\nDOC = "ssl.SSLContext() without a protocol is deprecated"\n`, 'comments and strings'),
    py('import smtplib\nimport ssl\nserver = smtplib.SMTP_SSL("smtp.example.com", context=ssl.create_default_context())\n', 'SMTP_SSL with a context'),
    py('import aiohttp\nimport ssl\n\n\nasync def f(session):\n    async with aiohttp.ClientSession() as s:\n        await s.get("https://example.com", ssl=ssl.create_default_context())\n', 'aiohttp ssl='),
    py(`${SSL}ctx = ssl.create_default_context()\nctx.options &= ~ssl.OP_NO_TLSv1\n`, 'clearing an OP_NO_ flag does not warn (it is no-legacy-tls-version\'s)'),
    py(`${SSL}ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)\n`, 'PROTOCOL_TLSv1 is no-legacy-tls-version\'s'),
    py(`${SSL}if not hasattr(ctx, "check_hostname"):\n    ssl.match_hostname(sock.getpeercert(), host)\nif sys.version_info < (3, 7):\n    tls = ssl.wrap_socket(sock)\nelse:\n    tls = ctx.wrap_socket(sock, server_hostname=host)\ntry:\n    wrap = ssl.wrap_socket(sock)\nexcept AttributeError:\n    wrap = ctx.wrap_socket(sock, server_hostname=host)\n`, 'feature tests, version checks and fallbacks keep the old API on purpose'),
    py(`${SSL}if hasattr(ssl, "SSLContext"):\n    ctx = ssl.create_default_context()\n    tls = ctx.wrap_socket(sock, server_hostname=host)\nelse:\n    tls = ssl.wrap_socket(sock)\nif getattr(ssl, "create_default_context", None) is None:\n    ssl.match_hostname(tls.getpeercert(), host)\ntls = ctx.wrap_socket(sock) if hasattr(ssl, "SSLContext") else ssl.wrap_socket(sock)\n`, 'the fallback of a feature current Pythons have (else, is None, the other side of a conditional) is old Python\'s'),
    py(`${SSL}if hasattr(ssl, "wrap_socket"):\n    tls = ssl.wrap_socket(sock)\n    ssl.match_hostname(tls.getpeercert(), host)\nif hasattr(ssl, "SSLContext") and sys.version_info < (3, 4):\n    tls = ssl.wrap_socket(sock)\nif hasattr(ssl, "SSLContext"):\n    pass\nelif hasattr(ssl, "PROTOCOL_SSLv3"):\n    tls = ssl.wrap_socket(sock)\n`, 'a test of a name current Pythons lack holds only on old ones; a version check in the condition keeps it a guard'),
    py('import http.client\nimport ssl\nctx = ssl.SSLContext()\nconn = http.client.HTTPSConnection(host, context=ctx)\n', 'SSLContext() used as an unverified client is no-unverified-certificate\'s finding (its fix ends the deprecation too)'),
  ],
  invalid: [
    {
      ...py('import socket\nimport ssl\nsock = socket.create_connection(("example.com", 443))\ntls = ⟦ssl.wrap_socket(sock)⟧\n', 'ssl.wrap_socket (D1), with the host from create_connection'),
      messageIds: ['pyDeprecated'],
      severities: ['warning'],
      messageIncludes: ['ssl.wrap_socket() is deprecated since Python 3.7 and removed in 3.12'],
      fixes: [{ title: 'Replace with ssl.create_default_context().wrap_socket()', output: 'import socket\nimport ssl\nsock = socket.create_connection(("example.com", 443))\ntls = ssl.create_default_context().wrap_socket(sock, server_hostname="example.com")\n' }],
    },
    {
      ...py(`${SSL}conn = ⟦ssl.wrap_socket(sock, keyfile="k.pem", certfile="c.pem", server_side=True)⟧\n`, 'a server wrap_socket: reported, no one-line fix'),
      fixes: [],
    },
    {
      ...py(`${SSL}⟦ssl.match_hostname(cert, "example.com")⟧\n`, 'ssl.match_hostname (D2)'),
      messageIncludes: ['ssl.match_hostname()'],
    },
    {
      ...py(`${SSL}ctx = ⟦ssl.SSLContext()⟧\n`, 'SSLContext() without a protocol (D3): both roles offered'),
      messageIncludes: ['ssl.SSLContext() without a protocol is deprecated since Python 3.10'],
      fixes: [
        { title: 'Use ssl.PROTOCOL_TLS_CLIENT (a client context)', output: `${SSL}ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\n` },
        { title: 'Use ssl.PROTOCOL_TLS_SERVER (a server context)', output: `${SSL}ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\n` },
      ],
    },
    {
      // Found by fuzzing: the protocol went in after the keyword (`ssl=ssl.PROTOCOL_TLSv1_1ssl.PROTOCOL_TLS_CLIENT`) and the finding stayed.
      ...py(`${SSL}ctx = ⟦ssl.SSLContext(ssl=ssl.PROTOCOL_TLSv1_1)⟧\n`, 'SSLContext() with an unknown keyword and no protocol: reported, no fix (where the protocol goes is a guess)'),
      messageIncludes: ['ssl.SSLContext() without a protocol is deprecated since Python 3.10'],
      fixes: [],
    },
    {
      ...py(`${SSL}srv = ssl.SSLContext(⟦ssl.PROTOCOL_SSLv23⟧)\nsrv.load_cert_chain("c.pem")\nconn = srv.wrap_socket(client, server_side=True)\n`, 'PROTOCOL_SSLv23 on a server (D4)'),
      messageIncludes: ['ssl.PROTOCOL_SSLv23 is deprecated since Python 3.10'],
      fixes: [{ title: 'Use ssl.PROTOCOL_TLS_SERVER (a server context)', output: `${SSL}srv = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\nsrv.load_cert_chain("c.pem")\nconn = srv.wrap_socket(client, server_side=True)\n` }],
    },
    {
      ...py(`${SSL}\n\ndef wrap(sock, host, ca):\n    if hasattr(ssl, "SSLContext"):\n        ctx = ssl.SSLContext(⟦ssl.PROTOCOL_SSLv23⟧)\n        ctx.verify_mode = ssl.CERT_REQUIRED\n        ctx.check_hostname = True\n        ctx.load_verify_locations(ca)\n        return ctx.wrap_socket(sock, server_hostname=host)\n    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs=ca)\n`, 'the branch of a feature test current Pythons take is code like any other (its fallback after it stays quiet)'),
      messageIncludes: ['ssl.PROTOCOL_SSLv23 is deprecated since Python 3.10'],
      fixes: [{ title: 'Use ssl.PROTOCOL_TLS_CLIENT (a client context)', output: `${SSL}\n\ndef wrap(sock, host, ca):\n    if hasattr(ssl, "SSLContext"):\n        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\n        ctx.verify_mode = ssl.CERT_REQUIRED\n        ctx.check_hostname = True\n        ctx.load_verify_locations(ca)\n        return ctx.wrap_socket(sock, server_hostname=host)\n    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs=ca)\n` }],
    },
    {
      ...py(`${SSL}if not hasattr(ssl, "wrap_socket"):\n    ⟦ssl.match_hostname(cert, host)⟧\nif getattr(ssl, "SSLContext", None) is not None:\n    ctx = ⟦ssl.SSLContext()⟧\nelif PY2:\n    ctx = None\nelse:\n    tls = ssl.wrap_socket(sock)\n`, 'without a removed name, or with a current one, is where current Pythons go; an else after a version check stays quiet'),
      messageIncludes: ['ssl.match_hostname() is deprecated since Python 3.7', 'ssl.SSLContext() without a protocol'],
    },
    {
      ...py(`${SSL}ctx = ssl.create_default_context()\n⟦ctx.options |= ssl.OP_NO_SSLv3 | ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1⟧\n`, 'OP_NO_ version flags (D5) become minimum_version'),
      messageIncludes: ['ssl.OP_NO_TLSv1'],
      fixes: [{ title: 'Replace with ctx.minimum_version = ssl.TLSVersion.TLSv1_2', output: `${SSL}ctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_2\n` }],
    },
    {
      ...py('import smtplib\nserver = smtplib.SMTP_SSL("smtp.example.com", 465, ⟦keyfile="client.key"⟧, certfile="client.crt")\n', 'keyfile/certfile of SMTP_SSL (D6): one finding for the pair'),
      messageIds: ['pyDeprecated'],
      messageIncludes: ['keyfile/certfile of smtplib.SMTP_SSL() is deprecated since Python 3.6 and removed in 3.12'],
    },
    {
      ...py('import http.client\nconn = http.client.HTTPSConnection(host, 443, context=ctx, ⟦check_hostname=False⟧)\nother = http.client.HTTPSConnection(host, ⟦check_hostname=True⟧)\n', 'HTTPSConnection check_hostname= (D6) is gone in 3.12 whatever its value; True is removed safely'),
      messageIncludes: ['check_hostname of http.client.HTTPSConnection() is deprecated since Python 3.6 and removed in 3.12', 'check_hostname of http.client.HTTPSConnection()'],
      fixes: [{ title: 'Remove check_hostname=True', finding: 1, output: 'import http.client\nconn = http.client.HTTPSConnection(host, 443, context=ctx, check_hostname=False)\nother = http.client.HTTPSConnection(host)\n' }],
    },
    {
      ...py('try:\n    import urllib2\nexcept ImportError:\n    import urllib.request as urllib2\n\n\ndef fetch(url):\n    return urllib2.urlopen(url, ⟦cafile="/etc/ca.pem"⟧).read()\n', 'a module imported under one name in try and except is the one the handler imports'),
      messageIncludes: ['cafile of urllib.request.urlopen()'],
    },
    {
      ...py('try:\n    import urllib.request as urllib2\nexcept ImportError:\n    import urllib2\ntry:\n    import http.client as httplib\nexcept ImportError:\n    import httplib\n\n\ndef fetch(url, host):\n    httplib.HTTPSConnection(host, ⟦check_hostname=False⟧)\n    return urllib2.urlopen(url, ⟦cafile="/etc/ca.pem"⟧).read()\n', "Python 3's module first and Python 2's name in the handler: the name is the Python 3 module"),
      messageIncludes: ['check_hostname of http.client.HTTPSConnection()', 'cafile of urllib.request.urlopen()'],
    },
    {
      ...py('import urllib.request\nbody = urllib.request.urlopen("https://example.com", ⟦cafile="/etc/ca.pem"⟧).read()\n', 'urlopen(cafile=) (D7) becomes a context'),
      messageIncludes: ['cafile of urllib.request.urlopen() is deprecated since Python 3.6 and removed in 3.13'],
      fixes: [{ title: 'Replace with context=ssl.create_default_context(…)', output: 'import urllib.request\nimport ssl\nbody = urllib.request.urlopen("https://example.com", context=ssl.create_default_context(cafile="/etc/ca.pem")).read()\n' }],
    },
    {
      ...py(`${SSL}ctx = ssl.create_default_context()\n⟦ctx.set_npn_protocols(["http/1.1"])⟧\n`, 'NPN (D8)'),
      fixes: [{ title: 'Use set_alpn_protocols()', output: `${SSL}ctx = ssl.create_default_context()\nctx.set_alpn_protocols(["http/1.1"])\n` }],
    },
    {
      ...py('import aiohttp\n\n\nasync def fetch(ctx, fp):\n    async with aiohttp.ClientSession() as session:\n        await session.get("https://a.example", ⟦ssl_context=ctx⟧)\n        await session.get("https://b.example", ⟦fingerprint=fp⟧)\n        await session.get("https://c.example", ⟦verify_ssl=True⟧)\n', 'aiohttp keywords (D9): safe renames'),
      fixes: [
        { title: 'Replace with ssl=ctx', output: 'import aiohttp\n\n\nasync def fetch(ctx, fp):\n    async with aiohttp.ClientSession() as session:\n        await session.get("https://a.example", ssl=ctx)\n        await session.get("https://b.example", fingerprint=fp)\n        await session.get("https://c.example", verify_ssl=True)\n' },
        { title: 'Replace with ssl=aiohttp.Fingerprint(fp)', finding: 1, output: 'import aiohttp\n\n\nasync def fetch(ctx, fp):\n    async with aiohttp.ClientSession() as session:\n        await session.get("https://a.example", ssl_context=ctx)\n        await session.get("https://b.example", ssl=aiohttp.Fingerprint(fp))\n        await session.get("https://c.example", verify_ssl=True)\n' },
        { title: 'Remove verify_ssl=True', finding: 2, output: 'import aiohttp\n\n\nasync def fetch(ctx, fp):\n    async with aiohttp.ClientSession() as session:\n        await session.get("https://a.example", ssl_context=ctx)\n        await session.get("https://b.example", fingerprint=fp)\n        await session.get("https://c.example")\n' },
      ],
    },
  ],
});

// The target Python decides whether a finding applies and how bad it is.
describe('no-deprecated-tls-api (Python) and the targeted Python version', () => {
  before(() => ready());
  const lintFor = (version: string, code: string) => {
    const config = { ...defaultConfig(), testFiles: [], configFile: undefined, baseDir: process.cwd(), python: { version, source: `requires-python ">=${version}"` } };
    return analyzeText('legacy.py', code, { rules: [noDeprecatedTlsApi], config }).findings;
  };
  const WRAP = 'import ssl\ntls = ssl.wrap_socket(sock)\n';

  it('a removed API is an error when every targeted version lacks it, and the message says why', () => {
    const [f] = lintFor('3.12', WRAP);
    assert.equal(f.severity, 'error');
    assert.equal(f.messageId, 'pyRemoved');
    assert.equal(f.message, 'ssl.wrap_socket() was removed in Python 3.12, and the project targets 3.12+ (requires-python ">=3.12").');
  });

  it('a warning while older targeted versions still have it', () => {
    const [f] = lintFor('3.8', WRAP);
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, 'ssl.wrap_socket() is deprecated since Python 3.7 and removed in 3.12; it sends no SNI and checks no host name.');
  });

  it('nothing when the oldest targeted version has no replacement yet', () => {
    assert.deepEqual(lintFor('2.7', WRAP), []);
    assert.deepEqual(lintFor('3.5', 'import ssl\nctx = ssl.SSLContext()\n'), []);
    assert.deepEqual(lintFor('3.6', 'import ssl\nctx = ssl.create_default_context()\nctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1\n'), []);
    assert.equal(lintFor('3.7', 'import ssl\nctx = ssl.create_default_context()\nctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1\n').length, 1);
  });

  it('urlopen(cafile=) fails from 3.13 on', () => {
    const [f] = lintFor('3.13', 'import urllib.request\nurllib.request.urlopen(u, cafile="ca.pem")\n');
    assert.equal(f.severity, 'error');
    assert.equal(lintFor('3.12', 'import urllib.request\nurllib.request.urlopen(u, cafile="ca.pem")\n')[0].severity, 'warning');
  });
});
