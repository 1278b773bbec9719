// What a project file exports, as its importers see it: ESM `export` declarations, `export
// default`, `export { a as b }`, re-exports (`export … from`, `export * from`), TypeScript's
// `export =`, and CommonJS `module.exports = …` with `exports.x = …`. Values are those the file
// holds once it has run (an exported `let` after its last top-level write).
import ts from 'typescript';
import type { ModuleRef, Prop, Value } from '../../../../rules/js/api.js';
import { isJsonModule } from '../../engine/project.js';
import type { FileIndex } from './collect.js';
import type { FileModel } from './context.js';
import { ObjectBuilder } from './object-values.js';
import { propertyNameText } from './identifiers.js';
import type { Binding, ImportForm } from './scope.js';
import { memberPath, skipOuterExpressions, stringLiteralText } from './syntax.js';
import { pick } from './value-ops.js';

type Entry =
  | { kind: 'binding'; binding: Binding; node: ts.Node }
  | { kind: 'expression'; expr: ts.Expression; node: ts.Node }
  | { kind: 'function'; fn: ts.SignatureDeclaration; node: ts.Node }
  | { kind: 'from'; specifier: string; name: string; node: ts.Node }
  | { kind: 'namespace-from'; specifier: string; node: ts.Node };

export interface ExportTable {
  names: Map<string, Entry>;
  /** `export * from '…'` specifiers, in order. */
  stars: string[];
  /**
   * `module.exports = …` (last one) and `exports.x = …` writes: the file is CommonJS. A JSON
   * module is its one value (`data`): nothing can add to it.
   */
  commonJs?: { whole?: ts.Expression; writes: ts.BinaryExpression[]; data?: true; statements?: number };
}

/**
 * Tables by file index: a table reads only the file's own tree and scopes, so the index a project
 * file keeps while its text is the same (project.ts) keeps its table too, across lints and edits
 * of other files. Values are still evaluated per lint (session.ts).
 */
const tables = new WeakMap<FileIndex, ExportTable>();

export function exportTable(model: FileModel): ExportTable {
  let t = tables.get(model.index);
  if (!t) tables.set(model.index, (t = buildTable(model)));
  return t;
}

function buildTable(model: FileModel): ExportTable {
  const { sourceFile } = model;
  const scopes = model.index.scopes;
  const table: ExportTable = { names: new Map(), stars: [] };
  const local = (id: ts.Identifier): Binding | undefined => scopes.lookup(id);
  const cjsWrites: ts.BinaryExpression[] = [];
  let whole: ts.Expression | undefined;
  // Top-level statements assigning module.exports or one of its keys.
  let statements = 0;
  // module.exports was replaced by an object `exports` does not name.
  let stale = false;
  if (isJsonModule(sourceFile.fileName)) {
    const [st] = sourceFile.statements;
    if (st && ts.isExpressionStatement(st)) table.commonJs = { whole: st.expression, writes: [], data: true };
    return table;
  }
  for (const st of sourceFile.statements) {
    const exported = ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const isDefault = exported && ts.getModifiers(st as ts.HasModifiers)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if (ts.isVariableStatement(st) && exported) {
      for (const d of st.declarationList.declarations) for (const id of bindingNames(d.name)) addBinding(table, id.text, local(id), id);
    } else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isEnumDeclaration(st)) && exported) {
      const name = isDefault ? 'default' : st.name?.text;
      if (!name) continue;
      if (st.name) addBinding(table, name, local(st.name), st.name);
      else if (ts.isFunctionDeclaration(st)) table.names.set(name, { kind: 'function', fn: st, node: st });
    } else if (ts.isExportAssignment(st)) {
      if (st.isExportEquals) whole = st.expression;
      else table.names.set('default', { kind: 'expression', expr: st.expression, node: st.expression });
    } else if (ts.isExportDeclaration(st) && !st.isTypeOnly) {
      const from = st.moduleSpecifier ? stringLiteralText(st.moduleSpecifier) : undefined;
      const clause = st.exportClause;
      if (!clause) {
        if (from !== undefined) table.stars.push(from);
      } else if (ts.isNamespaceExport(clause)) {
        if (from !== undefined) table.names.set(clause.name.text, { kind: 'namespace-from', specifier: from, node: clause.name });
      } else {
        for (const el of clause.elements) {
          if (el.isTypeOnly) continue;
          const inner = el.propertyName ?? el.name;
          const name = el.name.text;
          if (from !== undefined) table.names.set(name, { kind: 'from', specifier: from, name: inner.text, node: el.name });
          else if (ts.isIdentifier(inner)) addBinding(table, name, local(inner), el.name);
        }
      }
    } else if (ts.isExpressionStatement(st)) {
      const e = skipOuterExpressions(st.expression);
      if (!ts.isBinaryExpression(e) || e.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
      const target = commonJsTarget(e.left, model);
      if (target !== undefined) statements++;
      if (target === 'whole') {
        whole = e.right;
        cjsWrites.length = 0;
        // `module.exports = exports = { … }` keeps the two one object.
        const right = skipOuterExpressions(e.right);
        stale = !(ts.isBinaryExpression(right) && right.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(skipOuterExpressions(right.left)) && (skipOuterExpressions(right.left) as ts.Identifier).text === 'exports');
      } else if (target !== undefined && !(stale && memberPath(e.left)?.root.text === 'exports')) {
        // `exports.x = …` once module.exports was replaced writes to the object it replaced: nothing exports it.
        cjsWrites.push(e);
      }
    }
  }
  if (whole || cjsWrites.length) table.commonJs = { whole, writes: cjsWrites, statements };
  return table;
}

