// A parameter's value: the default, and what the file's own calls of the function pass for it
// (`def fetch(url, verify=True)` … `fetch(u, verify=False)`). Each branch says which call (or
// the default) it came through, so a rule can report the argument that holds the unsafe value.
import type { Node } from 'web-tree-sitter';
import type { Branch, DictEntry, PyValue } from '../../../../rules/python/api.js';
import { isNameChar } from '../../engine/char-codes.js';
import { flagValue } from './flags.js';
import type { PyLink } from './link.js';
import { reachingBindings, short } from './names.js';
import type { Binding, ScopeIndex } from './scope.js';

const MAX_SITES = 8;

export function paramValue(index: ScopeIndex, b: Binding, use: Node, valueOf: (n: Node) => PyValue, link?: PyLink): PyValue {
  const fn = b.scope.node;
  if (fn.type !== 'function_definition') return { kind: 'unknown', node: use };
  const params = (fn.childForFieldName('parameters')?.namedChildren ?? []).filter((p): p is Node => !!p && p.type !== 'comment');
  const method = isMethod(fn);
  const positional: Node[] = [];
  for (const p of params) {
    if (p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern' || p.type === 'keyword_separator' || p.type === 'positional_separator') {
      if (p.type !== 'positional_separator') break;
      continue;
    }
    positional.push(p);
  }
  const own = params.find((p) => p.id === b.statement.id);
  if (!own || own.type === 'list_splat_pattern' || own.type === 'dictionary_splat_pattern') return { kind: 'unknown', node: use };
  // `self`/`cls` is the object, not a value a caller passes.
  if (method && positional[0]?.id === own.id) return { kind: 'unknown', node: use };
  const position = positional.findIndex((p) => p.id === own.id) - (method ? 1 : 0);
  const flag = commandLineFlag(fn, b.name);
  // A click command's flag: False unless the user gives it, True only then (an explicit opt-in).
  if (flag) return flagValue(flag.name, flag.node, use);
  const branches: Branch[] = [];
  const fallback = b.value;
  if (fallback) branches.push({ value: valueOf(fallback), condition: 'by default', via: own });
  const name = fn.childForFieldName('name')?.text ?? '';
  let open = false;
  for (const { call, skip } of callSites(index, fn, name, method, link)) {
    if (branches.length > MAX_SITES) {
      open = true;
      break;
    }
    const arg = argumentFor(call, b.name, position, skip);
    if (arg === 'unknown') open = true;
    else if (arg) branches.push({ value: valueOf(arg.value), condition: `through ${short(call)}`, via: arg.node });
  }
  if (open) branches.push({ value: { kind: 'unknown', node: use }, condition: 'from another caller' });
  if (branches.length === 0) return { kind: 'unknown', node: use };
  return { kind: 'either', branches, node: use };
}

/**
 * `def _redis(host, **extra)`: the keywords the file's calls pass that no named parameter takes
 * (written, or entries of a `**dict` they splat), each a branch per call whose `via` is where the
 * call writes it; open, as other callers may pass more.
 */
