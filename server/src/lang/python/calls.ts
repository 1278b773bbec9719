// Calls as rules read them (rules/python/api.ts PyCall): the qualified name of the callee, the
// receiver of a method, and each parameter's argument by keyword, by position or from a `**`
// dict the file builds.
import type { Node } from 'web-tree-sitter';
import type { Argument, PyCall, PyValue } from '../../../../rules/python/api.js';
import type { ValueResolver } from './values.js';

/** An argument as written: its node and, for `k=v`, the keyword ('' when the keyword is missing). */
export interface WrittenArgument {
  node: Node;
  keyword?: string;
}

/** A call as the model holds it: its arguments as written too, read once here for the object model (objects.ts). */
export interface ModelCall extends PyCall {
  readonly written: readonly WrittenArgument[];
  /** The callee's node type (`identifier`, `attribute`, …). */
  readonly calleeType: string;
  /** The argument list's source text, read once (the object model and mayPass both search it). */
  readonly argsText: string;
}

/** A call's arguments as written, read from its argument list. */
interface ReadArguments {
  positional: Node[];
  keywords: Map<string, Node>;
  splats: Node[];
  written: WrittenArgument[];
  starArgs: boolean;
}

function readArguments(args: Node): ReadArguments {
  const out: ReadArguments = { positional: [], keywords: new Map(), splats: [], written: [], starArgs: false };
  if (args.type !== 'argument_list') {
    out.positional.push(args);
    return out;
  }
  for (const a of args.namedChildren) {
    if (!a || a.type === 'comment') continue;
    if (a.type === 'keyword_argument') {
      const name = a.childForFieldName('name')?.text;
      if (name) out.keywords.set(name, a);
      out.written.push({ node: a, keyword: name ?? '' });
      continue;
    }
    out.written.push({ node: a });
    if (a.type === 'dictionary_splat') out.splats.push(a);
    else if (a.type === 'list_splat') out.starArgs = true;
    else if (!out.starArgs) out.positional.push(a);
  }
  return out;
}

/**
 * The call's model. Its arguments are read when first asked for (most calls' never are: the
 * object model reads only those that can pass a TLS object, call-index.ts resolves few names);
 * `functools.partial(…)` and `threading.Thread(target=…)` are read at once, their arguments
 * naming the call. `byName` gets the call under the last identifier of its callee as written
 * (`f` of `f(…)` and of `x.f(…)`; params.ts callsNamed), from the nodes read here.
 */
export function makeCall(node: Node, values: ValueResolver, byName?: Map<string, Node[]>): ModelCall | undefined {
  const asWritten = node.childForFieldName('function');
  const args = node.childForFieldName('arguments');
  if (!asWritten || !args) {
    if (asWritten && byName) nameCall(byName, node, asWritten);
    return undefined;
  }
  let callee = asWritten;
  let read: ReadArguments | undefined;
  // Read once: a node's text reads its end from WebAssembly, and this runs for every call of the file.
  let calleeText = callee.text;
  const writtenText = calleeText;
  // `functools.partial(requests.get, verify=False)` is a call of requests.get with those arguments.
  if (calleeText.endsWith('partial')) {
    const r = (read = readArguments(args));
    if (r.positional.length > 0 && values.nameOf(callee) === 'functools.partial') {
      callee = r.positional[0];
      calleeText = callee.text;
      read = { ...r, positional: r.positional.slice(1) };
    }
  }
  // `threading.Thread(target=ws.run_forever, kwargs={...})` calls the target with those keywords.
  if (calleeText.endsWith('Thread')) {
    const r = (read ??= readArguments(args));
    const target = r.keywords.get('target')?.childForFieldName('value');
    const kwargs = r.keywords.get('kwargs')?.childForFieldName('value');
    if (target && kwargs && values.nameOf(callee) === 'threading.Thread') {
      callee = target;
      read = { ...r, positional: [], keywords: new Map(), splats: [kwargs] };
    }
  }
  const call = new Call(node, callee, args, read, values);
  if (byName) {
    if (callee !== asWritten) nameCall(byName, node, asWritten);
    else addNamed(byName, call.calleeType === 'identifier' ? writtenText : call.method, node);
  }
  return call;
}

