// Writes made to an object after it was created: `opts.rejectUnauthorized = false`,
// `opts.https.ca = pem`, `Object.assign(opts, {...})`, `delete opts.ciphers`.
import ts from 'typescript';
import type { Prop, Value } from '../../../../rules/js/api.js';
import type { Binding, ScopeTable } from './scope.js';
import type { ModuleResolver } from './modules.js';
import { memberPath, skipOuterExpressions, whenNullishOf, whenTruthyOf } from './syntax.js';
import { ObjectBuilder } from './object-values.js';
import { arithmetic, COMPOUND, isNullish, lit } from './operators.js';
import { truthy } from '../../../../rules/js/truthy.js';

export type ObjectWrite =
  | { kind: 'set'; pos: number; path: string[]; node: ts.BinaryExpression }
  | { kind: 'assign'; pos: number; node: ts.CallExpression }
  | { kind: 'delete'; pos: number; path: string[]; node: ts.DeleteExpression }
  // `o[k] = v` with a key the text does not spell: the key's value decides (a constant, or any key).
  | { kind: 'keyed'; pos: number; node: ts.BinaryExpression };

export function collectObjectWrites(
  scopes: ScopeTable,
  modules: ModuleResolver,
  assignments: readonly ts.BinaryExpression[],
  calls: readonly (ts.CallExpression | ts.NewExpression)[],
  deletes: readonly ts.DeleteExpression[],
): Map<Binding, ObjectWrite[]> {
  const out = new Map<Binding, ObjectWrite[]>();
  const add = (b: Binding | undefined, w: ObjectWrite) => {
    if (!b) return;
    let list = out.get(b);
    if (!list) out.set(b, (list = []));
    list.push(w);
  };
  for (const a of assignments) {
    // `o.k = v`, and compound writes `o.k ??= v`, `o.k += v` (their value depends on the old one).
    if (a.operatorToken.kind !== ts.SyntaxKind.EqualsToken && COMPOUND[a.operatorToken.kind] === undefined) continue;
    const mp = memberPath(a.left);
    if (mp && mp.path.length > 0) add(scopes.lookup(mp.root), { kind: 'set', pos: a.pos, path: mp.path, node: a });
    else if (!mp && a.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = skipOuterExpressions(a.left);
      const root = ts.isElementAccessExpression(left) ? skipOuterExpressions(left.expression) : undefined;
      if (root && ts.isIdentifier(root)) add(scopes.lookup(root), { kind: 'keyed', pos: a.pos, node: a });
    }
  }
  for (const c of calls) {
    if (!ts.isCallExpression(c) || !isObjectAssign(c, modules) || c.arguments.length < 2) continue;
    const target = skipOuterExpressions(c.arguments[0]);
    if (ts.isIdentifier(target)) add(scopes.lookup(target), { kind: 'assign', pos: c.pos, node: c });
  }
  for (const d of deletes) {
    const mp = memberPath(d.expression);
    if (mp && mp.path.length > 0) add(scopes.lookup(mp.root), { kind: 'delete', pos: d.pos, path: mp.path, node: d });
  }
  shareAliasWrites(scopes, out);
  for (const list of out.values()) list.sort((x, y) => x.pos - y.pos);
  return out;
}

/**
 * `const alias = opts` names the same object: a write through either name is a write to both.
 * Groups of such names share one list of writes (the uses' positions keep them in order).
 */
function shareAliasWrites(scopes: ScopeTable, out: Map<Binding, ObjectWrite[]>): void {
  const root = new Map<Binding, Binding>();
  // With path compression: a chain of 40,000 aliases (`const v1 = v0; const v2 = v1; …`) made
  // the plain walk quadratic.
  const find = (b: Binding): Binding => {
    let r = b;
    while (root.has(r)) r = root.get(r)!;
    for (let n = b; n !== r; ) {
      const next = root.get(n)!;
      root.set(n, r);
      n = next;
    }
    return r;
  };
  for (const b of scopes.all()) {
    if ((b.kind !== 'const' && b.kind !== 'let') || !b.init || b.path.length > 0 || b.writes.length > 0 || b.opaqueWrites.length > 0) continue;
    const init = skipOuterExpressions(b.init);
    const target = ts.isIdentifier(init) ? scopes.lookup(init) : undefined;
    if (!target || target === b) continue;
    const a = find(b);
    const t = find(target);
    if (a !== t) root.set(a, t);
  }
  if (root.size === 0) return;
  const groups = new Map<Binding, Binding[]>();
  for (const b of new Set([...root.keys(), ...root.values()])) {
    const r = find(b);
    let members = groups.get(r);
    if (!members) groups.set(r, (members = []));
    members.push(b);
  }
  for (const members of groups.values()) {
    const shared = members.flatMap((m) => out.get(m) ?? []);
    if (shared.length === 0) continue;
    for (const m of members) out.set(m, shared);
  }
}

export function isObjectAssign(c: ts.CallExpression, modules: ModuleResolver): boolean {
  const callee = skipOuterExpressions(c.expression);
  return (
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === 'assign' &&
    ts.isIdentifier(callee.expression) &&
    callee.expression.text === 'Object' &&
    modules.isGlobal(callee.expression)
  );
}

