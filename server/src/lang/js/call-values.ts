// Values that cross a function's boundary: what a call returns for its arguments (in a frame,
// frames.ts), a parameter's literal default when no argument is given, and `this.x` in a class's
// methods (a field, a constructor parameter property, a constructor assignment, a getter).
import ts from 'typescript';
import type { Branch, Prop, Value } from '../../../../rules/js/api.js';
import { lit } from './operators.js';
import { classOf, guardedReturns, isNameExpression, MAX_FRAME_DEPTH, paramSlots, returnedExpression, type Bound, type Frame } from './frames.js';
import type { Binding } from './scope.js';
import { whenGiven } from '../../../../rules/js/condition-text.js';
import { skipOuterExpressions, sourceFileOf, whenTruthyOf } from './syntax.js';
import { truthy } from '../../../../rules/js/truthy.js';
import { enclosingClass, memberIndex, subclassMember, thisMethod, thisWrites } from './class-members.js';
import { contains } from './guards.js';
import type { ValueResolver } from './values.js';
import { either, pick } from './value-ops.js';

type Evaluate = (e: ts.Expression) => Value;
/** An argument's value in one evaluation of a call, and the nodes it comes from (a frame's Bound). */
type ArgValue = { value: Value; from: ReadonlySet<ts.Node> };


/** What a call of a project function returns for its arguments; undefined when the callee is not one. */
export function callValue(caller: ValueResolver, call: ts.CallExpression): Value | undefined {
  const callee = caller.valueOf(call.expression);
  const method = callee.kind === 'function' ? undefined : thisMethod(call.expression, caller.frame?.self);
  const fn = callee.kind === 'function' ? callee.node : method;
  if (!fn) return undefined;
  // A method of the same instance keeps the subclass `this` stands for (inherited-sinks.ts).
  const self = method ? caller.frame?.self : undefined;
  const entries = correlatedEntries(caller, call);
  if (!entries) return returnedValue(caller, call, fn, self);
  const branches: Branch[] = [];
  for (const { args, condition } of entries) {
    const value = returnedValue(caller, call, fn, self, args);
    if (!value) return undefined;
    branches.push({ value, condition });
  }
  return either(call, branches);
}

function returnedValue(caller: ValueResolver, call: ts.CallExpression, fn: ts.SignatureDeclaration, self?: Frame['self'], args?: ReadonlyMap<ts.Expression, ArgValue>): Value | undefined {
  const returned = returnedExpression(fn);
  if (returned) return frameResolver(caller, call, fn, self, args)?.valueOf(returned);
  const guarded = guardedReturns(fn);
  const frame = guarded && frameResolver(caller, call, fn, self, args);
  return frame ? guardedValue(frame, guarded!, call) : undefined;
}

/** A table read with a key the file does not say is split into this many entries at most when its reads are passed together. */
const MAX_CORRELATED_ENTRIES = 8;

/**
 * Arguments that read one entry of a table (`tlsFor(active.url, active.tlsInsecure)` over
 * `active = settings[env]`): the entries, each with what the arguments read in it, so that the
 * helper is evaluated once per entry and never pairs one entry's URL with another's switch.
 * Undefined unless two arguments or more read the same such value.
 */
function correlatedEntries(caller: ValueResolver, call: ts.CallExpression): { condition: string; args: Map<ts.Expression, ArgValue> }[] | undefined {
  const groups = new Map<ts.Node, { table: Value & { kind: 'either' }; reads: { arg: ts.Expression; key: string }[] }>();
  for (const arg of call.arguments) {
    const e = skipOuterExpressions(arg);
    if (!ts.isPropertyAccessExpression(e)) continue;
    const table = caller.valueOf(e.expression);
    if (table.kind !== 'either' || table.branches.length < 2 || table.branches.length > MAX_CORRELATED_ENTRIES || !table.branches.every((b) => b.value.kind === 'object')) continue;
    const group = groups.get(table.node) ?? { table, reads: [] };
    group.reads.push({ arg, key: e.name.text });
    groups.set(table.node, group);
  }
  const group = [...groups.values()].find((g) => g.reads.length >= 2);
  if (!group) return undefined;
  return group.table.branches.map((b) => ({ condition: b.condition, args: new Map(group.reads.map((r) => [r.arg, entryRead(b.value, r.key, r.arg)])) }));
}

