// Operations on resolved values shared by the resolvers: a value picked along a property path,
// and one of several values under their conditions.
import { contradicts, joinConditions } from '../../../../rules/common/conditions.js';
import type ts from 'typescript';
import { whenKeyIs } from '../../../../rules/js/condition-text.js';
import { sourceFileOf } from './syntax.js';
import type { Branch, Value } from '../../../../rules/js/api.js';
import { knownConstant } from '../../../../rules/data/node/node-constants.js';
import { lit } from './operators.js';

export function either(node: ts.Node, branches: Branch[]): Value {
  const flat: Branch[] = [];
  for (const b of branches) {
    if (b.value.kind === 'either') {
      // An inner branch that cannot hold under the outer one's condition is not one of the values.
      const inners = b.value.branches.filter((inner) => !contradicts(b.condition, inner.condition));
      for (const inner of inners.length ? inners : b.value.branches) flat.push({ value: inner.value, condition: joinConditions(b.condition, inner.condition) ?? '' });
    } else {
      flat.push(b);
    }
  }
  return { kind: 'either', branches: flat, node };
}

/** The value at a property path inside a value. */
export function pick(v: Value, path: readonly string[], node: ts.Node): Value {
  let cur = v;
  for (const key of path) {
    if (cur.kind === 'object') {
      const p = cur.props.get(key);
      if (!p) return cur.open ? { kind: 'unknown', node } : lit(undefined, node);
      cur = p.value;
    } else if (cur.kind === 'array' && /^\d+$/.test(key)) {
      cur = cur.elements[Number(key)] ?? lit(undefined, node);
    } else if (cur.kind === 'module') {
      const c = knownConstant({ module: cur.ref.module, path: [...cur.ref.path, key] });
      cur = c !== undefined ? lit(c, node) : { kind: 'module', ref: { module: cur.ref.module, path: [...cur.ref.path, key] }, node };
    } else if (cur.kind === 'either') {
      cur = either(node, cur.branches.map((b) => ({ value: pick(b.value, [key], node), condition: b.condition })));
    } else {
      return { kind: 'unknown', node };
    }
  }
  return cur;
}

/** A table of more entries than this read with an unknown key is not split into one value per entry. */
const MAX_TABLE_ENTRIES = 16;

/**
 * `PROFILES[profile]` with a key the file does not say, in a table it does: one of its entries,
 * each under the condition of its key ("when profile is 'legacy'").
 */
export function anyEntry(table: Value, e: ts.ElementAccessExpression): Value {
  if (table.kind !== 'object' || table.open || table.props.size === 0 || table.props.size > MAX_TABLE_ENTRIES) return { kind: 'unknown', node: e };
  const sf = sourceFileOf(e);
  const branches: Branch[] = [...table.props.values()].map((p) => ({ value: p.value, condition: whenKeyIs(sf, e.argumentExpression, p.key) }));
  return either(e, branches);
}
