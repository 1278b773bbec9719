// The value a module-level name holds once its module has run: what an import of it gives. The
// last assignment, and the ones before it while that one sits in an if/elif/else branch (an
// `either` whose branches say when, as for a read in the same file).
import type { Node } from 'web-tree-sitter';
import type { PyValue } from '../../../../rules/python/api.js';
import { branchCondition } from './names.js';
import { scopeNodeOf, type ScopeIndex } from './scope.js';
import type { ValueResolver } from './values.js';

const MAX_BRANCHES = 4;

/** Whether the module binds `name` at its top level (assignment, import, def, class…). */
export function bindsAtModuleLevel(index: ScopeIndex, name: string): boolean {
  return index.root.bindings.has(name);
}

/** The value of the module-level `name` after the module ran, or undefined when it binds none. */
export function moduleLevelValue(index: ScopeIndex, values: ValueResolver, name: string): PyValue | undefined {
  const all = index.root.bindings.get(name);
  if (!all?.length) return undefined;
  const reaching: { value: PyValue; condition?: string; target: Node }[] = [];
  for (let i = all.length - 1; i >= 0 && reaching.length < MAX_BRANCHES; i--) {
    const b = all[i];
    // A name set inside a function (`global X`) holds only once that function ran: not a module value.
    if (scopeNodeOf(b.target).id !== index.root.node.id) return undefined;
    const condition = branchCondition(b, undefined, index.root.node);
    reaching.push({ value: values.bindingValue(b, b.target), condition, target: b.target });
    if (!condition) break;
  }
  if (reaching.length === 1 && !reaching[0].condition) return reaching[0].value;
  return { kind: 'either', node: reaching[0].target, branches: reaching.map((r) => ({ value: r.value, condition: r.condition ?? 'otherwise' })) };
}