/** The object after one write, copied where it changes (values stay shareable). */
export function applyWrite(obj: Value, w: ObjectWrite, valueOf: (e: ts.Expression) => Value): Value {
  if (obj.kind !== 'object') return obj;
  if (w.kind === 'assign') {
    // Object.assign(obj, ...sources): like spreading the sources after obj's own properties.
    const merged = new ObjectBuilder(obj);
    for (const arg of w.node.arguments.slice(1)) merged.spread(ts.isSpreadElement(arg) ? { kind: 'unknown', node: arg } : valueOf(arg));
    const v = merged.build(obj.node);
    return v.kind === 'object' ? { ...v, node: obj.node } : v;
  }
  if (w.kind === 'delete') return setAt(obj, w.path, () => undefined);
  if (w.kind === 'keyed') {
    // A constant key is a member write; any other may be any key (`Object.keys(extra).forEach((k) => { opts[k] = extra[k]; })`).
    const key = valueOf((skipOuterExpressions(w.node.left) as ts.ElementAccessExpression).argumentExpression);
    if (key.kind === 'literal' && (typeof key.value === 'string' || typeof key.value === 'number')) {
      const k = String(key.value);
      return setAt(obj, [k], () => ({ key: k, value: valueOf(w.node.right), node: w.node, valueNode: w.node.right }));
    }
    return { ...obj, open: true };
  }
  const op = w.node.operatorToken.kind;
  if (op === ts.SyntaxKind.EqualsToken) {
    const prop = propOf(w, valueOf);
    return setAt(obj, w.path, () => prop);
  }
  return setAt(obj, w.path, (old, open) => ({
    key: w.path[w.path.length - 1],
    value: compoundValue(w.node, old ? old.value : open ? { kind: 'unknown', node: w.node.left } : lit(undefined, w.node.left), () => valueOf(w.node.right)),
    node: w.node,
    valueNode: w.node.right,
  }));
}

/**
 * A run of member writes (`o.a = 1; o.b.c = 2; …`) applied in order. Like applyWrite on each, but
 * an object is copied once per run, not once per write: copying per write made a value after n
 * writes cost O(n²), and a file with hundreds of `self.x = …` took seconds.
 */
export function applySets(obj: Value, writes: readonly (ObjectWrite & { kind: 'set' })[], valueOf: (e: ts.Expression) => Value): Value {
  if (obj.kind !== 'object') return obj;
  const fresh = new WeakSet<Value>();
  let value: Value = obj;
  for (const w of writes) {
    if (value.kind !== 'object') return value;
    value = w.node.operatorToken.kind === ts.SyntaxKind.EqualsToken ? setInPlace(value, w.path, propOf(w, valueOf), fresh) : applyWrite(value, w, valueOf);
  }
  return value;
}

/** setAt for a plain write, changing in place the objects this run made (`fresh`) and copying the others once. */
function setInPlace(obj: Value & { kind: 'object' }, path: readonly string[], prop: Prop, fresh: WeakSet<Value>): Value & { kind: 'object' } {
  let o = obj;
  if (!fresh.has(o)) {
    o = { ...obj, props: new Map(obj.props) };
    fresh.add(o);
  }
  const [head, ...rest] = path;
  if (rest.length === 0) {
    o.props.set(head, prop);
    return o;
  }
  const child = o.props.get(head);
  if (!child || child.value.kind !== 'object') {
    // A write below something we cannot see: the object may now hold anything there.
    o.open = true;
    return o;
  }
  o.props.set(head, { ...child, value: setInPlace(child.value, rest, prop, fresh) });
  return o;
}

/** The value `x op= v` gives x, from x's old value: `??=` and `||=` keep a set value. */
export function compoundValue(node: ts.BinaryExpression, old: Value, right: () => Value): Value {
  const binary = COMPOUND[node.operatorToken.kind];
  if (binary === undefined) return { kind: 'unknown', node };
  const l = node.left;
  if (binary === ts.SyntaxKind.QuestionQuestionToken) {
    const nullish = isNullish(old);
    if (nullish !== undefined) return nullish ? right() : old;
    return either2(node, old, whenNullishOf(l, false), right(), whenNullishOf(l, true));
  }
  if (binary === ts.SyntaxKind.BarBarToken || binary === ts.SyntaxKind.AmpersandAmpersandToken) {
    const t = truthy(old);
    const isOr = binary === ts.SyntaxKind.BarBarToken;
    if (t !== undefined) return t === isOr ? old : right();
    return either2(node, old, whenTruthyOf(l, isOr), right(), whenTruthyOf(l, !isOr));
  }
  return arithmetic(binary, old, right(), node);
}

function either2(node: ts.Node, a: Value, whenA: string, b: Value, whenB: string): Value {
  return { kind: 'either', node, branches: [{ value: a, condition: whenA }, { value: b, condition: whenB }] };
}

/** One property per write, shared by every version of the object the write applies to. */
const writtenProps = new WeakMap<ObjectWrite, Prop>();

function propOf(w: ObjectWrite & { kind: 'set' }, valueOf: (e: ts.Expression) => Value): Prop {
  let p = writtenProps.get(w);
  if (!p) writtenProps.set(w, (p = { key: w.path[w.path.length - 1], value: valueOf(w.node.right), node: w.node, valueNode: w.node.right }));
  return p;
}

/** Sets (or with `undefined`, deletes) the property at a path; `make` gets the property it replaces. */
function setAt(obj: Value & { kind: 'object' }, path: readonly string[], make: (old: Prop | undefined, open: boolean) => Prop | undefined): Value {
  const [head, ...rest] = path;
  const props = new Map(obj.props);
  if (rest.length === 0) {
    const prop = make(props.get(head), obj.open);
    if (prop) props.set(head, prop);
    else {
      props.delete(head);
      return { ...obj, props, deleted: new Set([...(obj.deleted ?? []), head]) };
    }
    return { ...obj, props };
  }
  const child = props.get(head);
  if (!child || child.value.kind !== 'object') {
    // A write below something we cannot see: the object may now hold anything there.
    return { ...obj, open: true };
  }
  props.set(head, { ...child, value: setAt(child.value, rest, make) });
  return { ...obj, props };
}
