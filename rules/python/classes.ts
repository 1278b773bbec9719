// The classes of a file and what they extend in it, for values a base class's method reads from
// `self` that a subclass sets (`verify_ssl = False` in a hook subclass, read by the base's run()).
import { ancestors } from './ancestors.js';
import type { Node, OutsideSubclass, PyRuleContext, PyValue } from './api.js';
import { defaultedLookup } from './lookups.js';
import { findBranches } from './values.js';

export interface FileClass {
  name: string;
  node: Node;
  /** The names of the bases it lists that are plain names (`class StagingConfig(BaseConfig)`). */
  bases: string[];
}

/** Every class of a file by name, read once per tree: a name defined twice keeps the first. */
const byTree = new WeakMap<Node['tree'], Map<string, FileClass>>();

export function fileClasses(root: Node): Map<string, FileClass> {
  let out = byTree.get(root.tree);
  if (out) return out;
  out = new Map();
  for (const c of root.descendantsOfType('class_definition')) {
    const name = c?.childForFieldName('name')?.text;
    if (!c || !name || out.has(name)) continue;
    const supers = c.childForFieldName('superclasses')?.namedChildren ?? [];
    out.set(name, { name, node: c, bases: supers.filter((s): s is Node => s?.type === 'identifier').map((s) => s.text) });
  }
  byTree.set(root.tree, out);
  return out;
}

/** The classes of the file that extend `name`, directly or through others of the file. */
function subclassesOf(classes: ReadonlyMap<string, FileClass>, name: string): FileClass[] {
  const out: FileClass[] = [];
  const seen = new Set([name]);
  for (let frontier = [name]; frontier.length > 0 && seen.size < 64; ) {
    const next: string[] = [];
    for (const c of classes.values()) {
      if (seen.has(c.name) || !c.bases.some((b) => frontier.includes(b))) continue;
      seen.add(c.name);
      out.push(c);
      next.push(c.name);
    }
    frontier = next;
  }
  return out;
}

export interface SubclassValue {
  /** The subclass that sets it. */
  cls: string;
  value: PyValue;
  /** The value's expression in the subclass's body. */
  valueNode: Node;
}

/**
 * For `self.attr` read in a method of a class: the values its subclasses in the file give `attr`
 * in their class bodies, where the subclass neither overrides that method nor writes `self.attr`
 * itself (its instances then read the method's `self.attr` as the subclass's class attribute).
 */
export function subclassValues(ctx: PyRuleContext, read: Node): SubclassValue[] {
  const object = read.type === 'attribute' ? read.childForFieldName('object') : null;
  const attr = read.childForFieldName('attribute')?.text;
  if (!isOwnClassRead(read) || !object || !attr) return [];
  const above = ancestors(read);
  const fn = above.find((n) => n.type === 'function_definition');
  // A decorated method (`@classmethod`) sits in its decorated_definition: the class is one level further up.
  const at = fn ? above.indexOf(fn) + (above[above.indexOf(fn) + 1]?.type === 'decorated_definition' ? 1 : 0) : -1;
  const cls = above[at + 2];
  const method = fn?.childForFieldName('name')?.text;
  const name = cls?.type === 'class_definition' ? cls.childForFieldName('name')?.text : undefined;
  if (!name || !method || above[at + 1]?.type !== 'block') return [];
  const out: SubclassValue[] = [];
  for (const sub of subclassesFor(ctx, cls!, name)) {
    const inside = (n: Node) => n.tree === sub.node.tree && n.startIndex >= sub.node.startIndex && n.endIndex <= sub.node.endIndex;
    const own = sub.assignments.filter((a) => a.owner === sub.name && a.name === attr && inside(a.node));
    const last = own[own.length - 1];
    if (!last || overrides(sub.node, method) || sub.writes.some((w) => w.object.name === 'self' && w.attribute === attr && inside(w.node))) continue;
    out.push({ cls: sub.name, value: last.value, valueNode: last.valueNode });
  }
  return out;
}

