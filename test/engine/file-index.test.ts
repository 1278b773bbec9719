// The file index's lists that spare a walk (lang/js/collect.ts): the calls in source order, which
// callsWithin searches by position (lang/js/calls-within.ts), and the classes that extend another,
// which inherited-sinks.ts reads unless a class may stand in code the walk did not enter.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { collect } from '../../server/src/lang/js/collect.js';
import { callsWithin } from '../../server/src/lang/js/calls-within.js';
import { contains } from '../../server/src/lang/js/guards.js';
import { parseSourceFile as parse } from '../../server/src/lang/js/parse.js';

const CODE = `import tls from 'tls';
const a = f(g(1), new H(h()));
function outer(x) {
  const inner = () => tls.connect({ host: x, port: k(2) });
  return inner(m(n()));
}
class C extends (mixin(Base)) {
  run() { return this.go(p(), q(r())); }
}
(function () { s(); })();
t(() => u(v()));
`;

describe('callsWithin', () => {
  const sf = parse('a.ts', CODE);
  const { calls } = collect(sf);
  const outers: ts.Node[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n) || ts.isClassLike(n) || ts.isCallExpression(n) || ts.isNewExpression(n)) outers.push(n);
    ts.forEachChild(n, visit);
  };
  visit(sf);

  it('gives the calls each function, class or call contains, in source order, as a test of every call does', () => {
    assert.ok(outers.length > 15);
    for (const o of outers) assert.deepEqual(callsWithin(calls, o), calls.filter((c) => contains(o, c)), o.getText(sf));
  });

  it('reads a list not in source order whole', () => {
    const shuffled = [...calls].reverse();
    for (const o of outers) assert.deepEqual(callsWithin(shuffled, o), shuffled.filter((c) => contains(o, c)));
  });
});

describe('FileIndex.subclasses', () => {
  it('lists the classes that extend another, declarations and expressions, in source order', () => {
    const sf = parse('a.ts', 'class A extends B {}\nclass C {}\nconst D = class extends A { m() { return class E extends D {}; } };\ninterface I extends J {}\n');
    const index = collect(sf);
    assert.deepEqual(index.subclasses.map((c) => c.name?.text ?? 'D'), ['A', 'D', 'E']);
    // The interface is not walked (nor listed): it is among the nodes the walk did not enter.
    assert.deepEqual(index.unwalked.map((n) => ts.SyntaxKind[n.kind]), ['InterfaceDeclaration']);
  });

  it('does not enter ambient code: a declared class is among the nodes not walked, not in the list', () => {
    const sf = parse('a.ts', 'declare class A extends B {}\nclass C extends D {}\n');
    const index = collect(sf);
    assert.deepEqual(index.subclasses.map((c) => c.name?.text), ['C']);
    assert.equal(index.unwalked.length, 1);
    assert.ok(sf.text.slice(index.unwalked[0].pos, index.unwalked[0].end).includes('class'));
  });
});
