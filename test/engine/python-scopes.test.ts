// The Python model's scope index is built from the nodes tree-sitter finds by type (scope-build.ts);
// the cursor walk it replaced stays for trees with syntax errors. Both must give the same index,
// binding for binding and node for node, on tricky code, broken code and the fuzzer's inputs.
// test-unit: own process (about 5 s of CPU: a thousand inputs parsed and indexed three or four times)
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { pythonFrontend } from '../../server/src/lang/python/index.js';
import { buildScopes, scopesByDescendants, scopesByWalk } from '../../server/src/lang/python/scope-build.js';
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
 * Whether the pass by types gave an index (not the walk's fallback; on broken code too, which
 * buildScopes gives the walk), and that it equals the walk's, also when the source is read in
 * slices of one or a few lines (every node meets a boundary).
 */
function compare(text: string, label: string, slices: readonly number[] = [1]): boolean {
  const doc = pythonFrontend.parse('x.py', text);
  try {
    const byTypes = scopesByDescendants(doc.tree, undefined, true);
    const byWalk = indexText(scopesByWalk(doc.tree));
    assert.equal(indexText(buildScopes(doc.tree)), byWalk, `${label}: buildScopes differs from the walk`);
    if (byTypes) assert.equal(indexText(byTypes), byWalk, `${label}: the pass by types and the walk differ`);
    for (const slice of slices) {
      const sliced = scopesByDescendants(doc.tree, slice, true);
      if (sliced) assert.equal(indexText(sliced), byWalk, `${label}: the pass by types in slices of ${slice} lines and the walk differ`);
    }
    return !!byTypes;
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

describe('Python scope index: the pass by types and the cursor walk agree', () => {
  before(() => prepare('python'));

  it('on tricky code: strings, holes, docstrings, lambdas, comprehensions, chains, scopes', () => {
    for (const [label, text] of Object.entries(TRICKY)) assert.ok(compare(text, label), `${label}: the pass by types fell back to the walk`);
  });

  // Found by the 100,000-input fuzz run (seed 20261211, input 43824): on 32,000 nested `~` in an
  // unclosed call a query cursor (the pass before this one) took 7 s of CPU, the walk a fraction of
  // one. The pass by types is a plain walk inside WebAssembly: it gives the walk's index here too.
  it("on pathological nesting, buildScopes gives the walk's index", () => {
    const text = `extra(${'~\n'.repeat(32_000)}['verify'] = False\n`;
    const doc = pythonFrontend.parse('x.py', text);
    try {
      const byWalk = indexText(scopesByWalk(doc.tree));
      assert.equal(indexText(buildScopes(doc.tree)), byWalk);
      const byTypes = scopesByDescendants(doc.tree, undefined, true);
      assert.ok(byTypes);
      assert.equal(indexText(byTypes), byWalk);
    } finally {
      pythonFrontend.dispose!(doc);
    }
  });

  it("on every Python seed of the fuzzer, its truncations and 300 random inputs", () => {
    const opts = { lang: 'python', truncateAllUpTo: 30, maxChars: 16 * 1024, count: 300 } as const;
    const total = plannedInputs(opts);
    let viaTypes = 0;
    for (let i = 0; i < total; i++) {
      const input = makeInput(20261206, i, opts);
      // Small slices on one input in four (each slice costs a walk in WebAssembly): 1 line on a short one.
      const slices = i % 4 !== 0 ? [] : input.text.length < 2048 ? [1] : [7];
      if (compare(input.text, `${input.id} (${input.generator} ${input.origin ?? ''})`, slices)) viaTypes++;
    }
    assert.ok(viaTypes > total * 0.9, `only ${viaTypes} of ${total} inputs took the pass by types`);
  });
});
