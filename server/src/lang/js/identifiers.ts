// What an identifier or a property name is to the scopes: the text a property name stands for
// (computed keys with a literal included), and whether an identifier reads a binding at all.
import ts from 'typescript';
import { SyntaxKind, skipOuterExpressions } from './syntax.js';

/** The text of a property or binding name, when the code says it (a literal computed key too). */
export function propertyNameText(name: ts.PropertyName | ts.BindingName): string | undefined {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) {
    const e = skipOuterExpressions(name.expression);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isNumericLiteral(e)) return e.text;
  }
  return undefined;
}

/** Whether an identifier is read as a value here (not a declaration name, property key or label). */
export function isReference(id: ts.Identifier): boolean {
  const p = id.parent;
  if (!p) return false;
  // One switch on the parent's kind: this runs for every identifier of every file analysed.
  switch (p.kind) {
    case SyntaxKind.PropertyAccessExpression:
      return (p as ts.PropertyAccessExpression).expression === id;
    case SyntaxKind.ShorthandPropertyAssignment:
      return true;
    case SyntaxKind.PropertyAssignment:
    case SyntaxKind.BindingElement:
    case SyntaxKind.VariableDeclaration:
    case SyntaxKind.Parameter:
    case SyntaxKind.PropertyDeclaration:
    case SyntaxKind.EnumMember:
      return (p as ts.HasInitializer & { initializer?: ts.Node }).initializer === id;
    case SyntaxKind.QualifiedName:
    case SyntaxKind.PropertySignature:
    case SyntaxKind.FunctionDeclaration:
    case SyntaxKind.FunctionExpression:
    case SyntaxKind.ClassDeclaration:
    case SyntaxKind.ClassExpression:
    case SyntaxKind.MethodDeclaration:
    case SyntaxKind.MethodSignature:
    case SyntaxKind.GetAccessor:
    case SyntaxKind.SetAccessor:
    case SyntaxKind.ImportSpecifier:
    case SyntaxKind.ImportClause:
    case SyntaxKind.NamespaceImport:
    case SyntaxKind.ImportEqualsDeclaration:
    case SyntaxKind.ExportSpecifier:
    case SyntaxKind.LabeledStatement:
    case SyntaxKind.BreakStatement:
    case SyntaxKind.ContinueStatement:
    case SyntaxKind.JsxAttribute:
    case SyntaxKind.EnumDeclaration:
    case SyntaxKind.ModuleDeclaration:
    case SyntaxKind.InterfaceDeclaration:
    case SyntaxKind.TypeAliasDeclaration:
    case SyntaxKind.TypeParameter:
    case SyntaxKind.NamespaceExport:
    case SyntaxKind.MetaProperty:
      return false;
    case SyntaxKind.JsxOpeningElement:
    case SyntaxKind.JsxSelfClosingElement:
    case SyntaxKind.JsxClosingElement:
      return (p as ts.JsxOpeningLikeElement | ts.JsxClosingElement).tagName === id && /^[A-Z]/.test(id.text);
    default:
      return true;
  }
}
