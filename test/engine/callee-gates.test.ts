// lang/js/callee-gates.ts decides from a file's syntax that a callee cannot be a sink or a helper
// before its value is looked up. Each case checks the gate's answer, and that it is sound: a
// callee the gate rules out never evaluates to a function or class, and a file it finds no sink
// module in has no callee evaluating to a sink module's export.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { parseSourceFile as parse } from '../../server/src/lang/js/parse.js';
import { FileModel } from '../../server/src/lang/js/context.js';
import { mayCallHelper, mayNameSinkModule } from '../../server/src/lang/js/callee-gates.js';
import { classOf } from '../../server/src/lang/js/frames.js';
import { SINKS } from '../../rules/data/node/sinks.js';

const SINK_MODULES = new Set(SINKS.flatMap((s) => s.modules));

function model(code: string): FileModel {
  return new FileModel(parse('gates.ts', code));
}

/** The gate's answer for the callee written `name(` or `.name(` last in the file. */
function gate(m: FileModel, callee: string): boolean {
  const call = [...m.index.calls].reverse().find((c) => c.expression.getText().endsWith(callee));
  assert.ok(call, `no call of ${callee}`);
  return mayCallHelper(m.index, m.modules, m.values, call.expression);
}

/** Every callee the gate rules out is no function and no class. */
function assertSound(m: FileModel): void {
  for (const c of m.index.calls) {
    if (mayCallHelper(m.index, m.modules, m.values, c.expression)) continue;
    const v = m.values.valueOf(c.expression);
    assert.ok(v.kind !== 'function' && !classOf(v), `${c.expression.getText()} was ruled out but is ${v.kind}`);
  }
}

describe('callee gates: o.k(…) and cb(…) that cannot call a helper', () => {
  const cases: { code: string; callee: string; may: boolean }[] = [
    { code: `import assert from 'assert'; assert.strictEqual(a, 1);`, callee: 'strictEqual', may: false },
    { code: `const o = { send: (x) => x }; o.send({ a: 1 });`, callee: 'send', may: true },
    { code: `const o = { send(x) { return x; } }; o.send({ a: 1 });`, callee: 'send', may: true },
    { code: `const K = 'send'; const o = { [K]: (x) => x }; o.send({ a: 1 });`, callee: 'send', may: true },
    { code: `const o = {}; o.send = (x) => x; o.send({ a: 1 });`, callee: 'send', may: true },
    { code: `const o = {}; o['send'] = (x) => x; o.send({ a: 1 });`, callee: 'send', may: true },
    { code: `class C { send = (x) => x; go() { this.send({ a: 1 }); } }`, callee: 'send', may: true },
    { code: `class C { get send() { return (x) => x; } go() { this.send({ a: 1 }); } }`, callee: 'send', may: true },
    { code: `class C { constructor(private send: (x: unknown) => void) {} go() { this.send({ a: 1 }); } }`, callee: 'send', may: true },
    { code: `class C { constructor() { this.send = (x) => x; } go() { this.send({ a: 1 }); } }`, callee: 'send', may: true },
    // A method is no value this.k gives (call-values.ts classMember).
    { code: `class C { send(x) { return x; } go() { this.send({ a: 1 }); } }`, callee: 'send', may: false },
    { code: `function f(cb) { cb({ a: 1 }); }`, callee: 'cb', may: false },
    { code: `function f(cb) { cb = helper; cb({ a: 1 }); } function helper(x) { return x; }`, callee: 'cb', may: true },
    { code: `[a, b].forEach((cb) => cb({ a: 1 }));`, callee: 'cb', may: true },
    { code: `function f(opts = { verify: false }) { opts.send({ a: 1 }); } const o = { send: (x) => x };`, callee: 'send', may: false },
    { code: `function f(opts) { opts.send = (x) => x; opts.send({ a: 1 }); }`, callee: 'send', may: true },
    { code: `function f(opts) { const alias = opts; alias.send = (x) => x; opts.send({ a: 1 }); }`, callee: 'send', may: true },
    { code: `function f(opts) { opts.agent.send({ a: 1 }); } const o = { send: (x) => x };`, callee: 'send', may: false },
    { code: `function helper(x) { return x; } helper({ a: 1 });`, callee: 'helper', may: true },
    { code: `const o = { send: (x) => x }; const p = { ...o }; p.send({ a: 1 });`, callee: 'send', may: true },
  ];
  for (const c of cases) {
    it(`${c.may ? 'may' : 'cannot'}: ${c.code}`, () => {
      const m = model(c.code);
      assert.equal(gate(m, c.callee), c.may);
      assertSound(m);
    });
  }
});

describe('callee gates: files that name no sink module', () => {
  const cases: { code: string; may: boolean }[] = [
    { code: `const tls = require('tls'); tls.connect({ rejectUnauthorized: false });`, may: true },
    { code: `import https from 'node:https'; https.request({});`, may: true },
    { code: `import('tls').then((t) => t.connect({}));`, may: true },
    { code: `import tls = require('tls'); tls.connect({});`, may: true },
    { code: `import axios from 'axios'; axios.default({});`, may: true },
    { code: `const assert = require('assert'); const o = { c: assert.ok }; o.c(1); process.exit(1);`, may: false },
    { code: `const { connect } = require('./tls'); connect({ rejectUnauthorized: false });`, may: false },
    { code: `const m = require(name); m.connect({});`, may: false },
  ];
  for (const c of cases) {
    it(`${c.may ? 'may' : 'cannot'}: ${c.code}`, () => {
      const m = model(c.code);
      assert.equal(mayNameSinkModule(m.index, m.modules, m.values), c.may);
      if (c.may) return;
      assert.deepEqual(m.sinkCalls, []);
      for (const call of m.index.calls) {
        const v = m.values.valueOf(call.expression);
        assert.ok(v.kind !== 'module' || !SINK_MODULES.has(v.ref.module), `${call.expression.getText()} is ${v.kind}`);
        assert.ok(!SINK_MODULES.has(m.modules.refOf(call.expression)?.module ?? ''));
      }
    });
  }
  it('the sinks of a file that names a sink module are still found', () => {
    const m = model(`const tls = require('tls'); const o = { c: tls.connect }; o.c({ rejectUnauthorized: false });`);
    assert.deepEqual(
      m.sinkCalls.map((s) => s.node.expression.getText()),
      ['o.c'],
    );
    assert.ok(ts.isCallExpression(m.sinkCalls[0].node));
  });
});
