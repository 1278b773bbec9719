// The two halves of judging an exported options object by its importers (runner/importer-uses.ts
// decides). An object no sink of its own file uses and that escapes only by being exported is a
// loose bag today, reported where it is written: `exportedOptions` says which settings those are
// and under which export names. Each file linted with the project model says how it uses each
// name it imports from the project (`importUses`): taken by a sink, spread into a literal, read
// (its own analysis follows those, and places a finding where the value is written when the use is
// unsafe), or handed on where nothing follows it (an unknown call, a re-export, stored away).
import ts from 'typescript';
import type { Value } from '../../../../rules/js/api.js';
import type { ExportedOptions, ImportUse } from '../../engine/types.js';
import type { FileModel } from './context.js';
import type { Binding } from './scope.js';
import { bindingSites, collectSeenPropNodes, escapeSites, looseBagSites } from './loose-bags.js';
import { sinkArgumentNodes } from './sink-calls.js';
import { outermostWrapper, skipOuterExpressions, sourceFileOf, stringLiteralText } from './syntax.js';

/** Names an export of the whole module answers to: a CommonJS default import and a whole `require` see it all. */
const WHOLE = ['default', '*'];

/** The option settings of the file's loose bags that escape only by being exported, by export names. */
export function exportedOptions(model: FileModel): ExportedOptions[] {
  const { index, modules, values, sourceFile } = model;
  const sinkArgs = sinkArgumentNodes(model.sinkCalls);
  const local = new Set<ts.Node>();
  collectSeenPropNodes(model.allSinkCalls.map((c) => c.options).filter((v): v is Value => !!v), local);
  const exported = new Map<ts.Node, string[]>();
  const add = (v: Value, names: string[]) => {
    const nodes = new Set<ts.Node>();
    collectSeenPropNodes([v], nodes);
    for (const n of nodes) exported.set(n, [...new Set([...(exported.get(n) ?? []), ...names])]);
  };
  for (const site of looseBagSites(index, modules, sinkArgs)) {
    const how = exportOf(site, model, sinkArgs);
    const value = values.valueOf(site);
    if (how === undefined) collectSeenPropNodes([value], local);
    else if (how === 'whole' && value.kind === 'object') {
      // `module.exports = { tlsOptions }`: each key is an export of its own.
      for (const [key, p] of value.props) {
        // A function (`legacyAgent: () => pushAgent({ ecdhCurve: … })`): what its calls make is judged here.
        if (p.value.kind === 'function') continue;
        exported.set(p.node, [...new Set([...(exported.get(p.node) ?? []), key, ...WHOLE])]);
        add(p.value, [key, ...WHOLE]);
      }
    } else add(value, how === 'whole' ? WHOLE : how);
  }
  // `agents = { erp: new https.Agent({ … }) }`: an entry that is a sink call of the file (its options judged there) is no loose bag.
  const sinkNodes = new Set<ts.Node>(model.allSinkCalls.map((c) => c.node));
  const out: ExportedOptions[] = [];
  // A string judged in itself, also inside a key holding it (`mongo: { sessionsUrl: 'mongodb+srv://…' }`):
  // a span around it would let an importer's use quiet what no importer judges.
  const judged = [...exported.keys()].filter((n) => sourceFileOf(n) === sourceFile && isJudgedInString(n));
  for (const [node, names] of exported) {
    if (local.has(node) || sourceFileOf(node) !== sourceFile || judged.some((j) => j.pos >= node.pos && j.end <= node.end) || holdsSinkCall(node, sinkNodes)) continue;
    out.push({ start: node.getStart(sourceFile), end: node.end, names: names.sort() });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A property whose value is a sink call of the file (`erp: new https.Agent({ … })`). */
function holdsSinkCall(node: ts.Node, sinkNodes: ReadonlySet<ts.Node>): boolean {
  return ts.isPropertyAssignment(node) && sinkNodes.has(skipOuterExpressions(node.initializer));
}

/**
 * `stagingPg: 'postgres://…?sslmode=disable'`, `NODE_OPTIONS: '--tls-cipher-list=…'`: a URL's
 * parameters and a command line's flags are judged in the string itself, which an importer's
 * analysis does not follow into (the rules read the literals of their file), so no importer can
 * say it is used safely.
 */
function isJudgedInString(node: ts.Node): boolean {
  if (!ts.isPropertyAssignment(node)) return false;
  const text = writtenText(skipOuterExpressions(node.initializer));
  return text !== undefined && (text.includes('://') || /(^|\s)--[a-z]/.test(text));
}

/** The text a string is written with, its holes left out: a literal, a template (`` `mongodb+srv://u:${pw}@h/?tls…` ``), a `+` of them. */
function writtenText(e: ts.Expression): string | undefined {
  if (ts.isTemplateExpression(e)) return e.head.text + e.templateSpans.map((s) => s.literal.text).join('');
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const parts = [e.left, e.right].map((x) => writtenText(skipOuterExpressions(x)) ?? '');
    return parts.some((p) => p !== '') ? parts.join('') : undefined;
  }
  // A written fallback or choice (`process.env.MONGO_URL || 'mongodb+srv://…'`, `prod ? a : b`): each written string is judged where it stands.
  if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.BarBarToken || e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
    return writtenText(skipOuterExpressions(e.right)) ?? writtenText(skipOuterExpressions(e.left));
  }
  if (ts.isConditionalExpression(e)) return writtenText(skipOuterExpressions(e.whenTrue)) ?? writtenText(skipOuterExpressions(e.whenFalse));
  return stringLiteralText(e);
}

