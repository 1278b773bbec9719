// Calls by the name they call (PyRuleContext.callsTo), resolving only the calls that can have the
// asked name. Resolving a callee (values.ts) follows names through the file and costs more than
// the rest of the model together, and most of a file's calls (`self.assertEqual`, `len`) are
// never asked about. A callee's name ends with the identifier it is written with (`s.get`:
// `….get`, `get`: `….get`) unless something in the file can give it another: a binding of that
// identifier (`g = requests.get`, `from ssl import wrap_socket as w`, a parameter, a class with a
// library base), a write to that attribute or a class attribute of that name
// (`self.fetch = requests.get`), an alias of the tables (`redis.StrictRedis` is `redis.Redis`),
// or a callee that is no name (`factory()()`, `handlers['x']()`). Those calls are asked every time.
import { ALIASES } from '../../../../rules/data/python/types.js';
import type { ModelCall } from './calls.js';
import type { Scope, ScopeIndex } from './scope.js';

const last = (name: string): string => name.slice(name.lastIndexOf('.') + 1);

/** For each qualified name, the last identifiers other than its own that ALIASES turns into it. */
const ALIAS_LASTS = new Map<string, string[]>();
for (const [from, to] of Object.entries(ALIASES)) {
  if (last(from) === last(to)) continue;
  const list = ALIAS_LASTS.get(to);
  if (list) list.push(last(from));
  else ALIAS_LASTS.set(to, [last(from)]);
}

/** Binding kinds whose value may be a name (values.ts bindingValue): an import under another name, an assignment, a parameter, a class's library base. */
const MAY_RENAME = new Set(['assign', 'walrus', 'with', 'param', 'class', 'import']);

export class CallIndex {
  /** Calls by the last identifier of the callee, in source order. */
  private readonly byLast = new Map<string, ModelCall[]>();
  /** Calls whose name may end with any identifier, in source order. */
  private readonly anyName: ModelCall[] = [];
  /** Each call's place in the file's list, to merge lists in its order. */
  private readonly ordinal = new Map<ModelCall, number>();
  /** The anyName calls by name, once all are resolved (the first ask without a filter resolves them all). */
  private anyByName?: Map<string | undefined, ModelCall[]>;

  constructor(calls: readonly ModelCall[], index: ScopeIndex, writtenAttributes: Iterable<string>) {
    const renamed = new Set<string>();
    const classNames = new Set<string>();
    for (const s of allScopes(index)) {
      for (const [name, list] of s.bindings) {
        // A class attribute `fetch = requests.get` names what `self.fetch()` calls (objects.ts attributeValue).
        if (s.kind === 'class' && list.some((b) => b.kind === 'assign')) classNames.add(name);
        if (list.some((b) => MAY_RENAME.has(b.kind) && !(b.kind === 'import' && b.imported !== undefined && last(b.imported) === name))) renamed.add(name);
      }
    }
    const attributes = new Set(writtenAttributes);
    calls.forEach((c, i) => this.ordinal.set(c, i));
    for (const c of calls) {
      const type = c.calleeType;
      let key: string | undefined;
      if (type === 'identifier') {
        key = c.callee.text;
        if (renamed.has(key)) key = undefined;
      } else if (type === 'attribute' && c.method !== undefined && !attributes.has(c.method) && !classNames.has(c.method)) key = c.method;
      if (key === undefined) {
        this.anyName.push(c);
        continue;
      }
      const list = this.byLast.get(key);
      if (list) list.push(c);
      else this.byLast.set(key, [c]);
    }
  }

  /** The calls of one of `names` that `mayMatter` accepts, as the eager index gave them: by name in the order asked, then sorted by position. */
  callsTo(names: ReadonlySet<string> | readonly string[], mayMatter?: (call: ModelCall) => boolean): ModelCall[] {
    const out: ModelCall[] = [];
    // `mayMatter` first: resolving a name follows values through the file (and other modules).
    const named = (c: ModelCall, n: string) => (!mayMatter || mayMatter(c)) && c.name === n;
    for (const n of names) {
      const found: ModelCall[] = [];
      for (const k of lastsOf(n)) for (const c of this.byLast.get(k) ?? []) if (named(c, n)) found.push(c);
      // (Resolved in the order the loop below resolved them, after the first name's own calls.)
      if (!mayMatter) this.anyByName ??= groupBy(this.anyName, (c) => c.name);
      const any = this.anyByName ? (this.anyByName.get(n) ?? []).filter((c) => !mayMatter || mayMatter(c)) : this.anyName.filter((c) => named(c, n));
      found.push(...any);
      // The eager index listed a name's calls in the file's order; the sort below keeps that order between calls that start together (`f().get()` and `f()`).
      if (found.length > 1) found.sort((a, b) => this.ordinal.get(a)! - this.ordinal.get(b)!);
      out.push(...found);
    }
    return out.sort((a, b) => a.node.startIndex - b.node.startIndex);
  }
}

/** The last identifiers a call of `name` may be written with: its own, and those ALIASES turns into it. */
const LASTS = new Map<string, string[]>();

function lastsOf(name: string): string[] {
  let out = LASTS.get(name);
  if (!out) LASTS.set(name, (out = [...new Set([last(name), ...(ALIAS_LASTS.get(name) ?? [])])]));
  return out;
}

function groupBy<K, T>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function allScopes(index: ScopeIndex): Scope[] {
  return [index.root, ...index.byNode.values()];
}
