// Where a class gives `this.key` a value: the class's own writes (call-values.ts reads them for the
// class's code), and what a subclass defines over its base's (inherited-sinks.ts evaluates a base's
// methods with `this` standing for the subclass).
import ts from 'typescript';
import type { Value } from '../../../../rules/js/api.js';
import { whenTruthy } from '../../../../rules/js/condition-text.js';
import { returnedExpression } from './frames.js';
import { contains } from './guards.js';
import { propertyNameText } from './identifiers.js';
import { skipOuterExpressions, sourceFileOf, stringLiteralText } from './syntax.js';
import type { ValueResolver } from './values.js';

/** The modifiers that make a constructor parameter a field (`constructor(private insecure = false)`). */
export const PARAMETER_PROPERTY = new Set([ts.SyntaxKind.PublicKeyword, ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.ReadonlyKeyword]);

export function isStatic(m: ts.Node): boolean {
  return ts.canHaveModifiers(m) && !!ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
}

/** The class whose instance `this` is at a node: arrow functions keep it, other functions do not. */
export function enclosingClass(n: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let p = n.parent; p; p = p.parent) {
    if (ts.isClassLike(p)) return p;
    // A static member's `this` is the class itself, not an instance.
    if (isStatic(p)) return undefined;
    if (ts.isClassStaticBlockDeclaration(p)) return undefined;
    if (ts.isFunctionLike(p) && !ts.isArrowFunction(p) && !(p.parent && ts.isClassLike(p.parent))) return undefined;
    if (ts.isPropertyDeclaration(p) && p.parent && ts.isClassLike(p.parent)) return p.parent;
  }
  return undefined;
}

export interface ThisWrite {
  write: ts.BinaryExpression;
  deep: boolean;
}

const writesByClass = new WeakMap<ts.ClassLikeDeclaration, Map<string, ThisWrite[]>>();

/** `this.key = …` (and `this.key.x = …`, deep) writes in a class's own code, by key, in source order. */
export function thisWrites(resolver: ValueResolver, cls: ts.ClassLikeDeclaration): Map<string, ThisWrite[]> {
  let m = writesByClass.get(cls);
  if (m) return m;
  m = new Map();
  for (const a of resolver.assignments) {
    if (!contains(cls, a)) continue;
    const left = skipOuterExpressions(a.left);
    let target = left;
    while ((ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) && !isThisMember(target)) target = skipOuterExpressions(target.expression);
    if (!isThisMember(target) || enclosingClass(target) !== cls) continue;
    const key = ts.isPropertyAccessExpression(target) ? target.name.text : stringLiteralText((target as ts.ElementAccessExpression).argumentExpression);
    if (key === undefined) continue;
    let list = m.get(key);
    if (!list) m.set(key, (list = []));
    list.push({ write: a, deep: target !== left || a.operatorToken.kind !== ts.SyntaxKind.EqualsToken });
  }
  writesByClass.set(cls, m);
  return m;
}

/** What a class's own (instance) members say of each key: what classMember reads for `this.key` (call-values.ts). */
export interface MemberIndex {
  /** The first getter of each name. */
  getters: Map<string, ts.GetAccessorDeclaration>;
  /** The initializer of the last field of each name that has one. */
  fields: Map<string, ts.Expression>;
  /** The last constructor parameter property of each name. */
  params: Map<string, ts.Identifier>;
  /** The first constructor declaration. */
  ctor?: ts.ConstructorDeclaration;
}

const indexByClass = new WeakMap<ts.ClassLikeDeclaration, MemberIndex>();

/**
 * The members of a class by name, read once per class: a class of Node's lib has hundreds of
 * members, and every `this.k` read in its methods asked about one key of them.
 */
export function memberIndex(cls: ts.ClassLikeDeclaration): MemberIndex {
  let index = indexByClass.get(cls);
  if (index) return index;
  index = { getters: new Map(), fields: new Map(), params: new Map(), ctor: cls.members.find(ts.isConstructorDeclaration) };
  for (const m of cls.members) {
    if (isStatic(m)) continue;
    const name = m.name ? propertyNameText(m.name) : undefined;
    if (name !== undefined && ts.isGetAccessorDeclaration(m) && !index.getters.has(name)) index.getters.set(name, m);
    if (name !== undefined && ts.isPropertyDeclaration(m) && m.initializer) index.fields.set(name, m.initializer);
    if (ts.isConstructorDeclaration(m)) {
      for (const p of m.parameters) {
        if (ts.isIdentifier(p.name) && ts.getModifiers(p)?.some((x) => PARAMETER_PROPERTY.has(x.kind))) index.params.set(p.name.text, p.name);
      }
    }
  }
  indexByClass.set(cls, index);
  return index;
}

export function isThisMember(e: ts.Expression): boolean {
  return (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) && skipOuterExpressions(e.expression).kind === ts.SyntaxKind.ThisKeyword;
}

