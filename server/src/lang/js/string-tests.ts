// A string's own tests on a string the file knows: `url.startsWith('rediss://')`, `host.endsWith('.internal')`,
// `uri.includes('tls=true')`. A guard of a helper (`if (!url.startsWith('rediss://')) return undefined;`)
// is decided for each URL a caller's table entry gives it (call-values.ts).
import ts from 'typescript';
import type { Branch, Value } from '../../../../rules/js/api.js';
import { lit } from './operators.js';
import { skipOuterExpressions } from './syntax.js';
import { either } from './value-ops.js';

const TESTS: Readonly<Record<string, (s: string, arg: string) => boolean>> = {
  startsWith: (s, arg) => s.startsWith(arg),
  endsWith: (s, arg) => s.endsWith(arg),
  includes: (s, arg) => s.includes(arg),
};

/**
 * The boolean a string test gives, when the receiver is a known string (or each branch of one is)
 * and the argument a known string; undefined otherwise (an array's `includes`, an unknown string).
 */
export function stringTestValue(e: ts.CallExpression, valueOf: (x: ts.Expression) => Value): Value | undefined {
  const callee = skipOuterExpressions(e.expression);
  if (!ts.isPropertyAccessExpression(callee) || !Object.hasOwn(TESTS, callee.name.text) || e.arguments.length !== 1 || ts.isSpreadElement(e.arguments[0])) return undefined;
  const arg = valueOf(e.arguments[0]);
  if (arg.kind !== 'literal' || typeof arg.value !== 'string') return undefined;
  const test = TESTS[callee.name.text];
  const of = (v: Value): Value | undefined => (v.kind === 'literal' && typeof v.value === 'string' ? lit(test(v.value, arg.value as string), e) : undefined);
  const receiver = valueOf(callee.expression);
  if (receiver.kind !== 'either') return of(receiver);
  const branches: Branch[] = [];
  for (const b of receiver.branches) {
    const value = of(b.value);
    if (!value) return undefined;
    branches.push({ value, condition: b.condition });
  }
  return either(e, branches);
}