/** Files a call under the last identifier of its callee as written, read from the callee node. */
function nameCall(byName: Map<string, Node[]>, node: Node, callee: Node): void {
  const type = callee.type;
  addNamed(byName, type === 'identifier' ? callee.text : type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined, node);
}

function addNamed(byName: Map<string, Node[]>, name: string | undefined, node: Node): void {
  if (!name) return;
  const list = byName.get(name);
  if (list) list.push(node);
  else byName.set(name, [node]);
}

/**
 * A class, not an object literal of getters and closures: a file's calls live as long as its
 * model, and each literal held six closures (a large file's calls were megabytes that every
 * scavenge copied).
 */
class Call implements ModelCall {
  readonly method: string | undefined;
  readonly receiver: Node | undefined;
  /** The callee's node type, read once (call-index.ts sorts calls by it). */
  readonly calleeType: string;
  private resolved: string | undefined | null = null;
  private argsSource: string | undefined;
  private splatValues: PyValue[] | undefined;

  constructor(
    readonly node: Node,
    readonly callee: Node,
    readonly args: Node,
    private read: ReadArguments | undefined,
    private readonly values: ValueResolver,
  ) {
    this.calleeType = callee.type;
    this.method = this.calleeType === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
    this.receiver = this.method ? callee.childForFieldName('object') ?? undefined : undefined;
  }

  private arguments(): ReadArguments {
    return (this.read ??= readArguments(this.args));
  }

  get written(): readonly WrittenArgument[] {
    return this.arguments().written;
  }

  get name(): string | undefined {
    if (this.resolved === null) this.resolved = this.values.nameOf(this.callee);
    return this.resolved;
  }

  get declared(): boolean {
    const v = this.name === undefined ? undefined : this.values.valueOf(this.callee);
    return v?.kind === 'ref' && v.declared === true;
  }

  get positional(): readonly Node[] {
    return this.arguments().positional;
  }

  get starArgs(): boolean {
    return this.arguments().starArgs;
  }

  get openKeywords(): boolean {
    return this.splatDicts().some((v) => v.kind !== 'dict' || v.open);
  }

  private splatDicts(): PyValue[] {
    return (this.splatValues ??= this.arguments().splats.map((s) => this.values.valueOf(s.type === 'dictionary_splat' ? s.namedChild(0) ?? s : s)));
  }

  get argsText(): string {
    return (this.argsSource ??= this.args.text);
  }

  mayPass(keyword: string): boolean {
    // A keyword is written in the list, a `**` dict may hold it: a list with neither has no such
    // argument. Arguments read already may come from elsewhere (Thread's `kwargs=opts`).
    if (this.read) return true;
    const text = this.argsText;
    return text.includes(keyword) || text.includes('**');
  }

  argument(keyword: string, position?: number, perEntry = false): Argument | undefined {
    // A list that cannot pass the keyword stays unread (rules ask every call for some keywords).
    if (position === undefined && !this.mayPass(keyword)) return undefined;
    const { keywords, positional } = this.arguments();
    const kw = keywords.get(keyword);
    if (kw) {
      const valueNode = kw.childForFieldName('value')!;
      return { value: this.values.valueOf(valueNode), node: kw, valueNode, via: 'keyword' };
    }
    if (position !== undefined && position < positional.length) {
      const p = positional[position];
      return { value: this.values.valueOf(p), node: p, valueNode: p, via: 'position' };
    }
    const splats = this.arguments().splats;
    for (const [i, v] of this.splatDicts().entries()) {
      const e = v.kind === 'dict' ? v.entries.get(keyword) : undefined;
      if (e) return { value: e.value, node: e.node, valueNode: e.valueNode, via: 'splat' };
      // `opts = STRICT if strict else DEFAULTS` then `**opts`: each dict's entry, under its condition.
      const held = perEntry && v.kind === 'either' && v.branches.every((b) => b.value.kind === 'dict') ? v.branches.flatMap((b) => {
        const entry = (b.value as { entries: ReadonlyMap<string, { value: PyValue }> }).entries.get(keyword);
        return entry ? [{ value: entry.value, condition: b.condition }] : [];
      }) : [];
      if (held.length > 0) return { value: { kind: 'either', branches: held, node: splats[i] }, node: splats[i], valueNode: splats[i].namedChild(0) ?? splats[i], via: 'splats' };
    }
    return undefined;
  }
}
