// Applying the writes made to an object between its creation and a use, in source order: member
// writes, deletes and Object.assign. The writes of one `if` that does not hold the use make two
// versions of the object (values.ts asks for this; object-writes.ts applies each write).
import type ts from 'typescript';
import type { Value } from '../../../../rules/js/api.js';
import { applySets, applyWrite, type ObjectWrite } from './object-writes.js';
import { mapObjects, writable } from './object-values.js';
import { contains, guardOf, guarded } from './guards.js';
import { whenTruthyOf } from './syntax.js';

/** Guarded writes split a value in two; past this many branches they apply unconditionally. */
const MAX_GUARDED_BRANCHES = 8;

/**
 * Member writes and Object.assign calls in order. The writes of one `if` (not holding the use)
 * make two versions: with the then-branch writes, and with the else-branch writes (or none).
 */
export function applyObjectWrites(start: Value, writes: readonly ObjectWrite[], use: ts.Identifier, at: ts.Node, valueOf: (e: ts.Expression) => Value): Value {
  const one = (v: Value, w: ObjectWrite) => mapObjects(w.kind === 'delete' ? v : writable(v, use), (o) => applyWrite(o, w, valueOf));
  // Member writes in a row go in one pass, each object copied once (applySets), not once per write.
  const apply = (v: Value, ws: readonly ObjectWrite[]) => {
    for (let i = 0; i < ws.length; i++) {
      if (ws[i].kind !== 'set') {
        v = one(v, ws[i]);
        continue;
      }
      const run: (ObjectWrite & { kind: 'set' })[] = [];
      for (; i < ws.length && ws[i].kind === 'set'; i++) run.push(ws[i] as ObjectWrite & { kind: 'set' });
      i--;
      v = mapObjects(writable(v, use), (o) => applySets(o, run, valueOf));
    }
    return v;
  };
  let value = start;
  for (let i = 0; i < writes.length; i++) {
    const guard = guardOf(writes[i].node, at);
    const branches = value.kind === 'either' ? value.branches.length : 1;
    if (!guard || branches > MAX_GUARDED_BRANCHES) {
      // Unguarded writes (or too many branches to tell apart) up to the next guarded one.
      const run: ObjectWrite[] = [writes[i]];
      while (i + 1 < writes.length && (branches > MAX_GUARDED_BRANCHES || !guardOf(writes[i + 1].node, at))) run.push(writes[++i]);
      value = apply(value, run);
      continue;
    }
    const group: ObjectWrite[] = [];
    while (i < writes.length && contains(guard.stmt, writes[i].node)) group.push(writes[i++]);
    i--;
    const { stmt } = guard;
    const inThen = group.filter((w) => contains(stmt.thenStatement, w.node));
    const inElse = group.filter((w) => !inThen.includes(w));
    value =
      inThen.length && inElse.length
        ? guarded(use, [
            { value: apply(value, inThen), condition: whenTruthyOf(stmt.expression, true) },
            { value: apply(value, inElse), condition: whenTruthyOf(stmt.expression, false) },
          ])
        : guarded(use, [{ value: apply(value, group), condition: guard.whenWritten }, { value, condition: guard.otherwise }]);
  }
  return value;
}
