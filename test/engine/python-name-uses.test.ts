// The pre-filter's second look at a parsed Python file (server/src/lang/python/name-uses.ts): a part
// let through only for names it reads in code is skipped where those names stand only in a
// parameter list, a plain name's assignment, a def or class name, a comment or prose; it still runs
// wherever code may use one, and skipping it changes no finding of the evaluation sets.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { rules as catalog } from '../../rules/index.js';
import { prefilterFor } from '../../server/src/engine/prefilter.js';
import { mayFire } from '../../server/src/lang/python/name-uses.js';
import { pythonFrontend } from '../../server/src/lang/python/index.js';
import { ready } from '../../server/src/linter/index.js';
import { analyzeText } from '../helpers/lint.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The rules the pre-filter lets through, and those of them the tree's look keeps. */
function narrowed(text: string): { gated: string[]; kept: string[] } {
  const gate = prefilterFor(catalog, 'python').gate(text);
  const doc = pythonFrontend.parse('t.py', text);
  try {
    return { gated: gate.rules.map((r) => r.meta.id), kept: gate.rules.filter((r) => mayFire(doc, r.parts.python!)).map((r) => r.meta.id) };
  } finally {
    pythonFrontend.dispose!(doc);
  }
}

function pythonFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const abs = path.join(dir, name);
    return statSync(abs).isDirectory() ? pythonFiles(abs) : name.endsWith('.py') ? [abs] : [];
  });
}

/** The pre-filter lets `rule` through on `text`, and the tree's look keeps it (`runs`) or skips it. */
function expectRun(rule: string, text: string, runs: boolean): void {
  const { gated, kept } = narrowed(text);
  assert.ok(gated.includes(rule), `the pre-filter did not let ${rule} through`);
  assert.equal(kept.includes(rule), runs, runs ? `${rule} was skipped` : `${rule} still runs`);
}

const CERT = 'no-unverified-certificate';
const HOST = 'no-unverified-hostname';
const API = 'no-deprecated-tls-api';

describe('Python name needles read in code only', () => {
  before(() => ready());

  // Each text is let through for the rule, and the rule is skipped after the parse.
  const SKIPPED: [string, string][] = [
    [CERT, 'def listen(port=9999, verify=None):\n    return port\n'],
    [CERT, 'def check(self, *, filename, verify: bool = True, output=None):\n    pass\n'],
    [CERT, 'f = lambda verify=True: verify\n'],
    [CERT, 'try:\n    import ssl\nexcept ImportError:\n    ssl = None\n'],
    [CERT, 'class Config:\n    verify: bool = False\n'],
    [CERT, 'class verify:\n    pass\n'],
    [CERT, 'def f():\n    """Call it as setHost(host, 443, ssl=1)."""\n'],
    [CERT, '# requests.get(url, verify=False)\nx = 1\n'],
    [CERT, "x = 'the value of verify: see the docs'\n"],
    [CERT, "patch('asyncio.selector_events.ssl', None)\n"],
    [HOST, 'async def open_connection(host=None, port=None, *, server_hostname=None):\n    pass\n'],
    [API, 'fingerprint = b":".join(parts)\n'],
    [API, 'def make(fingerprint=None):\n    pass\n'],
  ];
  for (const [rule, text] of SKIPPED) it(`skips ${rule}: ${JSON.stringify(text)}`, () => expectRun(rule, text, false));

  // Each text is let through and the rule runs: code may read the name there.
  const RUN: [string, string][] = [
    [CERT, 'import requests\nrequests.get(u, verify=False)\n'],
    [CERT, 'def get(u, verify=False):\n    return requests.get(u, verify=verify)\n'],
    [CERT, 'import requests\ns = requests.Session()\ns.verify = False\n'],
    [CERT, "import requests\nrequests.get(u, **{'verify': False})\n"],
    [CERT, 'kw = dict(verify=False)\n'],
    [CERT, "kw = {'\\x76erify': False}\n"],
    [CERT, "kw = {'\\166erify': False}\n"],
    [CERT, "kw = {'ver\\\nify': False}\n"],
    [CERT, 'def listen(port=9999, verify=None):\n    ctx = ssl.SSLContext()\n'],
    [CERT, 'from OpenSSL import SSL\nssl = None\n'],
    [CERT, 'def f(verify=None):\n    requests.get(u, verify=\n'],
    [HOST, 'loop.create_connection(f, host, 443, ssl=ctx, server_hostname="")\n'],
    [API, 'aiohttp.ClientSession().get(u, fingerprint=b"00")\n'],
  ];
  for (const [rule, text] of RUN) it(`runs ${rule}: ${JSON.stringify(text)}`, () => expectRun(rule, text, true));

  it('changes no finding of the evaluation sets', () => {
    const dir = path.join(ROOT, 'test', 'eval');
    const sets = readdirSync(dir).filter((d) => d.startsWith('python') && statSync(path.join(dir, d)).isDirectory());
    const files = sets.flatMap((set) => pythonFiles(path.join(dir, set)));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const full = analyzeText(file, text);
      assert.deepEqual(analyzeText(file, text, { prefilter: true }).findings, full.findings, path.relative(dir, file));
    }
    assert.ok(files.length > 200, `only ${files.length} files`);
  });
});
