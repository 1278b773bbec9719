// Matching the Python library tables (rules/data/python/) against a file: each kind of entry
// yields hits with the node to report, the value's branch and the table's owner. Rules decide
// the message and the fixes; the tables decide what is unsafe.
import type { KeywordSink, LibraryTable, MissingSink, OptionPairSink, ParamSink, SettingSink } from '../data/python/sink-types.js';
import { PY_LIBRARIES } from '../data/python/index.js';
import type { Argument, Node, PyCall, PyRuleContext, PyValue } from './api.js';
import { entryOf, findBranch, findBranches, isConst } from './values.js';
import { subclassHits, subclassSplatHits } from './subclass-hits.js';
import { returnedHits } from './returned-values.js';
import { returnedBy } from './returns.js';
import { writtenElsewhere } from './written.js';
import { filledParamHits } from './param-fills.js';
import { itemParamWrites } from './item-params.js';
import { isLookupDefault } from './lookups.js';
import { callsOwnMethod } from './params.js';
import { searchedFor } from './searched.js';

export interface KeywordHit {
  sink: KeywordSink;
  owner: string;
  call: PyCall;
  argument: Argument;
  /** The node holding the unsafe value: the argument, or the dict entry for a `key`. */
  node: Node;
  value: PyValue;
  condition?: string;
  /** The caller's argument (or the parameter's default) the value came through, when it came so. */
  via?: Node;
  /**
   * Where the finding sits when the argument reads its constant through a name written elsewhere
   * (`VERIFY = False`): report there, with `usedAt` the argument; fixes still edit `node`.
   */
  at?: Node;
  /**
   * The subclass whose class attribute holds the value a base class's method reads from `self`:
   * only its instances are unsafe, and a fix at the argument would change every class's.
   */
  subclass?: string;
  /**
   * The value is one a function of the file returns (`verify=_verify_setting()`) or a lookup's
   * default (`extras.get("verify", False)`): a safe one may come instead, so no fix there.
   */
  returned?: true;
}

/** A hit reported outside its call (a `**` dict's entry, a caller's argument): the call is where the value is used. */
export function hitElsewhere(hit: KeywordHit): boolean {
  return !!outside(hit.node, hit.call.node);
}

function tablesOf(rule: string, pick: (t: LibraryTable) => readonly { rule: string }[] | undefined): { owner: string; entry: { rule: string } }[] {
  return PY_LIBRARIES.flatMap((t) => (pick(t) ?? []).filter((e) => e.rule === rule).map((entry) => ({ owner: t.owner, entry })));
}

/**
 * Calls of one of `names` (also as a method of a parameter annotated with its class), or of one
 * of `methods` on a receiver of unknown class; with `mayMatter`, only those it accepts (asked
 * before a call's name is resolved).
 */
export function callsOf(ctx: PyRuleContext, names: readonly string[], methods: readonly string[] = [], mayMatter?: (call: PyCall) => boolean): PyCall[] {
  const out = ctx.callsTo(names, mayMatter);
  if (methods.length > 0) {
    for (const c of ctx.calls) {
      if (!c.method || !methods.includes(c.method) || (mayMatter && !mayMatter(c)) || !(c.name === undefined || (c.declared && !out.includes(c)))) continue;
      if (!callsOwnMethod(c)) out.push(c);
    }
  }
  return out;
}