/** What an argument reads in one entry, and where the entry writes it (the finding's place, as for a table's entry passed whole). */
function entryRead(entry: Value, key: string, arg: ts.Expression): { value: Value; from: ReadonlySet<ts.Node> } {
  const prop = entry.kind === 'object' ? entry.props.get(key) : undefined;
  return { value: pick(entry, [key], arg), from: new Set([prop?.node ?? arg]) };
}

/** What guards and a last `return` give for one call: the first guard that holds decides; an undecided one, either side under its condition. */
function guardedValue(frame: ValueResolver, g: NonNullable<ReturnType<typeof guardedReturns>>, call: ts.CallExpression): Value {
  const valueOf = (e: ts.Expression | undefined) => (e ? frame.valueOf(e) : lit(undefined, call));
  let value = valueOf(g.last);
  for (const guard of [...g.guards].reverse()) {
    const t = truthy(frame.valueOf(guard.test));
    if (t === true) value = valueOf(guard.returned);
    else if (t === undefined) value = either(guard.test, [{ value: valueOf(guard.returned), condition: whenTruthyOf(guard.test, true) }, { value, condition: whenTruthyOf(guard.test, false) }]);
  }
  return value;
}

/**
 * The resolver of `target` (a function, or a class for `new`) evaluated for one call from
 * `caller`: its parameters bound to the call's arguments. Undefined past the frame depth or when
 * the target's file is not one this lint reads. `argValues`: what some arguments hold in this
 * evaluation, over what the caller's resolver says (one entry of a table: correlatedEntries).
 */
export function frameResolver(
  caller: ValueResolver,
  call: ts.CallExpression | ts.NewExpression,
  target: ts.FunctionLikeDeclaration | ts.ClassLikeDeclaration | ts.SignatureDeclaration,
  self?: Frame['self'],
  argValues?: ReadonlyMap<ts.Expression, ArgValue>,
): ValueResolver | undefined {
  const depth = (caller.frame?.depth ?? 0) + 1;
  if (depth > MAX_FRAME_DEPTH) return undefined;
  const owner = ownerOf(caller, target);
  if (!owner) return undefined;
  const fn = ts.isClassLike(target) ? target.members.find(ts.isConstructorDeclaration) : target;
  const params = new Map<Binding, Bound>();
  // A function defined inside the caller's frame still sees the caller's parameters.
  if (caller.frame && owner.scopes === caller.scopes) for (const [b, v] of caller.frame.params) params.set(b, v);
  const frame: Frame = { target: target as Frame['target'], call, params, depth, ...(self ? { self } : {}) };
  const resolver = owner.instantiate(frame);
  if (!fn) return resolver;
  const args = call.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  const spreadAt = args.findIndex(ts.isSpreadElement);
  for (const { binding, slot } of paramSlots(fn, owner.scopes)) {
    if (spreadAt >= 0 && slot.index >= spreadAt) continue;
    const arg = args[slot.index];
    let value: Value;
    let from: ReadonlySet<ts.Node>;
    if (arg) {
      const given = argValues?.get(arg);
      // The value first: evaluating it records what it depends on.
      value = given ? given.value : caller.valueOf(arg);
      const d = given ? given.from : caller.depsOf(arg);
      from = d && d.size > 0 ? d : new Set([arg]);
    } else {
      // Not passed: the parameter's default, written in the function every caller shares.
      value = slot.param.initializer ? resolver.valueOf(slot.param.initializer) : lit(undefined, call);
      from = new Set();
    }
    if (slot.path.length) {
      // `({ allowSelfSigned = false })` given `{ allowSelfSigned: true }`, or a name holding it: it comes from that property.
      const prop = propAt(value, slot.path);
      if (prop && [...from].some((n) => (sourceFileOf(n) === sourceFileOf(prop.node) && contains(n, prop.node)) || isNameExpression(n))) from = new Set([prop.node]);
      value = pick(value, slot.path, call);
    }
    if (slot.elementDefault && value.kind === 'literal' && value.value === undefined) {
      value = resolver.valueOf(slot.elementDefault);
      from = new Set();
    }
    params.set(binding, { value, from });
  }
  return resolver;
}

