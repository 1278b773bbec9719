// The pre-filter is sound: over every code string of the test tables, the code blocks of the rule
// docs, the files of examples/ and (when test/fuzz is there) generated fuzz inputs, a rule whose
// needles a text does not hold never has a finding in it when it runs anyway; a text without the
// directive needle never gets an unused-directive note; and linting with the pre-filter gives the
// same findings as without. Each text is checked again with its needles spelled with escapes.
// test-unit: own process (long: about 5 s of CPU, so it runs beside the short files)
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import ts from 'typescript';
import { rules as catalog } from '../../rules/index.js';
import { analyzeText } from '../helpers/lint.js';
import { prefilterFor } from '../../server/src/engine/prefilter.js';
import { partKeyOf } from '../../server/src/engine/language.js';
import { FRONTENDS } from '../../server/src/lang/index.js';
import { ready } from '../../server/src/linter/index.js';
import { languageOfFile } from '../../protocol/languages.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx|py)$/;

interface Sample {
  origin: string;
  fileName: string;
  text: string;
}

function files(dir: string, keep: (f: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(abs).isDirectory()) out.push(...files(abs, keep));
    else if (keep(abs)) out.push(abs);
  }
  return out;
}

/** String and template literals of a test file, with the file's top-level constants filled in. */
function stringsOf(source: string, origin: string): Sample[] {
  const sf = ts.createSourceFile(origin, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const consts = new Map<string, ts.Expression>();
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
  }
  const evaluate = (e: ts.Expression, depth: number): string | undefined => {
    if (depth > 20) return undefined;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isParenthesizedExpression(e)) return evaluate(e.expression, depth + 1);
    if (ts.isTemplateExpression(e)) return e.head.text + e.templateSpans.map((s) => (evaluate(s.expression, depth + 1) ?? 'x') + s.literal.text).join('');
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return (evaluate(e.left, depth + 1) ?? 'x') + (evaluate(e.right, depth + 1) ?? 'x');
    if (ts.isIdentifier(e) && consts.has(e.text)) return evaluate(consts.get(e.text)!, depth + 1);
    return undefined;
  };
  const isString = (n: ts.Node) => ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateExpression(n) || (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken);
  const out: Sample[] = [];
  const visit = (n: ts.Node): void => {
    if (isString(n) && !isString(n.parent) && !ts.isTemplateSpan(n.parent)) {
      const text = evaluate(n as ts.Expression, 0)?.replace(/[⟦⟧]/g, '');
      const prop = n.parent;
      const named = ts.isPropertyAssignment(prop) && ts.isObjectLiteralExpression(prop.parent)
        ? prop.parent.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'filename' && ts.isStringLiteral(p.initializer))
        : undefined;
      if (text !== undefined && text.length >= 6) out.push({ origin: `${origin}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`, fileName: named ? (named.initializer as ts.StringLiteral).text : /[/\\]python[/\\]/.test(origin) ? 'fixture.py' : 'fixture.ts', text });
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function samples(): Sample[] {
  const out: Sample[] = [];
  for (const f of files(path.join(ROOT, 'test'), (f) => f.endsWith('.test.ts') && !/[/\\](e2e|fuzz|vsix)[/\\]/.test(f))) out.push(...stringsOf(readFileSync(f, 'utf8'), path.relative(ROOT, f)));
  for (const f of files(path.join(ROOT, 'docs'), (f) => f.endsWith('.md'))) {
    const md = readFileSync(f, 'utf8');
    for (const m of md.matchAll(/```(js|javascript|ts|typescript|jsx|tsx)[^\n]*\n([\s\S]*?)```/g)) out.push({ origin: path.relative(ROOT, f), fileName: `doc.${m[1].startsWith('j') ? 'js' : 'ts'}${m[1].endsWith('x') ? 'x' : ''}`, text: m[2] });
    for (const m of md.matchAll(/```python[^\n]*\n([\s\S]*?)```/g)) out.push({ origin: path.relative(ROOT, f), fileName: 'doc.py', text: m[1] });
  }
  for (const f of files(path.join(ROOT, 'examples'), (f) => SOURCE.test(f) || !!languageOfFile(f))) out.push({ origin: path.relative(ROOT, f), fileName: f, text: readFileSync(f, 'utf8') });
  // Project files: the evaluation set, whose findings each come from a `files` part.
  for (const f of files(path.join(ROOT, 'test', 'fixtures', 'project-files'), (f) => !!languageOfFile(f))) out.push({ origin: path.relative(ROOT, f), fileName: f, text: readFileSync(f, 'utf8') });
  return out.concat(fuzzInputs());
}

/** Inputs of the fuzzer (test/fuzz), when it is in this tree: mutated and generated programs. */
function fuzzInputs(count = 400): Sample[] {
  const harness = path.join(__dirname, '..', 'fuzz', 'harness.js');
  if (!existsSync(harness)) return [];
  // Loaded at run time: the fuzzer is optional here, and its API is its own.
  const { makeInput } = require(harness) as { makeInput?: (seed: number, index: number, opts: object) => { fileName: string; text: string; id: string } };
  if (typeof makeInput !== 'function') return [];
  const out: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const input = makeInput(20260301, i * 7, { truncateAllUpTo: 0, maxDepth: 200 });
    if (input.text.length < 200_000) out.push({ origin: `fuzz ${input.id}`, fileName: input.fileName, text: input.text });
  }
  return out;
}