function addBinding(table: ExportTable, name: string, binding: Binding | undefined, node: ts.Node): void {
  if (binding) table.names.set(name, { kind: 'binding', binding, node });
}

function bindingNames(name: ts.BindingName): ts.Identifier[] {
  if (ts.isIdentifier(name)) return [name];
  const out: ts.Identifier[] = [];
  for (const el of name.elements) if (!ts.isOmittedExpression(el)) out.push(...bindingNames(el.name));
  return out;
}

/** `module.exports` is 'whole'; `exports.x` and `module.exports.x` are 'x'. Only the globals count. */
function commonJsTarget(left: ts.Expression, model: FileModel): 'whole' | string | undefined {
  const mp = memberPath(left);
  if (!mp || model.index.scopes.lookup(mp.root)) return undefined;
  const [first, second, ...rest] = mp.path;
  if (mp.root.text === 'module' && first === 'exports') {
    if (second === undefined) return 'whole';
    return rest.length === 0 ? second : undefined;
  }
  if (mp.root.text === 'exports' && first !== undefined && second === undefined) return first;
  return undefined;
}

/** What importing a project file gives (`as`), then picked along `path`. */
export function exportValue(model: FileModel, as: ImportForm, path: readonly string[], node: ts.Node): Value {
  const table = exportTable(model);
  let base: Value;
  let rest = path;
  if (as === 'named' && path.length > 0) {
    base = named(model, table, path[0], node);
    rest = path.slice(1);
  } else if (as === 'default') {
    base = table.names.has('default') ? named(model, table, 'default', node) : table.commonJs ? commonJsValue(model, table) : { kind: 'unknown', node };
  } else {
    // A namespace import, `require` and `import()`: the module object.
    base = table.commonJs ? commonJsValue(model, table) : namespaceValue(model, table, node);
  }
  return rest.length ? pick(base, rest, node) : base;
}

function named(model: FileModel, table: ExportTable, name: string, node: ts.Node): Value {
  const entry = table.names.get(name);
  if (entry) return entryValue(model, entry, node);
  // `export * from './tls'; export * from './env'`: a name comes from one of them (two would be
  // ambiguous), so a module that gives nothing known for it (it may not export it) does not end
  // the search: the next may write it.
  let unknown: Value | undefined;
  for (const spec of table.stars) {
    if (model.link?.resolves(spec)) {
      const v = model.link.value(spec, 'named', [name], node);
      if (!v || (v.kind === 'literal' && v.value === undefined)) continue;
      if (v.kind !== 'unknown') return v;
      unknown ??= v;
    }
  }
  if (table.commonJs) return pick(commonJsValue(model, table), [name], node);
  return unknown ?? { kind: 'unknown', node };
}

function entryValue(model: FileModel, e: Entry, node: ts.Node): Value {
  switch (e.kind) {
    case 'binding':
      return model.values.exportedValue(e.binding);
    case 'expression':
      return model.values.valueOf(e.expr);
    case 'function':
      return { kind: 'function', node: e.fn };
    case 'from':
      return model.link?.value(e.specifier, e.name === 'default' ? 'default' : 'named', e.name === 'default' ? [] : [e.name], node) ?? { kind: 'unknown', node };
    case 'namespace-from':
      return model.link?.value(e.specifier, 'namespace', [], node) ?? { kind: 'unknown', node };
  }
}

/** The module object of an ES module: one property per export, each evaluated when read. */
function namespaceValue(model: FileModel, table: ExportTable, node: ts.Node): Value {
  const props = new Map<string, Prop>();
  for (const [key, entry] of table.names) props.set(key, lazyProp(key, entry.node, () => entryValue(model, entry, node)));
  // `export *` adds names this file does not list.
  return { kind: 'object', props, node: model.sourceFile, open: table.stars.length > 0 };
}

