// Writes that happen only under an `if`: `let verify = false; if (prod) verify = true; use(verify)`
// leaves `verify` false when `prod` is falsy, so the value at the use is one of two.
import { joinConditions } from '../../../../rules/common/conditions.js';
import ts from 'typescript';
import type { Branch, Value } from '../../../../rules/js/api.js';
import type { Binding } from './scope.js';
import { whenTruthyOf } from './syntax.js';

export interface Guard {
  /** The outermost `if` that holds the write but not the use: the value before it is the other branch. */
  stmt: ts.IfStatement;
  /** "when prod is truthy" */
  whenWritten: string;
  /** "when prod is falsy", or "otherwise" under nested conditions. */
  otherwise: string;
}

/** The `if` statements between a write and a later use that decide whether the write happens. */
export function guardOf(write: ts.Node, use: ts.Node): Guard | undefined {
  const conditions: string[] = [];
  let outermost: ts.IfStatement | undefined;
  let negated = '';
  let child: ts.Node = write;
  for (let p = write.parent; p && !contains(p, use); child = p, p = p.parent) {
    if (ts.isIfStatement(p) && child !== p.expression) {
      const inThen = child === p.thenStatement;
      conditions.unshift(whenTruthyOf(p.expression, inThen));
      negated = whenTruthyOf(p.expression, !inThen);
      outermost = p;
    }
  }
  if (!outermost) return undefined;
  return { stmt: outermost, whenWritten: conditions.join(' and '), otherwise: conditions.length === 1 ? negated : 'otherwise' };
}

/**
 * One value per branch of an `if`, where each branch value may already be conditional on earlier
 * statements: conditions read in execution order ("when a is truthy and when b is falsy").
 */
export function guarded(node: ts.Node, branches: Branch[]): Value {
  const flat: Branch[] = [];
  for (const b of branches) {
    if (b.value.kind === 'either') for (const inner of b.value.branches) flat.push({ value: inner.value, condition: joinConditions(inner.condition, b.condition) ?? '' });
    else flat.push(b);
  }
  return { kind: 'either', branches: flat, node };
}

export function contains(outer: ts.Node, inner: ts.Node): boolean {
  return outer.pos <= inner.pos && inner.end <= outer.end;
}

/** The last write of a variable that ends before a use: an assignment or an opaque write. */
export function lastWriteBefore(b: Binding, pos: number): { node: ts.Node; opaque: boolean } | undefined {
  let last: { node: ts.Node; opaque: boolean } | undefined;
  const consider = (w: ts.Node, opaque: boolean) => {
    if (w.end > pos) return;
    if (!last || w.end > last.node.end) last = { node: w, opaque };
  };
  for (const w of b.writes) consider(w, false);
  for (const w of b.opaqueWrites) consider(w, true);
  return last;
}
