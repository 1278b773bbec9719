// A name's bindings carry the if/elif/else/except branches around them (names.ts branchCondition).
// A parameter of the function whose scope holds it is answered without walking up the tree: its
// statement sits in the function's head, and no block lies between them. This checks that premise
// (and the conditions reads get) by the walk itself, on tricky code and the fuzzer's inputs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { Node } from 'web-tree-sitter';
import { pythonFrontend } from '../../server/src/lang/python/index.js';
import { reachingBindings } from '../../server/src/lang/python/names.js';
import { buildScopes } from '../../server/src/lang/python/scope-build.js';
import type { Binding, Scope } from '../../server/src/lang/python/scope.js';
import { prepare } from '../fuzz/harness.js';
import { forEachFuzzInput, pyFiles } from './python-inputs.js';

const ROOT = path.join(__dirname, '..', '..', '..');

/** Whether a block lies on the way up from the binding's statement to its scope's node (the walk names.ts skips for parameters). */
function blockAbove(b: Binding): boolean {
  for (let n: Node | null = b.statement; n && n.id !== b.scope.node.id; n = n.parent) if (n.type === 'block') return true;
  return false;
}

function allScopes(root: Scope, byNode: Iterable<Scope>): Scope[] {
  return [root, ...byNode];
}

/** The parameters the shortcut answers, checked; and every identifier's reaching bindings computed (none may throw). */
function check(text: string, label: string): number {
  const doc = pythonFrontend.parse('x.py', text);
  try {
    const index = buildScopes(doc.tree);
    let params = 0;
    for (const s of allScopes(index.root, index.byNode.values())) {
      for (const list of s.bindings.values()) {
        for (const b of list) {
          if (b.kind !== 'param' || b.at !== b.scope.node.startIndex) continue;
          params++;
          assert.equal(blockAbove(b), false, `${label}: a block above parameter ${b.name}`);
        }
      }
    }
    for (const use of doc.tree.rootNode.descendantsOfType('identifier')) {
      if (!use) continue;
      for (const r of reachingBindings(index, use)) if (r.binding.kind === 'param' && r.binding.scope.kind === 'function' && r.binding.at === r.binding.scope.node.startIndex) assert.equal(r.condition, undefined, `${label}: ${use.text}`);
    }
    return params;
  } finally {
    pythonFrontend.dispose!(doc);
  }
}

const TRICKY = [
  'if DEBUG:\n    def f(a, b=1, *c, d: int = 2, **e):\n        return a, b, c, d, e\nelse:\n    f = lambda a, b=(lambda c: c): a\n',
  'class A:\n    if X:\n        def m(self, ctx=None):\n            try:\n                return self.ctx\n            except E:\n                return ctx\n',
  'def f(x):\n    global x\n    x = 1\nif c:\n    x = 2\nprint(x)\n',
  'def outer(a):\n    def inner(a):\n        nonlocal a\n        return a\n    return inner\n',
  '@d\ndef f(self, /, a, *, b):\n    while a:\n        if b:\n            return self\n',
  'f = lambda: (lambda x: x)\ng = [lambda y=z: y for z in r]\n',
];

describe('Python branches: a parameter of its own function is under no branch', () => {
  before(() => prepare('python'));

  it('on tricky code', () => {
    let params = 0;
    for (const [i, text] of TRICKY.entries()) params += check(text, `tricky ${i}`);
    assert.ok(params > 15, `only ${params} parameters checked`);
  });

  it('on the evaluation sets', () => {
    for (const f of pyFiles(path.join(ROOT, 'test', 'eval', 'python'))) check(readFileSync(f, 'utf8'), f);
  });

  it("on the fuzzer's Python seeds, their truncations and 200 random inputs", () => {
    forEachFuzzInput(200, (text, id) => void check(text, id));
  });
});
