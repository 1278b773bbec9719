// Objects a file acts on (rules/python/api.ts, "Objects"): attribute writes, method calls and
// uses as arguments, grouped by what they act on. A variable is one object per binding that
// reaches the act (a later `ctx = …` starts another); `self`/`cls` in a method stand for the
// class, so `self.ctx` is one object across its methods; a path on an object is an object.
import type { Node } from 'web-tree-sitter';
import type { Argument, AttrWrite, ItemWrite, PyCall, PyObject, PyValue } from '../../../../rules/python/api.js';
import { reachingBindings } from './names.js';
import { classCallee, classHolding, importedDefault } from './class-defaults.js';
import { attributeDepth, MAX_ATTRIBUTE_CHAIN, methodClass, orFallback, singleBinding, unwrap } from './object-names.js';
import type { ModelCall } from './calls.js';
import type { Binding, ScopeIndex } from './scope.js';
import type { AttributeSource, ValueResolver } from './values.js';

/**
 * The arguments recorded as uses of an object (PyObject.uses): keywords that take a TLS context or
 * options, and the first arguments of calls that wrap a context. Recording every argument of every
 * call costs a name lookup each, for objects no rule asks about.
 */
export const USE_KEYWORDS: ReadonlySet<string> = new Set(['context', 'ssl_context', 'ssl', 'verify', 'tls_context', 'sslcontext', 'ssl_options', 'tls', 'sslopt', 'ssl_ctx']);
/** Each USE_KEYWORDS name holds one of these: an argument list holding none of them passes no use keyword. */
export const USE_KEYWORD_TEXT = /ssl|tls|context|verify/;
const POSITIONAL_USES: ReadonlySet<string> = new Set(['Connection', 'SSL.Connection', 'OpenSSL.SSL.Connection', 'wrap_socket', 'wrap_bio', 'SSLSocket']);

interface ObjectKey {
  key: string;
  binding?: Binding;
  parent?: { key: string; attribute: string };
}

interface MutableObject extends PyObject {
  key: string;
  writes: AttrWrite[];
  calls: PyCall[];
  uses: PyObject['uses'] extends readonly (infer U)[] ? U[] : never;
  /** For a variable: the binding that made it. */
  binding?: Binding;
  /** For a path: the object it is an attribute of, and the attribute. */
  parent?: { key: string; attribute: string };
}

export class ObjectModel implements AttributeSource {
  private readonly byKey = new Map<string, MutableObject>();
  readonly attributeWrites: AttrWrite[] = [];
  readonly items: ItemWrite[] = [];
  /** Item writes and `.update(k=v)` calls by the binding of the dict they write to. */
  private readonly dictWrites = new Map<Binding, { key: string | undefined; node: Node; valueNode: Node; at: number }[]>();
  private built = false;
  private readonly keys = new Map<number, ObjectKey | null>();
  private madeBy?: Map<number, MutableObject>;

  constructor(
    private readonly index: ScopeIndex,
    private readonly values: ValueResolver,
  ) {}

  build(calls: readonly ModelCall[]): void {
    if (this.built) return;
    this.built = true;
    for (const stmt of this.index.memberWrites) this.recordWrite(stmt);
    for (const call of calls) {
      if (call.receiver && call.method) {
        const o = this.objectFor(call.receiver);
        if (o) o.calls.push(call);
        if ((call.method === 'update' || call.method === 'setdefault') && call.receiver.type === 'identifier') this.recordDictCall(call);
      }
    }
    for (const call of calls) {
      // Positional uses only where a TLS object goes first (pyOpenSSL's Connection(ctx, sock)).
      const positional = POSITIONAL_USES.has(call.method ?? call.callee.text);
      // Reading a call's arguments costs a node per argument: skip the lists that cannot name a use keyword.
      if (!positional && !USE_KEYWORD_TEXT.test(call.argsText)) continue;
      for (const { node: a, keyword: name } of call.written) {
        if (name === undefined ? !positional : !USE_KEYWORDS.has(name)) continue;
        const expr = name === undefined ? a : a.childForFieldName('value');
        if (!expr || (expr.type !== 'identifier' && expr.type !== 'attribute')) continue;
        const o = this.objectFor(expr);
        if (!o) continue;
        const position = name === undefined ? call.positional.findIndex((p) => p.id === a.id) : undefined;
        if (name === undefined && position === -1) continue;
        // The argument's value is resolved only when a rule reads it.
        let argument: Argument | undefined;
        o.uses.push({
          call,
          get argument(): Argument {
            return (argument ??= call.argument(name ?? '\0', position === -1 ? undefined : position)!);
          },
        });
      }
    }
  }

