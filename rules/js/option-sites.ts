// Where TLS options are written, found through every evaluated option bag: sink arguments (with
// the sink's semantics), loose bags that escape to unknown code, and loose member writes.
import ts from 'typescript';
import type { Prop, JsRuleContext, SinkCall, Value } from './api.js';
import { branchesOf, isLiteral, propOf } from './values.js';
import { truthy } from './truthy.js';
import { isDevServerTls } from './dev-servers.js';
import { someNode } from './walk.js';
import { readsOfName } from './name-reads.js';
import { outermost } from './syntax.js';
import { besidePlainUrl, holdsPlainUrl, branchesWithoutTls, speaksNoTls } from './plain-connections.js';

export interface OptionSite {
  prop: Prop;
  /** The object holding the property; absent for a loose `x.key = v` write. */
  owner?: Value & { kind: 'object' };
  /** The sink call whose options hold it, if any. */
  sink?: SinkCall;
  /** Whether `owner` is one of the sink's TLS option objects (as opposed to some other nested object). */
  atTlsPath: boolean;
  /** Set when the options hold the property only in one branch of a conditional ("when `dev` is truthy"). */
  condition?: string;
}

/** Every place one of `names` is written, in sinks, loose bags and loose writes. */
export function optionSites(ctx: JsRuleContext, names: ReadonlySet<string>): OptionSite[] {
  const out: OptionSite[] = [];
  // Objects given to a call without TLS (`io('http://localhost:4001', this.opts)`): no loose bag either.
  const plain = new Set<ts.Node>();
  for (const call of ctx.sinkCalls) {
    // Options of a call that never speaks TLS (http.request) are no TLS options.
    if (!call.options || call.sink.role === 'plain') continue;
    if (speaksNoTls(ctx, call)) {
      for (const b of branchesOf(call.options)) plain.add(b.value.node!);
      continue;
    }
    const plainEntries = objectsOnlyIn(branchesWithoutTls(ctx, call), call.options);
    walkWithConditions(call.options, (prop, owner, condition) => {
      if (!names.has(prop.key) || plainEntries.has(owner)) return;
      // A STARTTLS upgrade's options beside an ldap:// URL are what the upgrade uses.
      if (readBackFromFieldWrite(prop, names) || (besidePlainUrl(prop) && !throughProxy(call, owner) && !call.sink.upgrades)) return;
      if (toPlainProxy(call, owner)) return;
      out.push({ prop, owner, sink: call, atTlsPath: call.tlsOptions.some((t) => t.value === owner), condition });
    });
  }
  for (const bag of ctx.looseOptionBags) {
    if (plain.has(bag.node!) || holdsPlainUrl(bag) || ignoredByCallee(ctx, bag, names) || givenToRuntimeServer(bag) || inManualMock(bag.node)) continue;
    walkWithConditions(bag, (prop, owner, condition) => {
      if (names.has(prop.key) && !besidePlainUrl(prop, true)) out.push({ prop, owner, atTlsPath: false, condition });
    });
  }
  for (const prop of ctx.looseWrites) if (names.has(prop.key) && !inManualMock(prop.node)) out.push({ prop, atTlsPath: false });
  return out;
}

/** The objects reachable only through the given branches of `options` (a knexfile entry's `connection.ssl`), not through the others. */
function objectsOnlyIn(branches: ReadonlySet<Value>, options: Value): ReadonlySet<Value> {
  if (branches.size === 0) return branches;
  const inThese = new Set<Value>();
  const inOthers = new Set<Value>();
  for (const b of branchesOf(options)) {
    const into = branches.has(b.value) ? inThese : inOthers;
    into.add(b.value);
    walkWithConditions(b.value, (_prop, owner) => into.add(owner));
  }
  for (const v of inOthers) inThese.delete(v);
  return inThese;
}

/**
 * `owner` is the options of the connection to the proxy itself (ProxyAgent's `proxyTls`) and the
 * proxy's own URL is plain (`uri: 'http://proxy:3128'`): no TLS to the proxy, whatever file wrote them.
 */
function toPlainProxy(call: SinkCall, owner: Value): boolean {
  if (!call.sink.throughProxy || !call.options || throughProxy(call, owner)) return false;
  return call.tlsOptions.some((t) => t.value === owner && t.path.length > 0) && holdsPlainUrl(call.options);
}