export function keywordHits(ctx: PyRuleContext, rule: string): KeywordHit[] {
  const out: KeywordHit[] = [];
  for (const { owner, entry } of tablesOf(rule, (t) => t.keywords)) {
    const sink = entry as KeywordSink;
    // A call that cannot pass the argument (by keyword, a `**` dict as subclassSplatHits and
    // returnedSplat read it, or at its position) gives no hit: its name is not resolved for this sink.
    const mayMatter = (c: PyCall) => c.mayPass(sink.keyword) || (sink.position !== undefined && c.positional.length > sink.position);
    for (const call of callsOf(ctx, sink.callees, sink.methods, mayMatter)) {
      if (!sink.key) out.push(...subclassSplatHits(ctx, sink, owner, call));
      const argument = call.argument(sink.keyword, sink.position, !sink.key) ?? returnedSplat(ctx, call, sink.keyword);
      if (!argument) continue;
      let node = argument.node;
      let value = argument.value;
      if (sink.key) {
        const hit = findBranch(value, (v) => !!entryOf(v, sink.key!));
        const e = hit && entryOf(hit.value, sink.key);
        if (!e) continue;
        node = e.node;
        value = e.value;
      }
      for (const bad of findBranches(value, (v) => isConst(v, sink.insecure))) {
        // `**opts` of one of several dicts: at the entry of the dict that holds the unsafe value.
        const entry = argument.via === 'splats' && !sink.key ? pairOf(bad.value.node) : undefined;
        if (argument.via === 'splats' && !entry && !sink.key) continue;
        out.push({ sink, owner, call, argument, node: bad.via ?? entry ?? node, at: bad.via || entry ? undefined : writtenAt(argument, bad.value), value: bad.value, condition: bad.condition, via: bad.via, ...(isLookupDefault(bad.value.node) ? { returned: true as const } : {}) });
      }
      if (!sink.key) out.push(...subclassHits(ctx, sink, owner, call, argument), ...returnedHits(ctx, sink, owner, call, argument));
    }
  }
  return out.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

/**
 * `requests.put(url, **_request_options())` with `def _request_options(): opts = {…};
 * opts["verify"] = False; return opts`: the entry of the dict the file's function returns.
 */
function returnedSplat(ctx: PyRuleContext, call: PyCall, keyword: string): Argument | undefined {
  if (call.args.type !== 'argument_list') return undefined;
  for (const a of call.args.namedChildren) {
    const inner = a?.type === 'dictionary_splat' ? a.namedChild(0) : null;
    const name = inner && returnedBy(ctx, inner);
    const dict = name ? ctx.valueOf(name) : undefined;
    const e = dict?.kind === 'dict' ? dict.entries.get(keyword) : undefined;
    if (e) return { value: e.value, node: e.node, valueNode: e.valueNode, via: 'splat' };
  }
  return undefined;
}

/** The `'key': value` pair a dict entry's value is written in. */
function pairOf(value: Node | undefined): Node | undefined {
  return value?.parent?.type === 'pair' ? value.parent : undefined;
}

/**
 * Where an argument's unsafe constant is written when the argument only reads it through a name
 * (written.ts). A library constant read as it is (`ssl.CERT_NONE` imported under another name) is
 * the read.
 */
function writtenAt(argument: Argument, value: PyValue): Node | undefined {
  if (value.kind !== 'literal' && value.kind !== 'string') return undefined;
  return writtenElsewhere(argument.valueNode, argument.node, value.node);
}

const PARAMETER_DEFAULTS = new Set(['default_parameter', 'typed_default_parameter']);

export interface MissingHit {
  sink: MissingSink;
  call: PyCall;
  /** The `context=None` argument when one is passed explicitly (or a name that may hold None). */
  none?: Argument;
  /** When the argument holds None: "when tls_context is not given" for a parameter's default. */
  condition?: string;
  /** The argument is a parameter that is None only by default: callers may pass a context. */
  byDefault?: boolean;
}

/** Calls that verify only when given an argument, given none (or None). */
export function missingHits(ctx: PyRuleContext, rule: string): MissingHit[] {
  const out: MissingHit[] = [];
  for (const { entry } of tablesOf(rule, (t) => t.missing)) {
    const sink = entry as MissingSink;
    for (const call of ctx.callsTo(sink.callees)) {
      const argument = call.argument(sink.keyword, sink.position);
      const none = argument && findBranch(argument.value, (v) => isConst(v, ['None']));
      if (argument && !none) continue;
      // `f(*args)` or `f(**opts)` may pass it.
      if (!argument && (call.starArgs || call.openKeywords)) continue;
      // `def send(tls_context=None): s.starttls(context=tls_context)`: None unless a caller passes one.
      const param = none?.via && PARAMETER_DEFAULTS.has(none.via.type) ? none.via.childForFieldName('name')?.text : undefined;
      const condition = param ? `when ${param} is not given` : none?.via ? 'when a caller passes None' : none?.condition;
      out.push({ sink, call, none: argument, condition, byDefault: !!param });
    }
  }
  return out.sort((a, b) => a.call.node.startIndex - b.call.node.startIndex);
}

export interface OptionPairHit {
  sink: OptionPairSink;
  owner: string;
  call: PyCall;
  value: PyValue;
  condition?: string;
}

/** `c.setopt(pycurl.SSL_VERIFYPEER, 0)`, `ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)`. */
export function optionPairHits(ctx: PyRuleContext, rule: string): OptionPairHit[] {
  const out: OptionPairHit[] = [];
  for (const { owner, entry } of tablesOf(rule, (t) => t.optionPairs)) {
    const sink = entry as OptionPairSink;
    for (const call of ctx.calls) {
      if (!call.method || !sink.methods.includes(call.method) || call.positional.length < 2) continue;
      const option = ctx.valueOf(call.positional[0]);
      // The option may also be read from the receiver: `c.setopt(c.SSL_VERIFYPEER, 0)` on a pycurl.Curl.
      const optionName = option.kind === 'ref' ? option.name : undefined;
      const last = sink.option.slice(sink.option.lastIndexOf('.') + 1);
      if (optionName !== sink.option && !(optionName?.endsWith(`.${last}`) && call.positional[0].type === 'attribute' && call.positional[0].childForFieldName('attribute')?.text === last && ctx.nameOf(call.positional[0].childForFieldName('object')!) === undefined)) continue;
      const bad = findBranch(ctx.valueOf(call.positional[1]), (v) => isConst(v, sink.insecure));
      if (bad) out.push({ sink, owner, call, value: bad.value, condition: bad.condition });
    }
  }
  return out;
}

export interface SettingHit {
  sink: SettingSink;
  owner: string;
  /** The assignment (or attribute write) and the node holding the unsafe value. */
  statement: Node;
  node: Node;
  value: PyValue;
  condition?: string;
}

/** Settings-module names and `x.conf.name = …` writes whose value turns a check off. */
export function settingHits(ctx: PyRuleContext, rule: string): SettingHit[] {
  const out: SettingHit[] = [];
  for (const { owner, entry } of tablesOf(rule, (t) => t.settings)) {
    const sink = entry as SettingSink;
    const check = (value: PyValue, statement: Node, whole: Node) => {
      let node = whole;
      let v = value;
      if (sink.key) {
        const e = entryOf(value, sink.key);
        if (!e) return;
        node = e.node;
        v = e.value;
      }
      const bad = findBranch(v, (x) => isConst(x, sink.insecure));
      if (bad) out.push({ sink, owner, statement, node, value: bad.value, condition: bad.condition });
    };
    for (const a of ctx.nameAssignments) if (sink.names.includes(a.name)) check(a.value, a.node, a.valueNode);
    for (const w of ctx.attributeWrites) if (w.operator === '=' && sink.names.includes(w.attribute)) check(w.value, w.node, w.valueNode);
    if (!sink.dictKey) continue;
    for (const s of ctx.strings) {
      // The key's text first, as in paramHits: a node's parent costs a walk from the root (found
      // by fuzzing: a 16,000-term concatenation took 3 s here). Before resolving it, what it is
      // written as: a plain literal holds its value as written.
      if (!mayHold(s, sink.names)) continue;
      const key = ctx.valueOf(s);
      if (key.kind !== 'literal' || typeof key.value !== 'string' || !sink.names.includes(key.value)) continue;
      const pair = s.parent;
      const valueNode = pair?.type === 'pair' && pair.childForFieldName('key')?.id === s.id ? pair.childForFieldName('value') : null;
      if (pair && valueNode) check(ctx.valueOf(valueNode), pair, valueNode);
    }
  }
  return out;
}

/**
 * A string's source text, and whether it is a plain `string` node, read once per node: every
 * settings and connection-string sink asks about every string of the file.
 */
const sourceOf = new WeakMap<Node, { text: string; plain: boolean }>();

/**
 * Whether a string constant's value can hold one of `names`: a plain literal (no escape, no `{…}`
 * hole, not implicitly concatenated) is its value as written, quotes and prefix aside.
 */
function mayHold(s: Node, names: readonly string[]): boolean {
  let source = sourceOf.get(s);
  if (source === undefined) {
    const text = s.text;
    sourceOf.set(s, (source = { text, plain: !text.includes('\\') && !text.includes('{') && s.type === 'string' }));
  }
  if (!source.plain) return true;
  return names.some((n) => source.text.includes(n));
}

export interface ParamHit {
  sink: ParamSink;
  owner: string;
  /** The string, keyword argument or dict pair. */
  node: Node;
  /** The parameter's name as the string spells it (paramSpellings). */
  param: string;
  value: string;
  /** Where the value is written when not in `node` (a constant, a parameter's default). */
  written?: Node;
  /** The connection string a value written elsewhere is filled into (param-fills.ts), and when. */
  usedAt?: Node;
  condition?: string;
}

/** `"mongodb://h/" "?tlsInsecure=true"`: the piece of an implicit concatenation that holds the parameter, else the whole. */
function pieceWith(ctx: PyRuleContext, s: Node, pattern: RegExp): Node {
  if (s.type !== 'concatenated_string') return s;
  return s.namedChildren.find((c): c is Node => {
    const v = c ? ctx.valueOf(c) : undefined;
    // An f-string piece too (`f"user={u} sslmode=require"`), its holes as spaces.
    const text = v?.kind === 'literal' && typeof v.value === 'string' ? v.value : v?.kind === 'string' ? v.parts.map((p) => (typeof p === 'string' ? p : ' ')).join('') : undefined;
    return text !== undefined && pattern.test(text);
  }) ?? s;
}

function outside(n: Node | undefined, site: Node): Node | undefined {
  // A node of another module is outside whatever its offsets.
  return n && (n.tree !== site.tree || n.endIndex <= site.startIndex || n.startIndex >= site.endIndex) ? n : undefined;
}

/** The spellings of a parameter's name that are matched: the pre-filter's needles for it too. */
export function paramSpellings(sink: ParamSink): string[] {
  return sink.nameAnyCase && sink.param.toLowerCase() !== sink.param ? [sink.param, sink.param.toLowerCase()] : [sink.param];
}

/** Connection-string parameters in string constants (not docstrings), and `anywhere` keywords and dict keys. */
export function paramHits(ctx: PyRuleContext, rule: string, strings: readonly Node[]): ParamHit[] {
  const out: ParamHit[] = [];
  for (const { owner, entry } of tablesOf(rule, (t) => t.params)) {
    const sink = entry as ParamSink;
    // A URL's query (`?a=1&b=2`) when the sink names its schemes; else also a libpq DSN (`host=h sslmode=x`).
    // Names and values as the library reads them, and names only as the pre-filter's needles spell them.
    const names = paramSpellings(sink);
    const name = `(${names.map(escape).join('|')})`;
    const pattern = sink.schemes
      ? new RegExp(`[?&]${name}=(${sink.insecure.map(escape).join('|')})(?=$|[&#])`)
      : new RegExp(`(?:^|[?&;\\s])${name}=(${sink.insecure.map(escape).join('|')})(?=$|[&;\\s#])`);
    const fits = (text: string) => (sink.schemes ? sink.schemes.some((scheme) => text.trimStart().toLowerCase().startsWith(scheme)) : looksLikeConnectionString(text));
    // The pattern needs `param=` in the value: a plain literal without it is skipped unresolved.
    const holding = strings.filter((s) => mayHold(s, names) && !searchedFor(s));
    for (const s of holding) {
      const v = ctx.valueOf(s);
      const text = v.kind === 'literal' && typeof v.value === 'string' ? v.value : v.kind === 'string' ? v.parts.map((p) => (typeof p === 'string' ? p : ' ')).join('') : undefined;
      const m = text && fits(text) && pattern.exec(text);
      if (m) out.push({ sink, owner, node: pieceWith(ctx, s, pattern), param: m[1], value: m[2] });
    }
    for (const f of filledParamHits(ctx, holding, new RegExp(`${name}=(?:\\{|%)`), pattern, fits)) out.push({ sink, owner, ...f });
    if (!sink.anywhere) continue;
    // A dict key: Django's DATABASES OPTIONS, SQLAlchemy's connect_args.
    for (const s of strings) {
      // The key's text first: a node's parent costs a walk from the root (found by fuzzing: a
      // 8,000-term string concatenation took 2 s here).
      if (!mayHold(s, [sink.param])) continue;
      const key = ctx.valueOf(s);
      if (key.kind !== 'literal' || key.value !== sink.param) continue;
      const pair = s.parent;
      if (pair?.type !== 'pair' || pair.childForFieldName('key')?.id !== s.id) continue;
      const valueNode = pair.childForFieldName('value');
      if (!valueNode) continue;
      const bad = findBranch(ctx.valueOf(valueNode), (v) => v.kind === 'literal' && typeof v.value === 'string' && sink.insecure.includes(v.value));
      if (bad && bad.value.kind === 'literal') out.push({ sink, owner, node: pair, param: sink.param, value: String(bad.value.value), written: outside(bad.value.node, pair), condition: bad.condition });
    }
    for (const call of ctx.calls) {
      const a = call.argument(sink.param);
      if (!a || a.via === 'position') continue;
      const bad = findBranch(a.value, (v) => v.kind === 'literal' && typeof v.value === 'string' && sink.insecure.includes(v.value));
      if (bad && bad.value.kind === 'literal') out.push({ sink, owner, node: a.node, param: sink.param, value: String(bad.value.value), written: outside(bad.value.node, a.node), condition: bad.condition });
    }
    // An item write no call above read: `DATABASES["default"]["OPTIONS"]["sslmode"] = "require"`.
    for (const w of itemParamWrites(ctx, sink.param, sink.insecure)) if (!out.some((h) => h.node.tree === w.node.tree && h.node.startIndex < w.node.endIndex && w.node.startIndex < h.node.endIndex)) out.push({ sink, owner, node: w.node, param: sink.param, value: w.value, written: outside(w.valueNode, w.node), condition: w.condition });
  }
  return out;
}

/**
 * A URL, or a libpq keyword/value string (`host=db sslmode=require`, `dbname = app`): every word
 * is a `key=value` pair. Prose that names a parameter ("sslmode=require is not enough") is neither.
 */
function looksLikeConnectionString(text: string): boolean {
  if (text.includes('://')) return true;
  const words = text.replace(/'(?:[^'\\]|\\.)*'/g, "''").replace(/\s*=\s*/g, '=').trim().split(/\s+/);
  // A `{}` or `%s` placeholder may stand for pairs (`"{} sslmode=disable".format(base)`).
  return words.every((w) => /^[A-Za-z_]\w*=/.test(w) || /^(\{[^}]*\}|%(\(\w+\))?[sr])$/.test(w));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/**
 * pyOpenSSL's module name, a needle of the parts that follow its calls: it counts where an import
 * names it (RulePart.moduleNeedles), not in prose (`"OpenSSL not present"`).
 */
