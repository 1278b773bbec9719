// The per-file model Python parts read (PyRuleContext), built when a part first asks: scopes and
// bindings from one walk, then values, calls and objects on demand.
import type { Node } from 'web-tree-sitter';
import type { ReportDescriptor } from '../../../../rules/api.js';
import type { NameAssignment, OutsideSubclass, PyCall, PyReport, PyRuleContext, PythonTarget } from '../../../../rules/python/api.js';
import { DocumentError, type Placement } from '../../engine/language.js';
import { CallIndex } from './call-index.js';
import { makeCall, type ModelCall } from './calls.js';
import type { PyDocument } from './document.js';
import { ObjectModel } from './objects.js';
import { knowCallsByName } from './params.js';
import { buildScopes } from './scope-build.js';
import type { ScopeIndex } from './scope.js';
import { ValueResolver } from './values.js';
import type { PyLink } from './link.js';
import { placeReport } from './placement.js';
import type { PySession } from './session.js';

export class PyModel {
  readonly index: ScopeIndex;
  readonly values: ValueResolver;
  readonly objects: ObjectModel;
  private callList?: ModelCall[];
  private byName?: CallIndex;
  private names?: NameAssignment[];

  constructor(
    readonly doc: PyDocument,
    link?: PyLink,
    index?: ScopeIndex,
  ) {
    this.index = index ?? buildScopes(doc.tree);
    this.values = new ValueResolver(this.index);
    this.values.link = link;
    this.objects = new ObjectModel(this.index, this.values);
    this.values.attributes = this.objects;
  }

  get calls(): PyCall[] {
    if (!this.callList) {
      const byName = new Map<string, Node[]>();
      this.callList = this.index.calls.map((n) => makeCall(n, this.values, byName)).filter((c): c is ModelCall => !!c);
      knowCallsByName(this.index, byName);
      this.objects.build(this.callList);
    }
    return this.callList;
  }

  callsTo(names: ReadonlySet<string> | readonly string[], mayMatter?: (call: PyCall) => boolean): PyCall[] {
    if (!this.byName) {
      const calls = this.calls as ModelCall[];
      this.byName = new CallIndex(calls, this.index, this.objects.attributeWrites.map((w) => w.attribute));
    }
    return this.byName.callsTo(names, mayMatter);
  }

  get nameAssignments(): NameAssignment[] {
    if (!this.names) {
      this.names = [];
      const scopes = [this.index.root, ...[...this.index.byNode.values()].filter((s) => s.kind === 'class')];
      for (const s of scopes) {
        const owner = s.kind === 'module' ? 'module' : s.node.childForFieldName('name')?.text ?? '?';
        for (const [name, list] of s.bindings) {
          for (const b of list) {
            if (b.kind !== 'assign' || !b.value) continue;
            const values = this.values;
            const valueNode = b.value;
            // The value is resolved when a rule reads it: most rules look for a few names only.
            this.names.push({ name, get value() { return values.valueOf(valueNode); }, node: b.statement, target: b.target, valueNode, owner });
          }
        }
      }
      this.names.sort((a, b) => a.target.startIndex - b.target.startIndex);
    }
    return this.names;
  }
}

export class LazyPyModel {
  private model?: PyModel;
  private failure?: DocumentError;

  constructor(
    readonly doc: PyDocument,
    private readonly link?: PyLink,
  ) {}

  /** A model already built (another module's, read by the session). */
  static of(model: PyModel): LazyPyModel {
    const lazy = new LazyPyModel(model.doc);
    lazy.model = model;
    return lazy;
  }

  get(): PyModel {
    if (this.failure) throw this.failure;
    if (!this.model) {
      try {
        this.model = new PyModel(this.doc, this.link);
        void this.model.calls;
      } catch (err) {
        throw (this.failure = new DocumentError(err));
      }
    }
    return this.model;
  }
}

/**
 * `outside`: the context is a base class's module read for the linted file's subclasses of it
 * (outside-classes.ts); its reports go to `outside.report`.
 */
export function createPyContext(lazy: LazyPyModel, python: PythonTarget, report: (d: ReportDescriptor, placement?: Placement) => void, session?: PySession, outside?: { subclasses: readonly OutsideSubclass[]; report: (d: PyReport) => void }): PyRuleContext {
  const doc = lazy.doc;
  // A node of another module (a value imported from it) is asked of that module's model.
  const modelOf = (node: Node): PyModel => {
    const other = session && node.tree !== doc.tree ? session.modelOfNode(node) : undefined;
    if (!other) return lazy.get();
    void other.calls;
    return other;
  };
  return {
    outsideSubclasses: outside?.subclasses,
    text: doc.text,
    fileName: doc.fileName,
    root: doc.tree.rootNode,
    python,
    get calls() {
      return lazy.get().calls;
    },
    callsTo: (names, mayMatter) => lazy.get().callsTo(names, mayMatter),
    get objects() {
      return lazy.get().objects.objects;
    },
    objectOf: (node: Node) => modelOf(node).objects.objectOf(node),
    get attributeWrites() {
      return lazy.get().objects.attributeWrites;
    },
    get itemWrites() {
      return lazy.get().objects.items;
    },
    get nameAssignments() {
      return lazy.get().nameAssignments;
    },
    valueOf: (node: Node) => lazy.get().values.valueOf(node),
    nameOf: (node: Node) => lazy.get().values.nameOf(node),
    get imports() {
      return lazy.get().index.imports;
    },
    starredValue: (name: string) => (lazy.get().index.root.bindings.has(name) ? undefined : lazy.get().values.link?.starred(doc.tree.rootNode, name)),
    get strings() {
      return lazy.get().index.strings;
    },
    objectMadeBy: (call: Node) => modelOf(call).objects.objectMadeBy(call),
    report: (d: PyReport) => {
      if (outside) return outside.report(d);
      const { descriptor, placement } = placeReport(doc, d, session);
      report(descriptor, placement);
    },
  };
}
