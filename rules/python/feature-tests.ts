// Which branch of a feature test is the fallback for old Pythons. `if hasattr(ssl, "SSLContext"):`
// holds on every current Python: its branch is code like any other, its `else` the fallback. A
// test of a name current Pythons no longer have (`hasattr(ssl, "wrap_socket")`) is the other way
// round. What cannot be told apart (version checks, `PY2`, mixed conditions) stays a guard.
import { ABSENT_NAMES } from '../data/python/deprecated-apis.js';
import type { Node } from './api.js';

/** How a branch relates to the Python that runs the code: only old ones take it, current ones do, or unknown. */
export type BranchSide = 'old' | 'current' | 'unknown';

const FEATURE_TEST = /\b(hasattr|getattr)\s*\(|\bsys\.version_info\b|\bsys\.version\b|\bPY2\b|\bPY3\b|\bPY\d\d\b|\bsix\.PY/;
const NAME_STRING = /^["']([A-Za-z_]\w*)["']$/;

/** Whether a condition's text tests a feature or the version. */
export function isFeatureTest(cond: Node): boolean {
  return FEATURE_TEST.test(cond.text);
}

/** Which Pythons take the branch that runs when `cond` is `taken`. */
export function branchSide(cond: Node, taken: boolean): BranchSide {
  if (!isFeatureTest(cond)) return 'current';
  switch (cond.type) {
    case 'parenthesized_expression': {
      const inner = cond.namedChildren.find((c) => c?.type !== 'comment');
      return inner ? branchSide(inner, taken) : 'unknown';
    }
    case 'not_operator': {
      const arg = cond.childForFieldName('argument');
      return arg ? branchSide(arg, !taken) : 'unknown';
    }
    case 'boolean_operator': {
      const op = cond.childForFieldName('operator')?.text;
      const left = cond.childForFieldName('left');
      const right = cond.childForFieldName('right');
      // Each side is known only where the whole decides it: both hold in `a and b`, neither in `not (a or b)`.
      if (!left || !right || (op === 'and') !== taken) return 'unknown';
      const sides = [branchSide(left, taken), branchSide(right, taken)];
      if (sides.includes('old')) return 'old';
      return sides.every((s) => s === 'current') ? 'current' : 'unknown';
    }
    case 'comparison_operator':
      return noneComparison(cond, taken);
    case 'call': {
      const present = presenceTest(cond);
      if (present === undefined) return 'unknown';
      return ABSENT_NAMES.has(present) === taken ? 'old' : 'current';
    }
    default:
      return 'unknown';
  }
}

/** `getattr(ssl, "X", None) is not None` holds where `X` exists. */
function noneComparison(cond: Node, taken: boolean): BranchSide {
  const [left, right] = cond.namedChildren;
  const op = cond.children.filter((c) => c && !c.isNamed).map((c) => c!.text).join(' ');
  if (left?.type !== 'call' || right?.type !== 'none' || (op !== 'is' && op !== 'is not')) return 'unknown';
  return branchSide(left, op === 'is not' ? taken : !taken);
}

/** The attribute name `hasattr(obj, "name")` or `getattr(obj, "name", default)` tests, as a condition. */
function presenceTest(call: Node): string | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'identifier' || (callee.text !== 'hasattr' && callee.text !== 'getattr')) return undefined;
  const args = call.childForFieldName('arguments')?.namedChildren.filter((c) => c && c.type !== 'comment') ?? [];
  if (args.length !== (callee.text === 'hasattr' ? 2 : 3)) return undefined;
  // getattr with a None default tests presence; with False it reads a flag (`HAS_NPN`) that may be off.
  if (callee.text === 'getattr' && args[2]!.text !== 'None') return undefined;
  return NAME_STRING.exec(args[1]!.text)?.[1];
}
