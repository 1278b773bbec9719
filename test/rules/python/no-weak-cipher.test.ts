// no-weak-cipher, Python part (PYTHON-TLS-FACTS.md 1.4 W1): the strings go through the same
// OpenSSL-exact evaluator as the JS part's.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { noWeakCipher } from '../../../rules/no-weak-cipher/index.js';
import { MOZILLA_INTERMEDIATE_TLS12 } from '../../../rules/ciphers/weakness.js';
import { ready } from '../../../server/src/linter/index.js';
import { lint, runRuleTests } from '../rule-tester.js';

const py = (code: string, name?: string) => ({ code, filename: 'tls.py', ...(name ? { name } : {}) });
const CTX = 'import ssl\nctx = ssl.create_default_context()\n';
const REPLACE = 'Replace the cipher list with the Mozilla intermediate list';
const REMOVE = "Remove the set_ciphers() call (use Python's default list)";

runRuleTests(noWeakCipher, {
  valid: [
    py(`${CTX}ctx.set_ciphers("${MOZILLA_INTERMEDIATE_TLS12}")\n`, 'the Mozilla intermediate list'),
    py(`${CTX}ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20")\n`, 'ECDHE with AEAD only'),
    py(`${CTX}ctx.set_ciphers("HIGH:!aNULL:!MD5")\n`, 'the common HIGH:!aNULL:!MD5 is information at most: not reported in Python'),
    py(`${CTX}# ctx.set_ciphers("RC4-SHA")\nHELP = "never pass 'RC4-SHA:NULL' to set_ciphers"\n`, 'comments and strings'),
    py(`${CTX}def ciphers_of(c):\n    return c.get_ciphers()\n\n\nif "RC4" in [c["name"] for c in ctx.get_ciphers()]:\n    raise RuntimeError("RC4 negotiable")\n`, 'reading the ciphers'),
    py(`${CTX}ctx.set_ciphers(CIPHERS_FROM_CONFIG)\n`, 'an unknown string'),
    py('from cryptography.hazmat.primitives.ciphers import algorithms\nname = "aes-256-cbc"\ncipher = algorithms.AES(key)\n', 'cipher names outside TLS'),
    py('from Crypto.Cipher import AES\ncipher = AES.new(key, AES.MODE_GCM)\nsettings = {"cipher": "aes-256-gcm", "ciphers": ["AES"]}\n', 'cipher names outside TLS'),
    py(`${CTX}SUITES = "ECDHE+AESGCM"\nSUITES += ":!aNULL:!MD5"\nctx.set_ciphers(SUITES)\nOTHER = "ECDHE+AESGCM:"\nOTHER += "DES-CBC3-SHA"\nOTHER += ":!3DES"\nctx.set_ciphers(OTHER)\n`, 'appended exclusions, and a 3DES suite a later += takes out again'),
    py(`${CTX}from partner import BASE, EXTRA\nctx.set_ciphers(BASE + ":!RC4:!3DES")\nctx.set_ciphers("DES-CBC3-SHA:" + BASE)\nctx.set_ciphers(BASE + EXTRA)\nLOG = BASE + ":DES-CBC3-SHA"\nprint(LOG)\n`, 'exclusions appended to an unknown base, a weak suite before one (the base may exclude it), a string never handed to OpenSSL'),
    py(`${CTX}NOTE = "ECDHE+AESGCM:"\nNOTE += "DES-CBC3-SHA"\nprint(NOTE)\n`, 'a string appended to but never handed to OpenSSL'),
    py(`${CTX}MODERN = "ECDHE+AESGCM"\nctx.set_ciphers(f"{MODERN}:{'ECDHE+AES256' if bulk else 'ECDHE+CHACHA20'}")\nctx.set_ciphers(f"{MODERN}:{suite}")\nctx.set_ciphers(f"{MODERN}:{'RC4-SHA' if legacy else 'AES256'!r}")\n`, 'a conditional in an f-string with safe branches; a hole the file does not fix; a conversion (the text is the repr)'),
  ],
  invalid: [
    {
      // blind-py15 certwatch/legacy_probe.py: the context comes from a helper of another module.
      ...py('import ssl\nfrom certwatch.contexts import verified_context\n\n\ndef accepts_3des(host):\n    ctx = verified_context()\n    ctx.set_ciphers("⟦DES-CBC3-SHA⟧")\n    return ctx\n', 'set_ciphers() on a context a function of another module returns'),
      messageIds: ['insecure'],
    },
    {
      ...py('import ssl\n\nMODERN = "ECDHE+AESGCM"\nPARTNER = "%s:%s" % (MODERN, ⟦"DES-CBC3-SHA"⟧)\nWIDE = "{}:{}".format(MODERN, "RC4-SHA:ECDHE-RSA-AES256-GCM-SHA384")\n\n\ndef context(profile):\n    ctx = ssl.create_default_context()\n    ctx.set_ciphers(profile)\n    return ctx\n\n\ncontext(PARTNER)\ncontext(WIDE)\n'.replace('⟦"DES-CBC3-SHA"⟧', '"⟦DES-CBC3-SHA⟧"').replace('"RC4-SHA:', '"⟦RC4-SHA⟧:'), 'a suite a %- or .format-built constant adds, in the literal that writes it (no fix: the list is the expression\'s)'),
      messageIds: ['insecure', 'insecure'],
      related: [['used by set_ciphers() at line 10'], ['used by set_ciphers() at line 10']],
      fixes: [],
    },
    {
      // pyblind7 certprobe/ciphers.py:28.
      ...py(`${CTX}MODERN = "ECDHE+AESGCM:ECDHE+CHACHA20"\nctx.set_ciphers(f"{MODERN}:{'⟦NULL-SHA256⟧' if kind == 'integrity-only' else 'ECDHE+AES256'}")\n`, 'a conditional inside an f-string: the weak branch in its literal, with its condition'),
      messageIds: ['insecure'],
      messageIncludes: ["'NULL-SHA256' in set_ciphers() (when kind == 'integrity-only') enables NULL"],
      fixes: [],
    },
    {
      ...py(`${CTX}suite = "⟦DES-CBC3-SHA⟧" if legacy else "ECDHE+AESGCM"\nctx.set_ciphers(f"ECDHE+CHACHA20:{suite}")\n`, 'a conditional through a variable used in an f-string'),
      messageIds: ['insecure'],
      messageIncludes: ["'DES-CBC3-SHA' in set_ciphers() (when legacy) enables 3DES"],
      related: [['used by set_ciphers() at line 4']],
    },
    {
      ...py(`${CTX}ctx.set_ciphers("ECDHE+AESGCM:" + ("⟦RC4-SHA⟧" if legacy else "ECDHE+CHACHA20"))\nctx.set_ciphers(f"ECDHE+AESGCM:{'⟦NULL-MD5⟧' if a else b}")\n`, 'a conditional in a + concatenation; a weak branch beside one the file does not fix'),
      messageIds: ['insecure', 'insecure'],
      messageIncludes: ["'RC4-SHA' in set_ciphers() (when legacy) enables RC4", "'NULL-MD5' in set_ciphers() (when a) enables"],
    },
    {
      ...py(`${CTX}if legacy:\n    extra = "⟦RC4-MD5⟧"\nelse:\n    extra = "ECDHE+CHACHA20"\nctx.set_ciphers(⟦f"RC4-SHA:{extra}"⟧)\n`, 'a variable set in an if/else filling an f-string: the branch\'s suite under its condition, the template\'s own suite at the argument without one'),
      messageIds: ['insecure', 'insecure'],
      messageIncludes: ["'RC4-MD5' in set_ciphers() (when legacy) enables RC4", "enables RC4-SHA (RC4): that"],
    },
    {
      ...py('import tornado.httpserver\nserver = tornado.httpserver.HTTPServer(app, ssl_options={"certfile": "c.pem", "ciphers": "ECDHE+AESGCM:⟦RC4-SHA⟧"})\n\n\ndef make(ciphers="⟦DES-CBC3-SHA⟧"):\n    return ciphers\n', 'cipher strings under a name that holds one'),
      messageIds: ['insecure', 'insecure'],
      messageIncludes: ["'RC4-SHA' in ciphers"],
    },
    {
      ...py(`${CTX}ctx.set_ciphers("ECDHE+AESGCM:⟦DES-CBC3-SHA⟧")\n`, 'a 3DES suite, pointed at in the string: removed from it (safe: it removes exactly that suite)'),
      messageIds: ['insecure'],
      severities: ['error'],
      messageIncludes: ["'DES-CBC3-SHA' in set_ciphers() enables 3DES, open to Sweet32: that traffic can be read or forged"],
      fixes: [
        { title: "Remove 'DES-CBC3-SHA' from the cipher list", output: `${CTX}ctx.set_ciphers("ECDHE+AESGCM")\n` },
        { title: REPLACE, output: `${CTX}ctx.set_ciphers("${MOZILLA_INTERMEDIATE_TLS12}")\n` },
        { title: REMOVE, output: CTX },
      ],
    },
    {
      ...py(`${CTX}ctx.set_ciphers('⟦ALL⟧:!aNULL')\n`, 'ALL is weak: a warning, with no safe fix (removing warnings changes what connects)'),
      messageIds: ['weak'],
      severities: ['warning'],
      fixes: [
        { title: REPLACE, output: `${CTX}ctx.set_ciphers('${MOZILLA_INTERMEDIATE_TLS12}')\n` },
        { title: REMOVE, output: CTX },
      ],
    },
    {
      ...py(`${CTX}ctx.set_ciphers("DEFAULT:⟦@SECLEVEL=0⟧")\n`, '@SECLEVEL=0'),
      messageIds: ['secLevelZero'],
      fixes: [{ title: "Remove '@SECLEVEL=0' from the cipher string", output: `${CTX}ctx.set_ciphers("DEFAULT")\n` }],
    },
    {
      ...py(`${CTX}WEAK = "⟦RC4-SHA⟧:⟦AES128-GCM-SHA256⟧"\nctx.set_ciphers(WEAK)\n`, 'a constant: reported in its literal, each element'),
      messageIds: ['insecure', 'weak'],
      related: [['used by set_ciphers() at line 4'], ['used by set_ciphers() at line 4']],
    },
    {
      ...py('import ssl\nimport urllib3.util.ssl_\nfrom partner import BASE\n\nurllib3.util.ssl_.DEFAULT_CIPHERS = urllib3.util.ssl_.DEFAULT_CIPHERS + ":⟦DES-CBC3-SHA⟧"\nctx = ssl.create_default_context()\nctx.set_ciphers(BASE + ":!aNULL:⟦RC4-SHA⟧")\n', 'a weak suite appended to a base the file does not fix: enabled whatever the base enables'),
      messageIds: ['insecure', 'insecure'],
      messageIncludes: ["'DES-CBC3-SHA' in DEFAULT_CIPHERS enables 3DES", "'RC4-SHA' in set_ciphers() enables RC4"],
      fixes: [],
    },
    {
      ...py(`${CTX}SUITES = "ECDHE+AESGCM:"\nSUITES += "⟦DES-CBC3-SHA⟧:⟦NULL-SHA⟧"\n\n\ndef make():\n    ctx.set_ciphers(SUITES)\n`, 'suites appended with += are reported in the literal that appends them'),
      messageIds: ['insecure', 'insecure'],
      messageIncludes: ["'DES-CBC3-SHA' in set_ciphers() enables 3DES", "'NULL-SHA' in set_ciphers() enables NULL"],
      related: [['used by set_ciphers() at line 8'], ['used by set_ciphers() at line 8']],
      fixes: [
        { title: "Remove 'DES-CBC3-SHA' from the cipher list", output: `${CTX}SUITES = "ECDHE+AESGCM:"\nSUITES += "NULL-SHA"\n\n\ndef make():\n    ctx.set_ciphers(SUITES)\n` },
        { title: "Remove 'NULL-SHA' from the cipher list", finding: 1, output: `${CTX}SUITES = "ECDHE+AESGCM:"\nSUITES += "DES-CBC3-SHA"\n\n\ndef make():\n    ctx.set_ciphers(SUITES)\n` },
      ],
    },
    {
      ...py(`${CTX}LEGACY = "NULL"\nctx.set_ciphers(⟦"ECDHE+AESGCM:" + LEGACY⟧)\n`, 'a computed string is reported at the argument'),
      messageIncludes: ["set_ciphers('ECDHE+AESGCM:NULL') enables"],
    },
    {
      ...py(`${CTX}def tune(context, legacy):\n    context.set_ciphers("⟦AES128-SHA⟧" if legacy else "ECDHE+AESGCM")\n`, 'any receiver, a conditional string says when'),
      messageIncludes: ['(when legacy)'],
    },
    {
      ...py('import ssl\nconn = ssl.wrap_socket(sock, ciphers="⟦RC4-MD5⟧")\n', 'ssl.wrap_socket(ciphers=)'),
    },
    {
      ...py('from urllib3.util.ssl_ import create_urllib3_context\nctx = create_urllib3_context(ciphers="⟦DES-CBC3-SHA⟧")\n', 'urllib3 create_urllib3_context(ciphers=)'),
    },
    {
      ...py('import requests\nrequests.packages.urllib3.util.ssl_.DEFAULT_CIPHERS = "⟦ALL⟧"\n', 'urllib3 1.x DEFAULT_CIPHERS monkeypatching'),
      messageIds: ['weak'],
    },
    {
      ...py('from OpenSSL import SSL\nctx = SSL.Context(SSL.TLS_METHOD)\nctx.set_cipher_list(b"⟦EXP-RC4-MD5⟧:ECDHE+AESGCM")\n', 'pyOpenSSL set_cipher_list(bytes)'),
      messageIds: ['insecure'],
    },
    {
      ...py('import paho.mqtt.client as mqtt\nc = mqtt.Client()\nc.tls_set("ca.pem", ciphers="⟦NULL-SHA256⟧:ECDHE+AESGCM")\n', 'paho tls_set(ciphers=)'),
    },
    {
      ...py('import redis\nr = redis.Redis(host="cache.example.com", ssl=True, ssl_ciphers="⟦ALL⟧")\n', 'redis ssl_ciphers'),
      messageIds: ['weak'],
    },
    {
      ...py('import websocket\nws = websocket.create_connection("wss://feed.example.com", sslopt={"ciphers": "⟦ADH-AES128-SHA⟧"})\n', 'websocket-client sslopt ciphers'),
      messageIds: ['insecure'],
    },
  ],
});

// Main's safe-fix semantics (rules/common/cipher-fixes.ts), for Python too: a safe fix removes
// exactly the error-level suites; a warning's suites are ones peers still use, so it has none.
describe('no-weak-cipher (Python) safe fixes', () => {
  before(() => ready());
  const kinds = (code: string) => lint(noWeakCipher, code, 'tls.py').map((f) => [f.severity, f.fixes.filter((x) => x.kind === 'safe').map((x) => x.title)]);

  it('an error-level element gets the safe fix, a warning none', () => {
    assert.deepEqual(kinds(`${CTX}ctx.set_ciphers("ECDHE+AESGCM:RC4-SHA:AES128-SHA")\n`), [
      ['error', ["Remove 'RC4-SHA' from the cipher list"]],
      ['warning', []],
    ]);
    assert.deepEqual(kinds(`${CTX}ctx.set_ciphers('ALL:!aNULL')\n`), [['warning', []]]);
  });
});
