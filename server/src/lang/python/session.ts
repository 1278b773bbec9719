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
import { PyModel } from './context.js';
import type { PyDocument } from './document.js';
import type { PyLink } from './link.js';
import { fromSource } from './imports.js';
import { moduleLevelValue } from './module-values.js';
import type { PyModuleRef } from './modules.js';
import type { PyProject } from './project.js';
import type { Binding } from './scope.js';

/** Other modules one lint may read; values from more are unknown. */
export const MAX_FILES = 24;
/** Modules a value may pass through before it is given up (a.py imports b.py, which imports c.py, …). */
export const MAX_CHAIN = 6;

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
  private readonly chain: string[] = [];
  /** Offsets of the nodes of other files' values handed to the main file (fixes must not edit there). */
  readonly foreignSpans: { start: number; end: number }[] = [];
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
    return [...this.files.keys()].filter((f) => f !== this.mainFile).sort();
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

  /** Reads a module for this lint (it counts towards the limit), without parsing it. */
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
        const model = new PyModel(this.project.document(fileName, file.text), this.linkFor(fileName));
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

  /** Runs `work` one module further along the chain a value passes through. */
  within<T>(fileName: string, work: () => T, fallback: T): T {
    if (this.chain.length >= MAX_CHAIN) {
      this.limits.add(`values passing through more than ${MAX_CHAIN} modules are not followed (${[...this.chain, fileName].map((f) => path.basename(f)).join(' → ')})`);
      return fallback;
    }
    this.chain.push(fileName);
    try {
      return work();
    } finally {
      this.chain.pop();
    }
  }

  /** `name` of a module: its module-level value, else its submodule; undefined when neither is known. */
  member(ref: PyModuleRef, name: string, use: Node, qualified: string | undefined): PyValue | undefined {
    const file = ref.file;
    if (file) {
      const text = this.read(file)?.text;
      // Only a module that binds the name at its top level is parsed for it.
      if (text !== undefined && bindsName(text, name)) {
        const model = this.model(file);
        if (model?.index.root.bindings.has(name)) {
          const value = this.within(file, () => moduleLevelValue(model.index, model.values, name), undefined);
          if (value && isData(value)) {
            if (model.doc.tree !== this.mainDocument.tree) this.noteForeign(value, 0);
            return value;
          }
          return this.packageOrUndefined(ref, model, name, use, qualified);
        }
      }
    }
    const sub = this.project.modules.submodule(ref, name);
    if (!sub) return undefined;
    return this.moduleValue(sub, qualified === undefined ? { kind: 'unknown', node: use } : { kind: 'ref', name: canonicalName(qualified), node: use });
  }

  /** A name the module binds to something other than data (an import of its own submodule is still that module). */
  private packageOrUndefined(ref: PyModuleRef, model: PyModel, name: string, use: Node, qualified: string | undefined): PyValue | undefined {
    const bindings = model.index.root.bindings.get(name) ?? [];
    if (bindings.length !== 1 || bindings[0].kind !== 'import') return undefined;
    const v = model.values.bindingValue(bindings[0], bindings[0].target);
    const sub = this.moduleOf(v);
    return sub ? this.moduleValue(sub, qualified === undefined ? { kind: 'unknown', node: use } : { kind: 'ref', name: canonicalName(qualified), node: use }) : undefined;
  }

  private noteForeign(v: PyValue, depth: number): void {
    if (depth > 3 || !v.node) return;
    this.foreignSpans.push({ start: v.node.startIndex, end: v.node.endIndex });
    if (v.kind === 'dict') {
      for (const e of v.entries.values()) {
        this.foreignSpans.push({ start: e.node.startIndex, end: e.node.endIndex });
        this.noteForeign(e.value, depth + 1);
      }
    } else if (v.kind === 'sequence' || v.kind === 'operation') for (const e of v.kind === 'sequence' ? v.elements : v.operands) this.noteForeign(e, depth + 1);
    else if (v.kind === 'either') for (const b of v.branches) this.noteForeign(b.value, depth + 1);
  }
}

/**
 * Values a rule may read as written elsewhere: data, library names and what library calls made.
 * A module's functions and classes are the project's own code, followed in their own file only.
 */
function isData(v: PyValue): boolean {
  return v.kind !== 'function' && v.kind !== 'unknown';
}

/** Whether a module's text may bind `name` at its top level: the name at a line's start, or imported. */
function bindsName(text: string, name: string): boolean {
  let i = text.indexOf(name);
  while (i >= 0) {
    const before = i === 0 ? '\n' : text[i - 1];
    const after = text[i + name.length] ?? '';
    if (!/\w/.test(after) && (before === '\n' || before === ' ' || before === ',' || before === '(' || before === '\t')) return true;
    i = text.indexOf(name, i + 1);
  }
  return false;
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
    if (!ref) return undefined;
    return this.session.member(ref, attribute, use, module.kind === 'ref' ? `${module.name}.${attribute}` : undefined);
  }

  foreign(node: Node): PyValue {
    const model = this.session.modelOfNode(node);
    return model ? model.values.valueOf(node) : { kind: 'unknown', node };
  }
}

/** The name a `from m import a as b` imports for the bound `b` (`a`). */
function importedName(statement: Node, target: Node): string | undefined {
  for (const item of statement.childrenForFieldName('name')) {
    if (!item) continue;
    if (item.type === 'aliased_import') {
      if (item.childForFieldName('alias')?.id === target.id) return item.childForFieldName('name')?.text;
    } else if (item.id === target.id || item.namedChild(item.namedChildCount - 1)?.id === target.id) return item.text;
  }
  return undefined;
}