export function kwargsValue(index: ScopeIndex, b: Binding, valueOf: (n: Node) => PyValue, link?: PyLink): PyValue {
  const fn = b.scope.node;
  const entries = new Map<string, DictEntry>();
  const dict: PyValue = { kind: 'dict', entries, open: true, node: b.statement };
  if (fn.type !== 'function_definition') return dict;
  const params = (fn.childForFieldName('parameters')?.namedChildren ?? []).filter((p): p is Node => !!p && p.type !== 'comment');
  const named = new Set(params.map(paramName).filter((n): n is string => !!n));
  const byKey = new Map<string, { branches: Branch[]; node: Node; valueNode: Node }>();
  const name = fn.childForFieldName('name')?.text ?? '';
  const sites = callSites(index, fn, name, isMethod(fn), link).slice(0, MAX_SITES + 1);
  // A functools.partial's result may be called with more keywords.
  let closed = sites.length > 0 && sites.length <= MAX_SITES && sites.every((s) => s.skip === 0) && onlyCalled(fn, name, sites.length);
  const add = (key: string, value: PyValue, via: Node, valueNode: Node, call: Node) => {
    if (named.has(key)) return;
    const held = byKey.get(key);
    const branch = { value, condition: `through ${short(call)}`, via };
    if (held) held.branches.push(branch);
    else byKey.set(key, { branches: [branch], node: via, valueNode });
  };
  for (const { call } of sites.slice(0, MAX_SITES)) {
    for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) {
      const value = a?.type === 'keyword_argument' ? a.childForFieldName('value') : undefined;
      const key = a?.type === 'keyword_argument' ? a.childForFieldName('name')?.text : undefined;
      if (a && key && value) add(key, valueOf(value), a, value, call);
      const splat = a?.type === 'dictionary_splat' ? valueOf(a.namedChild(0) ?? a) : undefined;
      if (splat?.kind === 'dict') for (const e of splat.entries.values()) add(e.key, e.value, e.node, e.valueNode, call);
      if (a?.type === 'dictionary_splat' && (splat?.kind !== 'dict' || splat.open)) closed = false;
    }
  }
  const removed = removedKeys(fn, b.name, valueOf);
  for (const [key, held] of byKey) if (removed !== 'all' && !removed.has(key)) entries.set(key, { key, value: { kind: 'either', branches: held.branches, node: held.valueNode }, node: held.node, valueNode: held.valueNode });
  // Every caller known and every `**` it passes known: a key none passes is not there.
  return closed && removed !== 'all' ? { ...dict, open: false } : dict;
}

/**
 * Whether a module's private function (`def _pop_ssl(host, **kwargs)`) is only ever called, by
 * the calls found: its name written nowhere else in the module (no alias, no callback, no export
 * by name). A method, a public name or a nested function may have callers the file does not show.
 */
function onlyCalled(fn: Node, name: string, calls: number): boolean {
  if (!/^_[^_]/.test(name) || fn.parent?.type !== 'module') return false;
  const text = fn.tree.rootNode.text;
  let count = 0;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    const after = i + name.length < text.length ? text.charCodeAt(i + name.length) : 32;
    // Only ASCII bounds a name here: a non-ASCII neighbour counts as another occurrence, which keeps the dict open.
    if (!isNameChar(before) && !isNameChar(after)) count++;
  }
  // The definition and each call.
  return count === calls + 1;
}

/** The keys the function takes out of its `**kwargs` (`kwargs.pop("verify", None)`, `del kwargs["verify"]`); 'all' when it cannot say which. */
function removedKeys(fn: Node, name: string, valueOf: (n: Node) => PyValue): Set<string> | 'all' {
  const out = new Set<string>();
  const body = fn.childForFieldName('body');
  if (!body || !new RegExp(`\\b${name}\\s*\\.\\s*(?:pop|clear|popitem)\\b|\\bdel\\b`).test(body.text)) return out;
  const key = (n: Node | null | undefined) => {
    const v = n ? valueOf(n) : undefined;
    return v?.kind === 'literal' && typeof v.value === 'string' ? v.value : undefined;
  };
  for (const call of body.descendantsOfType('call')) {
    const callee = call?.childForFieldName('function');
    if (callee?.type !== 'attribute' || callee.childForFieldName('object')?.text !== name) continue;
    const method = callee.childForFieldName('attribute')?.text;
    if (method === 'clear' || method === 'popitem') return 'all';
    if (method !== 'pop') continue;
    const k = key(call!.childForFieldName('arguments')?.namedChildren.find((a) => !!a && a.type !== 'comment'));
    if (k === undefined) return 'all';
    out.add(k);
  }
  for (const del of body.descendantsOfType('delete_statement')) {
    for (const target of del?.namedChildren ?? []) {
      const items = target?.type === 'expression_list' ? target.namedChildren : [target];
      for (const t of items) {
        if (t?.type !== 'subscript' || t.childForFieldName('value')?.text !== name) continue;
        const k = key(t.childForFieldName('subscript'));
        if (k === undefined) return 'all';
        out.add(k);
      }
    }
  }
  return out;
}

