// The `if` statements code runs under, for messages: "when CI is truthy" (rules/js/condition-text.ts words them).
import ts from 'typescript';
import { whenTruthy } from './condition-text.js';

/** The `if` conditions a statement runs under, inside its function, outermost first. */
export function guards(sf: ts.SourceFile, node: ts.Node): string[] {
  const out: string[] = [];
  let child = node;
  for (let p = node.parent; p && !ts.isFunctionLike(p) && !ts.isSourceFile(p); child = p, p = p.parent) {
    if (ts.isIfStatement(p) && child !== p.expression) out.unshift(whenTruthy(sf, p.expression, child === p.thenStatement));
  }
  return out;
}
