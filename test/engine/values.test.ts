// Module bindings and value resolution, tested directly on the engine: each case calls
// `probe(expr)` and compares what the engine says `expr` is (value and module reference).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ts from 'typescript';
import type { Value } from '../../rules/js/api.js';
import { analyzeText } from '../helpers/lint.js';
import { parseSourceFile as parse } from '../../server/src/lang/js/parse.js';
import { FileModel, createRuleContext } from '../../server/src/lang/js/context.js';
import { noUnverifiedCertificate } from '../../rules/no-unverified-certificate/index.js';
import { optionSites } from '../../rules/js/option-sites.js';
import { FUNCTION_LIKE } from '../../server/src/lang/js/scope.js';

/** A value as short text: literals as JSON, objects with their keys, conditions in either(). */
function show(v: Value, depth = 0): string {
  switch (v.kind) {
    case 'literal':
      return v.value === undefined ? 'undefined' : typeof v.value === 'bigint' ? `${v.value}n` : JSON.stringify(v.value);
    case 'object':
      return `{${[...v.props].map(([k, p]) => `${k}: ${depth > 3 ? '…' : show(p.value, depth + 1)}`).join(', ')}${v.open ? (v.props.size ? ', …' : '…') : ''}}`;
    case 'array':
      return `[${v.elements.map((e) => show(e, depth + 1)).join(', ')}]`;
    case 'module':
      return `module ${v.ref.module}:${v.ref.path.join('.')}`;
    case 'instance':
      return `instance ${v.ref ? `${v.ref.module}:${v.ref.path.join('.')}` : '?'}`;
    case 'either':
      return `either(${v.branches.map((b) => [show(b.value, depth + 1), b.condition].filter(Boolean).join(' ')).join(' | ')})`;
    default:
      return v.kind;
  }
}

function model(code: string, fileName = 'probe.ts'): FileModel {
  return new FileModel(parse(fileName, code));
}

function probes(m: FileModel): ts.Expression[] {
  return m.index.calls.filter((c): c is ts.CallExpression => ts.isCallExpression(c) && ts.isIdentifier(c.expression) && c.expression.text === 'probe').map((c) => c.arguments[0]);
}

/** What each `probe(expr)` in the code evaluates to. */
function valuesOf(code: string, fileName?: string): string[] {
  const m = model(code, fileName);
  return probes(m).map((e) => show(m.values.valueOf(e)));
}

/** The module export each `probe(expr)` denotes, or '-' for none. */
function refsOf(code: string, fileName?: string): string[] {
  const m = model(code, fileName);
  return probes(m).map((e) => {
    const r = m.modules.refOf(e);
    return r ? `${r.module}:${r.path.join('.')}` : '-';
  });
}

