// Whether an attribute write stops mattering: the same object gets the attribute again, safely,
// later in the same block, and nothing used the object in between (`ctx.minimum_version =
// TLSv1` followed by `ctx.minimum_version = TLSv1_2` before the context wraps a socket).
import type { AttrWrite, Node, PyValue } from './api.js';

function blockOf(n: Node): Node | null {
  let p = n.parent;
  while (p && p.type !== 'block' && p.type !== 'module') p = p.parent;
  return p;
}

export function overriddenLater(w: AttrWrite, isSafe: (v: PyValue) => boolean): boolean {
  const at = w.node.endIndex;
  const later = w.object.writes.find((o) => o.node.startIndex >= at && o.attribute === w.attribute && o.operator === '=' && blockOf(o.node)?.id === blockOf(w.node)?.id);
  if (!later || !isSafe(later.value)) return false;
  const between = (n: Node) => n.startIndex >= at && n.startIndex < later.node.startIndex;
  return !w.object.calls.some((c) => between(c.node)) && !w.object.uses.some((u) => between(u.call.node));
}
