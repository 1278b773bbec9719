// The per-file model Python parts read (PyRuleContext), built when a part first asks: scopes and
// bindings from one walk, then values, calls and objects on demand.
import type { Node } from 'web-tree-sitter';
import type { ReportDescriptor } from '../../../../rules/api.js';
import type { NameAssignment, PyCall, PyReport, PyRuleContext, PythonTarget } from '../../../../rules/python/api.js';
import { DocumentError, type Placement } from '../../engine/language.js';
import { CallIndex } from './call-index.js';
import { makeCall, type ModelCall } from './calls.js';
import type { PyDocument } from './document.js';
import { ObjectModel } from './objects.js';
import { buildScopes } from './scope-build.js';
import type { ScopeIndex } from './scope.js';
import { ValueResolver } from './values.js';

export class PyModel {
  readonly index: ScopeIndex;
  readonly values: ValueResolver;
  readonly objects: ObjectModel;
  private callList?: ModelCall[];
  private byName?: CallIndex;
  private names?: NameAssignment[];

  constructor(readonly doc: PyDocument) {
    this.index = buildScopes(doc.tree);
    this.values = new ValueResolver(this.index);
    this.objects = new ObjectModel(this.index, this.values);
    this.values.attributes = this.objects;
  }

  get calls(): PyCall[] {
    if (!this.callList) {
      this.callList = this.index.calls.map((n) => makeCall(n, this.values)).filter((c): c is ModelCall => !!c);
      this.objects.build(this.callList);
    }
    return this.callList;
  }

  callsTo(names: ReadonlySet<string> | readonly string[]): PyCall[] {
    if (!this.byName) {
      const calls = this.calls as ModelCall[];
      this.byName = new CallIndex(calls, this.index, this.objects.attributeWrites.map((w) => w.attribute));
    }
    return this.byName.callsTo(names);
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

  constructor(readonly doc: PyDocument) {}

  get(): PyModel {
    if (this.failure) throw this.failure;
    if (!this.model) {
      try {
        this.model = new PyModel(this.doc);
        void this.model.calls;
      } catch (err) {
        throw (this.failure = new DocumentError(err));
      }
    }
    return this.model;
  }
}

export function createPyContext(lazy: LazyPyModel, python: PythonTarget, report: (d: ReportDescriptor, placement?: Placement) => void): PyRuleContext {
  const doc = lazy.doc;
  return {
    text: doc.text,
    fileName: doc.fileName,
    root: doc.tree.rootNode,
    python,
    get calls() {
      return lazy.get().calls;
    },
    callsTo: (names) => lazy.get().callsTo(names),
    get objects() {
      return lazy.get().objects.objects;
    },
    objectOf: (node: Node) => lazy.get().objects.objectOf(node),
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
    get strings() {
      return lazy.get().index.strings;
    },
    objectMadeBy: (call: Node) => lazy.get().objects.objectMadeBy(call),
    report: (d: PyReport) => {
      const start = d.range?.start ?? d.node?.startIndex ?? 0;
      const end = d.range?.end ?? d.node?.endIndex ?? start;
      // Related places are in this file; one on the finding's own line adds nothing.
      const line = (n: number) => doc.positionAt(n).line;
      const related = (d.related ?? []).filter((r) => line(r.node.startIndex) !== line(start)).map((r) => ({ document: doc, start: r.node.startIndex, end: r.node.endIndex, message: r.message }));
      report({ messageId: d.messageId, data: d.data, severity: d.severity, fixes: d.fixes, range: { start, end }, ...(d.usedAt ? { usedAt: d.usedAt.startIndex } : {}) }, related.length ? { related } : undefined);
    },
  };
}