describe('module bindings', () => {
  const cases: [string, string, string[], string?][] = [
    ['default import', "import tls from 'tls'; probe(tls.connect);", ['tls:connect']],
    ['namespace import of node:tls', "import * as tls from 'node:tls'; probe(tls.connect);", ['tls:connect']],
    ['renamed named import', "import { connect as c } from 'tls'; probe(c);", ['tls:connect']],
    ['default as named', "import { default as https } from 'https'; probe(https.request);", ['https:request']],
    ['import equals', "import tls = require('tls'); probe(tls.connect);", ['tls:connect']],
    ['require of node:tls', "const tls = require('node:tls'); probe(tls.connect);", ['tls:connect'], 'x.js'],
    ['destructured require', "const { request, get: g } = require('https'); probe(request); probe(g);", ['https:request', 'https:get'], 'x.cjs'],
    ['require member', "probe(require('https').get);", ['https:get'], 'x.js'],
    ['require(...).default', "const h = require('https').default; probe(h.get);", ['https:get'], 'x.js'],
    ['await import', "async function f() { const tls = await import('tls'); probe(tls.connect); }", ['tls:connect'], 'x.mjs'],
    ['destructured await import', "const { connect } = await import('node:tls'); probe(connect);", ['tls:connect'], 'x.mjs'],
    ['member of await import', "probe((await import('https')).request);", ['https:request'], 'x.mjs'],
    ['alias of a member', "import tls from 'tls'; const connect = tls.connect; const c2 = connect; probe(c2);", ['tls:connect']],
    ['destructured alias', "import tls from 'tls'; const { createServer: cs } = tls; probe(cs);", ['tls:createServer']],
    ['element access and optional chaining', "const tls = require('tls'); probe(tls['connect']); probe(tls?.connect);", ['tls:connect', 'tls:connect']],
    ['comma callee', "import tls from 'tls'; probe((0, tls.connect));", ['tls:connect']],
    ['constructor', "import https from 'https'; const { Agent } = https; probe(new Agent({}));", ['https:Agent.()']],
    ['createRequire', "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); const tls = require('tls'); probe(tls.connect);", ['tls:connect'], 'x.mjs'],
    ['a lazily required module', "let tls; function get() { return (tls ??= require('tls')); } var https; https = require('node:https'); probe(tls.connect); probe(https.get);", ['tls:connect', 'https:get'], 'x.js'],
    ['global process', 'probe(process.env); probe(globalThis.process.env);', ['process:env', 'process:env']],
    ['process aliases', "const env = process.env; const { env: e2 } = process; import p from 'node:process'; probe(env); probe(e2); probe(p.env);", ['process:env', 'process:env', 'process:env']],
    [
      'through many scopes that declare nothing, and past the ones that declare other names',
      "import tls from 'tls'; class C { static { for (const x of xs) { switch (k) { case 1: { try {} catch (e) { const f = () => { let y; probe(tls.connect); }; } } } } } }",
      ['tls:connect'],
    ],
    ['a method parameter of another name, and an index signature, do not hide it', "import tls from 'tls'; class C { [key: string]: unknown; m(other: number) { probe(tls.connect); } }", ['tls:connect']],
    [
      'the callback parameter of import().then',
      "import('tls').then((tls) => probe(tls.connect)); import('node:https').then(function ({ request: r }) { probe(r); }); import('tls').then(async (m) => probe(m.default.connect));",
      ['tls:connect', 'https:request', 'tls:connect'],
      'x.mjs',
    ],
  ];
  for (const [name, code, expected, file] of cases) {
    it(name, () => assert.deepEqual(refsOf(code, file), expected));
  }

  it('lists every function-like kind among the nodes that may hold a scope', () => {
    const expected = Object.values(ts.SyntaxKind).filter((k): k is ts.SyntaxKind => typeof k === 'number' && ts.isFunctionLike({ kind: k } as ts.Node));
    assert.deepEqual([...new Set(FUNCTION_LIKE)].sort((a, b) => a - b), [...new Set(expected)].sort((a, b) => a - b));
  });

  const notModules: [string, string, string?][] = [
    ['a parameter shadows the import', "import tls from 'tls'; function f(tls) { probe(tls.connect); }"],
    ['a block-scoped const shadows it, also at the top level', "import tls from 'tls'; { const tls = fake; probe(tls.connect); }"],
    ['a catch variable shadows it', "import tls from 'tls'; try {} catch (tls) { probe(tls.connect); }"],
    ['a for-of variable shadows it', "import tls from 'tls'; for (const tls of list) probe(tls.connect);"],
    ['a hoisted var shadows it', "const tls = require('tls'); function f() { probe(tls.connect); var tls = 1; }", 'x.js'],
    ['a declaration several scopes out shadows it', "import tls from 'tls'; function f() { const tls = fake; for (;;) { { switch (k) { default: { probe(tls.connect); } } } } }"],
    ['a class static block and a method parameter shadow it', "import tls from 'tls'; class C { static { const tls = fake; probe(tls.connect); } m(tls) { probe(tls.connect); } }"],
    ['a variable assigned two different modules is neither', "let m = require('tls'); if (x) m = require('https'); probe(m.connect);", 'x.js'],
    ['a reassigned variable is not the module', "let tls = require('tls'); tls = mock; probe(tls.connect);", 'x.js'],
    ['a local require is not require', "function require(x) {} const tls = require('tls'); probe(tls.connect);", 'x.js'],
    ['a relative module is not the core module', "const https = require('./https'); probe(https.request.name);", 'x.js'],
    ['a local process is not the process', 'const process = { env: {} }; probe(process.env);'],
    ['a parameter named process is not the process', 'function f(process) { probe(process.env); }'],
    ['a local object with the same shape', 'const tls = { connect() {} }; probe(tls.connect);'],
    ['a then callback of something else, or not its first parameter', "loadTls().then((tls) => probe(tls.connect)); import('tls').then((ok, tls) => probe(tls.connect)); import('tls').then(({ connect = fake }) => probe(connect));", 'x.mjs'],
    ['a then callback parameter that is reassigned', "import('tls').then((tls) => { tls = mock; probe(tls.connect); });", 'x.mjs'],
  ];
  for (const [name, code, file] of notModules) {
    it(name, () => {
      const refs = refsOf(code, file);
      assert.ok(refs.every((r) => r === '-' || r.startsWith('./')), refs.join(', '));
      assert.ok(refs.every((r) => !r.startsWith('tls:') && !r.startsWith('https:') && !r.startsWith('process:')), refs.join(', '));
    });
  }
});

