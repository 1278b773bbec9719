// A connection parameter written as a dict item (`DATABASES["default"]["OPTIONS"]["sslmode"] =
// "require"` in a Django settings module, `conn_args["sslmode"] = "require"`), as the same key in a
// dict literal is read (sinks.ts paramHits, `anywhere` parameters).
import type { Node, PyRuleContext } from './api.js';
import { findBranch } from './values.js';

export interface ItemParam {
  /** The assignment. */
  node: Node;
  value: string;
  /** Where the literal is written. */
  valueNode?: Node;
  condition?: string;
}

export function itemParamWrites(ctx: PyRuleContext, param: string, insecure: readonly string[]): ItemParam[] {
  const out: ItemParam[] = [];
  // The key's text first: most item writes are not this parameter's, and their keys are not resolved.
  const writes = ctx.itemWrites.filter((w) => w.node.text.includes(param) && w.key.kind === 'literal' && w.key.value === param);
  for (const w of writes) {
    // A later write of the same item in the same block decides (`...["sslmode"] = "verify-full"` after it).
    const block = w.node.parent?.parent?.id;
    if (writes.some((x) => x.node.startIndex > w.node.endIndex && x.node.parent?.parent?.id === block && x.containerNode.text === w.containerNode.text)) continue;
    const bad = findBranch(w.value, (v) => v.kind === 'literal' && typeof v.value === 'string' && insecure.includes(v.value));
    if (bad?.value.kind === 'literal') out.push({ node: w.node, value: String(bad.value.value), valueNode: bad.value.node, condition: bad.condition });
  }
  return out;
}