/** The text with every needle it holds spelled with a \u escape in its first letter: `'\u0074ls'`, `reject\u0055…` → `\u0072eject…`. */
function escaped(text: string, needles: readonly string[]): string {
  let out = text;
  for (const n of needles) {
    const letter = n.search(/[A-Za-z]/);
    if (letter < 0 || !out.includes(n)) continue;
    const code = n.charCodeAt(letter).toString(16).padStart(4, '0');
    out = out.split(n).join(`${n.slice(0, letter)}\\u${code}${n.slice(letter + 1)}`);
  }
  return out;
}

describe('pre-filter soundness', () => {
  const all = samples();
  // Each text is gated by the pre-filter of the part its file's frontend runs (`js`, `python`, or `files`).
  const prefilterOf = (fileName: string) => prefilterFor(catalog, partKeyOf(FRONTENDS[languageOfFile(fileName)?.id ?? 'js']), true);
  before(() => ready());

  it(`has a corpus to check (${all.length} texts)`, () => {
    assert.ok(all.length > 500, `only ${all.length} texts`);
  });

  const check = (s: Sample, text: string, label: string) => {
    const full = analyzeText(s.fileName, text, { reportUnusedDirectives: true });
    const gate = prefilterOf(s.fileName).gate(text);
    const gated = new Set(gate.rules.map((r) => r.meta.id));
    for (const f of full.findings) assert.ok(gated.has(f.ruleId), `${label} ${s.origin}: ${f.ruleId} fired without its needles:\n${text}`);
    if (full.notes.some((n) => n.kind === 'unused-directive')) assert.ok(gate.directives, `${label} ${s.origin}: directive note without the needle`);
    const filtered = analyzeText(s.fileName, text, { reportUnusedDirectives: true, prefilter: true });
    assert.deepEqual(filtered.findings, full.findings, `${label} ${s.origin}: the pre-filter changed the findings`);
    return full.findings.length;
  };

  /** Texts with findings: where escapes could hide a needle that matters. */
  const withFindings: Sample[] = [];

  it('no rule fires in a text without its needles, and filtering changes no finding', () => {
    let findings = 0;
    for (const s of all) {
      const n = check(s, s.text, 'as written');
      findings += n;
      if (n > 0) withFindings.push(s);
    }
    assert.ok(findings > 300, `the corpus has only ${findings} findings`);
  });

  // JavaScript's escapes. A project file's needles are not looked for through escapes: a JSON or
  // YAML string spelling `NODE_TLS_…` with `\u004E` is not something people write.
  it('the same holds with every needle spelled with escape sequences', () => {
    const needles = prefilterFor(catalog, 'js', true).needles;
    let variants = 0;
    for (const s of withFindings.filter((x) => partKeyOf(FRONTENDS[languageOfFile(x.fileName)?.id ?? 'js']) === 'js')) {
      const text = escaped(s.text, needles);
      if (text === s.text) continue;
      variants++;
      check(s, text, 'escaped');
    }
    assert.ok(variants > 300, `only ${variants} texts had needles to escape`);
  });
});

// Python name needles (RulePart.nameNeedles: `verify`, `ssl`) count only where a keyword, key or
// attribute can stand. Each text here turns verification off through one spelling of the name:
// the gate must let it through, and the rule must fire with the pre-filter on.
/** The rules the Python pre-filter lets run on a text. */
const gateOf = (text: string) => new Set(prefilterFor(catalog, 'python', false).gate(text).rules.map((r) => r.meta.id));

