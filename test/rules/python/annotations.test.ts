// Typed parameters and typed results (server/src/lang/python/annotations.ts): `session:
// aiohttp.ClientSession` names the session's methods as a call of the class would, also kept in
// `self._session` and through Optional/`| None`/a string; the object was made elsewhere, so what
// depends on how it was made (a login before STARTTLS) stays the maker's.
import { noDeprecatedTlsApi } from '../../../rules/no-deprecated-tls-api/index.js';
import { noPlaintextDowngrade } from '../../../rules/no-plaintext-downgrade/index.js';
import { noUnverifiedCertificate } from '../../../rules/no-unverified-certificate/index.js';
import { noUnverifiedHostname } from '../../../rules/no-unverified-hostname/index.js';
import { runRuleTests } from '../rule-tester.js';

const py = (code: string, name: string) => ({ code, filename: 'client.py', name });

const CAMERA = (arg: string) =>
  `import aiohttp\n\n\nclass Camera:\n    def __init__(self, session: aiohttp.ClientSession, ctx):\n        self._session = session\n        self._ctx = ctx\n\n    async def image(self, url):\n        async with self._session.get(url, ${arg}) as r:\n            return await r.read()\n`;

runRuleTests(noDeprecatedTlsApi, {
  valid: [
    py(CAMERA('ssl=self._ctx'), 'a typed session given ssl='),
    py('import aiohttp\nimport requests\nfrom typing import Union\n\n\nclass Mine:\n    pass\n\n\nasync def f(a: Mine, b: Union[aiohttp.ClientSession, requests.Session], c: "Missing", ctx):\n    await a.get(u, ssl_context=ctx)\n    await b.get(u, ssl_context=ctx)\n    await c.get(u, ssl_context=ctx)\n', 'a class of the file, a union of two libraries, a string naming nothing imported'),
    py('import requests\n\n\ndef f(session: requests.Session, ctx):\n    session.get(u, ssl_context=ctx)\n', "another library's session (requests has no ssl_context=)"),
  ],
  invalid: [
    {
      ...py(CAMERA('⟦ssl_context=self._ctx⟧'), 'a typed constructor parameter kept in self._session (D9)'),
      messageIds: ['pyDeprecated'],
      fixes: [{ title: 'Replace with ssl=self._ctx', output: CAMERA('ssl=self._ctx') }],
    },
    {
      ...py('from typing import Optional\n\nimport aiohttp\nfrom aiohttp import ClientSession as CS\n\n\nasync def f(a: Optional[CS] = None, b: "aiohttp.ClientSession" = None, c: aiohttp.ClientSession | None = None):\n    await a.get(u, ⟦verify_ssl=True⟧)\n    await b.get(u, ⟦verify_ssl=True⟧)\n    await c.get(u, ⟦verify_ssl=True⟧)\n', 'Optional[…] of an alias, a string annotation, X | None'),
      messageIds: ['pyDeprecated', 'pyDeprecated', 'pyDeprecated'],
      fixes: [
        { title: 'Remove verify_ssl=True', output: 'from typing import Optional\n\nimport aiohttp\nfrom aiohttp import ClientSession as CS\n\n\nasync def f(a: Optional[CS] = None, b: "aiohttp.ClientSession" = None, c: aiohttp.ClientSession | None = None):\n    await a.get(u)\n    await b.get(u, verify_ssl=True)\n    await c.get(u, verify_ssl=True)\n' },
        { title: 'Remove verify_ssl=True', finding: 1, output: 'from typing import Optional\n\nimport aiohttp\nfrom aiohttp import ClientSession as CS\n\n\nasync def f(a: Optional[CS] = None, b: "aiohttp.ClientSession" = None, c: aiohttp.ClientSession | None = None):\n    await a.get(u, verify_ssl=True)\n    await b.get(u)\n    await c.get(u, verify_ssl=True)\n' },
        { title: 'Remove verify_ssl=True', finding: 2, output: 'from typing import Optional\n\nimport aiohttp\nfrom aiohttp import ClientSession as CS\n\n\nasync def f(a: Optional[CS] = None, b: "aiohttp.ClientSession" = None, c: aiohttp.ClientSession | None = None):\n    await a.get(u, verify_ssl=True)\n    await b.get(u, verify_ssl=True)\n    await c.get(u)\n' },
      ],
    },
  ],
});