/** A parameter's name (`x`, `x=1`, `x: int = 1`); none for `*args`, `**kw`, `*`, `/`. */
function paramName(p: Node): string | undefined {
  if (p.type === 'identifier') return p.text;
  if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') return p.childForFieldName('name')?.text;
  if (p.type === 'typed_parameter') {
    const inner = p.namedChildren[0];
    return inner?.type === 'identifier' ? inner.text : undefined;
  }
  return undefined;
}

function isMethod(fn: Node): boolean {
  const holder = holderOf(fn);
  // Each `parent` read crosses into WebAssembly (and costs tree-sitter a descent from the root): once per node.
  const block = holder.parent;
  if (block?.type !== 'block' || block.parent?.type !== 'class_definition') return false;
  const decorators = holder.type === 'decorated_definition' ? holder.namedChildren.filter((d) => d?.type === 'decorator').map((d) => d!.text) : [];
  return !decorators.some((d) => /@staticmethod\b/.test(d));
}

/**
 * `@click.option("--insecure", is_flag=True)` above `def health(insecure)`: the command-line flag
 * that sets the parameter (click names it after the longest option, dashes as underscores, or
 * after a last bare name), with the decorator.
 */
function commandLineFlag(fn: Node, param: string): { name: string; node: Node } | undefined {
  const holder = holderOf(fn);
  if (holder.type !== 'decorated_definition') return undefined;
  for (const d of holder.namedChildren) {
    if (d?.type !== 'decorator' || !/^@\s*(click\.)?option\s*\(/.test(d.text) || !/\bis_flag\s*=\s*True\b/.test(d.text)) continue;
    const names = [...d.text.matchAll(/["'](-{0,2}[A-Za-z][\w-]*)["']/g)].map((m) => m[1]);
    const options = names.filter((n) => n.startsWith('-'));
    const bare = names.find((n) => !n.startsWith('-'));
    const longest = options.sort((a, b) => b.length - a.length)[0];
    const target = bare ?? longest?.replace(/^-+/, '').replace(/-/g, '_');
    if (target === param && longest?.startsWith('--') && !longest.includes('/')) return { name: longest, node: d };
  }
  return undefined;
}

/** The statement a function is: its decorated definition when it has decorators. */
function holderOf(fn: Node): Node {
  const up = fn.parent;
  return up?.type === 'decorated_definition' ? up : fn;
}

/** The file's calls by the name they call (`f(…)` and `x.f(…)` both under `f`), built once per file. */
const callsByName = new WeakMap<ScopeIndex, Map<string, Node[]>>();

/**
 * The model's calls filed by name as it made them (calls.ts makeCall, which reads the same nodes),
 * before anything asks: readCallsByName's map, without reading every callee again.
 */
export function knowCallsByName(index: ScopeIndex, byName: Map<string, Node[]>): void {
  if (!callsByName.has(index)) callsByName.set(index, byName);
}

/** The file's calls by the last identifier of their callee, read from the callee nodes. */
export function readCallsByName(index: ScopeIndex): Map<string, Node[]> {
  const byName = new Map<string, Node[]>();
  for (const call of index.calls) {
    const callee = call.childForFieldName('function');
    const n = callee?.type === 'identifier' ? callee.text : callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
    if (!n) continue;
    const list = byName.get(n);
    if (list) list.push(call);
    else byName.set(n, [call]);
  }
  return byName;
}

function callsNamed(index: ScopeIndex, name: string): Node[] {
  let byName = callsByName.get(index);
  if (!byName) callsByName.set(index, (byName = readCallsByName(index)));
  return byName.get(name) ?? [];
}

/**
 * Calls of the function in the file: `name(…)` resolving to it, `self.name(…)`/`cls.name(…)` in its
 * class, and `functools.partial(name, ...)`, whose first argument (`skip`) is the function; then the
 * linted file's calls of it when this is another module read for them (outside-callers.ts).
 */
function callSites(index: ScopeIndex, fn: Node, name: string, method: boolean, link?: PyLink): { call: Node; skip: number }[] {
  const outside = link?.outsideCalls?.(fn) ?? [];
  const direct = [...directCalls(index, fn, name, method).map((call) => ({ call, skip: 0 })), ...outside];
  if (method) return name === '__init__' ? [...direct, ...baseInitCalls(index, holderOf(fn).parent?.parent)] : direct;
  const partials = callsNamed(index, 'partial').filter((call) => {
    const first = call.childForFieldName('arguments')?.namedChildren.find((a) => !!a && a.type !== 'comment');
    return first?.type === 'identifier' && first.text === name && reachingBindings(index, first)[0]?.binding.statement.id === fn.id;
  });
  return [...direct, ...partials.map((call) => ({ call, skip: 1 }))];
}

function directCalls(index: ScopeIndex, fn: Node, name: string, method: boolean): Node[] {
  const cls = method ? holderOf(fn).parent?.parent : undefined;
  // `LedgerClient(key, url, verify=False)` runs `__init__` with `self` first, as `self.x(…)` does.
  const made = name === '__init__' && cls?.type === 'class_definition' ? constructions(index, cls) : [];
  return [...made, ...callsNamed(index, name).filter((call) => {
    const callee = call.childForFieldName('function');
    if (!callee) return false;
    if (!method && callee.type === 'identifier' && callee.text === name) return reachingBindings(index, callee)[0]?.binding.statement.id === fn.id;
    if (method && callee.type === 'attribute' && callee.childForFieldName('attribute')?.text === name) {
      const object = callee.childForFieldName('object');
      return (object?.text === 'self' || object?.text === 'cls') && !!cls && cls.startIndex <= call.startIndex && call.endIndex <= cls.endIndex;
    }
    return false;
  })];
}

/**
 * A subclass's `super().__init__(...)` (no `self` passed) or `Base.__init__(self, ...)` (`self` first,
 * skipped), in a class of the file whose bases name the class.
 */
function baseInitCalls(index: ScopeIndex, cls: Node | null | undefined): { call: Node; skip: number }[] {
  if (cls?.type !== 'class_definition') return [];
  const out: { call: Node; skip: number }[] = [];
  for (const call of callsNamed(index, '__init__')) {
    const object = call.childForFieldName('function')?.childForFieldName('object');
    const viaSuper = object?.type === 'call' && object.childForFieldName('function')?.text === 'super';
    if (!viaSuper && !(object?.type === 'identifier' && namesClass(index, object, cls))) continue;
    let sub: Node | null = call.parent;
    while (sub && sub.type !== 'class_definition') sub = sub.parent;
    const bases = sub?.childForFieldName('superclasses')?.namedChildren ?? [];
    if (sub && bases.some((b) => b?.type === 'identifier' && namesClass(index, b, cls))) out.push({ call, skip: viaSuper ? 0 : 1 });
  }
  return out;
}

function namesClass(index: ScopeIndex, use: Node, cls: Node): boolean {
  const bound = reachingBindings(index, use)[0]?.binding.statement;
  return bound?.id === cls.id || bound?.id === holderOf(cls).id;
}

/** The file's calls of a class by its name (`LedgerClient(…)`), the name bound to that class where called. */
function constructions(index: ScopeIndex, cls: Node): Node[] {
  const className = cls.childForFieldName('name')?.text;
  if (!className) return [];
  const statement = holderOf(cls);
  return callsNamed(index, className).filter((call) => {
    const callee = call.childForFieldName('function');
    if (callee?.type !== 'identifier' || callee.text !== className) return false;
    const bound = reachingBindings(index, callee)[0]?.binding.statement;
    return bound?.id === cls.id || bound?.id === statement.id;
  });
}

/** The argument a call passes for a parameter; 'unknown' when `*args`/`**kw` may carry it. */
function argumentFor(call: Node, name: string, position: number, skip = 0): { node: Node; value: Node } | 'unknown' | undefined {
  const args = call.childForFieldName('arguments');
  if (args?.type !== 'argument_list') return undefined;
  let i = -skip;
  let splat = false;
  for (const a of args.namedChildren) {
    if (!a || a.type === 'comment') continue;
    if (a.type === 'keyword_argument') {
      if (a.childForFieldName('name')?.text === name) return { node: a, value: a.childForFieldName('value')! };
    } else if (a.type === 'list_splat' || a.type === 'dictionary_splat') splat = true;
    else if (!splat && i++ === position) return { node: a, value: a };
  }
  return splat ? 'unknown' : undefined;
}
