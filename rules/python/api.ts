// The Python part of the rule contract: what a rule's `python` part sees. The Python frontend
// (server/src/lang/python/) implements PyRuleContext over a tree-sitter tree.
//
// Names. Everything a file refers to from a library is reported as a qualified name, whatever the
// import form: `import ssl as s; s.CERT_NONE`, `from ssl import CERT_NONE as NONE; NONE` and
// `ssl.CERT_NONE` are all 'ssl.CERT_NONE'; `from http import client; client.HTTPSConnection` is
// 'http.client.HTTPSConnection'. What a call returns is an instance whose `type` is the class the
// data says the factory returns (rules/data/python/types.ts: `ssl.create_default_context` returns
// 'ssl.SSLContext', `requests.session` 'requests.Session'), else the factory's name followed by
// `()` ('boto3.client()'). A method of an instance is named after its type: `ctx.wrap_socket(…)`
// on a context from `ssl.create_default_context()` calls 'ssl.SSLContext.wrap_socket', and
// `with requests.Session() as s: s.get(…)` calls 'requests.Session.get'.
//
// Values. `valueOf` follows a name to the assignment that reaches it in its scope (module,
// function, class; shadowing respected; a module-level name read in a function gets the last
// module-level assignment), through conditional expressions and if/else assignments (an `either`
// whose branches say when), string concatenation, `%`, `.format` and f-strings (a `string` with
// constant and unknown parts), dict literals and `dict(...)` with the item writes made to them
// before the use, and attribute reads of objects whose attributes the file writes.
//
// Objects. Attribute writes (`ctx.verify_mode = ssl.CERT_NONE`, `ctx.options |= ssl.OP_X`,
// `session.verify = False`) and method calls are grouped by the object they act on: a variable
// as bound at that point (a later `ctx = …` starts a new object), or an attribute path on one
// (`self.ctx` is one object across the methods of a class). A rule reads an object's writes in
// source order, so a later safe write overrides an earlier unsafe one.
import type { Node, Tree } from 'web-tree-sitter';
import type { Fix, RulePart, Severity, TextEdit } from '../api.js';

export type { Node };

/**
 * An edit of a Python fix, with the tree its offsets count in: a rule may build one from a node of
 * another module (a value read from config.py), whose offsets are not this file's. The frontend
 * keeps a fix only when every edit is of the linted file's tree (rules/python/edits.ts builds them).
 */
export interface PyEdit extends TextEdit {
  readonly tree: Tree;
}

export interface PyFix extends Fix {
  edits: PyEdit[];
}

export type PyPart<M extends string = string> = RulePart<PyRuleContext<M>>;

/** What a Python part reports: a node's range or an explicit one. */
export interface PyReport<M extends string = string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** With `range`, the node the range lies in: its file is the finding's (another module's constant). */
  node?: Node;
  range?: { start: number; end: number };
  severity?: Severity;
  fixes?: PyFix[];
  /** Where the value is used, when the finding sits where it is written: a suppression there counts too. */
  usedAt?: Node;
  /**
   * The other places of the same problem, shown beside the finding (LSP relatedInformation, SARIF
   * relatedLocations): where the value is written ("value written here", as the JS side says) or
   * the call that uses it ("used by ssl.SSLContext.set_ciphers").
   */
  related?: readonly PyRelated[];
}

/** A place in the same file a finding involves, with a few words for it. */
export interface PyRelated {
  node: Node;
  message: string;
}

/** A constant part of a string, or a hole whose text the file does not fix (`{host}`, `%s`, a variable). */
export type StringPart = string | { unknown: Node };

/** Why a value is only one of several: "when DEBUG", "unless DEBUG". */
export interface Branch {
  value: PyValue;
  condition: string;
  /**
   * For a parameter's value: the argument of the file's own call that passed it, or the
   * parameter with its default. A rule reports there, where the unsafe value is written.
   */
  via?: Node;
  /** A command-line flag's branch (click `is_flag`, argparse `store_true`): it holds only as the user chose. */
  flag?: true;
}

export interface DictEntry {
  key: string;
  value: PyValue;
  /** The `key: value` pair, the `key=value` of dict(…), or the `d['key'] = value` statement. */
  node: Node;
  valueNode: Node;
}

