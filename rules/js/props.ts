// Property names of object literal members.
import ts from 'typescript';
import type { JsRuleContext, Value } from './api.js';

export function propertyKey(p: ts.ObjectLiteralElementLike): string | undefined {
  if (ts.isSpreadAssignment(p)) return undefined;
  const name = p.name;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && (ts.isStringLiteral(name.expression) || ts.isNoSubstitutionTemplateLiteral(name.expression))) return name.expression.text;
  return undefined;
}

/** The object literal a property node was written in, when it was written in one. */
export function literalOf(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  return node.parent && ts.isObjectLiteralExpression(node.parent) ? node.parent : undefined;
}

/**
 * Whether a spread written before this property is known to hold its key: removing or renaming
 * the property would let the spread's value through (`{ ...{ rejectUnauthorized: false },
 * rejectUnauthorized: v }`), so a fix doing that would not make the object safe (found by fuzzing).
 */
export function spreadBeforeHolds(ctx: JsRuleContext, p: ts.Node): boolean {
  const literal = literalOf(p);
  if (!literal || !ts.isObjectLiteralElementLike(p)) return false;
  const key = propertyKey(p);
  if (key === undefined) return false;
  const at = literal.properties.indexOf(p);
  return literal.properties.slice(0, at).some((s) => ts.isSpreadAssignment(s) && spreadHolds(ctx.valueOf(s.expression), [key], 'known'));
}

/**
 * Whether a spread value holds one of `keys` in some branch: `known` when an object is known to
 * have it; `may` also when it cannot be ruled out (an unknown value, an object open to more keys).
 */
export function spreadHolds(v: Value, keys: readonly string[], certainty: 'known' | 'may'): boolean {
  if (v.kind === 'either') return v.branches.some((b) => spreadHolds(b.value, keys, certainty));
  if (v.kind === 'object') return (certainty === 'may' && v.open) || keys.some((k) => v.props.has(k));
  return certainty === 'may' && v.kind !== 'literal';
}