/** `owner` is the options a sink's proxy tunnels to the target with (ProxyAgent's `requestTls`): a plain proxy URL beside them does not make them moot. */
function throughProxy(call: SinkCall, owner: Value): boolean {
  const paths = call.sink.throughProxy;
  return !!paths && call.tlsOptions.some((t) => t.value === owner && paths.some((p) => p.join('.') === t.path.join('.')));
}

/**
 * Written in a manual mock (a file under `__mocks__/`, which Jest and Vitest load in place of the
 * module it is named for): a test double, whose options and data reach no connection unless it
 * hands them to a TLS API itself (a sink call there is still read).
 */
function inManualMock(node: ts.Node | undefined): boolean {
  return !!node && /(^|[\\/])__mocks__[\\/]/.test(node.getSourceFile().fileName);
}

/**
 * An option that reads back a value a `this.minVersion = 'TLSv1.1'` write holds (`{ minVersion:
 * this.minVersion }`, in this file or, through the project model, in a caller's): that write is a
 * loose write of its own file, reported there, where the value is written; this is the same finding.
 */
function readBackFromFieldWrite(prop: Prop, names: ReadonlySet<string>): boolean {
  if (prop.value.kind !== 'literal' || !prop.valueNode || prop.valueNode === prop.value.node) return false;
  let n: ts.Node = prop.value.node;
  while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
  const a = n.parent;
  return ts.isBinaryExpression(a) && a.operatorToken.kind === ts.SyntaxKind.EqualsToken && a.right === n && ts.isPropertyAccessExpression(a.left) && a.left.expression.kind === ts.SyntaxKind.ThisKeyword && names.has(a.left.name.text);
}

/**
 * Every property reachable from a value, with the conditions of the branches passed on the way:
 * `{ ...(dev ? { rejectUnauthorized: false } : {}) }` holds the option "when `dev` is truthy". A
 * property that every branch holds (`{ rejectUnauthorized: false, ...(dev ? a : b) }`) holds
 * without that condition; one that several branches hold, under what they have in common.
 */
function walkWithConditions(root: Value, visit: (prop: Prop, owner: Value & { kind: 'object' }, condition: string | undefined) => void): void {
  let reached = REACHED.get(root);
  if (!reached) REACHED.set(root, (reached = reachedProps(root)));
  for (const r of reached) visit(r.prop, r.owner, r.condition);
}

interface Reached {
  prop: Prop;
  owner: Value & { kind: 'object' };
  condition: string | undefined;
}

/**
 * The properties reachable from each value walked, found once: every rule asks optionSites for
 * its own option names, over the same sink options and loose bags of the file's model.
 */
const REACHED = new WeakMap<Value, readonly Reached[]>();

function reachedProps(root: Value, maxDepth = 8): Reached[] {
  const found = new Map<Prop, { owner: Value & { kind: 'object' }; conditions: (string | undefined)[] }>();
  const seen = new Set<Value>();
  const stack: { v: Value; d: number; condition?: string; skip?: ReadonlySet<Prop> }[] = [{ v: root, d: 0 }];
  const and = (a: string | undefined, b: string) => (a ? `${a} and ${b}` : b);
  const add = (prop: Prop, owner: Value & { kind: 'object' }, condition: string | undefined) => {
    const f = found.get(prop);
    if (f) f.conditions.push(condition);
    else found.set(prop, { owner, conditions: [condition] });
  };
  while (stack.length) {
    const { v, d, condition, skip } = stack.pop()!;
    if (d > maxDepth || (!skip && seen.has(v))) continue;
    seen.add(v);
    if (v.kind === 'object') {
      for (const prop of v.props.values()) {
        if (skip?.has(prop)) continue;
        add(prop, v, condition);
        stack.push({ v: prop.value, d: d + 1, condition });
      }
    } else if (v.kind === 'either') {
      const objects = v.branches.map((b) => b.value).filter((b): b is Value & { kind: 'object' } => b.kind === 'object');
      const shared = objects.length === v.branches.length ? sharedProps(objects) : new Set<Prop>();
      for (const prop of shared) {
        add(prop, objects[0], condition);
        stack.push({ v: prop.value, d: d + 1, condition });
      }
      for (const b of v.branches) stack.push({ v: b.value, d: d + 1, condition: and(condition, b.condition), skip: shared });
    }
  }
  return [...found].map(([prop, { owner, conditions }]) => ({ prop, owner, condition: common(conditions) }));
}

