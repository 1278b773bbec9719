// Fixes on one option wherever it was written: in an object literal or as `x.key = v`.
import ts from 'typescript';
import type { Fix, Prop, RuleContext, TextEdit } from '../api.js';
import { removeProperty, removeStatement } from './edits.js';

/** Removes the option: the property from its literal, or the `x.key = v` statement. */
export function removeOptionFix(ctx: RuleContext, prop: Prop, title: string): Fix | undefined {
  const edit = removeOptionEdit(ctx, prop);
  return edit ? { title, kind: 'suggestion', edits: [edit] } : undefined;
}

export function removeOptionEdit(ctx: RuleContext, prop: Prop): TextEdit | undefined {
  const n = prop.node;
  if ((ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n) || ts.isMethodDeclaration(n)) && ts.isObjectLiteralExpression(n.parent)) {
    return removeProperty(ctx.sourceFile, n);
  }
  if (ts.isBinaryExpression(n)) return removeStatement(ctx.sourceFile, n);
  return undefined;
}

/** Replaces the option's value expression. */
export function replaceValueFix(ctx: RuleContext, prop: Prop, text: string, title: string): Fix | undefined {
  const v = prop.valueNode;
  if (!v || ts.isShorthandPropertyAssignment(prop.node)) return undefined;
  return { title, kind: 'suggestion', edits: [{ start: v.getStart(ctx.sourceFile), end: v.end, text }] };
}

const CA_PLACEHOLDER = "'/path/to/ca.pem'";

/** "Trust a specific CA instead": `rejectUnauthorized: false` becomes `ca: readFileSync('<path>')`. */
export function caInsteadFix(ctx: RuleContext, prop: Prop): Fix | undefined {
  const n = prop.node;
  const literal = n.parent && ts.isObjectLiteralExpression(n.parent) ? n.parent : undefined;
  if (literal?.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'ca')) return undefined;
  const reader = readFileSyncExpression(ctx);
  const edits: TextEdit[] = [...reader.edits];
  const call = `${reader.expr}(${CA_PLACEHOLDER})`;
  if (literal && (ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n))) {
    edits.push({ start: n.getStart(ctx.sourceFile), end: n.end, text: `ca: ${call}` });
  } else if (ts.isBinaryExpression(n) && (ts.isPropertyAccessExpression(n.left) || ts.isElementAccessExpression(n.left))) {
    edits.push({ start: n.getStart(ctx.sourceFile), end: n.end, text: `${n.left.expression.getText(ctx.sourceFile)}.ca = ${call}` });
  } else {
    return undefined;
  }
  return { title: 'Trust a specific CA instead (ca: readFileSync(…), edit the path)', kind: 'suggestion', edits };
}

/** How this file can call fs.readFileSync: an existing binding, require, or a new import. */
function readFileSyncExpression(ctx: RuleContext): { expr: string; edits: TextEdit[] } {
  const sf = ctx.sourceFile;
  let usesRequire = false;
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier) && /^(node:)?fs$/.test(st.moduleSpecifier.text)) {
      const c = st.importClause;
      if (c?.name) return { expr: `${c.name.text}.readFileSync`, edits: [] };
      const nb = c?.namedBindings;
      if (nb && ts.isNamespaceImport(nb)) return { expr: `${nb.name.text}.readFileSync`, edits: [] };
      const named = nb && ts.isNamedImports(nb) ? nb.elements.find((e) => (e.propertyName ?? e.name).text === 'readFileSync') : undefined;
      if (named) return { expr: named.name.text, edits: [] };
    }
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        const init = d.initializer;
        if (!init) continue;
        const ref = ctx.refOf(init);
        if (!ref || ref.module !== 'fs') continue;
        if (ref.path.length === 0 && ts.isIdentifier(d.name)) return { expr: `${d.name.text}.readFileSync`, edits: [] };
        if (ref.path.length === 0 && ts.isObjectBindingPattern(d.name)) {
          const el = d.name.elements.find((e) => ((e.propertyName ?? e.name) as ts.Identifier).text === 'readFileSync');
          if (el && ts.isIdentifier(el.name)) return { expr: el.name.text, edits: [] };
        }
      }
    }
  }
  for (const call of ctx.nodes.calls) {
    if (ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === 'require') usesRequire = true;
  }
  const isModule = sf.statements.some((s) => ts.isImportDeclaration(s) || ts.isExportDeclaration(s) || ts.isExportAssignment(s)) || /\.m[jt]s$/.test(sf.fileName);
  if (usesRequire || !isModule) return { expr: "require('node:fs').readFileSync", edits: [] };
  const first = sf.statements[0];
  const at = first ? first.getStart(sf) : 0;
  return { expr: 'readFileSync', edits: [{ start: at, end: at, text: "import { readFileSync } from 'node:fs';\n" }] };
}
