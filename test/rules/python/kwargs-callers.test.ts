// A helper's `**kwargs` holds what the file's calls of it pass (server/src/lang/python/params.ts
// kwargsValue): `def get(url, **kwargs): return requests.get(url, **kwargs)` called with
// `verify=False` or `**OPTS`, directly or through functools.partial, is reported at that call's
// argument or dict entry, unless the helper takes the key out or sets it. A module's private helper
// whose every caller the file shows (its name written nowhere else) holds no key none passes.
import { noUnverifiedCertificate } from '../../../rules/no-unverified-certificate/index.js';
import { runRuleTests } from '../rule-tester.js';

const py = (code: string, name: string) => ({ code, filename: 'client.py', name });

const GET = (body: string, calls: string) => `import requests\n\nOPTS = {"verify": False, "timeout": 5}\n\n\ndef get(url, **kwargs):\n${body}    return requests.get(url, **kwargs)\n\n\ndef main():\n${calls}`;
const REDIS = (calls: string) => `import functools\n\nimport redis\n\nLAB = {"ssl_cert_reqs": "none"}\n\n\ndef _redis(host, **extra):\n    return redis.Redis(host=host, port=6380, ssl=True, **extra)\n\n\n${calls}`;

const POP = (calls: string, name = '_pop_ssl') => `import poplib\nimport functools\n\n\ndef ${name}(host, **kwargs):\n    return poplib.POP3_SSL(host, 995, **kwargs)\n\n\n${calls}`;

runRuleTests(noUnverifiedCertificate, {
  valid: [
    py(POP('pop = _pop_ssl("mail.example.com", timeout=30, context=CTX)\n'), "a private helper's only caller passes a context"),
    py(POP('pop = pop_ssl("mail.example.com", timeout=30)\n', 'pop_ssl'), 'a public helper: callers elsewhere may pass a context'),
    py(POP('opener = functools.partial(_pop_ssl, timeout=30)\npop = opener("mail.example.com", context=CTX)\n'), 'a partial of the helper, called with more keywords'),
    py(POP('fetch = _pop_ssl\npop = _pop_ssl("mail.example.com", timeout=30)\n'), 'the helper named elsewhere (an alias may pass a context)'),
    py(POP('pop = _pop_ssl("mail.example.com", **OPTIONS)\n'), 'a caller passing a dict the file does not know'),
    py(GET('    kwargs.pop("verify", None)\n', '    get("https://a.example.com", verify=False)\n    get("https://b.example.com", **OPTS)\n'), 'the helper pops the key'),
    py(GET('    del kwargs["verify"]\n', '    get("https://a.example.com", verify=False)\n'), 'the helper deletes the key'),
    py(GET('    kwargs["verify"] = True\n', '    get("https://a.example.com", verify=False)\n'), 'the helper sets it again'),
    py(GET('    kwargs.clear()\n', '    get("https://a.example.com", verify=False)\n'), 'the helper clears them'),
    py(GET('', '    get("https://a.example.com", timeout=3)\n    get("https://b.example.com", verify="/etc/ca.pem")\n'), 'safe callers'),
    py('import requests\n\n\ndef get(url, verify=True, **kwargs):\n    return requests.get(url, **kwargs)\n\n\nget("https://a.example.com", verify=False)\n', 'a named parameter the helper does not pass on'),
    py('import requests\n\n\ndef get(url, **kwargs):\n    return requests.get(url, verify=True, **kwargs)\n\n\nget("https://a.example.com", verify=False)\n', 'the helper passes its own keyword'),
  ],
  invalid: [
    {
      ...py(POP('pop = _pop_ssl("mail.example.com", timeout=30)\nother = _pop_ssl("backup.example.com")\n').replace('return poplib.POP3_SSL', 'return ⟦poplib.POP3_SSL⟧'), "a private helper's `**kwargs` that no caller fills with a context: every caller is known (python-blind21 mailbridge)"),
      messageIds: ['pyNoContext'],
    },
    {
      ...py(GET('', '    get("https://a.example.com", timeout=3)\n    get("https://b.example.com", ⟦verify=False⟧)\n'), 'a caller passing verify=False through **kwargs: at its argument'),
      messageIds: ['pyOption'],
      messageIncludes: ['passed on to requests.get()'],
      related: [['used by requests.get() at line 7']],
      fixes: [{ title: 'Remove verify=False (verify certificates)', output: GET('', '    get("https://a.example.com", timeout=3)\n    get("https://b.example.com")\n') }],
    },
    {
      ...py(GET('', '    get("https://b.example.com", **OPTS)\n').replace('{"verify": False', '{⟦"verify": False⟧'), 'a caller splatting a dict with verify=False: at its entry'),
      messageIds: ['pyOption'],
      fixes: [{ title: 'Remove "verify": False (verify certificates)', output: GET('', '    get("https://b.example.com", **OPTS)\n').replace('{"verify": False, ', '{') }],
    },
    {
      ...py(REDIS('CLIENTS = {"lab": functools.partial(_redis, "redis.lab.example.com", **LAB)}\n').replace('{"ssl_cert_reqs"', '{⟦"ssl_cert_reqs": "none"⟧').replace('"none"}', '}'), 'functools.partial of the helper with a splatted dict (C24)'),
      messageIds: ['pyOption'],
    },
  ],
});
