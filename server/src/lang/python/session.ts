// One Python lint's view of the project (as lang/js/session.ts for JS): the models of the other
// modules its values come from, built for this lint only (a module's values depend on what it
// imports in turn, so keeping them would make a result depend on which file was linted first),
// what was read, and the limits reached. A module is read when a value the rules evaluate names it
// (an import binding the resolver follows), and parsed only when its text may hold a value a rule
// reads: it binds the imported name.
import path from 'node:path';
import type { Node, Tree } from 'web-tree-sitter';
import type { PyValue } from '../../../../rules/python/api.js';
import { canonicalName } from '../../../../rules/data/python/types.js';
import type { Note } from '../../engine/types.js';
import { ValueChain } from '../../engine/value-chain.js';
import { PyModel } from './context.js';
import type { PyDocument } from './document.js';
import type { PyLink } from './link.js';
import { fromSource, starImports } from './imports.js';
import { moduleLevelValue } from './module-values.js';
import { isLibraryRoot, type PyModuleRef } from './modules.js';
import type { PyProject } from './project.js';
import type { Binding } from './scope.js';
import { reachingBindings } from './names.js';

/** Other modules one lint may read; values from more are unknown. */
export const MAX_FILES = 24;
/** The largest module whose values are followed, in characters (settings and constants modules are far smaller). */
export const MAX_MODULE_SIZE = 64 * 1024;
/** Modules a value may pass through before it is given up (a.py imports b.py, which imports c.py, …). */
export const MAX_CHAIN = 6;

/** A module's name: a value (data), another module, or neither (undefined: what one file says of it). */
interface Member {
  value?: PyValue;
  module?: PyModuleRef;
}

interface ReadFile {
  text: string | undefined;
  /** Built once a value needs it; null when it could not be read. */
  model?: PyModel | null;
}

export class PySession {
  private readonly files = new Map<string, ReadFile>();
  private readonly byTree = new Map<Tree, PyModel>();
  /** The values that stand for a project module (an import of one), with the module. */
  private readonly moduleValues = new WeakMap<PyValue, PyModuleRef>();
  private readonly limits = new Set<string>();
  private readonly chain = new ValueChain(MAX_CHAIN, 'modules', (m) => this.limits.add(m));
  /** The module names being evaluated (a cycle of imports ends in unknown). */
  private readonly active = new Set<string>();
  private readonly assigns = new Map<string, boolean>();
  /** What each module's names were found to be, by module, name and whether called. */
  private readonly members = new Map<string, Member>();
  /** Modules whose text was looked at (a change to one may change the result). */
  private readonly consulted = new Set<string>();
  private readonly mainFile: string;

  constructor(
    readonly project: PyProject,
    private readonly main: () => PyModel,
    readonly mainDocument: PyDocument,
  ) {
    this.mainFile = path.normalize(mainDocument.fileName);
  }

  /** The other files read, sorted (a change to one of them changes the result). */
  dependencies(): string[] {
    return [...new Set([...this.files.keys(), ...this.consulted])].filter((f) => f !== this.mainFile).sort();
  }

  /** The texts of the other files read so far. */
  texts(): string[] {
    return [...this.files.values()].flatMap((f) => (f.text === undefined ? [] : [f.text]));
  }

  notes(): Note[] {
    return [...this.limits].map((message) => ({ kind: 'limit', severity: 'info', message }));
  }

  linkFor(fileName: string): PyLink {
    return new SessionLink(this, fileName);
  }

  /** The model a node belongs to: the main file's or another module this lint read. */
  modelOfNode(node: Node): PyModel | undefined {
    return node.tree === this.mainDocument.tree ? this.main() : this.byTree.get(node.tree);
  }

  /** The document a node belongs to, when this lint read it. */
  documentOf(node: Node): PyDocument | undefined {
    return this.modelOfNode(node)?.doc;
  }

  /** A module's text, looked at to see whether it is worth reading (it does not count towards the limit). */
  peek(fileName: string): string | undefined {
    const name = path.normalize(fileName);
    this.consulted.add(name);
    return this.files.get(name)?.text ?? this.project.files.read(name);
  }