/** The property a path leads to through plain objects, if it was written in one. */
function propAt(v: Value, path: readonly string[]): Prop | undefined {
  let cur: Value = v;
  let prop: Prop | undefined;
  for (const key of path) {
    if (cur.kind !== 'object') return undefined;
    prop = cur.props.get(key);
    if (!prop) return undefined;
    cur = prop.value;
  }
  return prop;
}

/** The resolver of the file a function or class is written in: the caller's, or another project file's. */
function ownerOf(caller: ValueResolver, target: ts.Node): ValueResolver | undefined {
  const sf = sourceFileOf(target);
  if (caller.scopes.chain.has(sf)) return caller;
  return caller.link?.modelOfNode(target)?.values;
}

/**
 * A parameter with a literal default (`verify = false`, `({ rejectUnauthorized = false } = {})`)
 * holds it when no argument gives it, and something the file does not say otherwise. A helper
 * whose default turns a check off is reported "when verify is not given".
 */
export function defaultedParam(b: Binding, use: ts.Identifier, evaluate: Evaluate): Value {
  const unknown: Value = { kind: 'unknown', node: use };
  let n: ts.Node = b.id;
  let elementDefault: ts.Expression | undefined;
  while (ts.isBindingElement(n.parent) || ts.isObjectBindingPattern(n.parent) || ts.isArrayBindingPattern(n.parent)) {
    if (ts.isBindingElement(n.parent) && n.parent.name === n && !elementDefault) elementDefault = n.parent.initializer;
    n = n.parent;
  }
  const param = n.parent;
  if (!param || !ts.isParameter(param) || param.dotDotDotToken) return unknown;
  // `({ verify } = { verify: false })`: the part of the parameter's default the pattern names.
  const whole = n !== b.id && !elementDefault && param.initializer && isLiteralDefault(param.initializer) ? param.initializer : undefined;
  const def = n === b.id ? param.initializer : (elementDefault ?? whole);
  if (!def || !isLiteralDefault(def)) return unknown;
  const sf = sourceFileOf(b.id);
  return {
    kind: 'either',
    node: use,
    branches: [
      { value: unknown, condition: whenGiven(sf, b.id, true) },
      { value: def === whole ? pick(evaluate(def), b.path, use) : evaluate(def), condition: whenGiven(sf, b.id, false) },
    ],
  };
}

/** A default the file writes out: a literal, or an object or array of them (`opts = { verify: false }`). */
function isLiteralDefault(e: ts.Expression, depth = 0): boolean {
  const x = skipOuterExpressions(e);
  if (ts.isObjectLiteralExpression(x)) return depth < 4 && x.properties.every((p) => ts.isPropertyAssignment(p) && !ts.isComputedPropertyName(p.name) && isLiteralDefault(p.initializer, depth + 1));
  if (ts.isArrayLiteralExpression(x)) return depth < 4 && x.elements.every((el) => !ts.isSpreadElement(el) && isLiteralDefault(el, depth + 1));
  return x.kind === ts.SyntaxKind.TrueKeyword || x.kind === ts.SyntaxKind.FalseKeyword || ts.isStringLiteral(x) || ts.isNoSubstitutionTemplateLiteral(x) || ts.isNumericLiteral(x);
}

/** For a node a property was placed at (an argument), the properties in called functions it stands for. */
const relocations = new WeakMap<ts.Node, Set<ts.Node>>();

export function relocatedFrom(node: ts.Node): ReadonlySet<ts.Node> | undefined {
  return relocations.get(node);
}

/**
 * In a frame: an object whose properties were written in the called function from the call's
 * arguments gets them placed at the argument (`makeAgent(true)`), where the unsafe value is
 * written; the property in the function is where every caller's value goes.
 */
