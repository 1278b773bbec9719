// The names each declaration binds (variables and their destructuring paths, parameters,
// functions, classes, imports, enums, namespaces), declared in the scope they belong to: called
// once per node by the engine's walk (collect.ts), which fills the file's ScopeTable.
import ts from 'typescript';
import { propertyNameText } from './identifiers.js';
import { nearestScope, type Binding, type BindingKind, type ScopeTable } from './scope.js';
import { SyntaxKind } from './syntax.js';

/** The kinds of node declareFrom declares names for: one array lookup rejects every other node. */
const DECLARES = new Uint8Array(SyntaxKind.Count);
for (const k of [
  SyntaxKind.VariableDeclaration, SyntaxKind.Parameter, SyntaxKind.FunctionDeclaration, SyntaxKind.FunctionExpression,
  SyntaxKind.ClassDeclaration, SyntaxKind.ClassExpression, SyntaxKind.CatchClause, SyntaxKind.ImportDeclaration,
  SyntaxKind.ImportEqualsDeclaration, SyntaxKind.EnumDeclaration, SyntaxKind.ModuleDeclaration,
]) DECLARES[k] = 1;

/** Declares every name bound by a declaration node; called once per node by the engine's walk. */
export function declareFrom(node: ts.Node, table: ScopeTable): void {
  if (DECLARES[node.kind] === 0) return;
  if (ts.isVariableDeclaration(node)) {
    const list = node.parent;
    const flags = ts.isVariableDeclarationList(list) ? list.flags : 0;
    const kind: BindingKind = flags & ts.NodeFlags.Const ? 'const' : flags & (ts.NodeFlags.Let | ts.NodeFlags.Using | ts.NodeFlags.AwaitUsing) ? 'let' : 'var';
    const scope = kind === 'var' ? nearestScope(list, true) : nearestScope(list, false);
    const isForOf = ts.isVariableDeclarationList(list) && (ts.isForOfStatement(list.parent) || ts.isForInStatement(list.parent));
    // A for-of/for-in variable takes each element in turn; its value is not the initialiser. An
    // ambient (`declare`) variable has whatever value the runtime gives it.
    const opaque = isForOf || isAmbient(node);
    declarePattern(node.name, [], opaque ? undefined : node.initializer, kind, scope, table, opaque);
    return;
  }
  if (ts.isParameter(node)) {
    declarePattern(node.name, [], undefined, 'param', node.parent, table, true);
    return;
  }
  if (ts.isFunctionDeclaration(node) && node.name) {
    table.declare(nearestScope(node, false), mk(node.name, 'function', { fn: node }));
    return;
  }
  if (ts.isFunctionExpression(node) && node.name) {
    table.declare(node, mk(node.name, 'function', { fn: node }));
    return;
  }
  if ((ts.isClassDeclaration(node) || ts.isClassExpression(node)) && node.name) {
    table.declare(ts.isClassDeclaration(node) ? nearestScope(node, false) : node, mk(node.name, 'class', { cls: node }));
    return;
  }
  if (ts.isCatchClause(node) && node.variableDeclaration) {
    declarePattern(node.variableDeclaration.name, [], undefined, 'catch', node, table, true);
    return;
  }
  if (ts.isImportDeclaration(node)) {
    declareImport(node, table);
    return;
  }
  if (ts.isImportEqualsDeclaration(node)) {
    const ref = node.moduleReference;
    if (ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression)) {
      table.declare(nearestScope(node, false), mk(node.name, 'import', { importFrom: { module: ref.expression.text, path: [], as: 'require' } }));
    } else {
      table.declare(nearestScope(node, false), mk(node.name, 'other', {}));
    }
    return;
  }
  if (ts.isEnumDeclaration(node)) {
    table.declare(nearestScope(node, false), mk(node.name, 'enum', { enums: [node] }));
    return;
  }
  if (ts.isModuleDeclaration(node) && ts.isIdentifier(node.name)) {
    table.declare(nearestScope(node, false), mk(node.name, 'other', {}));
  }
}

