// Command-line flags a user gives to opt in: a click option with `is_flag=True` (params.ts) and an
// argparse argument with `action="store_true"` read from what `parse_args()` returned (values.ts). Such a
// value holds by default one way and the other way only when the user passes the flag, so a rule
// reports it saying it holds only on that explicit opt-in; `not flag` keeps the flag's branches.
import type { Node } from 'web-tree-sitter';
import type { Branch, PyValue } from '../../../../rules/python/api.js';
import { reachingBindings } from './names.js';
import type { ScopeIndex } from './scope.js';

/** The value of the flag `name` (`--insecure`) declared at `node`: `given` when the user passes it, the other boolean by default. */
export function flagValue(name: string, node: Node, use: Node, given = true): PyValue {
  return {
    kind: 'either',
    node: use,
    branches: [
      { value: { kind: 'literal', value: !given, node }, condition: 'by default', flag: true },
      { value: { kind: 'literal', value: given, node }, condition: `only on the explicit opt-in ${name}`, flag: true },
    ],
  };
}

/**
 * `not flag`: each branch negated, still the flag's. `not param` of a parameter the file's calls
 * pass constants to (`verify=not insecure`, `probe(u, insecure=True)`), given the file's `index`:
 * each constant negated, still at the argument that passes it; what else they pass stays unknown,
 * as does a constant passed only in a branch on the calling function's own parameter (paho's
 * `if cert_reqs != CERT_NONE: … else: self.tls_insecure_set(True)`: its callers choose). Undefined
 * for any other value.
 */
export function negatedFlag(v: PyValue, node: Node, index?: ScopeIndex): PyValue | undefined {
  if (v.kind !== 'either') return undefined;
  const flags = v.branches.every((b) => b.flag && isBoolean(b.value));
  const fixed = (b: Branch) => b.via && isBoolean(b.value) && (flags || !index || !chosenByParameter(index, b.via));
  if (!flags && !(index && v.branches.some(fixed))) return undefined;
  const negated = (x: PyValue): PyValue => (isBoolean(x) ? { kind: 'literal', value: !x.value, node } : (negatedFlag(x, node, index) ?? { kind: 'operation', operator: 'not', operands: [x], node }));
  return { kind: 'either', node, branches: v.branches.map((b) => ({ ...b, value: !isBoolean(b.value) || flags || fixed(b) ? negated(b.value) : { kind: 'unknown', node } })) };
}

/** Whether `at` runs only in a branch of an `if` (or `a if c else b`) that tests a parameter of its function. */
function chosenByParameter(index: ScopeIndex, at: Node): boolean {
  let child = at;
  for (let p = at.parent; p && p.type !== 'function_definition' && p.type !== 'module'; child = p, p = p.parent) {
    const cond = p.type === 'conditional_expression' ? p.namedChildren[1] : p.type === 'if_statement' || p.type === 'elif_clause' ? p.childForFieldName('condition') : null;
    if (cond && child.id !== cond.id && readsParameter(index, cond)) return true;
  }
  return false;
}

/** Whether an expression reads a parameter of its function other than `self`/`cls`. */
function readsParameter(index: ScopeIndex, expr: Node): boolean {
  const ids = expr.type === 'identifier' ? [expr] : expr.descendantsOfType('identifier');
  return ids.some((id) => !!id && id.text !== 'self' && id.text !== 'cls' && reachingBindings(index, id).some((r) => r.binding.kind === 'param'));
}

const isBoolean = (v: PyValue): v is PyValue & { kind: 'literal' } => v.kind === 'literal' && (typeof v.value === 'boolean' || v.value === null);

/** argparse's actions for a flag, by the value the attribute takes when the user gives it. */
const FLAG_ACTIONS: Readonly<Record<string, boolean>> = { store_true: true, store_false: false };

