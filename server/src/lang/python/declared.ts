// Instances whose library class the file shows but not how they were made, so `declared`
// (rules/python/api.ts) as an annotation's are: what a function of the file hands back when it has
// no return annotation (`def make_session(): s = requests.Session(); …; return s` read at
// `session = make_session()`), and `session or boto3.session.Session()` (a caller's object, or the
// fallback made here).
import type { Node } from 'web-tree-sitter';
import type { PyValue } from '../../../../rules/python/api.js';

type Instance = Extract<PyValue, { kind: 'instance' }>;

/**
 * The instance a call of `fn` (a function_definition) gives, when every return of its own body
 * (not a nested function's) gives an instance of one library class and it yields nothing (a
 * generator or a context manager hands back something else). Its `call` is the function's name,
 * as an annotation: no call at the caller made it.
 */
export function returnedInstance(fn: Node, node: Node, valueOf: (n: Node) => PyValue): Instance | undefined {
  const body = fn.childForFieldName('body');
  if (!body) return undefined;
  const returns: Node[] = [];
  if (!ownReturns(body, returns)) return undefined;
  let found: Instance | undefined;
  for (const r of returns) {
    const expr = r.namedChildren.find((c) => !!c && c.type !== 'comment');
    const v = expr ? valueOf(expr) : undefined;
    if (v?.kind !== 'instance' || (found && found.type !== v.type)) return undefined;
    found ??= v;
  }
  return found && { kind: 'instance', of: found.of, type: found.type, call: fn.childForFieldName('name') ?? fn, node, declared: true };
}

/**
 * `x or Y()` where x is None, unknown or already a Y: Y's class, declared (a caller's object may
 * have been made another way).
 */
export function orElseInstance(left: PyValue, right: PyValue, node: Node): Instance | undefined {
  if (right.kind !== 'instance' || right.declared) return undefined;
  const fits = (x: PyValue): boolean => (x.kind === 'literal' && x.value === null) || x.kind === 'unknown' || (x.kind === 'instance' && x.type === right.type);
  if (!(left.kind === 'either' ? left.branches.every((b) => fits(b.value)) : fits(left))) return undefined;
  return { kind: 'instance', of: right.of, type: right.type, call: right.call, node, declared: true };
}

/** Collects the return statements of the function's own body; false when it yields. */
function ownReturns(node: Node, returns: Node[]): boolean {
  for (const c of node.namedChildren) {
    if (!c || c.type === 'function_definition' || c.type === 'class_definition' || c.type === 'lambda') continue;
    if (c.type === 'yield') return false;
    if (c.type === 'return_statement') returns.push(c);
    else if (!ownReturns(c, returns)) return false;
  }
  return true;
}