/** The conditions all branches holding a property share: "when `b` is truthy" out of "… and when `b` is truthy and …". */
function common(conditions: readonly (string | undefined)[]): string | undefined {
  if (conditions.some((c) => c === undefined)) return undefined;
  const parts = conditions.map((c) => c!.split(/ and (?=when )/));
  const shared = parts[0].filter((p) => parts.every((ps) => ps.includes(p)));
  return shared.length ? shared.join(' and ') : undefined;
}

/** The properties that every object holds (the same written property, not just the same key). */
function sharedProps(objects: readonly (Value & { kind: 'object' })[]): Set<Prop> {
  const out = new Set<Prop>();
  if (objects.length === 0) return out;
  for (const p of objects[0].props.values()) if (objects.every((o) => o.props.get(p.key) === p)) out.add(p);
  return out;
}

/**
 * Whether `rejectUnauthorized` at this site decides certificate verification (TLS-FACTS 1.1, 1.3):
 * servers only verify client certificates with requestCert; createSecureContext and TLSSocket
 * ignore it; an https.Agent that sets it wins over the request's own value.
 */
export function rejectUnauthorizedMatters(ctx: JsRuleContext, site: OptionSite): boolean {
  const { sink, owner } = site;
  if (sink && site.atTlsPath) {
    switch (sink.sink.role) {
      case 'server':
        return owner !== undefined && requestsClientCert(owner);
      case 'context':
      case 'tlssocket':
        return false;
    }
    if (sink.sink.agentPath && sink.options && agentDecides(ctx, sink.options, sink.sink.agentPath)) return false;
    return true;
  }
  if (owner) {
    // A loose bag that says it is a server without client certificates is provably harmless.
    const requestCert = owner.props.get('requestCert');
    if (requestCert && isLiteral(requestCert.value, false)) return false;
    const isServer = owner.props.get('isServer');
    if (isServer && isLiteral(isServer.value, true) && !requestsClientCert(owner)) return false;
    if (isDevServerTls(owner.node) && !requestsClientCert(owner)) return false;
  }
  return true;
}

function requestsClientCert(owner: Value & { kind: 'object' }): boolean {
  const p = owner.props.get('requestCert');
  return !!p && branchesOf(p.value).some((b) => truthy(b.value) === true);
}

function agentDecides(ctx: JsRuleContext, options: Value, agentPath: string[]): boolean {
  let v: Value | undefined = options;
  for (const k of agentPath) v = v ? propOf(v, k)?.value : undefined;
  if (!v || v.kind !== 'instance') return false;
  const node = v.node;
  const arg = node.arguments?.[0];
  if (!arg || ts.isSpreadElement(arg)) return false;
  const agentOptions = ctx.valueOf(arg);
  return agentOptions.kind === 'object' && agentOptions.props.has('rejectUnauthorized');
}

const MOCKS = /^(jest|vi)\.fn$|^sinon\.(stub|fake|spy)$/;
/** What configures a double and returns it (`jest.fn().mockResolvedValue(…)`, `sinon.stub().resolves(…)`): still the double. */
const MOCK_SETUP = /^mock(Resolved|Rejected|Return)Value(Once)?$|^mockImplementation(Once)?$|^mockName$|^mockReturnThis$|^(resolves|rejects|returns|callsFake|withArgs|throws|named)$/;

/** The double makers test frameworks export, by module: `import { jest } from '@jest/globals'` (also renamed), vitest's `vi`, sinon's. */
const IMPORTED_MOCKS: Readonly<Record<string, readonly string[]>> = {
  '@jest/globals': ['jest.fn'],
  'jest-mock': ['fn'],
  vitest: ['vi.fn'],
  sinon: ['stub', 'fake', 'spy', 'default.stub', 'default.fake', 'default.spy'],
};