function declareImport(node: ts.ImportDeclaration, table: ScopeTable): void {
  const clause = node.importClause;
  if (!clause || !ts.isStringLiteral(node.moduleSpecifier)) return;
  // `import x , 'm'` (no `from`) is a syntax error the parser recovers into an import: Node never
  // loads anything for it, and the pre-filter does not count 'm' there.
  if (!/\bfrom\s*$/.test(node.getSourceFile().text.slice(clause.end, node.moduleSpecifier.pos))) return;
  const module = node.moduleSpecifier.text;
  const scope = nearestScope(node, false);
  // A default import of a CommonJS module is the module object itself (esModuleInterop), which is
  // how `import tls from 'tls'` and `import axios from 'axios'` behave.
  if (clause.name) table.declare(scope, mk(clause.name, 'import', { importFrom: { module, path: [], as: 'default' } }));
  const nb = clause.namedBindings;
  if (!nb) return;
  if (ts.isNamespaceImport(nb)) {
    table.declare(scope, mk(nb.name, 'import', { importFrom: { module, path: [], as: 'namespace' } }));
    return;
  }
  for (const el of nb.elements) {
    const imported = (el.propertyName ?? el.name).text;
    const path = imported === 'default' ? [] : [imported];
    table.declare(scope, mk(el.name, 'import', { importFrom: { module, path, as: imported === 'default' ? 'default' : 'named' } }));
  }
}

function declarePattern(
  name: ts.BindingName,
  path: string[],
  init: ts.Expression | undefined,
  kind: BindingKind,
  scope: ts.Node,
  table: ScopeTable,
  opaque = false,
): void {
  if (ts.isIdentifier(name)) {
    table.declare(scope, mk(name, kind, { init, path, opaque: opaque || undefined }));
    return;
  }
  // Inside a pattern the value comes from the initialiser only when the path to it is plain: a
  // destructuring default or a rest element gives a value the file does not say.
  const hasSource = opaque || init !== undefined;
  if (ts.isObjectBindingPattern(name)) {
    for (const el of name.elements) {
      if (el.dotDotDotToken) {
        // `{ baseURL, ...tls } = opts`: the object without the other elements' keys, when each key is written plainly.
        const omit = name.elements.filter((x) => x !== el).map((x) => (x.propertyName ? propertyNameText(x.propertyName) : ts.isIdentifier(x.name) ? x.name.text : undefined));
        if (ts.isIdentifier(el.name) && init !== undefined && !opaque && omit.every((k) => k !== undefined)) {
          table.declare(scope, mk(el.name, kind, { path, opaque: true, rest: { init, path, omit: omit as string[] } }));
          continue;
        }
        declarePattern(el.name, path, undefined, kind, scope, table, hasSource);
        continue;
      }
      const key = el.propertyName ? propertyNameText(el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : undefined;
      const usable = key !== undefined && !el.initializer;
      if (key !== undefined && el.initializer && ts.isIdentifier(el.name) && init !== undefined && !opaque) {
        table.declare(scope, mk(el.name, kind, { path, opaque: true, defaulted: { init, path: [...path, key], value: el.initializer } }));
        continue;
      }
      declarePattern(el.name, usable ? [...path, key] : path, usable ? init : undefined, kind, scope, table, usable ? opaque : hasSource);
    }
    return;
  }
  name.elements.forEach((el, i) => {
    if (ts.isOmittedExpression(el)) return;
    const usable = !el.dotDotDotToken && !el.initializer;
    declarePattern(el.name, usable ? [...path, String(i)] : path, usable ? init : undefined, kind, scope, table, usable ? opaque : hasSource);
  });
}

function isAmbient(decl: ts.VariableDeclaration): boolean {
  for (let n: ts.Node | undefined = decl; n; n = n.parent) {
    if ((ts.isVariableStatement(n) || ts.isModuleDeclaration(n)) && n.modifiers?.some((m) => m.kind === SyntaxKind.DeclareKeyword)) return true;
  }
  return false;
}

function mk(id: ts.Identifier, kind: BindingKind, extra: Partial<Binding>): Binding {
  return { name: id.text, kind, id, path: [], references: [], writes: [], opaqueWrites: [], ...extra };
}