  /** Reads a module for this lint (it counts towards the limit, its text widens the rules run), without parsing it. */
  read(fileName: string): ReadFile | undefined {
    const name = path.normalize(fileName);
    if (name === this.mainFile) return undefined;
    const known = this.files.get(name);
    if (known) return known;
    if (this.files.size >= MAX_FILES) {
      this.limits.add(`values from more than ${MAX_FILES} other project modules are not followed (the project model's limit per file)`);
      return undefined;
    }
    const file: ReadFile = { text: this.project.files.read(name) };
    this.files.set(name, file);
    return file;
  }

  /** The model of a project module for this lint: the main file's own, or one parsed now. */
  model(fileName: string): PyModel | undefined {
    if (path.normalize(fileName) === this.mainFile) return this.main();
    const file = this.read(fileName);
    if (!file) return undefined;
    if (file.model === undefined) {
      file.model = null;
      if (file.text !== undefined) {
        const { document, index } = this.project.parsed(fileName, file.text);
        const model = new PyModel(document, this.linkFor(fileName), index);
        this.byTree.set(model.doc.tree, model);
        file.model = model;
      }
    }
    return file.model ?? undefined;
  }

  /** A value standing for a project module: reading one of its attributes reads the module. */
  moduleValue(ref: PyModuleRef, value: PyValue): PyValue {
    this.moduleValues.set(value, ref);
    return value;
  }

  moduleOf(value: PyValue): PyModuleRef | undefined {
    return this.moduleValues.get(value);
  }

