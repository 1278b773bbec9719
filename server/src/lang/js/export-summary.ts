// Which of a file's exports matter to the files importing it: those whose declaration holds TLS
// settings (text a rule's needles occur in) or a sink call, and those that use what the file
// imports (they matter if that does: the runner follows the chain, runner/importers.ts). The
// runner lints the importers of these names that the pre-filter skipped (an `index.ts` calling
// `createClient({ insecure: true })` names no TLS option itself).
import ts from 'typescript';
import { rules } from '../../../../rules/index.js';
import { prefilterFor } from '../../engine/prefilter.js';
import type { ExportSummary } from '../../engine/types.js';
import type { FileModel } from './context.js';
import { exportedObjectLiteral, exportTable, type ExportTable } from './exports.js';
import { paramsReachOptions } from './param-flows.js';
import { returnedExpression } from './frames.js';
import { readsThisInSinks } from './inherited-sinks.js';
import { contains } from './guards.js';
import { propertyNameText } from './identifiers.js';
import { skipOuterExpressions } from './syntax.js';

/**
 * The exports holding TLS settings (names), those that are functions or classes (calls), and the
 * exports that use what the file imports by name (passesOn: the runner knows which of those matter).
 */
export function exportSummary(model: FileModel): ExportSummary {
  const table = exportTable(model);
  const names: string[] = [];
  const calls: string[] = [];
  const passesOn: ExportSummary['passesOn'] = [];
  const gate = prefilterFor(rules, 'js');
  const sinks = model.sinkCalls;
  // Read for the first export that needs them: most files linted export nothing (Node's tests).
  let used: StatementImports | undefined;
  let local: LocalTls[] | undefined;
  const all: string[] = [];
  for (const [name, decl, written] of declarations(model, table)) {
    if (name === 'default') continue;
    all.push(name);
    const callable = callableOf(decl);
    // A class whose sink calls read `this` matters where it is extended too, not only called.
    const heir = !!callable && ts.isClassLike(callable) && readsThisInSinks(model, callable);
    if (callable && !heir) calls.push(name);
    const text = model.sourceFile.text.slice(decl.pos, decl.end);
    const holdsTls = gate.mayFire(text) || (written !== decl && gate.mayFire(model.sourceFile.text.slice(written.pos, written.end))) || sinks.some((c) => contains(decl, c.node)) || usesLocalTls(decl, (local ??= localTlsBindings(model, gate)));
    // A function or class matters to its callers only when what they pass reaches its TLS options.
    if (holdsTls && (!callable || heir || paramsReachOptions(model, callable) || returnsTls(callable, gate, () => (local ??= localTlsBindings(model, gate))))) names.push(name);
    else if (holdsTls) continue;
    else {
      const uses = [...(used ??= importsUsedByStatement(model))].filter(([st]) => contains(decl, st) || contains(st, decl)).flatMap(([, u]) => u);
      if (uses.length > 0) passesOn.push({ name, uses });
    }
  }
  const every = [...new Set(all)].sort();
  const commonJs = !!table.commonJs && !table.names.has('default');
  return { names: [...new Set(names)].sort(), calls: [...new Set(calls)].sort(), passesOn, ...(every.length > 1 ? { all: every } : {}), ...(commonJs ? { commonJs } : {}) };
}

/**
 * A function whose returned value itself holds TLS settings (`return { ...process.env,
 * NODE_TLS_REJECT_UNAUTHORIZED: '0' }`), or reads a top-level declaration of the file that holds
 * them (`return target === 'staging' ? CHROME_FLAGS : SAFE_FLAGS`): what it returns is judged
 * where a caller uses it (a child's `env`, a browser's `args`), whatever the caller passes.
 */
function returnsTls(callable: ts.FunctionLikeDeclaration | ts.ClassLikeDeclaration, gate: { mayFire(t: string): boolean }, local: () => readonly LocalTls[]): boolean {
  const returned = ts.isClassLike(callable) ? undefined : returnedExpression(callable);
  return !!returned && (gate.mayFire(returned.getSourceFile().text.slice(returned.pos, returned.end)) || usesLocalTls(returned, local()));
}

/**
 * Each export, the declaration its value comes from, and where it is written: a CommonJS export's
 * key is a setting too (`exports.NODE_TLS_REJECT_UNAUTHORIZED = '0'`, `module.exports = {
 * NODE_TLS_REJECT_UNAUTHORIZED: '0' }`), as an ES module's `export const` statement holds its keys.
 */
function declarations(model: FileModel, table: ExportTable): [string, ts.Node, ts.Node][] {
  const out: [string, ts.Node, ts.Node][] = [];
  const add = (name: string, decl: ts.Node, written = decl) => out.push([name, decl, written]);
  for (const [name, entry] of table.names) {
    if (entry.kind === 'binding') add(name, declarationOf(entry.binding.id));
    else if (entry.kind === 'expression') add(name, entry.expr);
    else if (entry.kind === 'function') add(name, entry.fn);
  }
  // `exports.Server = Server`: a local function or class is judged as one, like `export function Server`.
  for (const w of table.commonJs?.writes ?? []) {
    const local = localCallable(model, w.right);
    add(commonJsName(w), local ?? w.right, local ?? w);
  }
  const whole = table.commonJs?.whole && exportedObjectLiteral(model, table.commonJs.whole);
  // `module.exports = { makeAgent, tlsOptions: opts }` (or frozen): each property is an export by its key.
  if (whole) {
    for (const p of whole.properties) {
      const key = p.name ? propertyNameText(p.name) : undefined;
      const value = ts.isShorthandPropertyAssignment(p) ? p.name : ts.isPropertyAssignment(p) ? skipOuterExpressions(p.initializer) : undefined;
      if (key === undefined || !value) continue;
      const b = ts.isIdentifier(value) ? model.index.scopes.lookup(value) : undefined;
      if (b && b.kind !== 'import') add(key, declarationOf(b.id));
      else add(key, value, p);
    }
  }
  return out;
}