  get objects(): PyObject[] {
    return [...this.byKey.values()].filter((o) => o.writes.length > 0 || o.calls.length > 0 || o.uses.length > 0);
  }

  objectMadeBy(call: Node): PyObject | undefined {
    if (!this.madeBy) {
      this.madeBy = new Map();
      for (const o of this.byKey.values()) {
        const from = o.madeBy;
        if (from && !this.madeBy.has(from.id)) this.madeBy.set(from.id, o);
      }
    }
    return this.madeBy.get(call.id);
  }

  /** Whether an object is keyed by a class (`self` and `cls` in its methods, `self.session`): no other module reads its writes. */
  ofClass(o: PyObject): boolean {
    return isClassKey((o as MutableObject).key);
  }

  objectOf(node: Node): PyObject | undefined {
    const key = this.keyOf(node);
    return key ? this.byKey.get(key.key) : undefined;
  }

  attributeValue(object: Node, attribute: string, at: Node): PyValue | undefined {
    return this.built ? this.attributeOf(this.keyOf(object), attribute, at.startIndex, at) : undefined;
  }

  /** `name.attribute` read in another module (session.ts) of a class or instance this module binds at its top level: after every write of the module. */
  bindingAttribute(b: Binding, attribute: string): PyValue | undefined {
    return this.built ? this.attributeOf({ key: `b:${b.target.id}`, binding: b }, attribute, Infinity, b.target) : undefined;
  }

  private attributeOf(key: ObjectKey | undefined, attribute: string, at: number, use: Node): PyValue | undefined {
    const o = key && this.byKey.get(key.key);
    const writes = o ? o.writes.filter((w) => w.attribute === attribute && w.operator === '=') : [];
    const before = writes.filter((w) => w.node.endIndex <= at);
    const w = before[before.length - 1] ?? (key && isClassKey(key.key) ? writes[writes.length - 1] : undefined);
    if (w) return w.value;
    // `self.x` or `Cls.x` with no write: the class body's `x = …`.
    const cls = key && isClassKey(key.key) && !key.parent ? Number(key.key.slice('class:'.length)) : key?.binding?.kind === 'class' ? key.binding.statement.id : this.defaultsClass(this.madeWith(key), attribute);
    if (cls === undefined) return importedDefault(this.index, this.values.link, this.madeWith(key), attribute);
    const scope = this.index.byNode.get(cls);
    const bindings = scope?.bindings.get(attribute)?.filter((b) => b.kind === 'assign');
    const last = bindings?.[bindings.length - 1];
    if (last) return this.values.bindingValue(last, use);
    // `Verifier.always_ok` read on the class itself: its plain or static method is that function.
    const defs = key?.binding?.kind === 'class' ? scope?.bindings.get(attribute) : undefined;
    const def = defs?.length === 1 && defs[0].kind === 'def' && plainOrStatic(defs[0].statement) ? defs[0] : undefined;
    return def ? this.values.bindingValue(def, use) : undefined;
  }

