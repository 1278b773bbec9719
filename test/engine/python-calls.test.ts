// The Python model's calls by name (server/src/lang/python/call-index.ts) resolve only the calls
// whose callee can have the asked name. This checks that it finds what resolving every call
// finds: on code that renames (aliases, assignments, attribute writes, class attributes, table
// aliases, callees that are no name), on the evaluation sets and on the fuzzer's Python inputs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { PyModel } from '../../server/src/lang/python/context.js';
import { USE_KEYWORD_TEXT, USE_KEYWORDS } from '../../server/src/lang/python/objects.js';
import { pythonFrontend } from '../../server/src/lang/python/index.js';
import { prepare } from '../fuzz/harness.js';
import { forEachFuzzInput, pyFiles } from './python-inputs.js';

const ROOT = path.join(__dirname, '..', '..', '..');

/** Each name's calls (start offsets) when every call is resolved, and as callsTo gives them from a fresh model. */
function both(text: string): { eager: Map<string, number[]>; lazy: Map<string, number[]> } {
  const doc = pythonFrontend.parse('x.py', text);
  try {
    const eager = new Map<string, number[]>();
    for (const c of new PyModel(doc).calls) {
      const name = c.name;
      if (name) eager.set(name, [...(eager.get(name) ?? []), c.node.startIndex]);
    }
    const model = new PyModel(doc);
    const lazy = new Map([...eager.keys()].map((n) => [n, model.callsTo([n]).map((c) => c.node.startIndex)]));
    // Asked together, the names' calls come sorted by place, as each alone.
    const all = model.callsTo([...eager.keys()]).map((c) => c.node.startIndex);
    assert.deepEqual(all, [...eager.values()].flat().sort((a, b) => a - b));
    return { eager, lazy };
  } finally {
    pythonFrontend.dispose!(doc);
  }
}


const RENAMING = [
  'import requests\ng = requests.get\ng(u, verify=False)\n',
  'from requests import get as fetch\nfetch(u)\n',
  'import ssl as s\nfrom ssl import wrap_socket as w\nw(sock)\ns.wrap_socket(sock)\n',
  'import requests\nclass A:\n    def __init__(self):\n        self.fetch = requests.get\n    def run(self):\n        self.fetch(u)\n',
  'import requests\nclass A:\n    fetch = requests.get\n    def run(self):\n        self.fetch(u)\n',
  'import requests\nclass Api(requests.Session):\n    pass\nApi()\nApi().get(u)\n',
  'import redis\nredis.StrictRedis(ssl=True)\nredis.Redis(ssl=True)\nfrom redis import StrictRedis\nStrictRedis()\n',
  'import requests\nrequests.Session()()\nrequests.session().get(u).json()\nh = {"g": requests.get}\nh["g"](u)\n(requests.get)(u)\n',
  'import functools, requests, threading\nfunctools.partial(requests.get, verify=False)(u)\nthreading.Thread(target=requests.get, kwargs={"verify": False})\n',
  'def f(get):\n    get(u)\nimport requests\nf(requests.get)\nwith requests.Session() as s:\n    s.get(u)\n',
  'from ssl import *\nwrap_socket(s)\nctx = create_default_context()\nctx.wrap_socket(s)\n',
];

describe('Python calls by name: only the calls that can have the name are resolved, and none is missed', () => {
  before(() => prepare('python'));

  it('on code that gives a callee another name', () => {
    for (const text of RENAMING) {
      const { eager, lazy } = both(text);
      assert.deepEqual(lazy, eager, text);
    }
    // The renamings themselves are resolved: not an index that found nothing on both sides.
    const at = (text: string, ...calls: string[]) => calls.map((c) => text.indexOf(c));
    assert.deepEqual(both(RENAMING[0]).lazy.get('requests.get'), at(RENAMING[0], 'g(u'));
    assert.deepEqual(both(RENAMING[1]).lazy.get('requests.get'), at(RENAMING[1], 'fetch(u'));
    assert.deepEqual(both(RENAMING[3]).lazy.get('requests.get'), at(RENAMING[3], 'self.fetch(u'));
    assert.deepEqual(both(RENAMING[4]).lazy.get('requests.get'), at(RENAMING[4], 'self.fetch(u'));
    assert.deepEqual(both(RENAMING[5]).lazy.get('requests.Session'), at(RENAMING[5], 'Api()\n', 'Api().get'));
    assert.deepEqual(both(RENAMING[6]).lazy.get('redis.Redis'), at(RENAMING[6], 'redis.StrictRedis(', 'redis.Redis(', 'StrictRedis()\n'));
  });

  it('on the evaluation sets', () => {
    const files = [...pyFiles(path.join(ROOT, 'test', 'eval', 'python')), ...pyFiles(path.join(ROOT, 'test', 'eval', 'python-blind'))];
    assert.ok(files.length > 50, `only ${files.length} files`);
    for (const f of files) {
      const { eager, lazy } = both(readFileSync(f, 'utf8'));
      assert.deepEqual(lazy, eager, f);
    }
  });

  it("on the fuzzer's Python seeds, their truncations and 300 random inputs", () => {
    forEachFuzzInput(300, (text, id) => {
      const { eager, lazy } = both(text);
      assert.deepEqual(lazy, eager, id);
    });
  });
});