  /** Whether a project module can have no attribute `name`: its text never names it, star-imports or computes no names (`__getattr__`, `globals()`), no submodule has it. */
  lacks(ref: PyModuleRef, name: string): boolean {
    const text = ref.file ? this.peek(ref.file) : undefined;
    if (text === undefined || new RegExp(`\\b${name.replace(/[.-]/g, '\\$&')}\\b`).test(text) || /\bimport\s*\*|__getattr__|\bglobals\s*\(|\bsetattr\s*\(|\bvars\s*\(|__dict__/.test(text)) return false;
    return !this.project.modules.submodule(ref, name);
  }

  /** Runs `work` one module further along the chain a value passes through. */
  within<T>(fileName: string, work: () => T, fallback: T): T {
    return this.chain.within(fileName, work, fallback);
  }

  /** `name` of a module: its module-level value, else its submodule; undefined when neither is known. */
  member(ref: PyModuleRef, name: string, use: Node, qualified: string | undefined): PyValue | undefined {
    // A package whose `__init__` imports its own names back (`from . import x`) asks again: unknown.
    const callee = isCallee(use);
    const key = `${ref.file ?? ref.dir}\0${name}\0${callee}`;
    const known = this.members.get(key);
    const fresh = (module: PyModuleRef) => this.moduleValue(module, qualified === undefined ? { kind: 'unknown', node: use } : { kind: 'ref', name: canonicalName(qualified), node: use });
    if (known) return known.module ? fresh(known.module) : known.value;
    if (this.active.has(key)) return undefined;
    this.active.add(key);
    try {
      const found = this.memberOnce(ref, name, callee);
      this.members.set(key, found);
      return found.module ? fresh(found.module) : found.value;
    } finally {
      this.active.delete(key);
    }
  }

  /** A module-level value (data) of the module, or one of its submodules. */
  private memberOnce(ref: PyModuleRef, name: string, callee: boolean): Member {
    const file = ref.file;
    if (file) {
      const text = this.peek(file);
      // Only a module that assigns the name is read for it; for a callee, only one that names a library.
      if (text !== undefined && this.worthParsing(file, text, name, callee)) {
        if (text.length > MAX_MODULE_SIZE) {
          this.limits.add(`values of ${path.relative(path.dirname(this.mainFile), file)} are not followed: it is larger than ${MAX_MODULE_SIZE / 1024} KB (the project model's limit per module)`);
          return {};
        }
        const model = this.model(file);
        if (model?.index.root.bindings.has(name)) {
          const value = this.within(file, () => moduleLevelValue(model.index, model.values, name), undefined);
          if (value && isData(value)) return { value };
          return { module: this.within(file, () => this.importedModule(model, name), undefined) };
        }
      }
    }
    return { module: this.project.modules.submodule(ref, name) };
  }

  private worthParsing(file: string, text: string, name: string, callee: boolean): boolean {
    const key = `${file}\0${name}`;
    let assigns = this.assigns.get(key);
    if (assigns === undefined) this.assigns.set(key, (assigns = mayAssign(text, name)));
    if (!assigns || !callee) return assigns;
    return mayNameLibrary(text, name);
  }

  /** The module a name the module binds by an import stands for (`from . import settings` in a package's `__init__`). */
  private importedModule(model: PyModel, name: string): PyModuleRef | undefined {
    const bindings = model.index.root.bindings.get(name) ?? [];
    if (bindings.length !== 1 || bindings[0].kind !== 'import') return undefined;
    return this.moduleOf(model.values.bindingValue(bindings[0], bindings[0].target));
  }

  /**
   * The class of another project module a name of `model` imports (`from .fx import FxClient`, also
   * re-exported by a package's `__init__`), with that module's model; undefined for anything else.
   */
  classOf(model: PyModel, use: Node): { model: PyModel; cls: Node } | undefined {
    const reaching = reachingBindings(model.index, use);
    return reaching.length === 1 ? this.importedClass(model, reaching[0].binding, 0) : undefined;
  }

  private importedClass(model: PyModel, b: Binding, depth: number): { model: PyModel; cls: Node } | undefined {
    const found = this.importedBinding(model, b, depth);
    return found?.binding.kind === 'class' ? { model: found.model, cls: found.binding.statement } : undefined;
  }

  /** The top-level binding of another project module a `from ... import name` binding stands for (through re-exports), with that module's model. */
  private importedBinding(model: PyModel, b: Binding, depth: number): { model: PyModel; binding: Binding } | undefined {
    if (b.kind !== 'import' || b.statement.type !== 'import_from_statement' || depth > 3) return undefined;
    const source = fromSource(b.statement);
    const ref = source && this.project.modules.resolve(model.doc.fileName, source.level, source.dotted);
    const name = importedName(b.statement, b.target);
    const other = ref?.file && name ? this.within(ref.file, () => this.model(ref.file!), undefined) : undefined;
    const own = other?.index.root.bindings.get(name!);
    const last = own?.[own.length - 1];
    if (!other || !last) return undefined;
    return last.kind === 'import' ? this.importedBinding(other, last, depth + 1) : { model: other, binding: last };
  }

  /**
   * `settings.verify_tls` where `settings` is a class or an instance another project module binds
   * at its top level (`from .config import settings`, `settings = Settings()`): what that module
   * gives the attribute (the class body's default, a write after it), as for a name of the file.
   */
  importedAttribute(object: Node, attribute: string, instance = false): PyValue | undefined {
    const model = this.modelOfNode(object);
    const reaching = model ? reachingBindings(model.index, object) : [];
    const found = model && reaching.length === 1 && !reaching[0].condition ? this.importedBinding(model, reaching[0].binding, 0) : undefined;
    if (!found || (found.binding.kind !== 'class' && (instance || found.binding.kind !== 'assign'))) return undefined;
    // An instance's attribute is the class body's only when no method of the class sets it.
    if (instance && new RegExp(`\\bself\\.${attribute}\\s*(?:[-+*|&]?=(?!=)|:)`).test(found.binding.statement.text)) return undefined;
    const { model: other, binding } = found;
    const value = this.within(other.doc.fileName, () => (other.calls, other.objects.bindingAttribute(binding, attribute)), undefined);
    return value && isData(value) ? value : undefined;
  }
}

/**
 * Values a rule may read as written elsewhere: data, library names and what library calls made.
 * A module's functions and classes are the project's own code, followed in their own file only.
 */
function isData(v: PyValue): boolean {
  return v.kind !== 'function' && v.kind !== 'unknown';
}

/**
 * Whether a module's text may give `name` a value a rule reads: an assignment (`NAME = …`,
 * `NAME: T = …`) or an import of it (`from .x import NAME`, one per line in parentheses, `as NAME`).
 * A name the module only defines (`def NAME`, `class NAME`) is its own code: not worth a parse.
 */
export function mayAssign(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const end = i + name.length;
    if ((i > 0 && /\w/.test(text[i - 1])) || /\w/.test(text[end] ?? '')) continue;
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    const before = text.slice(lineStart, i);
    if (/^[ \t]*$/.test(before) ? /^[ \t]*(?:[:=,)\r\n]|$)/.test(text.slice(end, end + 8)) : /^[ \t]*(?:from[ \t]+\S+[ \t]+)?import[ \t]|\bas[ \t]+$/.test(before)) return true;
  }
  return false;
}

/**
 * Whether a module may give `name` a library's name (a callee: `INSECURE = ssl._create_unverified_context`,
 * `from ssl import _create_unverified_context as name`): imported from a library the tables know, or
 * assigned a dotted name of one. Anything else it calls is the project's own code.
 */
export function mayNameLibrary(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    const lineEnd = text.indexOf('\n', i);
    const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    const m = /^[ \t]*(?:from[ \t]+([A-Za-z_]\w*)[\w.]*[ \t]+import\b|import[ \t]+([A-Za-z_]\w*))/.exec(line) ?? new RegExp(`^[ \\t]*${name}[ \\t]*=[ \\t]*([A-Za-z_]\\w*)\\.`).exec(line);
    const root = m?.[1] ?? m?.[2];
    if (root && isLibraryRoot(root)) return true;
  }
  return false;
}

