// Building object values in evaluation order: literal properties, spreads and Object.assign
// sources, where a later key wins. A spread of a conditional value (`...(dev ? insecure : {})`)
// splits the object into one version per branch, so each keeps what it really holds.
import { contradicts, impliedBy, joinConditions } from '../../../../rules/common/conditions.js';
import ts from 'typescript';
import type { Branch, Prop, Value } from '../../../../rules/js/api.js';
import { propertyNameText } from './identifiers.js';

/** More versions than this and the object is summarised as "may hold anything else" instead. */
const MAX_VERSIONS = 16;

type ObjectValue = Value & { kind: 'object' };

interface Version {
  props: Map<string, Prop>;
  open: boolean;
  conditions: string[];
}

export class ObjectBuilder {
  private versions: Version[];

  constructor(start?: Value) {
    this.versions = [{ props: new Map(), open: false, conditions: [] }];
    if (start) this.spread(start);
  }

  set(key: string, prop: Prop): void {
    for (const v of this.versions) v.props.set(key, prop);
  }

  /** A member whose key is not known: it may shadow any key. */
  open(): void {
    for (const v of this.versions) v.open = true;
  }

  /** `...value` in a literal, or one source of Object.assign. */
  spread(value: Value): void {
    if (value.kind !== 'either') {
      for (const v of this.versions) mergeInto(v, value);
      return;
    }
    if (this.versions.length * value.branches.length > MAX_VERSIONS) {
      for (const v of this.versions) for (const b of value.branches) mergeInto(v, b.value, true);
      return;
    }
    const next: Version[] = [];
    for (const v of this.versions) {
      for (const b of value.branches) {
        const copy: Version = { props: new Map(v.props), open: v.open, conditions: [...v.conditions, b.condition] };
        mergeInto(copy, b.value);
        next.push(copy);
      }
    }
    this.versions = next;
  }

  build(node: ts.Node): Value {
    const objects = this.versions.map((v): ObjectValue => ({ kind: 'object', props: v.conditions.length ? within(v.props, v.conditions) : v.props, node, open: v.open }));
    if (objects.length === 1) return objects[0];
    const branches: Branch[] = objects.map((o, i) => ({ value: o, condition: this.versions[i].conditions.join(' and ') }));
    return { kind: 'either', branches, node };
  }
}

/**
 * A version's properties as they are under its conditions: a value that is one of several keeps
 * only the branches that can hold with them. `{ ...PROVIDERS[key], auth: credentialsFor(key) }` in
 * the version "when key is 'mailhog'" has the auth that key gets, not the one of "key is not 'mailhog'".
 */
function within(props: Map<string, Prop>, conditions: string[]): Map<string, Prop> {
  let out: Map<string, Prop> | undefined;
  for (const [k, p] of props) {
    const value = restrict(p.value, conditions);
    if (value === p.value) continue;
    out ??= new Map(props);
    out.set(k, { ...p, value });
  }
  return out ?? props;
}

function restrict(v: Value, conditions: string[]): Value {
  if (v.kind !== 'either') return v;
  const kept = v.branches.filter((b) => !conditions.some((c) => contradicts(b.condition, c)));
  if (kept.length === 0 || kept.length === v.branches.length) return v;
  // One branch left whose condition the version's own say: that branch's value, plainly.
  if (kept.length === 1 && impliedBy(kept[0].condition, conditions)) return kept[0].value;
  return { ...v, branches: kept };
}

/**
 * Adds what `value` holds to a version. With `maybe`, the value only may be spread (too many
 * versions to keep apart): its keys are added only where they are unknown so far, and the object
 * becomes open.
 */
function mergeInto(v: Version, value: Value, maybe = false): void {
  if (value.kind === 'object') {
    for (const [k, p] of value.props) if (!maybe || !v.props.has(k)) v.props.set(k, p);
    v.open ||= value.open || maybe;
    return;
  }
  // Spreading null, undefined, a boolean or a number adds nothing; a string adds index keys only.
  if (value.kind === 'literal' && typeof value.value !== 'string') return;
  if (value.kind === 'literal' || value.kind === 'array') return;
  v.open = true;
}

/** Applies `change` to every object an evaluated value may be, keeping conditions. */
export function mapObjects(v: Value, change: (o: ObjectValue) => Value): Value {
  if (v.kind === 'object') return change(v);
  if (v.kind !== 'either') return v;
  const branches: Branch[] = [];
  for (const b of v.branches) {
    const c = b.value.kind === 'object' ? change(b.value) : b.value;
    // A change that splits a branch (Object.assign of a conditional) keeps both conditions.
    if (c.kind === 'either') for (const inner of c.branches) branches.push({ value: inner.value, condition: joinConditions(b.condition, inner.condition) ?? '' });
    else branches.push({ ...b, value: c });
  }
  return { ...v, branches };
}

/**
 * What a member write or Object.assign finds: a value the file does not say is an object once
 * something is written to it (writing to null or undefined throws), holding whatever else it held.
 */
export function writable(v: Value, node: ts.Node): Value {
  const open = (at: ts.Node | undefined): Value => ({ kind: 'object', props: new Map(), node: at ?? node, open: true });
  if (v.kind === 'unknown') return open(v.node);
  if (v.kind !== 'either' || !v.branches.some((b) => b.value.kind === 'unknown')) return v;
  return { ...v, branches: v.branches.map((b) => (b.value.kind === 'unknown' ? { ...b, value: open(b.value.node) } : b)) };
}

type ValueOf = (e: ts.Expression) => Value;

/** An object literal's value: properties and spreads in order, computed keys resolved. */
export function objectLiteralValue(o: ts.ObjectLiteralExpression, valueOf: ValueOf): Value {
  const obj = new ObjectBuilder();
  for (const p of o.properties) {
    if (ts.isSpreadAssignment(p)) {
      obj.spread(valueOf(p.expression));
      continue;
    }
    const key = p.name ? keyOf(p.name, valueOf) : undefined;
    if (key === undefined) {
      obj.open();
      continue;
    }
    if (ts.isPropertyAssignment(p)) {
      obj.set(key, { key, value: valueOf(p.initializer), node: p, valueNode: p.initializer, literal: o });
    } else if (ts.isShorthandPropertyAssignment(p)) {
      obj.set(key, { key, value: valueOf(p.name), node: p, valueNode: p.name, literal: o });
    } else if (ts.isMethodDeclaration(p)) {
      obj.set(key, { key, value: { kind: 'function', node: p }, node: p, literal: o });
    } else {
      obj.set(key, { key, value: { kind: 'unknown', node: p }, node: p, literal: o });
    }
  }
  return obj.build(o);
}

/** `Object.assign(target, ...sources)`: the target's properties, then each source's in order. */
export function objectAssignValue(e: ts.CallExpression, valueOf: ValueOf): Value {
  const obj = new ObjectBuilder();
  for (const arg of e.arguments) obj.spread(ts.isSpreadElement(arg) ? { kind: 'unknown', node: arg } : valueOf(arg));
  return obj.build(e);
}

/** A property name, with computed names resolved: `{ [KEY]: false }`. */
export function keyOf(name: ts.PropertyName, valueOf: ValueOf): string | undefined {
  const text = propertyNameText(name);
  if (text !== undefined || !ts.isComputedPropertyName(name)) return text;
  const v = valueOf(name.expression);
  return v.kind === 'literal' && (typeof v.value === 'string' || typeof v.value === 'number') ? String(v.value) : undefined;
}