export type PyValue =
  /** str/bytes (the characters), int, float, bool, None (null). */
  | { kind: 'literal'; value: string | number | boolean | null; bytes?: true; node: Node }
  /** A string with holes: concatenation, `%`, `.format`, f-strings. */
  | { kind: 'string'; parts: readonly StringPart[]; node: Node }
  /** A library name: a module (`ssl`), a constant (`ssl.CERT_NONE`), a function or class (`requests.get`). */
  /** `declared`: a method of a declared instance (below), named after the annotation's class. */
  | { kind: 'ref'; name: string; node: Node; declared?: true }
  /**
   * What a call returned: `of` is the callee's name, `type` the instance's class (see above). A
   * `declared` one is a parameter or a function's result typed by its annotation (`session:
   * aiohttp.ClientSession`): its methods are named, but the file did not make it (`call` is the
   * annotation), so nothing is known of how it was made or what was done to it before.
   */
  | { kind: 'instance'; of: string; type: string; call: Node; node: Node; declared?: true }
  | { kind: 'dict'; entries: ReadonlyMap<string, DictEntry>; /** a `**x` or write the file cannot read may add keys */ open: boolean; node: Node }
  | { kind: 'sequence'; elements: readonly PyValue[]; node: Node }
  /** `a | b`, `a & b`, `~a`, `not a`, `a or b`: for flag sets (`ssl.OP_ALL | ssl.OP_NO_SSLv3`). */
  | { kind: 'operation'; operator: string; operands: readonly PyValue[]; node: Node }
  | { kind: 'function'; node: Node }
  | { kind: 'either'; branches: readonly Branch[]; node: Node }
  | { kind: 'unknown'; node?: Node };

/** One argument of a call as the callee receives it. */
export interface Argument {
  value: PyValue;
  /** The whole argument: `verify=False`, the positional expression, or the `'verify': False` pair of a `**` dict. */
  node: Node;
  /** The expression of the value. */
  valueNode: Node;
  /** `splats`: a `**` name that is one of several dicts (a conditional pick), each entry a branch of `value`; `node` is that name. */
  via: 'keyword' | 'position' | 'splat' | 'splats';
}

export interface PyCall {
  node: Node;
  /** The called expression (`requests.get`, `ctx.wrap_socket`). */
  callee: Node;
  /** The qualified name of what is called, when the file says (see the header). */
  name: string | undefined;
  /**
   * The name comes from an annotation (`session: aiohttp.ClientSession`): tables that match a
   * method by its name on a receiver of unknown class (`name` undefined) match this call too.
   */
  declared?: boolean;
  /** For `x.m(…)`: the method name `m` and the receiver `x`, known or not. */
  method?: string;
  receiver?: Node;
  /** The argument list node. */
  args: Node;
  /** Positional argument expressions before any `*args`. */
  positional: readonly Node[];
  /** `*args` was passed: positions past `positional` are unknown. */
  starArgs: boolean;
  /** `**kw` was passed with a value the file does not fully know. */
  openKeywords: boolean;
  /**
   * The argument for a parameter: by keyword, at `position` (0-based, counting what the caller
   * passes: `self` excluded), or from a `**` dict the file builds.
   */
  /** `perEntry`: also a `**` name that is one of several dicts (Argument.via 'splats'), for callers that place per entry. */
  argument(keyword: string, position?: number, perEntry?: boolean): Argument | undefined;
  /**
   * Whether `argument(keyword)` (no position) can find anything: false when the argument list
   * spells neither the keyword nor `**`, read from its text without resolving or reading anything.
   */
  mayPass(keyword: string): boolean;
}

export interface AttrWrite {
  object: PyObject;
  attribute: string;
  /** '=' or the augmented operator ('|=', '&=', …). */
  operator: string;
  value: PyValue;
  valueNode: Node;
  /** The assignment statement expression (`ctx.verify_mode = ssl.CERT_NONE`). */
  node: Node;
  /** The target (`ctx.verify_mode`). */
  target: Node;
}

