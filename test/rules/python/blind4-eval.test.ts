// Cases from the fourth blind evaluation set (test/eval/python-blind4/): each real miss it found,
// fixed, as a table with exact ranges and re-linted fixes (rule-tester.ts), traps beside them.
// (The Kafka config dict picked by a conditional is in no-plaintext-downgrade.test.ts.) Also the
// second set's last real miss: a method of a parameter annotated with the library class.
import { noUnverifiedCertificate } from '../../../rules/no-unverified-certificate/index.js';
import { runRuleTests } from '../rule-tester.js';

const SESSION = 'import requests\n\n\nclass ApiSession(requests.Session):\n    ca_bundle = "/etc/ca.pem"\n    verify_tls = True\n\n    def call(self, method, url):\n        return self.request(method, url, verify=self.verify_tls and self.ca_bundle)\n';
const OPTIONS = (write: string, use = '**_options()') => `import requests\n\n\ndef _options(timeout=30):\n    opts = {"timeout": timeout}\n    ${write}\n    return opts\n\n\ndef upload(url, data):\n    return requests.put(url, data=data, ${use})\n`;

runRuleTests(
  noUnverifiedCertificate,
  {
    valid: [
      {
        name: 'subclasses whose attribute does not decide `self.verify_tls and self.ca_bundle`: True, a CA path, or `or` with False',
        code: `${SESSION}\n\nclass Staging(ApiSession):\n    verify_tls = True\n    ca_bundle = "/etc/staging-ca.pem"\n\n\nclass Private(ApiSession):\n    ca_bundle = "/etc/private.pem"\n\n\nclass Either(requests.Session):\n    insecure = False\n\n    def call(self, url):\n        return self.get(url, verify=self.insecure or "/etc/ca.pem")\n\n\nclass EitherChild(Either):\n    insecure = False\n`,
      },
      { name: 'a dict a function returns with verify on, a CA path, or left out', code: `${OPTIONS('opts["verify"] = "/etc/ca.pem"')}\n\ndef other(url):\n    return requests.get(url, **_options())\n` },
      { name: 'a function with two returns (which dict is unknown), and one that returns a call', code: 'import requests\n\n\ndef pick(fast):\n    if fast:\n        opts = {"verify": False}\n        return opts\n    safe = {"verify": True}\n    return safe\n\n\ndef build():\n    return dict(verify=False)\n\n\nrequests.get(u, **pick(True))\nrequests.get(u, **build())\n' },
      {
        name: 'a parameter annotated with a library class but rebound, or annotated with a class of the file (a string annotation names the class: annotations.test.ts)',
        code: 'import aiohttp\n\n\nclass Fake:\n    def get(self, url, verify_ssl=True):\n        pass\n\n\nasync def a(session: aiohttp.ClientSession):\n    session = Fake()\n    return session.get(u, verify_ssl=False)\n\n\nasync def b(session: Fake):\n    return session.get(u, verify_ssl=False)\n\n\nasync def d(session: aiohttp.ClientSession, other):\n    return other.get(u, verify_ssl=False)\n\n\nasync def e(session: aiohttp.ClientSession):\n    def inner(session):\n        return session.get(u, verify_ssl=False)\n    return inner\n',
      },
      { name: 'a dict returned but not unpacked into the call', code: `${OPTIONS('opts["verify"] = False', 'headers=_options()')}` },
    ],
    invalid: [
      {
        name: 'a subclass attribute that short-circuits `self.verify_tls and self.ca_bundle` to False: at the subclass, for that class, used by the base method',
        code: `${SESSION}\n\nclass Sandbox(ApiSession):\n    verify_tls = ⟦False⟧\n`,
        messageIds: ['pyOption'],
        messageIncludes: ['verify=False (for Sandbox) makes requests accept any certificate'],
        related: [['used by self.request() at line 9']],
        fixes: [],
      },
      {
        // From the second outside set (harbor/aio/feeds.py:27): the annotation is the only clue.
        name: 'a method of a parameter annotated with the library class (aiohttp, requests)',
        code: 'import aiohttp\nimport requests\n\n\nasync def holds(session: aiohttp.ClientSession, url):\n    async with session.get(url, ⟦verify_ssl=False⟧) as resp:\n        return await resp.text()\n\n\ndef fetch(s: requests.Session, url):\n    return s.get(url, ⟦verify=False⟧)\n',
        messageIncludes: ['verify_ssl=False makes aiohttp accept any certificate', 'verify=False makes requests accept any certificate'],
        fixes: [{ title: 'Remove verify_ssl=False (verify certificates)', output: 'import aiohttp\nimport requests\n\n\nasync def holds(session: aiohttp.ClientSession, url):\n    async with session.get(url) as resp:\n        return await resp.text()\n\n\ndef fetch(s: requests.Session, url):\n    return s.get(url, verify=False)\n' }],
      },
      {
        name: 'an item write into the dict a function of the file returns, unpacked at the call (`**_options()`)',
        code: OPTIONS('⟦opts["verify"] = False⟧'),
        messageIds: ['pyOption'],
        related: [['used by requests.put() at line 11']],
        messageIncludes: ['verify=False makes requests accept any certificate'],
        fixes: [{ title: 'Remove opts["verify"] = False (verify certificates)', output: 'import requests\n\n\ndef _options(timeout=30):\n    opts = {"timeout": timeout}\n    return opts\n\n\ndef upload(url, data):\n    return requests.put(url, data=data, **_options())\n' }],
      },
    ],
  },
  { filename: 'client.py' },
);
