// The value of a Python expression at its place (rules/python/api.ts, "Values"): names followed to
// the bindings that reach them, library names made qualified, calls made instances, strings,
// dicts, conditional expressions and flag operations. Memoised per node; cycles and deep chains
// end in `unknown`.
import { deploymentComparison } from './comparisons.js';
import type { Node } from 'web-tree-sitter';
import type { DictEntry, PyValue } from '../../../../rules/python/api.js';
import { canonicalName, returnType } from '../../../../rules/data/python/types.js';
import { argparseFlag, negatedFlag, parsedArguments } from './flags.js';
import { importAlternative, reachingBindings, short, scopeOf } from './names.js';
import type { PyLink } from './link.js';
import type { Binding, ScopeIndex } from './scope.js';
import { kwargsValue, paramValue } from './params.js';
import { loopValue, subscripted } from './loop-values.js';
import { defaultedLookup, isConfigRead, literalDefault } from '../../../../rules/python/lookups.js';
import { attributeLookup } from './attribute-lookups.js';
import { propertyValue } from './properties.js';
import { fieldDefault } from './field-defaults.js';
import { madeInstances } from './made-instances.js';
import { annotatedClass } from './annotations.js';
import { orElseInstance, returnedInstance } from './declared.js';
import { fromParts, partsOf, percentFormat, stringValue } from './strings.js';
import { stringMethodCall } from './string-calls.js';

const MAX_DEPTH = 40;

/** What the object model answers for attribute reads and item writes (objects.ts). */
export interface AttributeSource {
  /** The value last written to `object.attribute` before `at`, if the file writes it. */
  attributeValue(object: Node, attribute: string, at: Node): PyValue | undefined;
  /** `Cls().attribute` where the model saw `Cls()` made (a parameter's callers pass it): the class body's default. */
  instanceDefault(call: Node, attribute: string): PyValue | undefined;
  /** Item writes (`d['k'] = v`, `d.update(k=v)`) on the dict bound by `binding`, before `at`. */
  dictWritesOf(binding: Binding, at: Node): { key: string; node: Node; valueNode: Node }[] | 'unknown';
}

export class ValueResolver {
  private readonly memo = new Map<number, PyValue>();
  private readonly active = new Set<number>();
  private readonly params = new Map<Binding, PyValue>();
  private readonly kwargs = new Map<Binding, PyValue>();
  private depth = 0;
  attributes?: AttributeSource;
  /** The project's other modules (the project model): imports of them are followed. */
  link?: PyLink;

  constructor(private readonly index: ScopeIndex) {}

  valueOf(node: Node): PyValue {
    if (this.link && node.tree !== this.index.root.node.tree) return this.link.foreign(node);
    const cached = this.memo.get(node.id);
    if (cached) return cached;
    if (this.active.has(node.id) || this.depth > MAX_DEPTH) return { kind: 'unknown', node };
    this.active.add(node.id);
    this.depth++;
    try {
      const v = this.compute(node);
      this.memo.set(node.id, v);
      return v;
    } finally {
      this.active.delete(node.id);
      this.depth--;
    }
  }

  /** `insecure` or `opts.insecure` where the name is a parameter of the function it is read in. */
  private readsParameter(node: Node): boolean {
    let root: Node | null = node;
    while (root && (root.type === 'attribute' || root.type === 'subscript' || root.type === 'parenthesized_expression')) root = root.type === 'parenthesized_expression' ? root.namedChildren[0] : root.childForFieldName(root.type === 'attribute' ? 'object' : 'value');
    return root?.type === 'identifier' && reachingBindings(this.index, root).some((r) => r.binding.kind === 'param');
  }

  nameOf(node: Node): string | undefined {
    const v = this.valueOf(node);
    return v.kind === 'ref' ? v.name : undefined;
  }

