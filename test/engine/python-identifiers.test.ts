// The identifiers a fix's import check reads (rules/python/edits.ts: is every `ssl` of the file
// the module?) are found from the text's spellings of the name instead of every identifier node of
// the tree. This checks that both give the same nodes, in the same order: on texts built to trip
// the search (longer names, the name in a comment, a string, an attribute, a keyword argument, an
// import, soft keywords, non-ASCII beside it, syntax errors), the evaluation sets, and the fuzzer's
// Python inputs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { pythonFrontend } from '../../server/src/lang/python/index.js';
import { identifiersSpelled } from '../../rules/python/edits.js';
import { prepare } from '../fuzz/harness.js';
import { forEachFuzzInput, pyFiles } from './python-inputs.js';

const ROOT = path.join(__dirname, '..', '..', '..');
const NAMES = ['ssl', 'os', 'match', 'type', 'print', 'x'];

/** For each name, its identifiers as `start-end`, by the text search and by every identifier of the tree. */
function both(text: string): { byText: string[][]; byTree: string[][] } {
  const doc = pythonFrontend.parse('x.py', text);
  try {
    const root = doc.tree.rootNode;
    const show = (list: ({ startIndex: number; endIndex: number } | null)[]) => list.map((n) => `${n!.startIndex}-${n!.endIndex}`);
    return {
      byText: NAMES.map((name) => show(identifiersSpelled(root, text, name))),
      byTree: NAMES.map((name) => show(root.descendantsOfType('identifier').filter((id) => !!id && id.text === name))),
    };
  } finally {
    pythonFrontend.dispose!(doc);
  }
}

const TRAPS = [
  'import ssl\nimport os.path as os\nfrom ssl import x as ssl\nctx = ssl.create_default_context()\nf(ssl=ssl, s=x.ssl)\n',
  '# ssl here\n"""ssl"""\nprint("os", \'ssl\', f"{ssl}")\nsslx = xssl = ssl_ = 1\n',
  'match x:\n    case 1: type = print\ntype X = int\nprint >> os, match\n',
  'éssl = sslé = ssl\nos.environ["ssl"] = os\n',
  'def f(ssl, *os):\n    return lambda x: ssl(x, os)\nclass ssl(os): pass\n',
  'f(ssl=\nssl.x(\nif os\n',
];

describe('Python identifiers of one name: found from the text as the tree holds them', () => {
  before(() => prepare('python'));

  it('on texts built to trip the search', () => {
    for (const text of TRAPS) {
      const { byText, byTree } = both(text);
      assert.deepEqual(byText, byTree, text);
    }
    // Not empty lists: the identifiers are found.
    assert.equal(both(TRAPS[0]).byTree[0].length, 7);
    assert.ok(both(TRAPS[2]).byTree[2].length >= 1);
  });

  it('on the evaluation sets', () => {
    const files = ['python', 'python-blind', 'python-blind2', 'python-blind3', 'python-blind4'].flatMap((d) => pyFiles(path.join(ROOT, 'test', 'eval', d)));
    assert.ok(files.length > 150, `only ${files.length} files`);
    let found = 0;
    for (const f of files) {
      const { byText, byTree } = both(readFileSync(f, 'utf8'));
      assert.deepEqual(byText, byTree, f);
      found += byTree[0].length;
    }
    assert.ok(found > 100, `only ${found} identifiers`);
  });

  it("on the fuzzer's Python seeds, their truncations and 300 random inputs", () => {
    forEachFuzzInput(300, (text, id) => {
      const { byText, byTree } = both(text);
      assert.deepEqual(byText, byTree, id);
    });
  });
});
