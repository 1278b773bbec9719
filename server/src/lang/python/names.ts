// Following a name to the bindings that reach a use of it: the scope Python looks it up in, and
// the assignments of that scope that may hold at the use (the last one, and the ones before it
// while the last sits in an if/elif/else branch the use is not in), each with its condition.
import type { Node, Tree } from 'web-tree-sitter';
import { scopeAt, type Binding, type Scope, type ScopeIndex } from './scope.js';
import { PYTHON2_ONLY_MODULES } from './stdlib-modules.js';

export interface Reaching {
  binding: Binding;
  /** "when DEBUG", "unless DEBUG"; absent when the binding holds whatever branch ran. */
  condition?: string;
}

const MAX_BRANCHES = 4;

export function scopeOf(index: ScopeIndex, node: Node): Scope {
  return scopeAt(index, node.startIndex);
}

/** The scope that holds `name` as seen from `from` (LEGB; class bodies are skipped from inside functions). */
export function lookupScope(from: Scope, name: string): Scope | undefined {
  if (from.globals.has(name)) return from.module().bindings.has(name) ? from.module() : undefined;
  let s: Scope | undefined = from;
  let first = true;
  while (s) {
    if ((first || s.kind !== 'class') && s.bindings.has(name)) return s;
    first = false;
    s = s.parent;
  }
  return undefined;
}

/** The bindings of the identifier `use` that may hold where it is evaluated. */
export function reachingBindings(index: ScopeIndex, use: Node, at = use.startIndex): Reaching[] {
  const name = use.text;
  const from = scopeOf(index, use);
  const scope = lookupScope(from, name);
  if (!scope) return [];
  const all = scope.bindings.get(name)!;
  // A name of an enclosing scope is read when the function runs: after that scope's code, as a rule.
  const last = scope === from ? lastAtOrBefore(all, at) : all.length - 1;
  const out: Reaching[] = [];
  for (let i = last; i >= 0 && out.length < MAX_BRANCHES; i--) {
    const b = all[i];
    if (b.at > at && scope === from) continue;
    const condition = branchCondition(b, scope === from ? use : undefined, scope.node);
    out.push({ binding: b, condition });
    if (!condition) break;
  }
  // Only the first (latest) binding unconditionally holds; if none did, they are all conditional.
  return out;
}

/**
 * The index of the last binding taking effect at or before `at`. Bindings are recorded in walk
 * order, which is source order but for a few nested forms (`a = b = v`), so the search lands near
 * the answer and the caller's backward scan skips any later one.
 */
function lastAtOrBefore(list: readonly Binding[], at: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].at <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Out-of-order neighbours: look a little further for one that also qualifies.
  for (let i = Math.min(list.length - 1, found + 4); i > found; i--) if (list[i].at <= at) return i;
  return found;
}

/** A branch block holding a binding's statement, innermost first: its range and the condition it runs under. */
interface Branch {
  start: number;
  end: number;
  condition: string;
}

/**
 * The branches around each binding's statement up to its scope's node (the only `stop` it is asked
 * with), found once: every read of a name asks again, and each `parent` step crosses into
 * WebAssembly (and costs tree-sitter a descent from the root).
 */
const branchesOf = new WeakMap<Binding, { stop: number; branches: Branch[] }>();

/**
 * The branches from a block up to a stop, by tree, stop and block: the bindings of one block (a
 * function's body, an `if` branch) share the walk above it, so a binding's walk ends at the first
 * block another binding's walk went through.
 */
const blocksOf = new WeakMap<Tree, Map<string, Branch[]>>();

/** What a parameter of the scope's own function is under: it is bound in the function's head, outside its blocks. */
const NO_BRANCHES: readonly Branch[] = [];