  /** The value a binding gives its name. */
  bindingValue(b: Binding, use: Node): PyValue {
    switch (b.kind) {
      case 'import':
        return this.link?.imported(b, use) ?? (b.imported ? { kind: 'ref', name: canonicalName(b.imported), node: use } : { kind: 'unknown', node: use });
      case 'assign':
      case 'walrus':
      case 'with':
        return b.value ? this.withItemWrites(b, this.valueOf(b.value), use) : { kind: 'unknown', node: use };
      case 'def':
        return { kind: 'function', node: b.statement };
      case 'loop':
        return loopValue(b, use, (n) => this.valueOf(n));
      case 'param': {
        // Once per parameter: every read of it has the same callers.
        let v = this.params.get(b);
        if (!v) this.params.set(b, (v = this.typedParam(b, paramValue(this.index, b, use, (n) => this.valueOf(n), this.link), use)));
        // `**kwargs`: what the callers pass (params.ts kwargsValue), plus the keys the function writes into it
        // (`kwargs["cert_reqs"] = "CERT_NONE"` before passing it on).
        const splat = b.statement.type === 'typed_parameter' ? b.statement.namedChildren[0] : b.statement;
        if (splat?.type !== 'dictionary_splat_pattern') return v;
        let passed = this.kwargs.get(b);
        if (!passed) this.kwargs.set(b, (passed = kwargsValue(this.index, b, (n) => this.valueOf(n), this.link)));
        return this.withItemWrites(b, passed, use);
      }
      case 'class': {
        const base = this.libraryBase(b.statement);
        return base ? { kind: 'ref', name: base, node: use } : { kind: 'unknown', node: use };
      }
      case 'augment': {
        const right = b.statement.childForFieldName('right');
        const op = b.statement.childForFieldName('operator')?.text.replace('=', '') ?? '?';
        const before = reachingBindings(this.index, b.target, b.statement.startIndex);
        const prev = before.length === 1 ? this.bindingValue(before[0].binding, b.target) : { kind: 'unknown' as const, node: b.target };
        return { kind: 'operation', operator: op, operands: [prev, right ? this.valueOf(right) : { kind: 'unknown' }], node: b.statement };
      }
      default:
        return { kind: 'unknown', node: use };
    }
  }

  /**
   * `session: aiohttp.ClientSession`: what the callers in the file pass, or the annotated class
   * when none passes anything a rule reads (a literal: `ctx: ssl.SSLContext = None` keeps its None
   * default, and the annotation's class as the other branch).
   */
  private typedParam(b: Binding, v: PyValue, use: Node): PyValue {
    const annotation = b.statement.type === 'typed_parameter' || b.statement.type === 'typed_default_parameter' ? b.statement.childForFieldName('type') : null;
    const type = annotation ? annotatedClass(annotation, this.index, this) : undefined;
    if (!annotation || !type) return v;
    const declared: PyValue = { kind: 'instance', of: type, type, call: annotation, node: use, declared: true };
    if (v.kind !== 'either') return v.kind === 'unknown' ? declared : v;
    if (v.branches.every((x) => x.value.kind === 'unknown' || x.value.kind === 'instance')) return declared;
    if (!v.branches.every((x) => x.value.kind === 'unknown' || x.value.kind === 'instance' || isNone(x.value))) return v;
    return { ...v, branches: [...v.branches.filter((x) => isNone(x.value)), { value: declared, condition: 'from a caller' }] };
  }

  /** `class Api(requests.Session)`: an instance is the library's class for the tables. */
  libraryBase(cls: Node): string | undefined {
    const bases = cls.childForFieldName('superclasses');
    for (const base of bases?.namedChildren ?? []) {
      if (!base || base.type === 'keyword_argument') continue;
      const v = this.valueOf(base);
      if (v.kind === 'ref') return v.name;
    }
    return undefined;
  }

  /** What `self` stands for in a method of `cls`: an instance of the library class it extends. */
  selfValue(cls: Node, use: Node): PyValue {
    const base = this.libraryBase(cls);
    return base ? { kind: 'instance', of: base, type: returnType(base), call: cls, node: use } : { kind: 'unknown', node: use };
  }

  private withItemWrites(b: Binding, v: PyValue, use: Node): PyValue {
    if (v.kind !== 'dict' || !this.attributes) return v;
    const writes = this.attributes.dictWritesOf(b, use);
    if (writes === 'unknown') return { ...v, open: true };
    if (writes.length === 0) return v;
    const entries = new Map(v.entries);
    for (const w of writes) entries.set(w.key, { key: w.key, value: this.valueOf(w.valueNode), node: w.node, valueNode: w.valueNode });
    return { ...v, entries };
  }