const HELPER = 'from requests import Session as HttpSession\n\n\ndef _session() -> HttpSession:\n    s = HttpSession()\n    return s\n\n\n';

runRuleTests(noUnverifiedCertificate, {
  valid: [
    py(`${HELPER}def strict():\n    session = _session()\n    session.verify = False\n    session.verify = "/etc/ca.pem"\n    return session\n`, 'a session from a typed helper, verification turned back on before use'),
    py('import psycopg\nimport requests\n\n\ndef f(conn: psycopg.Connection, session: requests.Session):\n    conn.verify = False\n    print(session.verify == False)\n', "another library's object, and a comparison"),
    py('def configure(session: "requests.Session"):\n    session.verify = False\n', 'a string annotation whose module the file does not import'),
  ],
  invalid: [
    {
      ...py(`${HELPER}def client():\n    session = _session()\n    ⟦session.verify = False⟧\n    return session\n`, 'a session a helper of the file returns, by its return annotation (an aliased Session)'),
      messageIncludes: ['session.verify = False makes requests accept any certificate'],
      fixes: [
        { title: 'Remove session.verify = False (verify certificates)', output: `${HELPER}def client():\n    session = _session()\n    return session\n` },
      ],
    },
    {
      ...py('import requests\nimport typing\n\n\ndef configure(session: "requests.Session", other: typing.Optional["requests.Session"] = None, third: requests.Session | None = None):\n    ⟦session.verify = False⟧\n    ⟦other.verify = False⟧\n    ⟦third.verify = False⟧\n', 'typed parameters: a string, Optional of a string with a None default, X | None'),
      messageIncludes: ['session.verify = False', 'other.verify = False', 'third.verify = False'],
    },
    {
      ...py('import aiohttp\nOPTS = dict(allow_redirects=True, ⟦verify_ssl=False⟧)\n\n\nasync def check(session: aiohttp.ClientSession, url):\n    async with session.head(url, **OPTS) as r:\n        return r.status\n', 'a dict splatted into a method of a typed session'),
      messageIncludes: ['verify_ssl=False makes aiohttp accept any certificate'],
    },
  ],
});

runRuleTests(noPlaintextDowngrade, {
  valid: [
    py('import smtplib\n\n\ndef send(server: smtplib.SMTP, user, pw):\n    server.login(user, pw)\n\n\ndef connect() -> smtplib.SMTP:\n    s = smtplib.SMTP("mail.example.com")\n    s.starttls()\n    return s\n\n\ndef run(u, p):\n    s = connect()\n    s.login(u, p)\n', 'a typed SMTP parameter or result: whoever made it may have upgraded it'),
  ],
  invalid: [
    {
      ...py('import smtplib\n\n\ndef send(user, pw):\n    server: smtplib.SMTP = smtplib.SMTP("mail.example.com")\n    ⟦server.login(user, pw)⟧\n', 'a client made here is still checked, annotated or not'),
      messageIds: ['pyLoginCleartext'],
    },
  ],
});

// A typed receiver whose class's method the tables list only by its name (asyncio's start_tls on a
// StreamWriter): the annotation's name must not hide it from that match.
const UPGRADE = (arg: string) => `import asyncio\nimport ssl\n\n\nasync def upgrade(writer: asyncio.StreamWriter, ctx: ssl.SSLContext):\n    await writer.start_tls(ctx${arg})\n`;

runRuleTests(noUnverifiedHostname, {
  valid: [py(UPGRADE(', server_hostname="broker.example.com"'), 'a typed writer upgraded with a host name')],
  invalid: [
    {
      ...py(UPGRADE(', ⟦server_hostname=""⟧'), 'a typed writer upgraded with server_hostname=""'),
      messageIncludes: ["server_hostname='' makes asyncio accept a certificate for any host name"],
      fixes: [{ title: 'Remove server_hostname="" (verify the host name)', output: UPGRADE('') }],
    },
  ],
});
