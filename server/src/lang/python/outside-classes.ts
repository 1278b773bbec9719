// Classes of the linted file that extend a class of another project module (`class
// BankFxClient(FxClient)` with `from .fx import FxClient`): the base's module is read with those
// subclasses standing in for its own (PyRuleContext.outsideSubclasses), so a base method's
// `session.verify = self.verify_ssl` counts the subclass's `verify_ssl = False`, reported here.
import type { Node } from 'web-tree-sitter';
import type { OutsideSubclass, PyEdit, PyReport, PyRuleContext, PythonTarget } from '../../../../rules/python/api.js';
import { createPyContext, LazyPyModel, type PyModel } from './context.js';
import type { PySession } from './session.js';

export interface OutsideBase {
  /** The base class's module. */
  model: PyModel;
  subclasses: OutsideSubclass[];
}

const bySession = new WeakMap<PySession, OutsideBase[]>();

/** The modules whose classes the main file's classes extend, each with those subclasses (read once a lint). */
export function outsideBases(main: PyModel, session: PySession): OutsideBase[] {
  let out = bySession.get(session);
  if (out) return out;
  out = [];
  // The class scopes the index holds (a walk of the whole tree for them costs more than the rest).
  for (const scope of main.index.byNode.values()) {
    if (scope.kind !== 'class') continue;
    const cls = scope.node;
    const name = cls.childForFieldName('name')?.text;
    if (!name) continue;
    const bases = (cls.childForFieldName('superclasses')?.namedChildren ?? []).filter((b): b is Node => b?.type === 'identifier');
    if (bases.length === 0) continue;
    const inside = (n: Node) => n.startIndex >= cls.startIndex && n.endIndex <= cls.endIndex;
    const assignments = main.nameAssignments.filter((a) => a.owner === name && inside(a.node));
    const written = main.objects.attributeWrites.filter((w) => inside(w.node));
    const writes = written.filter((w) => w.object.name === 'self');
    // What the base's methods read of a subclass is what its class body assigns (rules/python/classes.ts
    // subclassValues); its methods' writes to the class's own objects (`self.x = …`, `self.s.x = …`)
    // only hide such a value. Only a write to something else in it (`Sub.x = …`) can reach the base's
    // module, through an import of the subclass back. Without one of those, or with no `self` write
    // at all (as before), its base's module is not read, nor checked again.
    const elsewhere = written.some((w) => !main.objects.ofClass(w.object));
    if (assignments.length === 0 && (writes.length === 0 || !elsewhere)) continue;
    for (const base of bases) {
      const found = session.classOf(main, base);
      if (!found) continue;
      const sub: OutsideSubclass = { name, node: cls, base: found.cls, assignments, writes };
      const entry = out.find((o) => o.model === found.model);
      if (entry) entry.subclasses.push(sub);
      else out.push({ model: found.model, subclasses: [sub] });
    }
  }
  bySession.set(session, out);
  return out;
}

/**
 * The base's module as a rule context for this file's subclasses: only reports on a subclass of this
 * file are kept (the module's own are its lint's), without fixes that edit outside that class, and
 * with the base's use as a related place.
 */
export function outsideContext(base: OutsideBase, python: PythonTarget, main: PyRuleContext, session: PySession): PyRuleContext {
  const report = (d: PyReport) => {
    const at = d.node;
    const sub = at && base.subclasses.find((s) => at.tree === s.node.tree && at.startIndex >= s.node.startIndex && at.endIndex <= s.node.endIndex);
    if (!sub) return;
    const inside = (e: PyEdit) => e.tree === sub.node.tree && e.start >= sub.node.startIndex && e.end <= sub.node.endIndex;
    const related = d.related?.length || !d.usedAt ? d.related : [{ node: d.usedAt, message: 'used here' }];
    main.report({ ...d, fixes: d.fixes?.filter((f) => f.edits.every(inside)), related, usedAt: undefined });
  };
  return createPyContext(LazyPyModel.of(base.model), python, () => undefined, session, { subclasses: base.subclasses, report });
}
