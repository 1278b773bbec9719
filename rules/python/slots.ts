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

/** The slots whose name (compared in lower case) is one of `names`, in source order. */
export function slotsNamed(ctx: PyRuleContext, names: ReadonlySet<string> | Readonly<Record<string, unknown>>): Slot[] {
  const has = (k: string) => (names instanceof Set ? names.has(k) : Object.prototype.hasOwnProperty.call(names, k));
  const out: Slot[] = [];
  for (const n of ctx.root.descendantsOfType(KINDS)) {
    if (!n) continue;
    const s = nameOfSlot(n);
    if (!s || !has(s.name.toLowerCase())) continue;
    out.push({ name: s.name, value: ctx.valueOf(s.value), node: n, valueNode: s.value });
  }
  return out;
}