  dictWritesOf(binding: Binding, at: Node): { key: string; node: Node; valueNode: Node }[] | 'unknown' {
    const list = (this.dictWrites.get(binding) ?? []).filter((w) => w.at <= at.startIndex);
    if (list.some((w) => w.key === undefined)) return 'unknown';
    return list as { key: string; node: Node; valueNode: Node }[];
  }

  private recordWrite(stmt: Node): void {
    const target = stmt.childForFieldName('left');
    const valueNode = stmt.childForFieldName('right');
    if (!target || !valueNode) return;
    // `x.a = y = v`: the chain's value. A link without one (`a = b: c`, an annotation) ends it with none (a fuzzer find: `?? value` looped).
    let value = valueNode;
    while (value.type === 'assignment') {
      const right = value.childForFieldName('right');
      if (!right) return;
      value = right;
    }
    const operator = stmt.type === 'augmented_assignment' ? stmt.childForFieldName('operator')?.text ?? '=' : '=';
    if (target.type === 'subscript') {
      const container = target.childForFieldName('value');
      const keyNode = target.childForFieldName('subscript');
      if (!container || !keyNode) return;
      // The container's and the value's values are resolved when a rule reads them (as an attribute write's): against every write of the file.
      const values = this.values;
      let key: PyValue | undefined;
      let containerValue: PyValue | undefined;
      let resolved: PyValue | undefined;
      const item: ItemWrite = {
        get container() {
          return (containerValue ??= values.valueOf(container));
        },
        containerNode: container,
        get key() {
          return (key ??= values.valueOf(keyNode));
        },
        get value() {
          return (resolved ??= values.valueOf(value));
        },
        valueNode: value,
        node: stmt,
      };
      this.items.push(item);
      if (container.type === 'identifier' && operator === '=') {
        const b = singleBinding(this.index, container);
        const k = b && item.key;
        if (b && k) this.pushDictWrite(b, { key: k.kind === 'literal' && typeof k.value === 'string' ? k.value : undefined, node: stmt, valueNode: value, at: stmt.endIndex });
      }
      return;
    }
    const objectNode = target.childForFieldName('object');
    const attribute = target.childForFieldName('attribute')?.text;
    if (!objectNode || !attribute) return;
    const o = this.objectFor(objectNode);
    if (!o) return;
    const values = this.values;
    let resolved: PyValue | undefined;
    const write: AttrWrite = {
      object: o,
      attribute,
      operator,
      get value() {
        return (resolved ??= values.valueOf(value));
      },
      valueNode: value,
      node: stmt,
      target,
    };
    o.writes.push(write);
    this.attributeWrites.push(write);
  }

  private recordDictCall(call: PyCall): void {
    const b = singleBinding(this.index, call.receiver!);
    if (!b || call.args.type !== 'argument_list') return;
    const args = call.args.namedChildren.filter((a): a is Node => !!a && a.type !== 'comment');
    if (call.method === 'setdefault') {
      const k = args[0] && this.values.valueOf(args[0]);
      // setdefault only adds a key that is not there; a rule sees it as a possible value.
      if (k?.kind === 'literal' && typeof k.value === 'string' && args[1]) this.pushDictWrite(b, { key: k.value, node: call.node, valueNode: args[1], at: call.node.endIndex });
      return;
    }
    for (const a of args) {
      if (a.type === 'keyword_argument') {
        const name = a.childForFieldName('name')?.text;
        const value = a.childForFieldName('value');
        if (name && value) this.pushDictWrite(b, { key: name, node: a, valueNode: value, at: call.node.endIndex });
      } else {
        const v = this.values.valueOf(a);
        if (v.kind === 'dict' && !v.open) for (const e of v.entries.values()) this.pushDictWrite(b, { key: e.key, node: e.node, valueNode: e.valueNode, at: call.node.endIndex });
        else this.pushDictWrite(b, { key: undefined, node: a, valueNode: a, at: call.node.endIndex });
      }
    }
  }