  private compute(node: Node): PyValue {
    switch (node.type) {
      case 'identifier':
        return this.identifier(node);
      case 'attribute':
        return this.attribute(node);
      case 'call':
        return this.call(node);
      case 'string':
        return stringValue(node, (n) => this.valueOf(n));
      case 'concatenated_string': {
        const parts = node.namedChildren.flatMap((c) => (c ? partsOf(this.valueOf(c)) ?? [{ unknown: c }] : []));
        const bytes = node.namedChildren.some((c) => c && /^[a-zA-Z]*[bB]/.test(c.text));
        return fromParts(parts, node, bytes);
      }
      case 'true':
      case 'false':
        return { kind: 'literal', value: node.type === 'true', node };
      case 'none':
        return { kind: 'literal', value: null, node };
      case 'integer':
      case 'float':
        return numberValue(node);
      case 'parenthesized_expression':
      case 'await': {
        const inner = node.namedChildren.find((c) => c && c.type !== 'comment');
        return inner ? this.valueOf(inner) : { kind: 'unknown', node };
      }
      case 'conditional_expression': {
        const [a, cond, b] = node.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
        if (!a || !cond || !b) return { kind: 'unknown', node };
        // `x if True else y`: a constant condition picks its branch.
        const c = this.valueOf(cond);
        if (c.kind === 'literal' && typeof c.value !== 'string') return this.valueOf(c.value ? a : b);
        return { kind: 'either', node, branches: [{ value: this.valueOf(a), condition: `when ${short(cond)}` }, { value: this.valueOf(b), condition: `unless ${short(cond)}` }] };
      }
      case 'unary_operator': {
        const arg = node.childForFieldName('argument');
        const op = node.childForFieldName('operator')?.text ?? node.child(0)?.text ?? '?';
        const v = arg ? this.valueOf(arg) : { kind: 'unknown' as const };
        if (v.kind === 'literal' && typeof v.value === 'number' && (op === '-' || op === '+')) return { kind: 'literal', value: op === '-' ? -v.value : v.value, node };
        return { kind: 'operation', operator: op, operands: [v], node };
      }
      case 'not_operator': {
        const arg = node.childForFieldName('argument');
        const v: PyValue = arg ? this.valueOf(arg) : { kind: 'unknown' };
        if (v.kind === 'literal' && (typeof v.value === 'boolean' || v.value === null)) return { kind: 'literal', value: !v.value, node };
        // `verify=not SANDBOX`: False exactly when the name holds, as `False if SANDBOX else True`. A parameter's value is its callers' (reported at a call that passes a constant).
        if (arg && (v.kind === 'unknown' || v.kind === 'ref' || v.kind === 'operation' || (v.kind === 'either' && v.node.type === 'comparison_operator')) && !this.readsParameter(arg)) return { kind: 'either', node, branches: [{ value: { kind: 'literal', value: false, node }, condition: `when ${short(arg)}` }, { value: { kind: 'literal', value: true, node }, condition: `unless ${short(arg)}` }] };
        // `not insecure` of a command-line flag or of a parameter the file's calls pass constants to (flags.ts).
        return negatedFlag(v, node, arg && this.readsParameter(arg) ? this.index : undefined) ?? { kind: 'operation', operator: 'not', operands: [v], node };
      }
      case 'binary_operator':
      case 'boolean_operator':
        return this.binary(node);
      case 'comparison_operator':
        return deploymentComparison(node, (n) => this.valueOf(n)) ?? { kind: 'unknown', node };
      case 'dictionary':
        return this.dictionary(node);
      case 'list':
      case 'tuple':
      case 'set':
      case 'expression_list':
        return { kind: 'sequence', elements: node.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment').map((c) => this.valueOf(c)), node };
      case 'subscript': {
        const container = node.childForFieldName('value');
        const key = node.childForFieldName('subscript');
        return container && key ? subscripted(this.valueOf(container), this.valueOf(key), node) : { kind: 'unknown', node };
      }
      case 'lambda':
        return { kind: 'function', node };
      default:
        return { kind: 'unknown', node };
    }
  }

  private identifier(node: Node): PyValue {
    const reaching = reachingBindings(this.index, node);
    if (reaching.length === 0) {
      const starred = BUILTINS.has(node.text) ? undefined : this.link?.starred(node);
      if (starred) return starred;
      const scope = scopeOf(this.index, node).module();
      if (scope.starImports.length === 1 && !BUILTINS.has(node.text)) return { kind: 'ref', name: canonicalName(`${scope.starImports[0]}.${node.text}`), node };
      return { kind: 'unknown', node };
    }
    if (reaching.length === 1 && !reaching[0].condition) return this.bindingValue(reaching[0].binding, node);
    const alternative = importAlternative(reaching);
    if (alternative) return this.bindingValue(alternative, node);
    const branches = reaching.map((r) => ({ value: this.bindingValue(r.binding, node), condition: r.condition ?? 'otherwise' }));
    return { kind: 'either', branches, node };
  }

  private attribute(node: Node): PyValue {
    const object = node.childForFieldName('object');
    const attr = node.childForFieldName('attribute')?.text;
    if (!object || !attr) return { kind: 'unknown', node };
    const written = this.attributes?.attributeValue(object, attr, node) ?? propertyValue(this.index, object, attr, node, (n) => this.valueOf(n));
    if (written) return written;
    const base = this.valueOf(object);
    const linked = this.link?.member(base, attr, node) ?? (parsedArguments(base) ? argparseFlag(this.index, attr, node, (n) => this.valueOf(n)) : undefined);
    if (linked) return linked;
    const made = this.attributes && madeInstances(base, (call) => (call.tree === node.tree ? this.attributes!.instanceDefault(call, attr) : this.link?.instanceDefault(call, attr)), node);
    if (made) return made;
    if (base.kind === 'ref') return { kind: 'ref', name: canonicalName(`${base.name}.${attr}`), node };
    if (base.kind === 'instance') return base.declared ? { kind: 'ref', name: canonicalName(`${base.type}.${attr}`), node, declared: true } : { kind: 'ref', name: canonicalName(`${base.type}.${attr}`), node };
    // `session: Optional[ClientSession] = None` (typedParam): a method is called on what is not None.
    if (base.kind === 'either' && base.branches.some((x) => x.value.kind === 'instance' && x.value.declared)) {
      const types = new Set(base.branches.flatMap((x) => (isNone(x.value) ? [] : [x.value.kind === 'instance' ? x.value.type : '?'])));
      if (types.size === 1 && !types.has('?')) return { kind: 'ref', name: canonicalName(`${[...types][0]}.${attr}`), node, declared: true };
    }
    return { kind: 'unknown', node };
  }

  private call(node: Node): PyValue {
    const callee = node.childForFieldName('function');
    const args = node.childForFieldName('arguments');
    if (!callee) return { kind: 'unknown', node };
    if (callee.type === 'identifier' && callee.text === 'dict' && reachingBindings(this.index, callee).length === 0 && args) return this.dictCall(node, args);
    const str = args ? stringMethodCall(node, callee, args, (n) => this.valueOf(n)) : undefined;
    if (str) return str;
    const name = this.nameOf(callee);
    if (!name) return this.lookup(node) ?? this.typedResult(callee, node) ?? { kind: 'unknown', node };
    const field = fieldDefault(name, node, (n) => this.valueOf(n));
    if (field) return field;
    // A mapping an imported API returns (`get_connection(id).extra_dejson.get("verify", False)`) too; `os.environ.get` is the environment.
    return ((name.endsWith('.get') && !name.startsWith('os.') && literalDefault(args)) || isConfigRead(node) ? this.lookup(node) : undefined) ?? { kind: 'instance', of: name, type: returnType(name), call: node, node };
  }

  /**
   * `extras.get("verify", False)` on a mapping the file does not fix (rules/python/lookups.ts): the
   * constant default when the mapping lacks the key, else unknown; getattr on an object the model
   * knows: its attribute, or the default it must fall back to (attribute-lookups.ts). A None default is the lookup's
   * own "not given"; a default that is not a constant is left to the call.
   */
  private lookup(node: Node): PyValue | undefined {
    const l = defaultedLookup(node, (n) => this.valueOf(n));
    const fallback = l && this.valueOf(l.fallback);
    if (!l || !fallback || !(fallback.kind === 'ref' || fallback.kind === 'string' || fallback.kind === 'either' || (fallback.kind === 'literal' && fallback.value !== null))) return undefined;
    const known = l.attribute ? attributeLookup(l, node, fallback, this, this.index) : 'lookup';
    if (known !== 'lookup') return known;
    return { kind: 'either', node, branches: [{ value: fallback, condition: l.condition }, { value: { kind: 'unknown', node }, condition: 'otherwise' }] };
  }

  /** `_session()` with `def _session(...) -> HttpSession:` in the file: the annotated class; with no annotation, what its returns make (declared.ts). */
  private typedResult(callee: Node, node: Node): PyValue | undefined {
    if (callee.type !== 'identifier') return undefined;
    const fn = this.valueOf(callee);
    if (fn.kind !== 'function' || fn.node.type !== 'function_definition') return undefined;
    const annotation = fn.node.childForFieldName('return_type');
    if (!annotation) return returnedInstance(fn.node, node, (n) => this.valueOf(n));
    const type = annotatedClass(annotation, this.index, this);
    return type ? { kind: 'instance', of: type, type, call: annotation, node, declared: true } : undefined;
  }

  private binary(node: Node): PyValue {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    const op = node.childForFieldName('operator')?.text ?? '?';
    if (!left || !right) return { kind: 'unknown', node };
    const lv = this.valueOf(left);
    if (op === '%') {
      const parts = partsOf(lv);
      if (parts) return percentFormat(parts, this.valueOf(right), node);
    }
    // `False and x` is False, `True or x` is True; `True and x` and `False or x` are x.
    if ((op === 'and' || op === 'or') && lv.kind === 'literal' && typeof lv.value !== 'string') {
      return !!lv.value === (op === 'or') ? lv : this.valueOf(right);
    }
    const rv = this.valueOf(right);
    const fallback = op === 'or' ? orElseInstance(lv, rv, node) : undefined;
    if (fallback) return fallback;
    if (op === '+') {
      const lp = partsOf(lv);
      const rp = partsOf(rv);
      if (lp || rp) return fromParts([...(lp ?? [{ unknown: left }]), ...(rp ?? [{ unknown: right }])], node);
    }
    return { kind: 'operation', operator: op, operands: [lv, rv], node };
  }

  private dictionary(node: Node): PyValue {
    const entries = new Map<string, DictEntry>();
    let open = false;
    for (const c of node.namedChildren) {
      if (!c) continue;
      if (c.type === 'pair') {
        const k = c.childForFieldName('key');
        const v = c.childForFieldName('value');
        const kv = k ? this.valueOf(k) : undefined;
        if (kv?.kind === 'literal' && typeof kv.value === 'string' && v) entries.set(kv.value, { key: kv.value, value: this.valueOf(v), node: c, valueNode: v });
        else open = true;
      } else if (c.type === 'dictionary_splat') {
        const inner = c.namedChild(0);
        const v = inner ? this.valueOf(inner) : undefined;
        if (v?.kind === 'dict') {
          for (const [k, e] of v.entries) entries.set(k, e);
          open ||= v.open;
        } else open = true;
      }
    }
    return { kind: 'dict', entries, open, node };
  }

  private dictCall(node: Node, args: Node): PyValue {
    const entries = new Map<string, DictEntry>();
    let open = false;
    for (const a of args.namedChildren) {
      if (!a || a.type === 'comment') continue;
      if (a.type === 'keyword_argument') {
        const name = a.childForFieldName('name')?.text;
        const value = a.childForFieldName('value');
        if (name && value) entries.set(name, { key: name, value: this.valueOf(value), node: a, valueNode: value });
      } else {
        const v = this.valueOf(a.type === 'dictionary_splat' ? a.namedChild(0) ?? a : a);
        if (v.kind === 'dict') {
          for (const [k, e] of v.entries) entries.set(k, e);
          open ||= v.open;
        } else open = true;
      }
    }
    return { kind: 'dict', entries, open, node };
  }
}

function isNone(v: PyValue): boolean {
  return v.kind === 'literal' && v.value === null;
}

function numberValue(node: Node): PyValue {
  const text = node.text.replace(/_/g, '').toLowerCase();
  let value: number;
  if (/^0[xob]/.test(text)) value = Number(text);
  else if (/[jl]$/.test(text)) return { kind: 'unknown', node };
  else value = Number(text);
  return Number.isFinite(value) ? { kind: 'literal', value, node } : { kind: 'unknown', node };
}

/** Names a star import cannot be the source of. */
const BUILTINS = new Set(['True', 'False', 'None', 'print', 'len', 'dict', 'list', 'str', 'int', 'bool', 'open', 'self', 'cls', 'super', 'isinstance', 'getattr', 'setattr', 'range', 'object', 'Exception']);
