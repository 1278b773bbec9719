// The named places two rules read (rules/python/slots.ts: `ssl_version=`, `{"ciphers": …}`,
// `def f(tls_version=…)`, `self.ciphers = …`) are found from the text's spellings of the wanted
// names instead of a walk of every place. This checks that both give the same places, in the same
// order, for both name sets: on texts built to trip the search (case, longer names, a name in a
// comment, a string or another token, non-ASCII beside it, a key with a prefix or an escape,
// nested writes), the evaluation sets, and the fuzzer's Python inputs; and that a text whose
// lower case moves offsets is left to the walk.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { pythonFrontend } from '../../server/src/lang/python/index.js';
import { CIPHER_SLOTS } from '../../rules/data/python/ciphers.js';
import { VERSION_SLOTS } from '../../rules/data/python/protocols.js';
import { slotPlacesByText, slotPlacesByWalk } from '../../rules/python/slots.js';
import { prepare } from '../fuzz/harness.js';
import { forEachFuzzInput, pyFiles } from './python-inputs.js';

const ROOT = path.join(__dirname, '..', '..', '..');
const SETS = [CIPHER_SLOTS, VERSION_SLOTS];

/** Each set's places as `name@start-end` by the text search and by the walk. */
function both(text: string): { byText: (string[] | undefined)[]; byWalk: string[][] } {
  const doc = pythonFrontend.parse('x.py', text);
  try {
    const show = (list: { name: string; node: { startIndex: number; endIndex: number } }[]) => list.map((p) => `${p.name}@${p.node.startIndex}-${p.node.endIndex}`);
    const root = doc.tree.rootNode;
    return { byText: SETS.map((s) => { const l = slotPlacesByText(root, text, s); return l && show(l); }), byWalk: SETS.map((s) => show(slotPlacesByWalk(root, s))) };
  } finally {
    pythonFrontend.dispose!(doc);
  }
}


const TRAPS = [
  'import ssl\nf(ssl_version=ssl.PROTOCOL_TLSv1, SSL_Version=1, ssl_versions=2, my_ssl_version=3)\n',
  'opts = {"ciphers": "RC4", \'Ciphers\': x, b"cipher_list": y, r"""ssl_ciphers""": z, "ssl\\x5fciphers": w, f"{a}ciphers": v, "cipher suites": u}\n',
  'def connect(host, tls_version=None, *, min_version: int = 3, version=lambda method=1: method):\n    pass\n',
  'self.ciphers = "RC4"\nself.a.ciphers = x\nself.ciphers.a = y\nctx.minimum_version = v\na = b.version = c\nx.protocol += 1\n', // `+=` is no slot
  '# ciphers = "RC4"\n"""ssl_version=1"""\nprint("version", version)\nversion = 3\nversion: int\n',
  'f(éversion=1, versioné=2, \u212Aversion=3)\nf(cipher=1)\nf(CIPHER=2)\ng(\u212Aey=1)\n',
  'f(ciphers=1\nd = {"ciphers": \nclass A(version=\n',
  'x = 1version=3\nf(1ciphers=3)\n',
];

describe('Python named places: found from the text as the walk finds them', () => {
  before(() => prepare('python'));

  it('on texts built to trip the search', () => {
    for (const text of TRAPS) {
      const { byText, byWalk } = both(text);
      assert.deepEqual(byText, byWalk, text);
    }
    // Not two empty lists: the places are found, with the walk's order and names.
    assert.deepEqual(both(TRAPS[0]).byWalk[1], ['ssl_version@13-43', 'SSL_Version@45-58']);
    assert.deepEqual(both(TRAPS[1]).byWalk[0].map((s) => s.split('@')[0]), ['ciphers', 'Ciphers', 'cipher_list', 'ssl_ciphers']);
    assert.deepEqual(both(TRAPS[2]).byWalk[1].map((s) => s.split('@')[0]), ['tls_version', 'min_version', 'version', 'method']);
    assert.deepEqual(both(TRAPS[3]).byWalk.map((l) => l.map((s) => s.split('@')[0])), [['ciphers', 'ciphers'], ['minimum_version', 'version']]);
  });

  it('leaves a text whose lower case is longer to the walk', () => {
    const text = 'f(ssl_version=1)  # İ\n';
    const doc = pythonFrontend.parse('x.py', text);
    try {
      assert.equal(slotPlacesByText(doc.tree.rootNode, text, VERSION_SLOTS), undefined);
      assert.deepEqual(slotPlacesByWalk(doc.tree.rootNode, VERSION_SLOTS).map((p) => p.name), ['ssl_version']);
    } finally {
      pythonFrontend.dispose!(doc);
    }
  });

  it('on the evaluation sets', () => {
    const files = ['python', 'python-blind', 'python-blind2', 'python-blind3', 'python-blind4'].flatMap((d) => pyFiles(path.join(ROOT, 'test', 'eval', d)));
    assert.ok(files.length > 150, `only ${files.length} files`);
    let places = 0;
    for (const f of files) {
      const { byText, byWalk } = both(readFileSync(f, 'utf8'));
      assert.deepEqual(byText, byWalk, f);
      places += byWalk.flat().length;
    }
    assert.ok(places > 50, `only ${places} places`);
  });

  it("on the fuzzer's Python seeds, their truncations and 300 random inputs", () => {
    forEachFuzzInput(300, (text, id) => {
      const { byText, byWalk } = both(text);
      if (byText.every((l) => l !== undefined)) assert.deepEqual(byText, byWalk, id);
    });
  });
});
