// Whether an attribute write stops mattering: the same object gets the attribute again, safely,
// later in the same block or in a block around it (in the same function), and nothing used the
// object in between but for its own set-up (`ctx.minimum_version = TLSv1`, `ctx.load_verify_locations(…)`,
// then `ctx.minimum_version = TLSv1_2` before the context wraps a socket). A write in an `else:`
// after the `if:` is not later: only one of the two runs.
import type { AttrWrite, Node, PyValue } from './api.js';

function blockOf(n: Node): Node | null {
  let p = n.parent;
  while (p && p.type !== 'block' && p.type !== 'module') p = p.parent;
  return p;
}

/** Whether `block` holds `n`, without crossing a function or class (whose body runs elsewhen). */
function holds(block: Node | null, n: Node): boolean {
  for (let p = n.parent; p && block; p = p.parent) {
    if (p.id === block.id) return true;
    if (p.type === 'function_definition' || p.type === 'class_definition' || p.type === 'lambda') return false;
  }
  return false;
}

export function overriddenLater(w: AttrWrite, isSafe: (v: PyValue) => boolean): boolean {
  const at = w.node.endIndex;
  const later = w.object.writes.find((o) => o.node.startIndex >= at && o.attribute === w.attribute && o.operator === '=' && holds(blockOf(o.node), w.node));
  if (!later || !isSafe(later.value)) return false;
  const between = (n: Node) => n.startIndex >= at && n.startIndex < later.node.startIndex;
  return !w.object.calls.some((c) => between(c.node) && !configures(c.method)) && !w.object.uses.some((u) => between(u.call.node));
}

/**
 * A context's own set-up (`load_verify_locations`, `load_cert_chain`, `set_ciphers`, `set_alpn_protocols`):
 * it connects nothing, so a write after it still comes before any handshake.
 */
function configures(method: string | undefined): boolean {
  return method !== undefined && /^(load_|set_)/.test(method);
}

/**
 * `super().__init__(verify_tls=False)` then `self.verify = CA` in the subclass's method: a value
 * passed through a base's `__init__` (`via`, an argument of that call) that the calling method
 * writes again to the same target (`self.verify`) after the call, in the call's block or one around it.
 */
export function overriddenByCaller(via: Node, target: string): boolean {
  let call: Node | null = via.parent;
  while (call && call.type !== 'call') call = call.parent;
  if (!call || !/(?:^super\s*\([^)]*\)|^\w+)\s*\.\s*__init__$/.test(call.childForFieldName('function')?.text ?? '')) return false;
  let fn: Node | null = call.parent;
  while (fn && fn.type !== 'function_definition') fn = fn.parent;
  const end = call.endIndex;
  return !!fn?.descendantsOfType('assignment').some((a) => !!a && a.startIndex >= end && a.childForFieldName('left')?.text === target && holds(blockOf(a), call));
}