/** `module.exports` once the file has run: the last whole assignment, then the `exports.x = …` writes after it. */
function commonJsValue(model: FileModel, table: ExportTable): Value {
  const cjs = table.commonJs!;
  const start: Value = cjs.whole ? lazyObject(model, cjs.whole) ?? model.values.valueOf(cjs.whole) : { kind: 'object', props: new Map(), node: model.sourceFile, open: false };
  // `module.exports = [ … ]` (a table of switches), a string, a function: the value itself.
  if (cjs.writes.length === 0 && (start.kind === 'array' || start.kind === 'literal')) return start;
  const obj = new ObjectBuilder(start);
  for (const w of cjs.writes) {
    const key = memberPath(w.left)!.path.at(-1)!;
    obj.set(key, lazyProp(key, w, () => model.values.valueOf(w.right), w.right));
  }
  // Code this file runs later (in a function, a callback) may still add to module.exports; a file
  // naming `exports` nowhere but in its top-level assignments (the whole one, then
  // `module.exports.appliance = …`) cannot (a table read with any key, `TENANTS[id]`, is then its entries).
  if (!cjs.data && (!cjs.whole || !exportsNamedOnlyBy(model.sourceFile.text, cjs.statements ?? 0))) obj.open();
  return obj.build(cjs.whole ?? model.sourceFile);
}

/** Whether `exports` appears in the text (comments and strings included) only as often as the top-level assignments name it. */
function exportsNamedOnlyBy(text: string, statements: number): boolean {
  const all = text.match(/\bexports\b/g);
  return all !== null && all.length === statements;
}

/**
 * `module.exports = { a, b: c, d() {} }` with one property per export, each evaluated when read:
 * `fixtures.readKey` need not evaluate the rest of the fixtures module. Undefined for any other shape.
 */
function lazyObject(model: FileModel, whole: ts.Expression): Value | undefined {
  const o = exportedObjectLiteral(model, whole);
  if (!o) return undefined;
  const props = new Map<string, Prop>();
  for (const p of o.properties) {
    const key = p.name && !ts.isComputedPropertyName(p.name) ? propertyNameText(p.name) : undefined;
    if (key === undefined) return undefined;
    if (ts.isPropertyAssignment(p)) props.set(key, lazyProp(key, p, () => model.values.valueOf(p.initializer), p.initializer));
    else if (ts.isShorthandPropertyAssignment(p)) props.set(key, lazyProp(key, p, () => model.values.valueOf(p.name), p.name));
    else if (ts.isMethodDeclaration(p)) props.set(key, { key, node: p, value: { kind: 'function', node: p } });
    else return undefined;
  }
  return { kind: 'object', props, node: o, open: false };
}

/**
 * The object literal `module.exports` is set to: `{ … }`, also frozen (`Object.freeze({ … })`, a
 * table of defaults a file must not change). Undefined for any other value.
 */
export function exportedObjectLiteral(model: FileModel, whole: ts.Expression): ts.ObjectLiteralExpression | undefined {
  let o = skipOuterExpressions(whole);
  if (ts.isCallExpression(o) && o.arguments.length === 1 && !ts.isSpreadElement(o.arguments[0])) {
    const callee = skipOuterExpressions(o.expression);
    const global = ts.isPropertyAccessExpression(callee) && callee.name.text === 'freeze' && skipOuterExpressions(callee.expression);
    if (global && ts.isIdentifier(global) && global.text === 'Object' && model.modules.isGlobal(global)) o = skipOuterExpressions(o.arguments[0]);
  }
  return ts.isObjectLiteralExpression(o) ? o : undefined;
}

function lazyProp(key: string, node: ts.Node, get: () => Value, valueNode?: ts.Expression): Prop {
  let value: Value | undefined;
  const prop = { key, node, valueNode } as Prop;
  Object.defineProperty(prop, 'value', { enumerable: true, get: () => (value ??= get()) });
  return prop;
}

/** The module export an import of a project file denotes, when the file passes one on. */
export function exportRef(model: FileModel, as: ImportForm, path: readonly string[]): ModuleRef | undefined {
  const table = exportTable(model);
  let base: ModuleRef | undefined;
  let rest = path;
  const entryRef = (e: Entry | undefined): ModuleRef | undefined => {
    if (!e) return undefined;
    switch (e.kind) {
      case 'binding':
        return model.modules.sinkRefOf(e.binding.id);
      case 'expression':
        return model.modules.sinkRefOf(e.expr);
      case 'from':
        return model.link?.ref(e.specifier, e.name === 'default' ? 'default' : 'named', e.name === 'default' ? [] : [e.name]);
      default:
        return undefined;
    }
  };
  if (as === 'named' && path.length > 0) {
    base = entryRef(table.names.get(path[0]));
    if (!base && table.commonJs) base = cjsRef(model, table, path[0]);
    rest = path.slice(1);
  } else if (as === 'default' && table.names.has('default')) {
    base = entryRef(table.names.get('default'));
  } else if (table.commonJs?.whole && table.commonJs.writes.length === 0) {
    base = model.modules.sinkRefOf(table.commonJs.whole);
  }
  return base ? { module: base.module, path: [...base.path, ...rest] } : undefined;
}

function cjsRef(model: FileModel, table: ExportTable, name: string): ModuleRef | undefined {
  const w = [...table.commonJs!.writes].reverse().find((x) => memberPath(x.left)!.path.at(-1) === name);
  return w ? model.modules.sinkRefOf(w.right) : undefined;
}
