// Writes that happen only under an `if`: `let verify = false; if (prod) verify = true; use(verify)`
// leaves `verify` false when `prod` is falsy, so the value at the use is one of two.
import ts from 'typescript';
import { snippet } from './syntax.js';

export interface Guard {
  /** The outermost `if` that holds the write but not the use: the value before it is the other branch. */
  stmt: ts.IfStatement;
  /** "when `prod` is truthy" */
  whenWritten: string;
  /** "when `prod` is falsy", or "otherwise" under nested conditions. */
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
      const cond = snippet(p.expression);
      conditions.unshift(`when \`${cond}\` is ${inThen ? 'truthy' : 'falsy'}`);
      negated = `when \`${cond}\` is ${inThen ? 'falsy' : 'truthy'}`;
      outermost = p;
    }
  }
  if (!outermost) return undefined;
  return { stmt: outermost, whenWritten: conditions.join(' and '), otherwise: conditions.length === 1 ? negated : 'otherwise' };
}

function contains(outer: ts.Node, inner: ts.Node): boolean {
  return outer.pos <= inner.pos && inner.end <= outer.end;
}