/** `NAME(…)`, `NAME.method(…)`: a use whose value names what is called. */
function isCallee(use: Node): boolean {
  let n: Node = use;
  for (let p = n.parent; p?.type === 'attribute' && p.childForFieldName('object')?.id === n.id; p = p.parent) n = p;
  const call = n.parent;
  return call?.type === 'call' && call.childForFieldName('function')?.id === n.id;
}

class SessionLink implements PyLink {
  constructor(
    private readonly session: PySession,
    private readonly fileName: string,
  ) {}

  imported(b: Binding, use: Node): PyValue | undefined {
    const statement = b.statement;
    const modules = this.session.project.modules;
    if (statement.type === 'import_statement') {
      if (!b.imported) return undefined;
      const ref = modules.resolve(this.fileName, 0, b.imported.split('.'));
      return ref && this.session.moduleValue(ref, { kind: 'ref', name: canonicalName(b.imported), node: use });
    }
    const source = fromSource(statement);
    const ref = source && modules.resolve(this.fileName, source.level, source.dotted);
    const name = importedName(statement, b.target);
    if (!ref || !name) return undefined;
    return this.session.member(ref, name, use, b.imported);
  }

  member(module: PyValue, attribute: string, use: Node): PyValue | undefined {
    const ref = this.session.moduleOf(module);
    if (!ref) {
      const object = use.childForFieldName('object');
      return object?.type === 'identifier' ? this.session.importedAttribute(object, attribute) : undefined;
    }
    return this.session.member(ref, attribute, use, module.kind === 'ref' ? `${module.name}.${attribute}` : undefined);
  }

  classDefault(name: Node, attribute: string): PyValue | undefined {
    return this.session.importedAttribute(name, attribute, true);
  }

  instanceDefault(call: Node, attribute: string): PyValue | undefined {
    const m = this.session.modelOfNode(call);
    return m && this.session.within(m.doc.fileName, () => (m.calls, m.objects.instanceDefault(call, attribute)), undefined);
  }

  isModule(value: PyValue): boolean {
    return !!this.session.moduleOf(value);
  }

  lacks(module: PyValue, name: string): boolean {
    const ref = this.session.moduleOf(module);
    return !!ref && this.session.lacks(ref, name);
  }

  starred(use: Node, name = use.text): PyValue | undefined {
    // `*` leaves out the names that start with an underscore; a later star import wins.
    if (name.startsWith('_')) return undefined;
    for (const statement of starImports(use.tree).slice().reverse()) {
      const source = fromSource(statement);
      const ref = source && this.session.project.modules.resolve(this.fileName, source.level, source.dotted);
      const v = ref && this.session.member(ref, name, use, undefined);
      if (v && v.kind !== 'unknown') return v;
    }
    return undefined;
  }

  foreign(node: Node): PyValue {
    const model = this.session.modelOfNode(node);
    return model ? model.values.valueOf(node) : { kind: 'unknown', node };
  }
}

/** The name a `from m import a as b` imports for the bound `b` (`a`). */
export function importedName(statement: Node, target: Node): string | undefined {
  for (const item of statement.childrenForFieldName('name')) {
    if (!item) continue;
    if (item.type === 'aliased_import') {
      if (item.childForFieldName('alias')?.id === target.id) return item.childForFieldName('name')?.text;
    } else if (item.id === target.id || item.namedChild(item.namedChildCount - 1)?.id === target.id) return item.text;
  }
  return undefined;
}