/**
 * How a loose bag's site is exported: its names, `whole` for the module's value (`module.exports =`,
 * `export =`), undefined when it escapes otherwise or is used in its own file beyond sinks too.
 */
function exportOf(site: ts.Expression, model: FileModel, sinkArgs: Set<ts.Node>): string[] | 'whole' | undefined {
  const p = site.parent;
  if (!p) return undefined;
  if (ts.isVariableDeclaration(p) && p.initializer === site && ts.isIdentifier(p.name)) {
    const st = p.parent?.parent;
    if (!st || !ts.isVariableStatement(st) || !st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return undefined;
    // `export const opts = {…}` also handed to unknown code here is that code's business too.
    const b = model.index.scopes.lookup(p.name);
    if (!b || bindingSites(b, p.end, model.index, model.modules, sinkArgs, 1).length > 0) return undefined;
    return [p.name.text];
  }
  if (ts.isExportAssignment(p)) return p.isExportEquals ? 'whole' : ['default'];
  if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && p.right === site) {
    const left = skipOuterExpressions(p.left);
    if (isModuleExports(left)) return 'whole';
    if (ts.isPropertyAccessExpression(left) && (isModuleExports(skipOuterExpressions(left.expression)) || isExportsObject(skipOuterExpressions(left.expression), model))) return [left.name.text];
  }
  return undefined;
}

function isModuleExports(e: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(e) && e.name.text === 'exports' && ts.isIdentifier(e.expression) && e.expression.text === 'module';
}

function isExportsObject(e: ts.Expression, model: FileModel): boolean {
  return ts.isIdentifier(e) && e.text === 'exports' && !model.index.scopes.lookup(e);
}

