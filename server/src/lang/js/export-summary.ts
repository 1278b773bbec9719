// Which of a file's exports matter to the files importing it: those whose declaration holds TLS
// settings (text a rule's needles occur in), a sink call, or a use of another project file's
// export that matters. The runner lints the importers of these names that the pre-filter skipped
// (an `index.ts` calling `createClient({ insecure: true })` names no TLS option itself).
import ts from 'typescript';
import { rules } from '../../../../rules/index.js';
import { prefilterFor } from '../../engine/prefilter.js';
import type { FileModel } from './context.js';
import { exportTable } from './exports.js';
import type { ProjectSession } from './session.js';
import { contains } from './guards.js';
import { propertyNameText } from './scope.js';
import { skipOuterExpressions } from './syntax.js';

/** How many files deep a use of another file's export is followed to decide whether it matters. */
const MAX_DEPTH = 2;

export function interestingExports(model: FileModel, session: ProjectSession, depth = 0, seen = new Set<FileModel>()): string[] {
  if (seen.has(model)) return [];
  seen.add(model);
  const table = exportTable(model);
  const names: string[] = [];
  const gate = prefilterFor(rules, 'js');
  const sinks = model.sinkCalls;
  const declarations: [string, ts.Node][] = [];
  for (const [name, entry] of table.names) {
    if (entry.kind === 'binding') declarations.push([name, declarationOf(entry.binding.id)]);
    else if (entry.kind === 'expression') declarations.push([name, entry.expr]);
    else if (entry.kind === 'function') declarations.push([name, entry.fn]);
  }
  for (const w of table.commonJs?.writes ?? []) declarations.push([commonJsName(w), w.right]);
  const whole = table.commonJs?.whole && skipOuterExpressions(table.commonJs.whole);
  // `module.exports = { makeAgent, tlsOptions: opts }`: each property is an export by its key.
  if (whole && ts.isObjectLiteralExpression(whole)) {
    for (const p of whole.properties) {
      const key = p.name ? propertyNameText(p.name) : undefined;
      const value = ts.isShorthandPropertyAssignment(p) ? p.name : ts.isPropertyAssignment(p) ? skipOuterExpressions(p.initializer) : undefined;
      if (key === undefined || !value) continue;
      const b = ts.isIdentifier(value) ? model.index.scopes.lookup(value) : undefined;
      declarations.push([key, b && b.kind !== 'import' ? declarationOf(b.id) : value]);
    }
  }
  for (const [name, decl] of declarations) {
    const text = model.sourceFile.text.slice(decl.pos, decl.end);
    if (gate.mayFire(text) || sinks.some((c) => contains(decl, c.node)) || (depth < MAX_DEPTH && usesInterestingImport(model, decl, session, depth, seen))) names.push(name);
  }
  return [...new Set(names)].filter((n) => n !== 'default').sort();
}

function usesInterestingImport(model: FileModel, decl: ts.Node, session: ProjectSession, depth: number, seen: Set<FileModel>): boolean {
  for (const b of model.index.bindings) {
    if (b.kind !== 'import' || !b.importFrom || b.importFrom.as !== 'named' || !b.references.some((r) => contains(decl, r))) continue;
    const file = session.resolve(model.sourceFile.fileName, b.importFrom.module);
    const target = file === undefined ? undefined : session.model(file);
    if (target && interestingExports(target, session, depth + 1, seen).includes(b.importFrom.path[0])) return true;
  }
  return false;
}

/** The top-level statement declaring an exported name (the whole `export const …`, function or class). */
function declarationOf(id: ts.Identifier): ts.Node {
  let n: ts.Node = id;
  while (n.parent && !ts.isSourceFile(n.parent)) n = n.parent;
  return n;
}

function commonJsName(w: ts.BinaryExpression): string {
  const text = w.left.getText();
  return text.slice(text.lastIndexOf('.') + 1);
}