describe('values', () => {
  const cases: [string, string, string[], string?][] = [
    ['literals', "probe('a'); probe(1); probe(true); probe(null); probe(undefined); probe(void 0);", ['"a"', '1', 'true', 'null', 'undefined', 'undefined']],
    ['negation', 'probe(!true); probe(!!0); probe(!(c ? true : false));', ['false', 'false', 'either(false when c is truthy | true when c is falsy)']],
    ['wrappers', 'probe((false as boolean)); probe(<boolean>false); probe(x!); probe((1 satisfies number));', ['false', 'false', 'unknown', '1']],
    ['string building', "probe('a' + 'b' + 1); probe(`a${1}b`); probe(['a', 'b'].join(':')); probe([1, null, 2].join());", ['"ab1"', '"a1b"', '"a:b"', '"1,,2"']],
    [
      "a known string's own tests: on each branch of one, not on an array or an unknown string",
      "const u = 'redis://h:6379'; probe(u.startsWith('rediss://')); probe(!u.startsWith('redis')); probe('a.internal'.endsWith('.internal')); probe('x?tls=true'.includes('tls=true')); probe((c ? 'rediss://a' : 'redis://b').startsWith('rediss://')); probe(['rediss://'].includes(u)); probe(x.startsWith('a')); probe(u.startsWith(x)); probe(u.startsWith('r', 1));",
      ['false', 'false', 'true', 'true', 'either(true when c is truthy | false when c is falsy)', 'unknown', 'unknown', 'unknown', 'unknown'],
    ],
    ['join through spreads and variables', "const parts = ['ECDHE', 'AES']; probe([...parts, 'GCM'].join(':'));", ['"ECDHE:AES:GCM"']],
    ['conversions', "probe(String(0)); probe(Number('0')); probe(Boolean(0)); probe((0).toString()); probe(+false); probe(-'1'); probe(~0);", ['"0"', '0', 'false', '"0"', '0', '-1', '-1']],
    // The local function's own result, not the global conversion's '0'.
    ['a local String is not the global', "function String(x) { return 'x'; } probe(String(0));", ['"x"']],
    [
      'crypto.defaultCipherList does not exist, nor do inherited members',
      "import crypto from 'crypto'; import tls from 'tls'; probe(crypto.defaultCipherList); probe(tls.toString); probe(crypto.constants.constructor);",
      ['module crypto:defaultCipherList', 'module tls:toString', 'module crypto:constants.constructor'],
    ],
    [
      'known constants',
      "import tls from 'tls'; import crypto from 'crypto'; import { DEFAULT_MIN_VERSION } from 'node:tls'; probe(tls.DEFAULT_MIN_VERSION); probe(DEFAULT_MIN_VERSION); probe(crypto.constants.SSL_OP_NO_TLSv1 | crypto.constants.SSL_OP_NO_TLSv1_1);",
      ['"TLSv1.2"', '"TLSv1.2"', '335544320'],
    ],
    ['destructured constants', "const { constants: { SSL_OP_LEGACY_SERVER_CONNECT } } = require('crypto'); probe(SSL_OP_LEGACY_SERVER_CONNECT);", ['4'], 'x.js'],
    ['conditional', 'probe(c ? 1 : 2); probe(true ? 1 : 2); probe({} ? 1 : 2);', ['either(1 when c is truthy | 2 when c is falsy)', '1', '1']],
    ['equality of literals, and of one of several literals against one (each branch under its condition)', "const T = { a: { u: 'anon' }, b: { u: 'bob' } }; probe('a' === 'a'); probe(1 !== 2); probe(null == undefined); probe(1 == '1'); probe(x === 'a'); probe(T[k].u === 'anon');", ['true', 'true', 'true', 'unknown', 'unknown', "either(true when k is 'a' | false when k is 'b')"]],
    ['a comparison with the deployment read through a default other than the compared value: one condition, unset included', "const env = process.env.NODE_ENV ?? 'development'; probe(env === 'production'); const own = process.env.TLS_MODE ?? 'strict'; probe(own === 'strict');", ["either(true when NODE_ENV is 'production' | false when NODE_ENV is not 'production')", 'unknown']],
    ['a comparison with the deployment read through a default equal to the compared value: set and unset apart', "const env = process.env.NODE_ENV ?? 'production'; probe(env === 'production');", ["either(true when NODE_ENV is set and when NODE_ENV is 'production' | false when NODE_ENV is set and when NODE_ENV is not 'production' | true when NODE_ENV is null or undefined)"]],
    ['a conditional on a test decided in each branch takes each side under that branch', "const T = { a: { u: 'anon' }, b: { u: 'bob' } }; probe(T[k].u === 'anon' ? undefined : 'pw'); probe(T[k].u === x ? 1 : 2);", ["either(undefined when k is 'a' | \"pw\" when k is 'b')", "either(1 when T[k].u is x | 2 when T[k].u is not x)"]],
    ['a function of guards and a last return', "function cred(key) { const local = 'mailhog'; if (key === local) return undefined; if (!key) { return null; } return { user: 'u' }; } probe(cred('mailhog')); probe(cred('x')); probe(cred(k)); function two(a) { if (a) return 1; else return 2; } probe(two(b));", ['undefined', '{user: "u"}', 'either(undefined when key is local | null when key is not local and when key is falsy | {user: "u"} when key is not local and when key is truthy)', 'unknown']],
    ['a version of a spread keeps what the other properties are under its condition', "const T = { a: { h: 1 }, b: { h: 2 } }; probe({ ...T[k], p: k === 'a' ? 'x' : 'y', q: c ? 1 : 2 });", ["either({h: 1, p: \"x\", q: either(1 when c is truthy | 2 when c is falsy)} when k is 'a' | {h: 2, p: \"y\", q: either(1 when c is truthy | 2 when c is falsy)} when k is 'b')"]],
    ['nullish', 'probe(a ?? 1); probe(null ?? 5); probe(0 ?? 5); probe(process.env.X ?? false);', ['either(unknown when a is set | 1 when a is null or undefined)', '5', '0', 'either(module process:env.X when X is set | false when X is null or undefined)']],
    ['or and and', 'probe(a || false); probe(0 || 5); probe(a && 1);', ['either(unknown when a is truthy | false when a is falsy)', '5', 'either(unknown when a is falsy | 1 when a is truthy)']],
    ['an unknown call may be falsy or nullish', 'probe(f() || false); probe(f() ?? false);', ['either(unknown when f() is truthy | false when f() is falsy)', 'either(unknown when f() is set | false when f() is null or undefined)']],
    ['new is never nullish', 'probe(new Foo() ?? false);', ['instance ?']],
    ['last assignment before the use', 'let x = 1; x = 2; probe(x); x = 3; probe(x);', ['2', '3']],
    ['compound assignment', "let s = 'a'; s += 'b'; probe(s); let n = 1; n |= 2; probe(n); let o; o ??= 4; probe(o);", ['"ab"', '3', '4']],
    ['updates and destructuring assignments make a variable unknown', 'let z = 1; z++; probe(z); let y = 1; ({ y } = obj); probe(y); let w; [w] = arr; probe(w);', ['unknown', 'unknown', 'unknown']],
    ['a for-of target is unknown', 'let w = { r: false }; for (w of items) probe(w);', ['unknown']],
    ['uninitialised let is undefined', 'let y; probe(y);', ['undefined']],
    ['a for-of variable over an array the file writes is each element; over anything else, and a for-in variable, unknown', "for (const v of [false]) probe(v); for (const k in o) probe(k); for (const w of list) probe(w); for (const [a, b] of [['x', 1], ['y', 2]]) probe(a); ['p', 'q'].forEach((e) => probe(e));", ['false', 'unknown', 'unknown', 'either("x" | "y")', 'either("p" | "q")']],
    ['a loop that tests its variable may skip elements: unknown', "for (const v of [false, true]) { if (v) probe(v); } [1, 2].forEach((n) => n > 1 && probe(n));", ['unknown', 'unknown']],
    ['destructuring defaults of a value the file does not say, rest elements and array defaults are unknown', 'const { a = false, ...rest } = opts; probe(a); probe(rest); const [b = false] = arr; probe(b);', ['unknown', 'unknown', 'unknown']],
    [
      'an object destructuring default holds where the initialiser leaves the name undefined (in each branch)',
      'const { a = true } = { a: false }; probe(a); const { b = true } = {}; probe(b); const { c: d = true } = k ? { c: false } : {}; probe(d); const { e = true } = { e: undefined }; probe(e); const { f: { g } = { g: 1 } } = {}; probe(g);',
      ['false', 'true', 'either(false when k is truthy | true when k is falsy)', 'true', 'unknown'],
    ],
    ['a plain destructuring path', 'const { a: { b } } = { a: { b: false } }; const [first] = [true]; probe(b); probe(first);', ['false', 'true']],
    ['an ambient declaration is unknown', 'declare const opts: { r: boolean }; probe(opts);', ['unknown']],
    ['object spreads in order', 'const base = { a: 1, b: 2 }; probe({ ...base, a: 3 }); probe({ a: 3, ...base }); probe({ ...null, c: 1 }); probe({ ...unknownThing, c: 1 });', ['{a: 3, b: 2}', '{a: 1, b: 2}', '{c: 1}', '{c: 1, …}']],
    ['Object.assign', 'const base = { a: 1 }; probe(Object.assign({}, base, { a: 2, b: 9 })); const t = { a: 1 }; Object.assign(t, { a: 5 }); probe(t);', ['{a: 2, b: 9}', '{a: 5}']],
    ['member writes and deletes before the use', "const o = { a: 1 }; o.b = 2; o['c'] = 3; delete o.a; probe(o); o.d = 4;", ['{b: 2, c: 3}']],
    ['nested member writes', 'const t = { a: { b: false } }; t.a.b = true; probe(t);', ['{a: {b: true}}']],
    ['a write under something unknown opens the object', 'const t = { a: x }; t.a.b = true; probe(t);', ['{a: unknown, …}']],
    ['writes through an alias', 'const o = { r: false }; const p = o; p.r = true; probe(o); probe(p);', ['{r: true}', '{r: true}']],
    ['writes after a reassignment', 'let o2 = {}; o2 = { r: false }; o2.r = true; probe(o2);', ['{r: true}']],
    ['a spread of a conditional splits the object', 'const u = c ? { r: false } : { r: true }; probe({ ...u, x: 1 }); probe(u.r);', ['either({r: false, x: 1} when c is truthy | {r: true, x: 1} when c is falsy)', 'either(false when c is truthy | true when c is falsy)']],
    ['writes apply to every branch', 'const u = c ? { r: false } : {}; u.r = true; probe(u);', ['either({r: true} when c is truthy | {r: true} when c is falsy)']],
    ['a write under an if holds only in its branch', 'let verify = false; if (prod) verify = true; probe(verify);', ['either(true when prod is truthy | false when prod is falsy)']],
    ['writes in both branches of an if', 'let v = 1; if (a) v = 2; else v = 3; probe(v);', ['either(3 when a is falsy | 2 when a is truthy)']],
    ['nested ifs', 'let v = 1; if (a) { if (b) v = 2; } probe(v);', ['either(2 when a is truthy and when b is truthy | 1 otherwise)']],
    ['a use inside the same if sees the write', 'let v = 1; if (a) { v = 2; probe(v); }', ['2']],
    ['member writes under an if', 'const o = { r: false }; if (prod) o.r = true; o.x = 1; probe(o);', ['either({r: true, x: 1} when prod is truthy | {r: false, x: 1} when prod is falsy)']],
    ['member writes in both branches', 'const o = {}; if (a) o.r = false; else { o.x = 1; o.y = 2; } probe(o);', ['either({r: false} when a is truthy | {x: 1, y: 2} when a is falsy)']],
    ['compound member writes', "const o = { c: 'A' }; o.c += ':B'; o.d ??= 1; o.c ??= 'x'; probe(o); function f(p) { const q = { ...p }; q.r ||= false; probe(q); }", ['{c: "A:B", d: 1}', '{r: either(unknown when q.r is truthy | false when q.r is falsy), …}']],
    ['Object.assign of a conditional source', 'const o = { a: 1 }; Object.assign(o, c ? { r: false } : {}); probe(o);', ['either({a: 1, r: false} when c is truthy | {a: 1} when c is falsy)']],
    ['computed keys', "const k = 'rejectUnauthorized'; probe({ [k]: false }); probe({ ['a']: 1 }); probe({ [unknownKey]: 1 });", ['{rejectUnauthorized: false}', '{a: 1}', '{…}']],
    ['array elements', 'const a1 = [1, 2]; probe(a1[0]); probe(a1[5]);', ['1', 'undefined']],
    ['functions', 'function h() {} probe(h); probe(() => 1);', ['function', 'function']],
    ['Object.freeze keeps the object', 'probe(Object.freeze({ a: 1 }));', ['{a: 1}']],
    [
      'string enums and const enums',
      "enum V { Old = 'TLSv1', Same = Old, Joined = 'TLS' + 'v1.1' } const enum C { Max = 'TLSv1.1' } probe(V.Old); probe(V.Same); probe(V['Joined']); probe(C.Max); probe(V.Missing);",
      ['"TLSv1"', '"TLSv1"', '"TLSv1.1"', '"TLSv1.1"', 'undefined'],
    ],
    [
      'numeric enums count up and map back to their names',
      'enum N { A, B, C = 10, D, E = -1, F } enum N { G = 7 } probe(N.A); probe(N.B); probe(N.D); probe(N.F); probe(N.G); probe(N[11]); probe(N.A | N.D);',
      ['0', '1', '11', '0', '7', '"D"', '11'],
    ],
    ['a member after an unknown one is unknown', 'enum U { A = f(), B } probe(U.A); probe(U.B);', ['unknown', 'unknown']],
    ['an enum merged with a namespace may hold more', 'enum M { A = 1 } namespace M { export const b = 2; } probe(M.A); probe(M.b);', ['1', 'unknown']],
    ['an ambient enum is unknown', "declare enum D { Old = 'TLSv1' } probe(D.Old);", ['unknown']],
    [
      'a value the file does not say becomes an object once something is written to it',
      'function f(o, p) { o.r = false; probe(o); probe(p); } function g(q) { if (x) q.r = false; probe(q); } const h = make(); Object.assign(h, { a: 1 }); probe(h);',
      ['{r: false, …}', 'unknown', 'either({r: false, …} when x is truthy | unknown when x is falsy)', '{a: 1, …}'],
    ],
    ['a module is not made an object by a write', "const tls = require('tls'); tls.DEFAULT_MIN_VERSION = 'TLSv1'; probe(tls);", ['module tls:'], 'x.js'],
  ];
  for (const [name, code, expected, file] of cases) {
    it(name, () => assert.deepEqual(valuesOf(code, file), expected));
  }

  it("tls.DEFAULT_CIPHERS is Node 20's default list", () => {
    const [a] = valuesOf("import tls from 'node:tls'; probe(tls.DEFAULT_CIPHERS);");
    assert.match(a, /^"TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:.*:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA"$/);
  });

  it('crypto.constants.defaultCipherList and defaultCoreCipherList are the same list', () => {
    const [tlsDefault, ...others] = valuesOf(
      "import tls from 'node:tls'; import { constants } from 'node:crypto'; probe(tls.DEFAULT_CIPHERS); probe(constants.defaultCipherList); probe(require('crypto').constants.defaultCoreCipherList); probe(require('constants').defaultCipherList);",
      'x.js',
    );
    assert.match(tlsDefault, /^"TLS_AES_256_GCM_SHA384:/);
    assert.deepEqual(others, [tlsDefault, tlsDefault, tlsDefault]);
  });
});

describe('sink calls', () => {
  function sinks(code: string, fileName = 'x.ts'): string[] {
    const m = model(code, fileName);
    return m.sinkCalls.map((c) => `${c.sink.id} ${c.tlsOptions.map((t) => show(t.value)).join(' ')}`.trim());
  }

  it('matches a comma callee and a callee held in an object', () => {
    assert.deepEqual(sinks("import tls from 'tls'; (0, tls.connect)({ a: 1 }); const o = { c: tls.connect }; o.c({ b: 2 });"), ['tls.connect {a: 1}', 'tls.connect {b: 2}']);
  });

  // A callee `o.k` whose `k` no sink ends with is evaluated only when the text stores a value
  // under `k` (sink-calls.ts mayHoldSink): every way of storing one still finds the sink.
  it('matches a sink held under a name no sink ends with, however the name is stored', () => {
    const cases: [string, string][] = [
      ["import tls from 'tls'; const o = {}; o.c = tls.connect; o.c({ a: 1 });", 'member write'],
      ["import tls from 'tls'; let o = {}; o.c\n  ??= tls.connect; o.c({ a: 1 });", 'compound write on the next line'],
      ["import tls from 'tls'; const o = { ['c']: tls.connect }; o.c({ a: 1 });", 'computed string key'],
      ["import tls from 'tls'; const o = {}; o['c'] = tls.connect; o.c({ a: 1 });", 'element write'],
      ["import tls from 'tls'; const K = 'c'; const o = { [K]: tls.connect }; o.c({ a: 1 });", 'computed key from a constant'],
      ["import tls from 'tls'; class A { constructor(private c: unknown) {} } const a = new A(tls.connect); a.c({ a: 1 });", 'parameter property'],
      ["import tls from 'tls'; const c = tls.connect; const o = { c }; o . c({ a: 1 });", 'shorthand, spaced member'],
      ["import tls from 'tls'; class A { c = tls.connect; m() { this.c({ a: 1 }); } }", 'class field'],
      ["import tls from 'tls'; class A { get c() { return tls.connect; } m() { this.c({ a: 1 }); } }", 'class getter'],
      ["import tls from 'tls'; const o = { c: tls.connect }; o?.c({ a: 1 });", 'optional chain'],
      ["import tls from 'tls'; const o = { c: tls.connect }; const p = { ...o }; p.c({ a: 1 });", 'spread copy'],
    ];
    for (const [code, what] of cases) assert.deepEqual(sinks(code), ['tls.connect {a: 1}'], what);
  });

  it('reads TLS options from every branch of a conditional argument', () => {
    assert.deepEqual(sinks("import https from 'https'; https.createServer(dev ? { requestCert: true } : { cert });"), ['https.createServer {requestCert: true} {cert: unknown}']);
  });

  it('reads TLS options at the library path', () => {
    assert.deepEqual(sinks("import { Client } from 'pg'; new Client({ ssl: { rejectUnauthorized: false } });"), ['pg {rejectUnauthorized: false}']);
  });

  it('does not match a shadowed module', () => {
    assert.deepEqual(sinks("import tls from 'tls'; function f(tls) { tls.connect({}); }"), []);
  });

  it('reads the writes made to a parameter before the call', () => {
    assert.deepEqual(sinks("import tls from 'tls'; export function f(o) { o.minVersion = 'TLSv1'; return tls.connect(o); }"), ['tls.connect {minVersion: "TLSv1", …}']);
  });

  it('a write to a parameter passed to a sink is reported once, as part of the sink', () => {
    const code = "import https from 'node:https';\nexport function get(url, o) {\n  o.rejectUnauthorized = false;\n  return https.request(url, o);\n}\n";
    const m = model(code);
    assert.deepEqual(m.looseWrites.map((w) => w.key), []);
    const findings = analyzeText('x.ts', code, { rules: [noUnverifiedCertificate] }).findings;
    assert.deepEqual(findings.map((f) => code.slice(f.start, f.end)), ['o.rejectUnauthorized = false']);
    assert.match(findings[0].message, /in https\.request/);
  });

  it('matches mysql2 cluster.add(name, config) and ioredis with a positional host', () => {
    assert.deepEqual(
      sinks("import mysql from 'mysql2'; const c = mysql.createPoolCluster({ canRetry: true }); c.add('a', { ssl: { ca } }); c.add({ ssl: {} });\nimport Redis from 'ioredis'; new Redis(6380, 'h', { tls: {} });"),
      ['mysql2 {ca: unknown}', 'mysql2 {}', 'ioredis {}'],
    );
  });

  it('still finds the sinks of a file that does not parse', () => {
    assert.deepEqual(sinks("import tls from 'tls';\ntls.connect({ a: 1 });\nconst broken = ;\n"), ['tls.connect {a: 1}']);
  });
});

describe('option sites', () => {
  function sites(code: string, names: string[], fileName = 'x.ts'): string[] {
    const m = model(code, fileName);
    const ctx = createRuleContext(m, fileName, () => {});
    return optionSites(ctx, new Set(names)).map((s) => `${s.prop.node.getText()}${s.sink ? ` in ${s.sink.sink.id}` : ''}${s.condition ? ` (${s.condition})` : ''}`);
  }

  it('a member write under an if: each option says when the options hold it', () => {
    assert.deepEqual(sites("import tls from 'tls';\nconst o = { host: 'x', minVersion: 'TLSv1' }; if (modern) o.minVersion = 'TLSv1.2'; tls.connect(o);", ['minVersion']), [
      "minVersion: 'TLSv1' in tls.connect (when modern is falsy)",
      "o.minVersion = 'TLSv1.2' in tls.connect (when modern is truthy)",
    ]);
  });

  it('loose writes cover every option whose values the rules check, and only those', () => {
    const code = "class C { f() { this.options.secureProtocol = 'TLSv1_method'; this.o.minVersion = 'TLSv1'; this.o.maxVersion = 'TLSv1.1'; this.o.checkServerIdentity = () => undefined; this.o.rejectUnauthorized = false; this.o.host = 'x'; this.o.ca = pem; } }";
    assert.deepEqual(sites(code, ['secureProtocol', 'minVersion', 'maxVersion', 'checkServerIdentity', 'rejectUnauthorized', 'host', 'ca']), [
      "this.options.secureProtocol = 'TLSv1_method'",
      "this.o.minVersion = 'TLSv1'",
      "this.o.maxVersion = 'TLSv1.1'",
      'this.o.checkServerIdentity = () => undefined',
      'this.o.rejectUnauthorized = false',
    ]);
  });

  it('a JSX attribute is not an option bag; an object literal given as a prop is one', () => {
    const code = "export const P = () => <Proxy rejectUnauthorized={false} minVersion=\"TLSv1\" tls={{ checkServerIdentity: () => undefined }} />;";
    assert.deepEqual(sites(code, ['rejectUnauthorized', 'minVersion', 'checkServerIdentity'], 'x.tsx'), ['checkServerIdentity: () => undefined']);
  });
});