/** Each text is let through to `rule`, which finds something in it, and the pre-filter changes no finding. */
function letThroughAndFound(rule: string, texts: readonly string[]): void {
  for (const text of texts) {
    it(`lets through and finds: ${JSON.stringify(text)}`, () => {
      assert.ok(gateOf(text).has(rule), 'the gate dropped the rule');
      const full = analyzeText('t.py', text);
      assert.ok(full.findings.some((f) => f.ruleId === rule), `no ${rule} finding even unfiltered: ${JSON.stringify(full.findings)}`);
      assert.deepEqual(analyzeText('t.py', text, { prefilter: true }).findings, full.findings);
    });
  }
}

describe('pre-filter soundness: Python name needles', () => {
  before(() => ready());
  const CERT = 'no-unverified-certificate';
  const UNSAFE: string[] = [
    'import requests\nrequests.get(u, verify=False)\n',
    'import requests\nrequests.get(u, verify = False)\n',
    'import requests\nrequests.get(u, verify\t=\tFalse)\n',
    'import requests\nrequests.get(\n    u,\n    verify\n    =False,\n)\n',
    'import requests\nrequests.get(u, verify  # not here\n    = False)\n',
    'import requests\nrequests.get(u, verify \\\n= False)\n',
    'import requests\ns = requests.Session()\ns.verify = False\n',
    'import requests\ns = requests.Session()\ns . verify = False\n',
    'import requests\ns = requests.Session()\ns.\\\nverify = False\n',
    "import requests\nrequests.get(u, **{'verify': False})\n",
    'import requests\nrequests.get(u, **{"verify": False})\n',
    "import requests\nrequests.get(u, **{'\\x76erify': False})\n",
    'import requests\nkw = dict(verify=False)\nrequests.get(u, **kw)\n',
    "import requests\nkw = {}\nkw['verify'] = False\nrequests.get(u, **kw)\n",
    'import requests\nOFF: bool = False\nrequests.get(u, verify=OFF)\n',
    'import aiohttp\nasync def f():\n    async with aiohttp.ClientSession() as s:\n        await s.get(u, ssl=False)\n',
    'import aiohttp\nasync def f():\n    async with aiohttp.ClientSession() as s:\n        await s.get(u,ssl =False)\n',
    'import ssl as s\nctx = s._create_unverified_context()\n',
    'from ssl import *\nctx = _create_unverified_context()\n',
    'import ssl\nctx = ssl.create_default_context()\nctx.verify_mode = ssl.CERT_NONE\n',
  ];
  letThroughAndFound(CERT, UNSAFE);

  // setattr is not a write the Python model follows; the gate still keeps the text.
  it("keeps setattr(s, 'verify', False) for the rule", () => {
    assert.ok(gateOf("import requests\ns = requests.Session()\nsetattr(s, 'verify', False)\n").has(CERT));
  });

  // What the name needles are for: the words alone, in helpers, prose and longer names, no longer let a file through.
  const QUIET: string[] = [
    'def verify(x):\n    return x\n\nverify(1)\nself.verify (2)\n',
    '"""We verify the input here."""\nself_verify = 1\n',
    'x.verify_all(1)\nif verify == 2:\n    pass\n',
    '# openssl prose, ssl_like_name, ssl.\nopenssl_version = 3\n',
    // A path read through the name, or a module path: neither writes nor passes it (found by the third speed pass).
    'from zope.interface.verify import verifyObject\n',
    'if conninfo.ssl.enabled:\n    x = server . ssl . options\n',
    "'''Set xpack.security.http.ssl.keystore first.'''\n",
    "ciphertext = encrypt(b'x')  # ciphers in prose, skcipher\nalgo = create_alg('skcipher', 'cbc(aes)')\n",
    'fp = key.fingerprint()\ns = socket.socket(a, b, socket.HV_PROTOCOL_RAW)\n',
    "'''@ivar fingerprint: the key's digest'''\nself.fingerprint = fp\nFIELDS = ('fingerprint', 'ttl')\n",
    "def test_port(self):\n    '''Extract the port from the response, and\n    verify the server is up; ssl or not.\n    '''\n",
    '@skipIf(not ClientTLSContext, "OpenSSL not present")\ndef test(self):\n    pass  # needs OpenSSL 3\nx = _OpenSSLBackend()\n',
  ];
  for (const text of QUIET) {
    it(`leaves out: ${JSON.stringify(text)}`, () => {
      assert.deepEqual([...gateOf(text)], []);
    });
  }
});

