// The names a file stores values under: what a callee `o.k` may be looked up by when `o` is no
// module (sink-calls.ts). A value reaches `o.k` only through an object holding it under `k` (an
// object literal's property, a member write `o.k = v`, a class's field, getter or constructor
// parameter property) whose value may be a module's export (not a function, an object, a
// literal…), and this file's syntax names every one of them: reading `o` for any other `k` cannot
// give a sink. On the TLS-heavy corpus 13,059 of 27,291 callees evaluated as values were such
// (`socket.write`, `assert.strictEqual`; none of the 27,291 was a sink). An object built in
// another project file and reached through a local name is not followed for a `k` this file
// never stores (as for a callee named through an import, sink-calls.ts cannotBeSink).
import ts from 'typescript';
import type { FileIndex } from './collect.js';
import { propertyNameText } from './identifiers.js';
import { keyOf } from './object-values.js';
import type { ValueResolver } from './values.js';
import { SyntaxKind, skipOuterExpressions } from './syntax.js';

/** By the file's resolver: a computed key's constant may come from another project file, read for one lint. */
const STORED = new WeakMap<ValueResolver, ReadonlySet<string>>();

/** The names a file (its index, evaluated by its resolver) may store a module's export under. */
export function storedNames(index: FileIndex, values: ValueResolver): ReadonlySet<string> {
  let names = STORED.get(values);
  if (!names) STORED.set(values, (names = collectNames(index, values)));
  return names;
}

function collectNames(index: FileIndex, values: ValueResolver): Set<string> {
  const names = new Set<string>();
  for (const o of index.objectLiterals) {
    for (const p of o.properties) {
      // Methods and accessors of an object literal hold functions and unknowns (object-values.ts).
      if (ts.isShorthandPropertyAssignment(p)) names.add(p.name.text);
      if (!ts.isPropertyAssignment(p) || neverModule(p.initializer)) continue;
      // `[KEY]: v` as the object's value reads it.
      const key = keyOf(p.name, values.evaluate);
      if (key !== undefined) names.add(key);
    }
  }
  // Writes the engine follows (object-writes.ts): to `o.k` and `o['k']`.
  for (const a of index.assignments) {
    if (neverModule(a.right)) continue;
    const left = skipOuterExpressions(a.left);
    if (ts.isPropertyAccessExpression(left)) names.add(left.name.text);
    else if (ts.isElementAccessExpression(left)) {
      const key = skipOuterExpressions(left.argumentExpression);
      if (ts.isStringLiteral(key) || ts.isNoSubstitutionTemplateLiteral(key) || ts.isNumericLiteral(key)) names.add(key.text);
    }
  }
  // A class's fields, getters and parameter properties (call-values.ts classMember); the walk
  // records every class it passed on the scope chain.
  for (const node of index.scopes.chain.keys()) {
    if (node.kind !== SyntaxKind.ClassDeclaration && node.kind !== SyntaxKind.ClassExpression) continue;
    for (const m of (node as ts.ClassLikeDeclaration).members) {
      const holds = (ts.isPropertyDeclaration(m) && !(m.initializer && neverModule(m.initializer))) || ts.isGetAccessorDeclaration(m);
      const text = m.name && holds ? propertyNameText(m.name) : undefined;
      if (text !== undefined) names.add(text);
      if (ts.isConstructorDeclaration(m)) for (const p of m.parameters) if (ts.isIdentifier(p.name)) names.add(p.name.text);
    }
  }
  return names;
}

/**
 * Expressions whose value is never a module's export (values.ts gives them a function, class,
 * object, array, instance, literal or unknown value): a property holding one is not a sink.
 */
function neverModule(e: ts.Expression): boolean {
  switch (skipOuterExpressions(e).kind) {
    case SyntaxKind.FunctionExpression:
    case SyntaxKind.ArrowFunction:
    case SyntaxKind.ClassExpression:
    case SyntaxKind.ObjectLiteralExpression:
    case SyntaxKind.ArrayLiteralExpression:
    case SyntaxKind.NewExpression:
    case SyntaxKind.StringLiteral:
    case SyntaxKind.NoSubstitutionTemplateLiteral:
    case SyntaxKind.TemplateExpression:
    case SyntaxKind.NumericLiteral:
    case SyntaxKind.BigIntLiteral:
    case SyntaxKind.RegularExpressionLiteral:
    case SyntaxKind.TrueKeyword:
    case SyntaxKind.FalseKeyword:
    case SyntaxKind.NullKeyword:
    case SyntaxKind.ThisKeyword:
    case SyntaxKind.PrefixUnaryExpression:
    case SyntaxKind.VoidExpression:
    case SyntaxKind.TypeOfExpression:
    case SyntaxKind.DeleteExpression:
      return true;
    default:
      return false;
  }
}