/** A call that makes a test double, through the methods that configure it: the framework's global, or its import under any name. */
function makesDouble(ctx: JsRuleContext, call: ts.CallExpression): boolean {
  let c: ts.Expression = call;
  while (ts.isCallExpression(c) && ts.isPropertyAccessExpression(c.expression) && MOCK_SETUP.test(c.expression.name.text)) c = c.expression.expression;
  if (!ts.isCallExpression(c)) return false;
  const maker = ctx.valueOf(c.expression);
  if (maker.kind === 'module') return IMPORTED_MOCKS[maker.ref.module]?.includes(maker.ref.path.join('.')) ?? false;
  return maker.kind === 'unknown' && MOCKS.test(c.expression.getText().replace(/\s+/g, ''));
}
/** Assertions and matchers of test frameworks: an object given to them is what a test expects. */
const MATCHERS = /^(expect|jasmine)\.objectContaining$|^sinon\.match$|^assert(\.strict)?\.(deepEqual|deepStrictEqual|equal|strictEqual|partialDeepStrictEqual)$|\.(toEqual|toStrictEqual|toMatchObject|toHaveBeenCalledWith|toHaveBeenLastCalledWith|toHaveBeenNthCalledWith|toBeCalledWith|toHaveProperty|calledWith|calledWithMatch)$/;

/** Servers of the Bun and Deno runtimes (globals): rejectUnauthorized there is about client certificates. */
const RUNTIME_SERVERS = new Set(['Bun.serve', 'Bun.listen', 'Deno.serve', 'Deno.listenTls']);

/** Options written in the argument of `Bun.serve({ tls: { … } })` and the like, at any depth. */
function givenToRuntimeServer(bag: Value): boolean {
  if (bag.kind !== 'object' || !ts.isObjectLiteralExpression(bag.node)) return false;
  let arg: ts.Node = bag.node;
  while (ts.isPropertyAssignment(arg.parent) && ts.isObjectLiteralExpression(arg.parent.parent)) arg = arg.parent.parent;
  const call = arg.parent;
  if (!call || !ts.isCallExpression(call) || call.arguments[0] !== arg || !ts.isPropertyAccessExpression(call.expression)) return false;
  const { expression: owner, name } = call.expression;
  return ts.isIdentifier(owner) && RUNTIME_SERVERS.has(`${owner.text}.${name.text}`);
}

/**
 * An object literal handed straight to a function of this file that never reads that parameter
 * or only returns it (no call, no assignment in its body), or to a test double (`jest.fn()`): a
 * local `https = { get: (url) => fetch(url) }` shadows nothing of Node's, and the options go
 * nowhere but into its result. A const holding the literal counts when every use hands it so.
 */
function ignoredByCallee(ctx: JsRuleContext, bag: Value, names: ReadonlySet<string>): boolean {
  if (bag.kind !== 'object' || !ts.isObjectLiteralExpression(bag.node)) return false;
  const arg = outermost(bag.node);
  // `const opts = { … }` handed by name, each time to such a callee (a test's stand-in and its matcher).
  const decl = arg.parent;
  if (ts.isVariableDeclaration(decl) && decl.initializer === arg && ts.isIdentifier(decl.name) && ts.isVariableDeclarationList(decl.parent) && decl.parent.flags & ts.NodeFlags.Const) {
    const uses = readsOfName(decl.name);
    return uses.length > 0 && uses.every((u) => handedOnlyTo(ctx, outermost(u), bag, names));
  }
  return handedOnlyTo(ctx, arg, bag, names);
}

/** An argument given to a callee that ignores it (below). */
function handedOnlyTo(ctx: JsRuleContext, arg: ts.Node, bag: Value, names: ReadonlySet<string>): boolean {
  const call = arg.parent;
  if (!call || !(ts.isCallExpression(call) || ts.isNewExpression(call)) || call.expression === arg) return false;
  const args: readonly ts.Expression[] = call.arguments ?? [];
  const index = args.indexOf(arg as ts.Expression);
  if (index < 0 || args.slice(0, index).some(ts.isSpreadElement)) return false;
  // `expect.objectContaining({ rejectUnauthorized: false })`, `expect(get).toHaveBeenCalledWith(…)`: what a test expects, not options.
  if (MATCHERS.test(call.expression.getText().replace(/\s+/g, ''))) return true;
  const callee = ctx.valueOf(call.expression);
  // A double's result (`jest.fn()` held in `https.get`): what the file's model makes of the call, whatever its kind.
  if (callee.kind !== 'function') return !!callee.node && ts.isCallExpression(callee.node) && makesDouble(ctx, callee.node);
  const fn = callee.node as ts.FunctionLikeDeclaration;
  if (!fn.body || fn.parameters.some((p) => p.dotDotDotToken)) return false;
  const param = fn.parameters[index];
  if (!param) return !usesArguments(fn.body);
  if (usesArguments(fn.body)) return false;
  // `request({ path, method })`: it takes out only keys that hold none of the options.
  if (ts.isObjectBindingPattern(param.name)) return param.name.elements.every((e) => !e.dotDotDotToken && readsOnlyOthers(bag, keyOf(e.propertyName ?? e.name), names));
  if (!ts.isIdentifier(param.name)) return false;
  const name = param.name.text;
  // A function that only shapes data (`(url, opts) => ({ url, opts })`: no call, no assignment)
  // hands the options on only as its result, which the values model follows to any sink.
  if (!someNode(fn.body, (n) => ts.isCallExpression(n) || ts.isNewExpression(n) || ts.isTaggedTemplateExpression(n) || (ts.isBinaryExpression(n) && isAssignment(n.operatorToken.kind)))) return true;
  return !someNode(fn.body, (n) => ts.isIdentifier(n) && n.text === name && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n) && !onlyRecorded(n) && !readsOtherKey(n, bag, names));
}