/** How the file uses each name it imports from the project's files (`resolve` names the file a specifier imports). */
export function importUses(model: FileModel, resolve: (specifier: string) => string | undefined): ImportUse[] {
  const { index, modules, sourceFile } = model;
  const sinkArgs = sinkArgumentNodes(model.sinkCalls);
  const handedOn = (e: ts.Expression) => escapeSites(e, index, modules, sinkArgs, 0).length > 0;
  const files = new Map<string, string | undefined>();
  const fileOf = (spec: string) => {
    if (!files.has(spec)) files.set(spec, resolve(spec));
    return files.get(spec);
  };
  const out: ImportUse[] = [];
  for (const b of index.bindings) {
    const from = importOf(b, model);
    const file = from && fileOf(from.spec);
    if (!file) continue;
    const name = from.name;
    for (const ref of b.references) {
      // A type (`typeof tlsOptions`) holds no value.
      if (ref.parent && (ts.isTypeQueryNode(ref.parent) || ts.isTypeReferenceNode(ref.parent) || ts.isQualifiedName(ref.parent))) continue;
      const outer = outermostWrapper(ref);
      const member = memberOf(outer);
      // What goes somewhere is the whole member chain (`vendor(tls.upstream)` hands on part of `tls`).
      const used = handedOn(member ? chainTop(member.access) : ref);
      // `cfg.tlsOptions` of a whole module (or of a default export) is a use of that export.
      if (member && (name === undefined || name === 'default')) {
        out.push({ file, name: member.name, handedOn: used });
        out.push({ file, name: name ?? '*', handedOn: used, member: member.name });
      } else out.push({ file, name: name ?? '*', handedOn: used });
    }
  }
  // `require('./tls').opts` in place, `import('./tls')`: the module goes where the file does not say.
  for (const c of index.calls) {
    if (!ts.isCallExpression(c)) continue;
    const outer = outermostWrapper(c);
    // One bound to names is followed through their references above.
    if (outer.parent && ts.isVariableDeclaration(outer.parent) && outer.parent.initializer === outer) continue;
    const spec = modules.requiredModule(c);
    const file = spec === undefined ? undefined : fileOf(spec);
    if (file) out.push({ file, name: '*', handedOn: true });
  }
  // Re-exports (`export { x } from`, `export *`, `export { x }` of an import: not a reference) pass
  // the value on to files this lint does not see.
  for (const st of sourceFile.statements) {
    if (!ts.isExportDeclaration(st)) continue;
    if (!st.moduleSpecifier) {
      if (!st.exportClause || !ts.isNamedExports(st.exportClause)) continue;
      for (const el of st.exportClause.elements) {
        const local = el.propertyName ?? el.name;
        const b = ts.isIdentifier(local) ? index.scopes.lookup(local) : undefined;
        const from = b && importOf(b, model);
        const file = from && fileOf(from.spec);
        if (file) out.push({ file, name: from.name ?? '*', handedOn: true });
      }
      continue;
    }
    const spec = stringLiteralText(st.moduleSpecifier);
    const file = spec === undefined ? undefined : fileOf(spec);
    if (!file) continue;
    const clause = st.exportClause;
    if (clause && ts.isNamedExports(clause)) for (const el of clause.elements) out.push({ file, name: (el.propertyName ?? el.name).text, handedOn: true });
    else out.push({ file, name: '*', handedOn: true });
  }
  return dedupe(out);
}

/** The specifier a binding imports and the export it names (undefined: the whole module). */
function importOf(b: Binding, model: FileModel): { spec: string; name?: string } | undefined {
  if (b.kind === 'import' && b.importFrom) {
    const as = b.importFrom.as;
    return { spec: b.importFrom.module, name: as === 'named' ? b.importFrom.path[0] : as === 'default' ? 'default' : undefined };
  }
  const init = b.init && skipOuterExpressions(b.init);
  const spec = init && ts.isCallExpression(init) ? model.modules.requiredModule(init) : undefined;
  return spec === undefined ? undefined : { spec, name: b.path[0] };
}

/** The outermost of `a.b.c` (element accesses too) starting at `a.b`. */
function chainTop(access: ts.Expression): ts.Expression {
  let e = outermostWrapper(access);
  for (let p = e.parent; p && (ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === e; p = e.parent) e = outermostWrapper(p);
  return e;
}

/** `x.name` or `x['name']` with `x` the reference. */
function memberOf(outer: ts.Expression): { name: string; access: ts.Expression } | undefined {
  const p = outer.parent;
  if (p && ts.isPropertyAccessExpression(p) && p.expression === outer) return { name: p.name.text, access: p };
  if (p && ts.isElementAccessExpression(p) && p.expression === outer) {
    const key = stringLiteralText(p.argumentExpression);
    return key === undefined ? { name: '*', access: p } : { name: key, access: p };
  }
  return undefined;
}

function dedupe(uses: ImportUse[]): ImportUse[] {
  const seen = new Map<string, ImportUse>();
  for (const u of uses) {
    const k = `${u.file}\0${u.name}\0${u.member ?? ''}`;
    const was = seen.get(k);
    if (!was) seen.set(k, { ...u });
    else was.handedOn ||= u.handedOn;
  }
  return [...seen.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