/**
 * The subclasses whose class bodies count for a read in `cls`: the file's own, or for a base
 * class's module read for the linted file (PyRuleContext.outsideSubclasses), the linted file's
 * classes that extend `cls` directly or through classes of this module.
 */
function subclassesFor(ctx: PyRuleContext, cls: Node, name: string): Pick<OutsideSubclass, 'name' | 'node' | 'assignments' | 'writes'>[] {
  if (!ctx.outsideSubclasses) return subclassesOf(fileClasses(ctx.root), name).map((c) => ({ name: c.name, node: c.node, assignments: ctx.nameAssignments, writes: ctx.attributeWrites }));
  const classes = fileClasses(ctx.root);
  return ctx.outsideSubclasses.filter((o) => {
    const base = o.base.childForFieldName('name')?.text;
    return o.base.id === cls.id || (!!base && subclassesOf(classes, name).some((c) => c.node.id === o.base.id));
  });
}

export interface SubclassBranch {
  cls: string;
  value: PyValue;
  /** Where the subclass writes it: the constant in its class body, else the value it assigns. */
  at: Node;
  /** "for Sub", with the branch's own condition (forSubclass). */
  condition: string;
}

/**
 * The branches of the subclass values of a `self.attr` read (subclassValues), or of one a lookup
 * falls back to (`extras.get("verify", self.default_verify)`), that `test` accepts,
 * each where its subclass writes it: one finding per subclass, which a fix at the base class's
 * read would not be about.
 */
export function subclassBranches(ctx: PyRuleContext, read: Node, test: (v: PyValue) => boolean, accept: (whole: PyValue) => boolean = () => true): SubclassBranch[] {
  // `extras.get("verify", self.default_verify)`: the subclass's default, when the mapping lacks the key.
  const lookup = defaultedLookup(read, (n) => ctx.valueOf(n));
  const attr = lookup ? lookup.fallback : read;
  if (!isOwnClassRead(attr)) return [];
  const out: SubclassBranch[] = [];
  for (const sub of subclassValues(ctx, attr)) {
    if (!accept(sub.value)) continue;
    for (const bad of findBranches(sub.value, test)) {
      if (bad.via) continue;
      const n = bad.value.node;
      const inBody = !!n && n.startIndex >= sub.valueNode.startIndex && n.endIndex <= sub.valueNode.endIndex;
      const when = [lookup?.condition, bad.condition].filter(Boolean).join(' and ') || undefined;
      out.push({ cls: sub.cls, value: bad.value, at: inBody ? n! : sub.valueNode, condition: forSubclass(sub.cls, when) });
    }
  }
  return out;
}

/**
 * `self.attr` in a method, or `cls.attr` in a `@classmethod` (a factory the subclasses inherit:
 * `LegacyPeer.context()` reads LegacyPeer's `min_tls`): a read a subclass's class body answers.
 */
export function isOwnClassRead(read: Node | null | undefined): boolean {
  const object = read?.type === 'attribute' ? read.childForFieldName('object') : null;
  if (object?.type !== 'identifier') return false;
  if (object.text === 'self') return true;
  if (object.text !== 'cls') return false;
  const above = ancestors(read!);
  const fn = above.findIndex((n) => n.type === 'function_definition');
  const decorated = fn >= 0 && above[fn + 1]?.type === 'decorated_definition' ? above[fn + 1] : undefined;
  return !!decorated?.namedChildren.some((d) => d?.type === 'decorator' && /^@\s*classmethod\s*$/.test(d.text));
}

/** "for Sub", or "for Sub, when LEGACY" with a condition of its own: one clause a message says whole. */
export function forSubclass(cls: string, condition?: string): string {
  return condition ? `for ${cls}, ${condition}` : `for ${cls}`;
}

/** Whether a class body defines a method of that name. */
function overrides(cls: Node, method: string): boolean {
  const body = cls.childForFieldName('body');
  return (body?.namedChildren ?? []).some((c) => {
    const def = c?.type === 'decorated_definition' ? c.childForFieldName('definition') : c;
    return def?.type === 'function_definition' && def.childForFieldName('name')?.text === method;
  });
}
