// Where a Python report sits (as lang/js/placement.ts for JS). A report on a node of another module
// (a constant `VERIFY_SSL = False` in config.py read by `verify=config.VERIFY_SSL` here) is placed in
// that module, where the value is written, with the use here as related information and without
// the rule's fixes (they were made for this file). A report that stays here keeps only the fixes
// whose every edit was built from a node of this file's tree: an edit of a value read from another
// module counts in that module's text, not this one's.
import type { Fix, ReportDescriptor } from '../../../../rules/api.js';
import type { PyFix, PyReport } from '../../../../rules/python/api.js';
import type { Placement, RelatedPlace } from '../../engine/language.js';
import type { PyDocument } from './document.js';
import type { PySession } from './session.js';
import type { Node } from 'web-tree-sitter';

export function placeReport(doc: PyDocument, d: PyReport, session: PySession | undefined): { descriptor: ReportDescriptor; placement?: Placement } {
  const start = d.range?.start ?? d.node?.startIndex ?? 0;
  const end = d.range?.end ?? d.node?.endIndex ?? start;
  const docOf = (n: Node): PyDocument | undefined => (n.tree === doc.tree ? doc : session?.documentOf(n));
  const at = d.node ? docOf(d.node) : doc;
  if (!at) return { descriptor: { messageId: d.messageId, data: d.data, severity: d.severity, fixes: [], range: { start, end } } };
  // Related places; one on the finding's own line of its own file adds nothing.
  const line = (document: PyDocument, n: number) => document.positionAt(n).line;
  const related: RelatedPlace[] = [];
  for (const r of d.related ?? []) {
    const document = docOf(r.node);
    if (!document || (document === at && line(document, r.node.startIndex) === line(at, start))) continue;
    related.push({ document, start: r.node.startIndex, end: r.node.endIndex, message: r.message });
  }
  const usedHere = d.usedAt && d.usedAt.tree === at.tree ? { usedAt: d.usedAt.startIndex } : {};
  if (at !== doc) {
    // The use here is one of the related places: a rule names it ("used by requests.get"), else the usage node.
    if (!related.some((r) => r.document === doc) && d.usedAt?.tree === doc.tree) related.push({ document: doc, start: d.usedAt.startIndex, end: d.usedAt.endIndex, message: 'used here' });
    return { descriptor: { messageId: d.messageId, data: d.data, severity: d.severity, fixes: [], range: { start, end }, ...usedHere }, placement: { document: at, related } };
  }
  const fixes = d.fixes && ownFixes(d.fixes, doc);
  return { descriptor: { messageId: d.messageId, data: d.data, severity: d.severity, fixes, range: { start, end }, ...usedHere }, placement: related.length ? { related } : undefined };
}

/** The fixes that edit only `doc`'s tree, as plain edits (the tree stays in the frontend). */
function ownFixes(fixes: readonly PyFix[], doc: PyDocument): Fix[] {
  return fixes.filter((f) => f.edits.every((e) => e.tree === doc.tree)).map((f) => ({ title: f.title, kind: f.kind, edits: f.edits.map((e) => ({ start: e.start, end: e.end, text: e.text })) }));
}