export interface PyObject {
  /** How the file names it: 'ctx', 'self.ctx', 'app.conf'. */
  name: string;
  /** What it was made as (an instance, a dict) where it was bound; unknown for a parameter or `self`. */
  value: PyValue;
  /** Attribute writes on it, in source order. */
  writes: readonly AttrWrite[];
  /** Calls of its methods, in source order. */
  calls: readonly PyCall[];
  /**
   * Calls it is passed to, with the argument it is: as a keyword that takes a TLS context or
   * options (`context=`, `ssl_context=`, `ssl=`, `verify=`, `tls_context=`, `sslcontext=`,
   * `ssl_options=`, `tls=`, `sslopt=`, `ssl_ctx=`), or positionally to pyOpenSSL's `Connection`,
   * `wrap_socket`, `wrap_bio` and `SSLSocket`.
   */
  uses: readonly { call: PyCall; argument: Argument }[];
  /** The expression it was made from (the call of `ctx = ssl.SSLContext()`), when the file binds it. */
  madeBy?: Node;
}

/** A module-level or class-level plain assignment: settings modules (`VERIFY_SSL = False`). */
export interface NameAssignment {
  name: string;
  value: PyValue;
  node: Node;
  target: Node;
  valueNode: Node;
  /** 'module' for a module-level name, else the enclosing class's name. */
  owner: string;
}

/** A write to a subscript: `os.environ['X'] = v`, `kwargs['verify'] = False`. */
export interface ItemWrite {
  /** The subscripted object's value (`os.environ` is { kind: 'ref', name: 'os.environ' }). */
  container: PyValue;
  containerNode: Node;
  key: PyValue;
  value: PyValue;
  valueNode: Node;
  node: Node;
}

/** The Python versions the file targets: from `python.version` in .tlslintrc.json or `requires-python` in pyproject.toml. */
export interface PythonTarget {
  /** The lowest version the project supports, [major, minor]; undefined when nothing says. */
  min?: readonly [number, number];
  /** Where it comes from, for messages: 'requires-python ">=3.8" in pyproject.toml'. */
  source?: string;
}

/** A class of the linted file that extends a class of another module (the project model). */
export interface OutsideSubclass {
  name: string;
  /** Its class_definition, in the linted file. */
  node: Node;
  /** The class of this module it names as its base. */
  base: Node;
  /** The plain assignments of its class body, valued in the linted file. */
  assignments: readonly NameAssignment[];
  /** The attribute writes the linted file makes inside it (`self.verify_ssl = …` in its methods). */
  writes: readonly AttrWrite[];
}

export interface PyRuleContext<M extends string = string> {
  /**
   * Set when this context is a base class's module read for the linted file's subclasses of it:
   * the subclasses a base's method's `self.attr` read counts (rules/python/classes.ts), instead of
   * the module's own; only reports in the linted file are kept.
   */
  readonly outsideSubclasses?: readonly OutsideSubclass[];
  readonly text: string;
  readonly fileName: string;
  readonly root: Node;
  readonly python: PythonTarget;
  /** Every call, in source order. */
  readonly calls: readonly PyCall[];
  /**
   * The calls whose qualified name is one of `names`; with `mayMatter`, only those it accepts, asked
   * before the name (resolving a name follows values through the file: a part that needs a keyword
   * skips the calls that cannot pass it unresolved).
   */
  callsTo(names: ReadonlySet<string> | readonly string[], mayMatter?: (call: PyCall) => boolean): PyCall[];
  /** Every object the file writes attributes of or calls methods on. */
  readonly objects: readonly PyObject[];
  /** The object an expression denotes at its place, if the file tracks one. */
  objectOf(node: Node): PyObject | undefined;
  /** Every attribute write, in source order. */
  readonly attributeWrites: readonly AttrWrite[];
  /** Every subscript write, in source order. */
  readonly itemWrites: readonly ItemWrite[];
  /** Plain name assignments at module and class level, in source order. */
  readonly nameAssignments: readonly NameAssignment[];
  /** The value of an expression at its place. */
  valueOf(node: Node): PyValue;
  /** The qualified name an expression denotes (`ssl.CERT_NONE`), if it names a library thing. */
  nameOf(node: Node): string | undefined;
  /** Import statements, in order (for fixes that add an import). */
  readonly imports: readonly Node[];
  /** A module-level name the file does not bind, from its `from .base import *` of a project module (the project model): its value there. */
  starredValue?(name: string): PyValue | undefined;
  /** String constants used as values (docstrings and other bare string statements excluded), in order. */
  readonly strings: readonly Node[];
  /** The object bound to what a call returns (`ctx = ssl.SSLContext()`, `self.s = requests.Session()`), if the file acts on it. */
  objectMadeBy(call: Node): PyObject | undefined;
  report(descriptor: PyReport<M>): void;
}
