// Every branch of a Python value with the conditions that lead to it, for rules that report each
// unsafe branch (a cipher string that depends on a flag) rather than only the first.
import type { PyValue } from './api.js';

export interface ValueBranch {
  value: PyValue;
  condition?: string;
}

export function branchesOf(v: PyValue, condition?: string, depth = 0): ValueBranch[] {
  if (v.kind !== 'either' || depth > 8) return [{ value: v, condition }];
  return v.branches.flatMap((b) => branchesOf(b.value, condition ? `${condition} and ${b.condition}` : b.condition, depth + 1));
}

/** The text of a string or bytes literal value. */
export function stringOf(v: PyValue): string | undefined {
  return v.kind === 'literal' && typeof v.value === 'string' ? v.value : undefined;
}