export const PYOPENSSL_MODULE: readonly string[] = ['OpenSSL'];

/**
 * A rule part's needles: its table entries' (keyword, attribute, option, setting and parameter
 * names, callee names) and `extra`. Keyword, dict-key and attribute names are also name needles
 * (RulePart.nameNeedles: `verify=`, `.verify`, `'verify'` count, `verify(` and `openssl` do not)
 * unless another entry or `extra` needs them as plain text; they are read only in code
 * (namesInCodeOnly: a call's keyword, a `**` dict's key, an attribute write, never a default alone).
 */
export function tableNeedles(rule: string, extra: readonly string[] = []): { needles: string[]; nameNeedles: string[]; namesInCodeOnly: true } {
  const plain = new Set<string>(extra);
  const names = new Set<string>();
  const last = (n: string) => n.slice(n.lastIndexOf('.') + 1);
  for (const t of PY_LIBRARIES) {
    for (const k of t.keywords ?? []) {
      if (k.rule !== rule) continue;
      // A positional argument does not name its parameter, but the callee's own name is always in
      // the text (the call or its import); a keyword or a dict key names itself.
      if (k.position !== undefined && !k.key) for (const c of k.callees) plain.add(last(c));
      else names.add(k.key ?? k.keyword);
    }
    for (const a of t.attributes ?? []) if (a.rule === rule) names.add(a.attribute);
    for (const o of t.optionPairs ?? []) if (o.rule === rule) plain.add(last(o.option));
    for (const s of t.settings ?? []) if (s.rule === rule) for (const n of s.names) plain.add(n);
    for (const p of t.params ?? []) if (p.rule === rule) for (const n of paramSpellings(p)) plain.add(n);
    for (const m of t.missing ?? []) if (m.rule === rule) for (const c of m.callees) plain.add(last(c));
    for (const c of t.calls ?? []) if (c.rule === rule) for (const n of c.callees) plain.add(last(n));
  }
  const nameNeedles = [...names].filter((n) => !plain.has(n));
  return { needles: [...plain, ...nameNeedles], nameNeedles, namesInCodeOnly: true };
}