  private pushDictWrite(b: Binding, w: { key: string | undefined; node: Node; valueNode: Node; at: number }): void {
    const list = this.dictWrites.get(b);
    if (list) list.push(w);
    else this.dictWrites.set(b, [w]);
  }

  private objectFor(node: Node): MutableObject | undefined {
    const key = this.keyOf(node);
    if (!key) return undefined;
    let o = this.byKey.get(key.key);
    if (!o) {
      const self = this;
      const made: MutableObject = {
        key: key.key,
        name: node.text,
        writes: [],
        calls: [],
        uses: [],
        binding: key.binding,
        parent: key.parent,
        get value(): PyValue {
          return self.objectValue(made, node);
        },
        get madeBy(): Node | undefined {
          return self.madeFrom(made);
        },
      };
      o = made;
      this.byKey.set(key.key, o);
    }
    return o;
  }

  /** The expression an object was bound from: a variable's assigned value, a path's first `=` write. */
  private madeFrom(o: MutableObject): Node | undefined {
    // `ctx = ctx or ssl.SSLContext(…)`: what the file makes is the fallback's call (values.ts orElse).
    if (o.binding) return o.binding.kind === 'assign' || o.binding.kind === 'with' || o.binding.kind === 'walrus' ? orFallback(unwrap(o.binding.value)) : undefined;
    if (!o.parent) return undefined;
    const parent = this.byKey.get(o.parent.key);
    return unwrap(parent?.writes.find((w) => w.attribute === o.parent!.attribute && w.operator === '=')?.valueNode);
  }

  /**
   * `cfg = Settings()` with `class Settings: verify: bool = False` in the file: the class body's
   * default is the instance's, when the call passes nothing (keywords set fields in pydantic and
   * dataclasses) and no method of the class assigns `self.<attribute>`. A parameter whose default
   * is such a call (`def upload(target=ArchiveTarget())`) holds it when no caller passes one, as
   * does `self.options = options or Options()` (the path's only write) when none passes options.
   */
  private defaultsClass(call: Node | undefined, attribute: string): number | undefined {
    const fn = classCallee(call);
    const reaching = fn ? reachingBindings(this.index, fn) : [];
    const cls = reaching.length === 1 && reaching[0].binding.kind === 'class' ? reaching[0].binding.statement : undefined;
    return cls && classHolding(this.index, cls, attribute, (c) => !!this.byKey.get(`class:${c.id}`)?.writes.some((w) => w.attribute === attribute));
  }

  /** `Cls()` (no arguments) of a class of the file or of another project module, as the value a parameter's callers pass: the attribute's class default. */
  instanceDefault(call: Node, attribute: string): PyValue | undefined {
    // A call of another module is resolved by that module's model, not this one's scopes.
    if (!this.built || call.tree !== this.index.root.node.tree) return undefined;
    const cls = this.defaultsClass(call, attribute);
    const last = cls === undefined ? undefined : this.index.byNode.get(cls)?.bindings.get(attribute)?.filter((b) => b.kind === 'assign').pop();
    return last ? this.values.bindingValue(last, call) : importedDefault(this.index, this.values.link, call, attribute);
  }

  /** The call an object was made by (`x = Cls()`, `x = x or Cls()`, a path's only write). */
  private madeWith(key: ObjectKey | undefined): Node | undefined {
    const binding = key?.binding;
    const call = binding?.kind === 'assign' || binding?.kind === 'param' ? binding.value : key?.parent ? this.onlyWrite(key.parent) : undefined;
    return call?.type === 'boolean_operator' && call.childForFieldName('operator')?.text === 'or' ? call.childForFieldName('right') ?? undefined : call;
  }

  /** The value written by a path's only `=` write (`self.options = ...`). */
  private onlyWrite(parent: { key: string; attribute: string }): Node | undefined {
    const writes = this.byKey.get(parent.key)?.writes.filter((w) => w.attribute === parent.attribute && w.operator === '=');
    return writes?.length === 1 ? unwrap(writes[0].valueNode) : undefined;
  }