/** `opts.path` read (not written) where the bag's `path` holds none of the options: a fake transport's own keys. */
function readsOtherKey(use: ts.Identifier, bag: Value, names: ReadonlySet<string>): boolean {
  const read = use.parent;
  const key = ts.isPropertyAccessExpression(read) && read.expression === use ? read.name.text : ts.isElementAccessExpression(read) && read.expression === use && ts.isStringLiteralLike(read.argumentExpression) ? read.argumentExpression.text : undefined;
  if (key === undefined || isWritten(read)) return false;
  return readsOnlyOthers(bag, key, names);
}

/** Whether the bag's `key` (absent, or a value without any of `names` inside) holds none of the options. */
function readsOnlyOthers(bag: Value, key: string | undefined, names: ReadonlySet<string>): boolean {
  if (key === undefined || names.has(key)) return false;
  const prop = propOf(bag, key);
  if (!prop) return true;
  let holds = false;
  walkWithConditions(prop.value, (p) => (holds ||= names.has(p.key)));
  return !holds;
}

function keyOf(name: ts.BindingName | ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteralLike(name) ? name.text : undefined;
}

function isWritten(n: ts.Node): boolean {
  const p = n.parent;
  return (ts.isBinaryExpression(p) && p.left === n && isAssignment(p.operatorToken.kind)) || ts.isDeleteExpression(p) || ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken));
}

/** Methods that store a value in a collection, and consoles that print it: a fake transport's call log. */
const RECORDING_METHODS: ReadonlySet<string> = new Set(['push', 'unshift', 'add', 'set']);

/**
 * Whether this use of a parameter only records it: handed, alone or inside object and array
 * literals, to `calls.push(…)`, `seen.set(k, …)` or `console.log(…)` (a test double's call log).
 * What a log holds reaches no TLS call in this file; one that does is another bag, found apart.
 */
function onlyRecorded(use: ts.Identifier): boolean {
  let n: ts.Node = use;
  while (n.parent && (ts.isShorthandPropertyAssignment(n.parent) || (ts.isPropertyAssignment(n.parent) && n.parent.initializer === n) || ts.isObjectLiteralExpression(n.parent) || ts.isArrayLiteralExpression(n.parent) || ts.isParenthesizedExpression(n.parent))) n = n.parent;
  // `return { url, opts, cached: … }` (also an arrow's `=> ({ url, opts })` or `=> Promise.resolve({ url, opts })`):
  // handed on only as the result, which values follow to any sink.
  if (n !== use && returned(n)) return true;
  const call = n.parent;
  if (n !== use && call && ts.isCallExpression(call) && call.arguments.length === 1 && call.arguments[0] === n && /^Promise\.resolve$/.test(call.expression.getText()) && returned(call)) return true;
  if (!call || !ts.isCallExpression(call) || call.expression === n || !ts.isPropertyAccessExpression(call.expression)) return false;
  const callee = call.expression;
  return RECORDING_METHODS.has(callee.name.text) || (ts.isIdentifier(callee.expression) && callee.expression.text === 'console');
}

/** Whether an expression is what its function returns: a return statement's, or an arrow's body. */
function returned(e: ts.Node): boolean {
  let n = e;
  while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
  return ts.isReturnStatement(n.parent) || (ts.isArrowFunction(n.parent) && n.parent.body === n);
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

function usesArguments(body: ts.Node): boolean {
  return someNode(body, (n) => ts.isIdentifier(n) && n.text === 'arguments');
}