function branches(binding: Binding, stop: Node): readonly Branch[] {
  // Every `self` of every method asks; a parameter's walk up (parameters, then the function) meets no block.
  if (binding.kind === 'param' && binding.at === stop.startIndex && binding.scope.node.id === stop.id) return NO_BRANCHES;
  const known = branchesOf.get(binding);
  if (known && known.stop === stop.id) return known.branches;
  let blocks = blocksOf.get(stop.tree);
  if (!blocks) blocksOf.set(stop.tree, (blocks = new Map()));
  const out: Branch[] = [];
  // The blocks walked through, each with how many branches had been found before it.
  const walked: { key: string; before: number }[] = [];
  for (let n: Node | null = binding.statement; n && n.id !== stop.id; n = n.parent) {
    if (n.type !== 'block') continue;
    const key = `${stop.id}:${n.id}`;
    const above = blocks.get(key);
    if (above) {
      out.push(...above);
      break;
    }
    walked.push({ key, before: out.length });
    const owner = n.parent;
    if (!owner) continue;
    const type = owner.type;
    let condition: string | undefined;
    if (type === 'if_statement' || type === 'elif_clause') condition = `when ${short(owner.childForFieldName('condition'))}`;
    else if (type === 'else_clause' && owner.parent?.type === 'if_statement') condition = `unless ${short(owner.parent.childForFieldName('condition'))}`;
    else if (type === 'except_clause') condition = 'when an exception was raised';
    if (condition) out.push({ start: n.startIndex, end: n.endIndex, condition });
  }
  for (const { key, before } of walked) blocks.set(key, out.slice(before));
  branchesOf.set(binding, { stop: stop.id, branches: out });
  return out;
}

/**
 * The condition under which a binding's statement runs, relative to `use`: the innermost
 * if/elif/else branch holding it that does not also hold the use. Loops and try blocks count as
 * running. `stop` is the node of the binding's scope.
 */
export function branchCondition(binding: Binding, use: Node | undefined, stop: Node): string | undefined {
  for (const b of branches(binding, stop)) {
    if (use && b.start <= use.startIndex && use.endIndex <= b.end) continue;
    return b.condition;
  }
  return undefined;
}

export function contains(outer: Node, inner: Node): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

/** The longest piece of source a condition quotes, as for JavaScript (rules/js/condition-text.ts): a message has about 100 characters. */
const MAX_QUOTED = 32;

/** Source text as a condition quotes it: one line, no backticks (a Problems panel shows them as they are), cut at MAX_QUOTED. */
export function short(node: Node | null): string {
  const text = (node?.text ?? '').replace(/\s+/g, ' ').replace(/`/g, '');
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

/**
 * `try: import urllib2` / `except ImportError: import urllib.request as urllib2` (or `ssl = None`):
 * one module under two names, whichever the running Python has. The name is the Python 3 module
 * when the other is Python 2's name for it (`urllib2`, `httplib`, in either order), else the module
 * the handler imports (the try's is the older one, gone from the Python that takes the handler), or
 * the only module when the other alternative is None.
 */
export function importAlternative(reaching: readonly Reaching[]): Binding | undefined {
  if (reaching.length !== 2) return undefined;
  const isNone = (b: Binding) => b.kind === 'assign' && b.value?.type === 'none';
  if (!reaching.every((r) => r.binding.kind === 'import' || isNone(r.binding))) return undefined;
  const places = reaching.map((r) => tryPlace(r.binding.kind === 'import' ? r.binding.statement : r.binding.statement.parent));
  const [late, early] = places;
  if (!late || !early || late.tryId !== early.tryId || late.inHandler === early.inHandler) return undefined;
  const imports = reaching.filter((r) => r.binding.kind === 'import');
  if (imports.length === 1) return imports[0].binding;
  const python3 = reaching.filter((r) => !isPython2Only(r.binding));
  if (python3.length === 1) return python3[0].binding;
  return reaching[places.findIndex((p) => p!.inHandler)].binding;
}

function isPython2Only(b: Binding): boolean {
  const top = b.kind === 'import' ? b.imported?.split('.')[0] : undefined;
  return top !== undefined && PYTHON2_ONLY_MODULES.has(top);
}

/** The try statement a statement sits directly in, and whether in an except handler. */
function tryPlace(statement: Node | null | undefined): { tryId: number; inHandler: boolean } | undefined {
  const block = statement?.parent;
  if (block?.type !== 'block') return undefined;
  const owner = block.parent;
  if (owner?.type === 'try_statement') return { tryId: owner.id, inHandler: false };
  if (owner?.type === 'except_clause' && owner.parent?.type === 'try_statement') return { tryId: owner.parent.id, inHandler: true };
  return undefined;
}