/** The declaration of the local function or class an exported expression names (`Server` in `exports.Server = Server`). */
function localCallable(model: FileModel, e: ts.Expression): ts.Node | undefined {
  const x = skipOuterExpressions(e);
  const b = ts.isIdentifier(x) ? model.index.scopes.lookup(x) : undefined;
  const decl = b && b.kind !== 'import' && b.kind !== 'param' ? declarationOf(b.id) : undefined;
  return decl && callableOf(decl) ? decl : undefined;
}

/** The function or class an export's declaration is, if it is one. */
function callableOf(decl: ts.Node): ts.FunctionLikeDeclaration | ts.ClassLikeDeclaration | undefined {
  if (ts.isFunctionDeclaration(decl) || ts.isClassDeclaration(decl) || ts.isFunctionExpression(decl) || ts.isArrowFunction(decl) || ts.isClassExpression(decl)) return decl;
  if (!ts.isVariableStatement(decl)) return undefined;
  const init = decl.declarationList.declarations[0]?.initializer;
  const e = init && skipOuterExpressions(init);
  return e && (ts.isArrowFunction(e) || ts.isFunctionExpression(e) || ts.isClassExpression(e)) ? e : undefined;
}

/** A binding declared by a top-level statement holding TLS settings: its references, and the statement. */
interface LocalTls {
  references: readonly ts.Node[];
  st: ts.Node;
}

/** What each top-level statement uses of the file's imports (importsUsedByStatement). */
type StatementImports = Map<ts.Node, { specifier: string; name: string }[]>;

/**
 * The file's bindings declared by a top-level statement that holds TLS settings, with that
 * statement: each statement's text is looked at once, not once for each export using it.
 */
function localTlsBindings(model: FileModel, gate: { mayFire(t: string): boolean }): LocalTls[] {
  const holds = new Map<ts.Node, boolean>();
  const out: LocalTls[] = [];
  for (const b of model.index.bindings) {
    if (b.kind === 'import' || b.kind === 'param' || b.references.length === 0) continue;
    const st = declarationOf(b.id);
    if (!ts.isSourceFile(st.parent)) continue;
    let tls = holds.get(st);
    if (tls === undefined) holds.set(st, (tls = gate.mayFire(model.sourceFile.text.slice(st.pos, st.end))));
    if (tls) out.push({ references: b.references, st });
  }
  return out;
}

/** Whether a declaration uses another top-level declaration of the file that holds TLS settings (`createClient` building a `VendorClient`). */
function usesLocalTls(decl: ts.Node, local: readonly LocalTls[]): boolean {
  return local.some(({ references, st }) => st !== decl && !contains(st, decl) && references.some((r) => contains(decl, r)));
}

/**
 * What each top-level statement uses of the names the file imports (`import { a } from`, `const {
 * a } = require`), also through a module bound whole (`import * as lib`, `const lib = require`):
 * the member it reads (`lib.makeAgent`), or `*` where it uses the whole module (`Object.entries(lib)`).
 */
function importsUsedByStatement(model: FileModel): StatementImports {
  const out: StatementImports = new Map();
  for (const b of model.index.bindings) {
    let use: { specifier: string; name?: string } | undefined;
    if (b.kind === 'import' && b.importFrom?.as === 'named') use = { specifier: b.importFrom.module, name: b.importFrom.path[0] };
    else if (b.kind === 'import' && (b.importFrom?.as === 'namespace' || b.importFrom?.as === 'require') && b.importFrom.path.length === 0) use = { specifier: b.importFrom.module };
    else if (b.init && b.kind !== 'import') {
      const init = skipOuterExpressions(b.init);
      const spec = ts.isCallExpression(init) ? model.modules.requiredModule(init) : undefined;
      if (spec !== undefined) use = { specifier: spec, name: b.path[0] };
    }
    if (!use) continue;
    for (const r of b.references) {
      const name = use.name ?? memberRead(r) ?? '*';
      const st = declarationOf(r);
      const list = out.get(st);
      if (!list) out.set(st, [{ specifier: use.specifier, name }]);
      else if (!list.some((u) => u.specifier === use.specifier && u.name === name)) list.push({ specifier: use.specifier, name });
    }
  }
  return out;
}

/** The member a reference reads (`lib` in `lib.makeAgent`). */
function memberRead(r: ts.Identifier): string | undefined {
  let n: ts.Node = r;
  while (ts.isParenthesizedExpression(n.parent) || ts.isNonNullExpression(n.parent)) n = n.parent;
  const p = n.parent;
  return ts.isPropertyAccessExpression(p) && p.expression === n && ts.isIdentifier(p.name) ? p.name.text : undefined;
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