/** The instance members a class declares by name (fields, accessors, methods, parameter properties). */
export function declaresMember(cls: ts.ClassLikeDeclaration, key: string): boolean {
  for (const m of cls.members) {
    if (isStatic(m)) continue;
    if (m.name && propertyNameText(m.name) === key) return true;
    if (ts.isConstructorDeclaration(m) && m.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === key && ts.getModifiers(p)?.some((x) => PARAMETER_PROPERTY.has(x.kind)))) return true;
  }
  return false;
}

/**
 * The method `this.key(…)` runs in a class's code: in a base's code evaluated for a subclass
 * (`self`, inherited-sinks.ts), the override of the lowest class below it that declares the key,
 * else the class's own method. Undefined when that class makes the key something else (a field,
 * an accessor, an abstract method) or declares no method of that name.
 */
export function thisMethod(callee: ts.Expression, self: readonly { cls: ts.ClassLikeDeclaration }[] | undefined): ts.MethodDeclaration | undefined {
  const e = skipOuterExpressions(callee);
  if (!ts.isPropertyAccessExpression(e) || !isThisMember(e)) return undefined;
  const cls = enclosingClass(e);
  if (!cls) return undefined;
  const at = self ? self.findIndex((c) => c.cls === cls) : -1;
  const classes = at > 0 ? [...self!.slice(0, at).map((c) => c.cls), cls] : [cls];
  const key = e.name.text;
  const owner = classes.find((c) => declaresMember(c, key));
  return owner?.members.find((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && !!m.body && !isStatic(m) && propertyNameText(m.name) === key);
}

/** A subclass's value of `this.key` and where it writes it: the finding it causes sits there. */
export interface Defined {
  value: Value;
  /** The expressions the subclass writes it with. */
  at: ts.Node[];
}

/**
 * What a subclass itself makes of `this.key` for its base's code: a getter's returned value, a
 * field's initializer, a constructor parameter property, then its constructor's assignments (at
 * its top level, or under a plain `if` there: the value under that condition, `below` otherwise).
 * Undefined when the subclass leaves the key to its base; unknown when it writes it elsewhere.
 */
export function subclassMember(values: ValueResolver, cls: ts.ClassLikeDeclaration, key: string, e: ts.Expression, below: () => Value): Defined | undefined {
  const unknown: Defined = { value: { kind: 'unknown', node: e }, at: [] };
  let start: Defined | undefined;
  for (const m of cls.members) {
    if (isStatic(m)) continue;
    const name = m.name ? propertyNameText(m.name) : undefined;
    if (name === key) {
      if (ts.isGetAccessorDeclaration(m)) {
        const r = returnedExpression(m);
        return r ? { value: values.valueOf(r), at: [r] } : unknown;
      }
      // A field without initializer (`declare`, or one a subclass only retypes) or a method: not a value this code states.
      if (!ts.isPropertyDeclaration(m) || !m.initializer) return unknown;
      start = { value: values.valueOf(m.initializer), at: [m.initializer] };
    }
    if (ts.isConstructorDeclaration(m)) {
      for (const p of m.parameters) {
        if (ts.isIdentifier(p.name) && p.name.text === key && ts.getModifiers(p)?.some((x) => PARAMETER_PROPERTY.has(x.kind))) start = { value: values.valueOf(p.name), at: [p.name] };
      }
    }
  }
  const writes = thisWrites(values, cls).get(key) ?? [];
  if (writes.length === 0) return start;
  const ctor = cls.members.find(ts.isConstructorDeclaration);
  if (!ctor?.body) return unknown;
  let cur = start;
  const sf = sourceFileOf(cls);
  for (const w of writes) {
    const placed = placeInConstructor(w, ctor.body);
    if (!placed) return unknown;
    // The assignment is the write (a loose write of a TLS key is reported there too: one finding).
    const v = values.valueOf(w.write.right);
    const written: Defined = { value: v.kind === 'literal' ? { ...v, node: w.write } : v, at: [w.write] };
    if (!placed.condition) {
      cur = written;
      continue;
    }
    const before = cur ?? { value: below(), at: [] };
    cur = {
      value: {
        kind: 'either',
        node: w.write,
        branches: [
          { value: written.value, condition: whenTruthy(sf, placed.condition, true) },
          { value: before.value, condition: whenTruthy(sf, placed.condition, false) },
        ],
      },
      at: [...before.at, ...written.at],
    };
  }
  return cur;
}

/** A plain write at the top of a constructor, or in the then-branch of an `if` there without else (its condition). */
function placeInConstructor(w: ThisWrite, body: ts.Block): { condition?: ts.Expression } | undefined {
  if (w.deep || !ts.isExpressionStatement(w.write.parent)) return undefined;
  const stmt = w.write.parent;
  if (stmt.parent === body) return {};
  const inIf = ts.isBlock(stmt.parent) ? stmt.parent.parent : stmt.parent;
  if (ts.isIfStatement(inIf) && !inIf.elseStatement && inIf.parent === body && (inIf.thenStatement === stmt || inIf.thenStatement === stmt.parent)) return { condition: inIf.expression };
  return undefined;
}