  private objectValue(o: MutableObject, node: Node): PyValue {
    if (o.binding) return this.values.bindingValue(o.binding, node);
    if (!o.parent && isClassKey(o.key)) {
      const cls = this.index.byNode.get(Number(o.key.slice('class:'.length)))?.node;
      return cls ? this.values.selfValue(cls, node) : { kind: 'unknown', node };
    }
    if (o.parent) {
      const parent = this.byKey.get(o.parent.key);
      const writes = parent?.writes.filter((w) => w.attribute === o.parent!.attribute && w.operator === '=') ?? [];
      const first = o.writes[0]?.node ?? o.calls[0]?.node;
      const before = first ? writes.filter((w) => w.node.endIndex <= first.startIndex) : writes;
      const w = before[before.length - 1] ?? writes[0];
      if (w) return w.value;
      // `r = Replayer(); r.session.verify = False`: what the class's methods write to `self.session`, when one write does.
      const cls = this.instanceClass(o.parent.key);
      const own = cls === undefined ? [] : this.byKey.get(`class:${cls}`)?.writes.filter((x) => x.attribute === o.parent!.attribute && x.operator === '=') ?? [];
      if (own.length === 1) return own[0].value;
    }
    return { kind: 'unknown', node };
  }

  /** The class of the file a name is bound to an instance of (`r = Replayer(...)`), by its id. */
  private instanceClass(key: string): number | undefined {
    const b = this.byKey.get(key)?.binding;
    const call = b?.kind === 'assign' ? unwrap(b.value) : undefined;
    const fn = call?.type === 'call' ? call.childForFieldName('function') : undefined;
    const reaching = fn?.type === 'identifier' ? reachingBindings(this.index, fn) : [];
    return reaching.length === 1 && reaching[0].binding.kind === 'class' ? reaching[0].binding.statement.id : undefined;
  }

  /** The identity of what an expression denotes, or undefined when it is not a name or a path on one. */
  keyOf(node: Node): ObjectKey | undefined {
    const cached = this.keys.get(node.id);
    if (cached !== undefined) return cached ?? undefined;
    const key = this.computeKey(node);
    this.keys.set(node.id, key ?? null);
    return key;
  }

  private computeKey(node: Node): ObjectKey | undefined {
    if (node.type === 'identifier') {
      const reaching = reachingBindings(this.index, node);
      const cls = methodClass(reaching);
      if (cls) return { key: `class:${cls.id}` };
      const b = reaching[0]?.binding;
      if (!b) return { key: `free:${node.text}` };
      return { key: `b:${b.target.id}`, binding: b };
    }
    if (node.type === 'attribute') {
      // A longer chain is no object a program configures; stopping keeps the recursion and the
      // keys short (found by fuzzing: 16,000 `.a` overflowed the stack).
      if (attributeDepth(node) > MAX_ATTRIBUTE_CHAIN) return undefined;
      const object = node.childForFieldName('object');
      const attribute = node.childForFieldName('attribute')?.text;
      if (!object || !attribute) return undefined;
      const base = this.keyOf(object);
      if (!base) return undefined;
      const key = `${base.key}.${attribute}`;
      this.objectForKey(base.key, object);
      return { key, parent: { key: base.key, attribute } };
    }
    return undefined;
  }

  private objectForKey(key: string, node: Node): void {
    if (!this.byKey.has(key)) this.objectFor(node);
  }
}

function isClassKey(key: string): boolean {
  return key.startsWith('class:');
}

/** A method that is a plain function when read on its class: undecorated, or `@staticmethod` alone. */
function plainOrStatic(fn: Node): boolean {
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : undefined;
  if (!decorated) return true;
  const decorators = decorated.namedChildren.filter((c): c is Node => c?.type === 'decorator');
  return decorators.length === 1 && decorators[0].text.replace(/\s+/g, '') === '@staticmethod';
}
