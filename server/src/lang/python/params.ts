// A parameter's value: the default, and what the file's own calls of the function pass for it
// (`def fetch(url, verify=True)` … `fetch(u, verify=False)`). Each branch says which call (or
// the default) it came through, so a rule can report the argument that holds the unsafe value.
import type { Node } from 'web-tree-sitter';
import type { Branch, PyValue } from '../../../../rules/python/api.js';
import { reachingBindings, short } from './names.js';
import type { Binding, ScopeIndex } from './scope.js';

const MAX_SITES = 8;

export function paramValue(index: ScopeIndex, b: Binding, use: Node, valueOf: (n: Node) => PyValue): PyValue {
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
  const branches: Branch[] = [];
  const fallback = b.value;
  if (fallback) branches.push({ value: valueOf(fallback), condition: 'by default', via: own });
  const name = fn.childForFieldName('name')?.text ?? '';
  let open = false;
  for (const call of callSites(index, fn, name, method)) {
    if (branches.length > MAX_SITES) {
      open = true;
      break;
    }
    const arg = argumentFor(call, b.name, position);
    if (arg === 'unknown') open = true;
    else if (arg) branches.push({ value: valueOf(arg.value), condition: `through ${short(call)}`, via: arg.node });
  }
  if (open) branches.push({ value: { kind: 'unknown', node: use }, condition: 'from another caller' });
  if (branches.length === 0) return { kind: 'unknown', node: use };
  return { kind: 'either', branches, node: use };
}

function isMethod(fn: Node): boolean {
  const holder = holderOf(fn);
  // Each `parent` read crosses into WebAssembly (and costs tree-sitter a descent from the root): once per node.
  const block = holder.parent;
  if (block?.type !== 'block' || block.parent?.type !== 'class_definition') return false;
  const decorators = holder.type === 'decorated_definition' ? holder.namedChildren.filter((d) => d?.type === 'decorator').map((d) => d!.text) : [];
  return !decorators.some((d) => /@staticmethod\b/.test(d));
}

/** The statement a function is: its decorated definition when it has decorators. */
function holderOf(fn: Node): Node {
  const up = fn.parent;
  return up?.type === 'decorated_definition' ? up : fn;
}

/** The file's calls by the name they call (`f(…)` and `x.f(…)` both under `f`), built once per file. */
const callsByName = new WeakMap<ScopeIndex, Map<string, Node[]>>();

function callsNamed(index: ScopeIndex, name: string): Node[] {
  let byName = callsByName.get(index);
  if (!byName) {
    byName = new Map();
    for (const call of index.calls) {
      const callee = call.childForFieldName('function');
      const n = callee?.type === 'identifier' ? callee.text : callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
      if (!n) continue;
      const list = byName.get(n);
      if (list) list.push(call);
      else byName.set(n, [call]);
    }
    callsByName.set(index, byName);
  }
  return byName.get(name) ?? [];
}

/** Calls of the function in the file: `name(…)` resolving to it, and `self.name(…)`/`cls.name(…)` in its class. */
function callSites(index: ScopeIndex, fn: Node, name: string, method: boolean): Node[] {
  const cls = method ? holderOf(fn).parent?.parent : undefined;
  return callsNamed(index, name).filter((call) => {
    const callee = call.childForFieldName('function');
    if (!callee) return false;
    if (!method && callee.type === 'identifier' && callee.text === name) return reachingBindings(index, callee)[0]?.binding.statement.id === fn.id;
    if (method && callee.type === 'attribute' && callee.childForFieldName('attribute')?.text === name) {
      const object = callee.childForFieldName('object');
      return (object?.text === 'self' || object?.text === 'cls') && !!cls && cls.startIndex <= call.startIndex && call.endIndex <= cls.endIndex;
    }
    return false;
  });
}

/** The argument a call passes for a parameter; 'unknown' when `*args`/`**kw` may carry it. */
function argumentFor(call: Node, name: string, position: number): { node: Node; value: Node } | 'unknown' | undefined {
  const args = call.childForFieldName('arguments');
  if (args?.type !== 'argument_list') return undefined;
  let i = 0;
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
