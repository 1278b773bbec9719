// Fixes on one option wherever it was written: in an object literal or as `x.key = v`.
import ts from 'typescript';
import type { Fix, TextEdit } from '../api.js';
import type { Prop, JsRuleContext, Value } from './api.js';
import { insertProperty, removeProperty, removeStatement } from './edits.js';
import { moduleMemberExpression } from './module-access.js';
import { spreadBeforeHolds } from './props.js';

/** Removes the option: the property from its literal, or the `x.key = v` statement. */
export function removeOptionFix(ctx: JsRuleContext, prop: Prop, title: string): Fix | undefined {
  const edit = removeOptionEdit(ctx, prop);
  return edit ? { title, kind: 'suggestion', edits: [edit] } : undefined;
}

export function removeOptionEdit(ctx: JsRuleContext, prop: Prop): TextEdit | undefined {
  const n = prop.node;
  if (spreadBeforeHolds(ctx, n)) return undefined;
  if ((ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n) || ts.isMethodDeclaration(n)) && ts.isObjectLiteralExpression(n.parent)) {
    return removeProperty(ctx.sourceFile, n);
  }
  if (ts.isBinaryExpression(n)) return removeStatement(ctx.sourceFile, n);
  return undefined;
}

/**
 * Adds `key: …` (`propText`) to the object literal an object value was written as, after the
 * last property or after `after` (a property of the value, in the literal it was written in).
 * None when there is no such literal, or when a `delete` after the literal takes the key out
 * again: the fix would change nothing, and fix-all would add it on every pass (found by fuzzing).
 */
export function addOptionEdit(ctx: JsRuleContext, obj: Value & { kind: 'object' }, key: string, propText: string, after?: Prop): TextEdit | undefined {
  if (obj.deleted?.has(key)) return undefined;
  if (after) {
    const literal = after.node.parent;
    if (!ts.isObjectLiteralExpression(literal) || !ts.isObjectLiteralElementLike(after.node)) return undefined;
    return insertProperty(ctx.sourceFile, literal, propText, after.node);
  }
  if (!ts.isObjectLiteralExpression(obj.node)) return undefined;
  return insertProperty(ctx.sourceFile, obj.node, propText);
}

/** Replaces the option's value expression. */
export function replaceValueFix(ctx: JsRuleContext, prop: Prop, text: string, title: string): Fix | undefined {
  const v = prop.valueNode;
  if (!v || ts.isShorthandPropertyAssignment(prop.node)) return undefined;
  const n = prop.node;
  // `o.k ??= v` and `o.k ||= v` keep an earlier value and `o.k += v` adds to it: replacing `v`
  // alone left the reported value in place (found by fuzzing). The write becomes a plain one.
  if (ts.isBinaryExpression(n) && n.operatorToken.kind !== ts.SyntaxKind.EqualsToken) {
    return { title, kind: 'suggestion', edits: [{ start: n.operatorToken.getStart(ctx.sourceFile), end: n.end, text: `= ${text}` }] };
  }
  return { title, kind: 'suggestion', edits: [{ start: v.getStart(ctx.sourceFile), end: v.end, text }] };
}

const CA_PLACEHOLDER = "'/path/to/ca.pem'";

/** "Trust a specific CA instead": `rejectUnauthorized: false` becomes `ca: readFileSync('<path>')`. */
export function caInsteadFix(ctx: JsRuleContext, prop: Prop): Fix | undefined {
  const n = prop.node;
  const literal = n.parent && ts.isObjectLiteralExpression(n.parent) ? n.parent : undefined;
  if (literal?.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'ca')) return undefined;
  if (spreadBeforeHolds(ctx, n)) return undefined;
  const reader = moduleMemberExpression(ctx, 'fs', 'readFileSync');
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
