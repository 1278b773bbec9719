// The calls written inside a node, found without reading every call of the file: the index's
// calls are in source order (collect.ts walks pre-order), so those inside a function start in one
// run of the list, found by binary search. Helpers and classes are looked into once per call
// evaluated (call-sinks.ts), so a file with thousands of calls paid for each of them every time.
import type ts from 'typescript';
import { contains } from './guards.js';

type Call = ts.CallExpression | ts.NewExpression;

/** Whether each list is sorted by position (checked once per list; an unsorted one is read whole). */
const sorted = new WeakMap<readonly Call[], boolean>();

function isSorted(calls: readonly Call[]): boolean {
  let s = sorted.get(calls);
  if (s === undefined) {
    s = true;
    for (let i = 1; i < calls.length && s; i++) s = calls[i - 1].pos <= calls[i].pos;
    sorted.set(calls, s);
  }
  return s;
}

/** The calls of `calls` (a file's, in source order) that `outer` contains, in their order. */
export function callsWithin(calls: readonly Call[], outer: ts.Node): Call[] {
  if (!isSorted(calls)) return calls.filter((c) => contains(outer, c));
  // A call inside starts at or after the node and before its end.
  let lo = 0;
  let hi = calls.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (calls[mid].pos < outer.pos) lo = mid + 1;
    else hi = mid;
  }
  const out: Call[] = [];
  for (let i = lo; i < calls.length && calls[i].pos < outer.end; i++) if (contains(outer, calls[i])) out.push(calls[i]);
  return out;
}
