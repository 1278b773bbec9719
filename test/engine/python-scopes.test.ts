// The Python model's scope index is built by a tree-sitter query (scope-build.ts); the cursor walk
// it replaced stays for trees whose nesting offsets cannot tell. Both must give the same index,
// binding for binding and node for node, on tricky code, broken code and the fuzzer's inputs.
// test-unit: own process (about 5 s of CPU: a thousand inputs parsed and indexed three or four times)
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { pythonFrontend } from '../../server/src/lang/python/index.js';
import { buildScopes, scopesByQuery, scopesByWalk } from '../../server/src/lang/python/scope-build.js';
import type { Scope, ScopeIndex } from '../../server/src/lang/python/scope.js';
import { makeInput, plannedInputs, prepare } from '../fuzz/harness.js';

function scopeText(s: Scope): unknown {
  const bindings = [...s.bindings].map(([name, list]) => [name, list.map((b) => [b.kind, b.target.id, b.at, b.value?.id, b.statement.id, b.imported, b.scope.node.id])]);
  return [s.node.id, s.kind, s.innerStart, s.innerEnd, s.parent?.node.id, [...s.globals], [...s.nonlocals], s.starImports, bindings];
}

/** Everything the model reads from an index, by node id (ids are stable within one tree). */
function indexText(ix: ScopeIndex): string {
  const ids = (nodes: readonly { id: number }[]) => nodes.map((n) => n.id);
  return JSON.stringify([scopeText(ix.root), ix.ordered.map(scopeText), [...ix.byNode.keys()], ids(ix.calls), ids(ix.memberWrites), ids(ix.imports), ids(ix.strings)]);
}

/**
 * Whether the query pass gave an index (not the walk's fallback), and that it equals the walk's,
 * also when the source is queried in slices of a few characters (every node meets a boundary).
 */
function compare(text: string, label: string, slices: readonly number[] = [5]): boolean {
  const doc = pythonFrontend.parse('x.py', text);
  try {
    const byQuery = scopesByQuery(doc.tree);
    const byWalk = indexText(scopesByWalk(doc.tree));
    assert.equal(indexText(buildScopes(doc.tree)), byWalk, `${label}: buildScopes differs from the walk`);
    if (byQuery) assert.equal(indexText(byQuery), byWalk, `${label}: the query and the walk differ`);
    for (const slice of slices) {
      const sliced = scopesByQuery(doc.tree, slice);
      if (sliced) assert.equal(indexText(sliced), byWalk, `${label}: the query in slices of ${slice} and the walk differ`);
    }
    return !!byQuery;
  } finally {
    pythonFrontend.dispose!(doc);
  }
}

const TRICKY: Record<string, string> = {
  strings: 'x = f"{d[\'key\']} {g(\'a\' \'b\')}"\n"bare"\ny = "a" "b"\nz = ("p" + f"{"inner"}")\n',
  docstrings: 'def f():\n    """doc"""\n    return "v"\n\nclass C:\n    "doc"\n    s = "v"\n',
  holes: 'def f():\n    return f"{lambda: \'x\'}"\n',
  lambdas: 'k = lambda a, b=g(): (lambda: a)()\nm = sorted(xs, key=lambda v: v.name)\n',
  comprehensions: 'a = [y for y in (z for z in w) if y]\nb = {k: v for k, v in d.items()}\nc = {s for s in t}\n',
  chains: 'a = b = c = ssl.create_default_context()\nx.y = z.w = 1\nv += 2\n(n := 3)\n',
  scopes: 'import ssl as s\nfrom os import path as p, sep\nfrom x import *\nclass C(Base, metaclass=M):\n    def m(self, a, *b, c=1, **d):\n        global G\n        nonlocal_ = 1\n        with open(a) as (f, g), h as i:\n            for j, k in f:\n                try:\n                    pass\n                except E as e:\n                    pass\n',
  decorated: '@dec(arg="s")\ndef f(x=lambda: 1):\n    def g():\n        nonlocal x\n        x = 2\n',
  calls: 'f(a)(b)(c)\nobj.m(k=v, *args, **kw).n()\n',
  typing: 'if x:\n',
  broken: 'def f(:\n    x = (\nclass A(:\n  "abc\nf"{\nwith open(x) as\n',
};

describe('Python scope index: the query pass and the cursor walk agree', () => {
  before(() => prepare('python'));

  it('on tricky code: strings, holes, docstrings, lambdas, comprehensions, chains, scopes', () => {
    for (const [label, text] of Object.entries(TRICKY)) assert.ok(compare(text, label), `${label}: the query pass fell back to the walk`);
  });

  // Found by the 100,000-input fuzz run (seed 20261211, input 43824): on 32,000 nested `~` in an
  // unclosed call the query cursor took 7 s of CPU, the walk a fraction of one. Past its budget the
  // query stops and buildScopes takes the walk's index (how long the query takes is the machine's:
  // the speed is the fuzzer's to check, the index is this test's).
  it("on pathological nesting, buildScopes gives the walk's index", () => {
    const text = `extra(${'~\n'.repeat(32_000)}['verify'] = False\n`;
    const doc = pythonFrontend.parse('x.py', text);
    try {
      assert.equal(indexText(buildScopes(doc.tree)), indexText(scopesByWalk(doc.tree)));
    } finally {
      pythonFrontend.dispose!(doc);
    }
  });

  it("on every Python seed of the fuzzer, its truncations and 300 random inputs", () => {
    const opts = { lang: 'python', truncateAllUpTo: 30, maxChars: 16 * 1024, count: 300 } as const;
    const total = plannedInputs(opts);
    let viaQuery = 0;
    for (let i = 0; i < total; i++) {
      const input = makeInput(20261206, i, opts);
      // Small slices on one input in four (each slice costs a query): 3 characters on a short one.
      const slices = i % 4 !== 0 ? [] : input.text.length < 2048 ? [3] : [97];
      if (compare(input.text, `${input.id} (${input.generator} ${input.origin ?? ''})`, slices)) viaQuery++;
    }
    assert.ok(viaQuery > total * 0.9, `only ${viaQuery} of ${total} inputs took the query pass`);
  });
});