describe("Python objects: the argument lists the object model skips unread", () => {
  before(() => prepare('python'));

  it('hold none of the keywords that pass an object (USE_KEYWORDS)', () => {
    for (const k of USE_KEYWORDS) assert.match(k, USE_KEYWORD_TEXT, k);
  });

  it('a use keyword spelt across lines or beside a comment is still read', () => {
    const text = 'import ssl, requests\nctx = ssl.create_default_context()\nrequests.get(u,\n    verify  # why\n    = ctx)\nf(context=ctx)\ng(x, y)\n';
    const doc = pythonFrontend.parse('x.py', text);
    try {
      const model = new PyModel(doc);
      void model.calls;
      const ctx = model.objects.objects.find((o) => o.name === 'ctx');
      assert.deepEqual(ctx?.uses.map((u) => u.call.node.text.slice(0, 4)), ['requ', 'f(co']);
    } finally {
      pythonFrontend.dispose!(doc);
    }
  });

  it("a call's keyword is found written, through a `**` dict or a Thread's kwargs, and is absent otherwise", () => {
    const text = 'import requests, threading\nopts = {"verify": False}\nrequests.get(u, **opts)\nrequests.get(u, verify=False)\nrequests.get(u, timeout=3)\nthreading.Thread(target=requests.get, kwargs={"verify": False})\n';
    const doc = pythonFrontend.parse('x.py', text);
    try {
      const calls = new PyModel(doc).callsTo(['requests.get']);
      assert.deepEqual(calls.map((c) => c.argument('verify')?.via), ['splat', 'keyword', undefined, 'splat']);
      assert.deepEqual(calls.map((c) => c.argument('verify')?.valueNode.text), ['False', 'False', undefined, 'False']);
      // mayPass: false only where argument() finds nothing (no keyword, no `**`, no arguments read from elsewhere).
      assert.deepEqual(calls.map((c) => c.mayPass('verify')), [true, true, false, true]);
      // (A list read already, as the object model reads those naming `verify`, may pass anything.)
      const fresh = new PyModel(doc).callsTo(['requests.get']);
      assert.deepEqual(fresh.map((c) => c.mayPass('cert')), [true, true, false, true]);
      assert.deepEqual(fresh.map((c) => c.argument('cert')?.via), [undefined, undefined, undefined, undefined]);
    } finally {
      pythonFrontend.dispose!(doc);
    }
  });

  it('callsTo with mayMatter gives the calls it accepts, in order, and resolves no other', () => {
    const text = 'import requests\nd = {}\nd.get("k")\nrequests.get(u, verify=False)\nrequests.get(u)\nrequests.get(u, **kw)\n';
    const doc = pythonFrontend.parse('x.py', text);
    try {
      const model = new PyModel(doc);
      const asked: string[] = [];
      const calls = model.callsTo(['requests.get'], (c) => (asked.push(c.node.text), c.mayPass('verify')));
      assert.deepEqual(calls.map((c) => c.node.text), ['requests.get(u, verify=False)', 'requests.get(u, **kw)']);
      // `d.get("k")` was asked about, and its name (what the dict's `get` is) is still unresolved.
      assert.ok(asked.includes('d.get("k")'));
      const dictGet = model.calls.find((c) => c.node.text === 'd.get("k")') as unknown as { resolved: unknown };
      assert.equal(dictGet.resolved, null);
      assert.deepEqual(calls, model.callsTo(['requests.get']).filter((c) => c.mayPass('verify')));
    } finally {
      pythonFrontend.dispose!(doc);
    }
  });

  it('callsTo with and without mayMatter, in either order, finds the calls of a callee that may have any name', () => {
    const text = 'import requests\ng = requests.get\ng(u, verify=False)\ng(u)\nh = g\nh(u, verify=False)\nrequests.get(u, verify=False)\n';
    const doc = pythonFrontend.parse('x.py', text);
    try {
      const verify = (c: { mayPass(k: string): boolean }) => c.mayPass('verify');
      const first = new PyModel(doc);
      const filteredFirst = first.callsTo(['requests.get'], verify).map((c) => c.node.text);
      const all = first.callsTo(['requests.get']).map((c) => c.node.text);
      const second = new PyModel(doc);
      const allFirst = second.callsTo(['requests.get']).map((c) => c.node.text);
      const filteredAfter = second.callsTo(['requests.get'], verify).map((c) => c.node.text);
      assert.deepEqual(all, ['g(u, verify=False)', 'g(u)', 'h(u, verify=False)', 'requests.get(u, verify=False)']);
      assert.deepEqual(allFirst, all);
      assert.deepEqual(filteredFirst, ['g(u, verify=False)', 'h(u, verify=False)', 'requests.get(u, verify=False)']);
      assert.deepEqual(filteredAfter, filteredFirst);
    } finally {
      pythonFrontend.dispose!(doc);
    }
  });
});