/**
 * What `parse_args()` returned (`args = parser.parse_args()`, also through a parameter the file's
 * calls pass it to): an argparse Namespace made by the parser, not one a test builds itself.
 */
export function parsedArguments(v: PyValue): boolean {
  const made = (x: PyValue) => x.kind === 'instance' && !x.declared && x.type === 'argparse.Namespace' && /\.parse_args$/.test(x.of);
  if (v.kind !== 'either') return made(v);
  const known = v.branches.filter((b) => b.value.kind !== 'unknown');
  return known.length > 0 && known.every((b) => made(b.value));
}

/**
 * `args.insecure` of what `parse_args()` returned, where the file declares `--insecure` (or
 * `dest="insecure"`) with `action="store_true"` (`store_false`) and no `default=` other than the
 * action's own (False, True): that flag's value. Undefined when no such flag, or two declarations, give the attribute.
 */
export function argparseFlag(index: ScopeIndex, attr: string, use: Node, valueOf: (n: Node) => PyValue): PyValue | undefined {
  let flags = flagsOf.get(index);
  if (!flags) flagsOf.set(index, (flags = declaredFlags(index, valueOf)));
  const found = flags.get(attr);
  return found ? flagValue(found.name, found.node, use, found.given) : undefined;
}

/** Each file's argparse flags by destination, read once (every `args.x` of the file asks); null for a destination declared twice or by another action. */
const flagsOf = new WeakMap<ScopeIndex, Map<string, { name: string; node: Node; given: boolean } | null>>();

function declaredFlags(index: ScopeIndex, valueOf: (n: Node) => PyValue): Map<string, { name: string; node: Node; given: boolean } | null> {
  const out = new Map<string, { name: string; node: Node; given: boolean } | null>();
  for (const call of index.calls) {
    const declared = flagDeclared(call, valueOf);
    if (!declared) continue;
    out.set(declared.dest, out.has(declared.dest) || declared.given === undefined ? null : { name: declared.name, node: call, given: declared.given });
  }
  return out;
}

/** `x.add_argument("-k", "--insecure", action="store_true")`: its destination, longest option and what giving it sets (undefined for any other action). */
function flagDeclared(call: Node, valueOf: (n: Node) => PyValue): { dest: string; name: string; given: boolean | undefined } | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'add_argument') return undefined;
  const options: string[] = [];
  const keywords = new Map<string, Node>();
  for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (!a || a.type === 'comment') continue;
    if (a.type === 'keyword_argument') {
      const k = a.childForFieldName('name')?.text;
      const v = a.childForFieldName('value');
      if (k && v) keywords.set(k, v);
      continue;
    }
    const v = valueOf(a);
    // A positional argument (no dash) or one the file does not spell: not a flag this can name.
    if (v.kind !== 'literal' || typeof v.value !== 'string' || !v.value.startsWith('-')) return undefined;
    options.push(v.value);
  }
  const text = (k: string) => {
    const n = keywords.get(k);
    const v = n && valueOf(n);
    return v?.kind === 'literal' && typeof v.value === 'string' ? v.value : undefined;
  };
  // argparse's dest: `dest=`, else the first long option, else the first short one, dashes as underscores.
  const first = options.find((o) => o.startsWith('--')) ?? options[0];
  const dest = text('dest') ?? first?.replace(/^-+/, '').replace(/-/g, '_');
  const longest = [...options].sort((a, b) => b.length - a.length)[0];
  if (!dest || !longest) return undefined;
  const action = text('action');
  const given = action !== undefined ? FLAG_ACTIONS[action] : undefined;
  // `default=False` on a store_true flag (True on store_false) is argparse's own default written out.
  const stated = keywords.get('default');
  const own = stated === undefined || (given !== undefined && isLiteral(valueOf(stated), !given));
  return { dest, name: longest, given: own ? given : undefined };
}

function isLiteral(v: PyValue, value: boolean): boolean {
  return v.kind === 'literal' && v.value === value;
}
