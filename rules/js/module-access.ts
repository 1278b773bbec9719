// How a fix can name a Node module's export in this file: through a binding the file already has,
// `require('node:x').member` in CommonJS, or a new `import { member } from 'node:x'`.
import ts from 'typescript';
import type { TextEdit } from '../api.js';
import type { JsRuleContext } from './api.js';

export function moduleMemberExpression(ctx: JsRuleContext, module: string, member: string): { expr: string; edits: TextEdit[] } {
  const sf = ctx.sourceFile;
  const specifier = new RegExp(`^(node:)?${module.replace(/[/.]/g, '\\$&')}$`);
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier) && specifier.test(st.moduleSpecifier.text)) {
      const c = st.importClause;
      if (!c || c.isTypeOnly) continue;
      if (c.name) return { expr: `${c.name.text}.${member}`, edits: [] };
      const nb = c.namedBindings;
      if (nb && ts.isNamespaceImport(nb)) return { expr: `${nb.name.text}.${member}`, edits: [] };
      const named = nb && ts.isNamedImports(nb) ? nb.elements.find((e) => !e.isTypeOnly && (e.propertyName ?? e.name).text === member) : undefined;
      if (named) return { expr: named.name.text, edits: [] };
    }
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (!d.initializer) continue;
        const ref = ctx.refOf(d.initializer);
        if (ref?.module !== module || ref.path.length !== 0) continue;
        if (ts.isIdentifier(d.name)) return { expr: `${d.name.text}.${member}`, edits: [] };
        if (ts.isObjectBindingPattern(d.name)) {
          const el = d.name.elements.find((e) => !e.dotDotDotToken && ((e.propertyName ?? e.name) as ts.Identifier).text === member);
          if (el && ts.isIdentifier(el.name)) return { expr: el.name.text, edits: [] };
        }
      }
    }
  }
  const usesRequire = ctx.nodes.calls.some((call) => ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === 'require');
  const isModule = sf.statements.some((s) => ts.isImportDeclaration(s) || ts.isExportDeclaration(s) || ts.isExportAssignment(s)) || /\.m[jt]s$/.test(sf.fileName);
  if (usesRequire || !isModule) return { expr: `require('node:${module}').${member}`, edits: [] };
  const first = sf.statements[0];
  const at = first ? first.getStart(sf) : 0;
  return { expr: member, edits: [{ start: at, end: at, text: `import { ${member} } from 'node:${module}';\n` }] };
}