// A cipher string passed by position, in a text that never says "cipher" (found by the Python speed work).
describe('pre-filter soundness: cipher strings passed by position', () => {
  before(() => ready());
  const WEAK = 'no-weak-cipher';
  const UNSAFE: string[] = [
    "import ssl\nssl.wrap_socket(s, None, None, False, ssl.CERT_REQUIRED, ssl.PROTOCOL_TLS_CLIENT, None, True, True, 'RC4-MD5')\n",
    "from urllib3.util.ssl_ import create_urllib3_context\nctx = create_urllib3_context(None, None, None, 'DES-CBC3-SHA')\n",
    "from urllib3.util.ssl_ import ssl_wrap_socket\nssl_wrap_socket(s, None, None, None, None, None, None, 'RC4-SHA')\n",
    "import paho.mqtt.client as mqtt\nc = mqtt.Client()\nc.tls_set('/etc/ca.pem', None, None, None, None, 'RC4-SHA')\n",
  ];
  letThroughAndFound(WEAK, UNSAFE);
});

// no-weak-cipher's names count where a keyword, key or attribute stands; no-deprecated-tls-api's
// aiohttp keywords only as keywords; ssl.SSLContext's protocol without "PROTOCOL_" being a needle.
describe('pre-filter soundness: cipher and deprecated-keyword names', () => {
  before(() => ready());
  letThroughAndFound('no-weak-cipher', [
    "import ssl\nctx = ssl.create_default_context()\nctx.set_ciphers('RC4-MD5')\n",
    "from OpenSSL import SSL\nctx = SSL.Context(SSL.TLS_METHOD)\nctx.set_cipher_list(b'RC4-MD5')\n",
    "import redis\nr = redis.Redis(ssl=True, ssl_ciphers='RC4-MD5')\n",
    "import ldap3\nt = ldap3.Tls(ciphers = 'RC4-MD5')\n",
    "x.ciphers = 'RC4-MD5'\n",
    "opts = {'ciphers': 'RC4-MD5'}\n",
    'opts = {"ssl_cipher_list": "RC4-MD5"}\n',
    "def connect(host, ciphers='RC4-MD5'):\n    pass\n",
    "import websocket\nws = websocket.create_connection(u, sslopt={'ciphers': 'RC4-MD5'})\n",
    "import confluent_kafka\np = confluent_kafka.Producer({'bootstrap.servers': 'b:9093', 'security.protocol': 'SSL', 'ssl.cipher.suites': 'RC4-MD5'})\n",
    "from twisted.internet import ssl\nc = ssl.AcceptableCiphers.fromOpenSSLCipherString('RC4-MD5')\n",
  ]);
  letThroughAndFound('no-deprecated-tls-api', [
    'import aiohttp\nasync def f():\n    async with aiohttp.ClientSession() as s:\n        await s.get(u, fingerprint=b"x")\n',
    'import aiohttp\nasync def f(c):\n    async with aiohttp.ClientSession() as s:\n        await s.get(u, ssl_context = c)\n',
    'import aiohttp\nasync def f(c):\n    async with aiohttp.ClientSession() as s:\n        await s.get(\n            u,\n            verify_ssl  # old\n            =True,\n        )\n',
    'from ssl import SSLContext as C\nimport ssl\nc = C(ssl.PROTOCOL_TLS)\n',
    'import ssl\nc = ssl.SSLContext(ssl.PROTOCOL_SSLv23)\n',
  ]);
});

// pyOpenSSL's module name counts where an import names it (RulePart.moduleNeedles).
describe('pre-filter soundness: pyOpenSSL imported', () => {
  before(() => ready());
  const CONNECT = 'conn.set_connect_state()\nconn.do_handshake()\n';
  letThroughAndFound('require-servername', [
    `from OpenSSL import SSL\nconn = SSL.Connection(ctx, sock)\n${CONNECT}`,
    `from  OpenSSL.SSL  import  Connection\nconn = Connection(ctx, sock)\n${CONNECT}`,
    `import OpenSSL.SSL\nconn = OpenSSL.SSL.Connection(ctx, sock)\n${CONNECT}`,
    `import os, OpenSSL\nconn = OpenSSL.SSL.Connection(ctx, sock)\n${CONNECT}`,
    `import OpenSSL.SSL as S\nconn = S.Connection(ctx, sock)\n${CONNECT}`,
    `from \\\n  OpenSSL import SSL\nconn = SSL.Connection(ctx, sock)\n${CONNECT}`,
    `def connect(ctx, sock):\n    from OpenSSL import SSL\n    conn = SSL.Connection(ctx, sock)\n    ${CONNECT.replace('\n', '\n    ')}`,
  ]);
  letThroughAndFound('no-unverified-certificate', [
    'from OpenSSL import SSL\nctx = SSL.Context(SSL.TLS_CLIENT_METHOD)\nctx.set_verify(SSL.VERIFY_NONE, lambda *a: True)\n',
  ]);
});
