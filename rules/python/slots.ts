// Named places a TLS setting is written in code the tables do not list: keyword arguments, dict
// entries (`ssl_options={"ssl_version": …}`), parameter defaults and attribute writes whose name
// says what they hold (`ssl_version`, `ciphers`). Rules report them only when the value is one the
// name cannot make innocent (a legacy `ssl.PROTOCOL_*` constant, a cipher string the evaluator
// reads as weak), so an unknown library or a wrapper of one is covered too.
import type { Node, PyRuleContext, PyValue } from './api.js';

export interface Slot {
  /** The name as written (`ssl_version`, `"ciphers"`). */
  name: string;
  value: PyValue;
  /** What a finding covers: the `name=value` argument, the `"name": value` pair, the parameter, the assignment. */
  node: Node;
  valueNode: Node;
}

const KINDS = ['keyword_argument', 'pair', 'default_parameter', 'typed_default_parameter', 'assignment'];

function nameOfSlot(n: Node): { name: string; value: Node } | undefined {
  if (n.type === 'keyword_argument' || n.type === 'default_parameter' || n.type === 'typed_default_parameter') {
    const name = n.childForFieldName('name');
    const value = n.childForFieldName('value');
    return name?.type === 'identifier' && value ? { name: name.text, value } : undefined;
  }
  if (n.type === 'pair') {
    const key = n.childForFieldName('key');
    const value = n.childForFieldName('value');
    const m = key?.type === 'string' ? /^[a-zA-Z]*["']{1,3}([\w.]+)["']{1,3}$/.exec(key.text) : null;
    return m && value ? { name: m[1], value } : undefined;
  }
  // `self.ssl_version = …`, `options.ciphers = …`
  const left = n.childForFieldName('left');
  const value = n.childForFieldName('right');
  const attr = left?.type === 'attribute' ? left.childForFieldName('attribute') : undefined;
  return attr && value ? { name: attr.text, value } : undefined;
}

/** Every named place of a file, by its tree: two rules ask, and the walk reads every argument, pair, parameter and assignment. */
const named = new WeakMap<Node['tree'], { name: string; value: Node; node: Node }[]>();

function namedPlaces(root: Node): { name: string; value: Node; node: Node }[] {
  let list = named.get(root.tree);
  if (!list) {
    list = [];
    for (const n of root.descendantsOfType(KINDS)) {
      const s = n && nameOfSlot(n);
      if (s) list.push({ ...s, node: n! });
    }
    named.set(root.tree, list);
  }
  return list;
}

/** The slots whose name (compared in lower case) is one of `names`, in source order. */
export function slotsNamed(ctx: PyRuleContext, names: ReadonlySet<string> | Readonly<Record<string, unknown>>): Slot[] {
  const has = (k: string) => (names instanceof Set ? names.has(k) : Object.prototype.hasOwnProperty.call(names, k));
  const out: Slot[] = [];
  for (const s of namedPlaces(ctx.root)) {
    if (!has(s.name.toLowerCase())) continue;
    out.push({ name: s.name, value: ctx.valueOf(s.value), node: s.node, valueNode: s.value });
  }
  return out;
}
