// What a function of the file hands back without a return annotation, and `x = x or Y()`
// (server/src/lang/python/declared.ts): the library class of the instance, declared,
// as an annotation would say it. The object was made or may be passed elsewhere, so what depends
// on how it was made (a pyOpenSSL Context's set_verify(), a login before STARTTLS) stays the maker's.
import { noPlaintextDowngrade } from '../../../rules/no-plaintext-downgrade/index.js';
import { noUnverifiedCertificate } from '../../../rules/no-unverified-certificate/index.js';
import { requireServername } from '../../../rules/require-servername/index.js';
import { runRuleTests } from '../rule-tester.js';

const py = (code: string, name: string) => ({ code, filename: 'client.py', name });

const MAKE = 'import certifi\nimport requests\n\n\ndef make_session(legacy=False):\n    session = requests.Session()\n    session.headers["User-Agent"] = "bot/1.0"\n    if legacy:\n        session.mount("https://", object())\n    return session\n\n\n';
const SUPPLIER = (write: string) => `${MAKE}def supplier_session():\n    session = make_session()\n    ${write}\n    return session\n`;
const FALLBACK = (write: string) => `import requests\n\n\ndef fetch(url, session=None):\n    session = session or requests.Session()\n    ${write}\n    return session.get(url)\n`;
const OTHER = 'import requests\n\n\nclass Fake:\n    pass\n\n\ndef mixed(flag):\n    if flag:\n        return requests.Session()\n    return Fake()\n\n\ndef gen():\n    s = requests.Session()\n    yield s\n\n\ndef nested():\n    def inner():\n        return requests.Session()\n\n    return inner\n\n\n';

runRuleTests(noUnverifiedCertificate, {
  valid: [
    py(SUPPLIER('session.verify = False\n    session.verify = certifi.where()'), 'a later safe write on the returned session'),
    py(`${OTHER}def use():\n    a = mixed(True)\n    a.verify = False\n    b = gen()\n    b.verify = False\n    c = nested()\n    c.verify = False\n`, 'returns of two classes, a generator, a nested function\'s return'),
    py('import requests\n\n\nclass Fake:\n    pass\n\n\ndef fetch(session=None):\n    session = session or Fake()\n    session.verify = False\n', 'a fallback of a class of the file'),
    py('import socket\n\nfrom OpenSSL import SSL\n\n\ndef context():\n    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\n    ctx.set_verify(SSL.VERIFY_PEER, lambda c, x, e, d, ok: ok)\n    return ctx\n\n\ndef read():\n    conn = SSL.Connection(context(), socket.socket())\n    conn.set_tlsext_host_name(b"example.com")\n    conn.connect(("example.com", 443))\n    ctx = context()\n    conn = SSL.Connection(ctx, socket.socket())\n    conn.set_tlsext_host_name(b"example.com")\n    conn.connect(("example.com", 443))\n', 'a pyOpenSSL Context a function makes (its set_verify() there) has no missing set_verify() at the caller'),
  ],
  invalid: [
    {
      ...py(SUPPLIER('⟦session.verify = False⟧'), 'session.verify = False on the session a function of the file returns (C14)'),
      messageIds: ['pyOption'],
      fixes: [
        { title: 'Remove session.verify = False (verify certificates)', output: SUPPLIER('').replace('    \n', '') },
        { title: "Trust a specific CA instead (verify='/path/to/ca.pem', edit the path)", output: SUPPLIER("session.verify = '/path/to/ca.pem'") },
      ],
    },
    {
      ...py(FALLBACK('⟦session.verify = False⟧'), 'session.verify = False on `session or requests.Session()`'),
      messageIds: ['pyOption'],
      fixes: [
        { title: 'Remove session.verify = False (verify certificates)', output: FALLBACK('').replace('    \n', '') },
        { title: "Trust a specific CA instead (verify='/path/to/ca.pem', edit the path)", output: FALLBACK("session.verify = '/path/to/ca.pem'") },
      ],
    },
  ],
});

const DYNAMO = (arg: string) => `import boto3\n\n\ndef dynamodb(session=None):\n    session = session or boto3.session.Session()\n    return session.client("dynamodb", region_name="eu-west-1"${arg})\n`;

runRuleTests(noPlaintextDowngrade, {
  valid: [
    py(DYNAMO(''), 'TLS kept'),
    py('import smtplib\n\n\ndef send(host, smtp=None):\n    smtp = smtp or smtplib.SMTP(host)\n    smtp.login("u", "p")\n', 'a login on an SMTP a caller may pass after its STARTTLS'),
  ],
  invalid: [
    {
      ...py(DYNAMO(', ⟦use_ssl=False⟧'), 'use_ssl=False on `session or boto3.session.Session()` (T11)'),
      messageIds: ['pyBoto'],
      fixes: [{ title: 'Remove use_ssl=False', output: DYNAMO('') }],
    },
  ],
});

const WRAP = (made: string, call: string) => `import ssl\n\n\ndef wrap(sock, ctx=None):\n    ctx = ctx or ${made}\n    return ${call}\n`;

runRuleTests(requireServername, {
  valid: [
    py(WRAP('ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)', 'ctx.wrap_socket(sock)'), 'the fallback is a server context'),
    py(WRAP('ssl.create_default_context()', 'ctx.wrap_socket(sock, server_hostname="example.com")'), 'a server name given'),
  ],
  invalid: [
    {
      ...py(WRAP('ssl.create_default_context()', '⟦ctx.wrap_socket(sock)⟧'), 'the fallback is a client context'),
      messageIds: ['pyMissing'],
    },
  ],
});