export function relocate(v: Value, frame: Frame, deps: { get(e: ts.Node): ReadonlySet<ts.Node> | undefined }, memo: WeakMap<Value, Value>): Value {
  if (v.kind === 'either') {
    const branches = v.branches.map((b) => ({ ...b, value: relocate(b.value, frame, deps, memo) }));
    return branches.every((b, i) => b.value === v.branches[i].value) ? v : { ...v, branches };
  }
  if (v.kind !== 'object') return v;
  const done = memo.get(v);
  if (done) return done;
  let props: Map<string, Prop> | undefined;
  for (const [key, p] of v.props) {
    if (!p.valueNode || !contains(frame.target, p.node)) continue;
    const from = deps.get(skipOuterExpressions(p.valueNode));
    if (!from || from.size === 0) continue;
    props ??= new Map(v.props);
    const at = writtenOutside(p.value, frame) ?? (from.size === 1 ? [...from][0] : frame.call);
    props.set(key, { key, value: p.value, node: at });
    let origins = relocations.get(at);
    if (!origins) relocations.set(at, (origins = new Set()));
    origins.add(p.node);
  }
  const out: Value = props ? { ...v, props } : v;
  memo.set(v, out);
  return out;
}

/**
 * A property whose value is one constant written neither in the function nor in the call
 * (`toTlsOptions(settings)` reading `settings.verifyTls` of an object literal in a config file):
 * placed where that constant is written, as a constant read directly would be.
 */
function writtenOutside(v: Value, frame: Frame): ts.Node | undefined {
  if (v.kind !== 'literal' || !v.node) return undefined;
  const sf = sourceFileOf(v.node);
  const inside = (n: ts.Node) => sourceFileOf(n) === sf && contains(n, v.node!);
  return inside(frame.target) || inside(frame.call) ? undefined : v.node;
}

/**
 * `this.key` in a class's code: a getter's returned value, else the one place the class gives
 * the field a value (its initializer, a constructor parameter property, a top-level assignment in
 * the constructor, the last one winning). A field also written in other methods is unknown.
 */
export function thisMember(resolver: ValueResolver, e: ts.PropertyAccessExpression | ts.ElementAccessExpression, key: string): Value {
  const cls = enclosingClass(e);
  if (!cls) return { kind: 'unknown', node: e };
  // A base's method evaluated for a subclass (inherited-sinks.ts): what the subclasses below the
  // method's class define wins, and is where a finding it causes sits.
  const chain = resolver.frame?.self;
  const at = chain ? chain.findIndex((c) => c.cls === cls) : -1;
  if (chain && at > 0) return definedBelow(resolver, chain.slice(0, at), cls, key, e);
  return classMember(resolver, cls, key, e);
}

function definedBelow(resolver: ValueResolver, below: NonNullable<Frame['self']>, cls: ts.ClassLikeDeclaration, key: string, e: ts.Expression): Value {
  const [first, ...rest] = below;
  const inherited = () => (rest.length ? definedBelow(resolver, rest, cls, key, e) : classMember(resolver, cls, key, e));
  const own = subclassMember(first.values, first.cls, key, e, inherited);
  if (!own) return inherited();
  resolver.comesFrom(new Set(own.at));
  return own.value;
}

/**
 * `client.tlsOptions` where `client = new Client(…)` of a project class: the getter or field as
 * the class's code says, with the constructor's parameters bound to that `new`'s arguments.
 */
export function instanceMember(caller: ValueResolver, made: ts.NewExpression, key: string, e: ts.Expression): Value | undefined {
  const cls = classOf(caller.valueOf(made.expression));
  if (!cls) return undefined;
  const frame = frameResolver(caller, made, cls);
  return frame ? classMember(frame, cls, key, e) : undefined;
}

function classMember(resolver: ValueResolver, cls: ts.ClassLikeDeclaration, key: string, e: ts.Expression): Value {
  const unknown: Value = { kind: 'unknown', node: e };
  const { getters, fields, params, ctor } = memberIndex(cls);
  const getter = getters.get(key);
  if (getter) {
    const r = returnedExpression(getter);
    return r ? resolver.valueOf(r) : unknown;
  }
  const writes = thisWrites(resolver, cls).get(key) ?? [];
  // A write anywhere but the constructor's own statements (another method, a branch, below the
  // field: `this.opts.ca = …`) makes the field something the class alone does not say.
  if (writes.some((w) => w.deep || !ctor?.body || !ts.isExpressionStatement(w.write.parent) || w.write.parent.parent !== ctor.body)) return unknown;
  if (writes.length > 0) return resolver.valueOf(writes[writes.length - 1].write.right);
  const viaParam = params.get(key);
  if (viaParam) return resolver.valueOf(viaParam);
  const source = fields.get(key);
  return source ? resolver.valueOf(source) : unknown;
}

export { classOf };
