// Fixes on one option wherever it was written: in an object literal or as `x.key = v`.
import ts from 'typescript';
import type { Fix, TextEdit } from '../api.js';
import type { Prop, JsRuleContext, Value } from './api.js';
import { insertProperty, removeProperties, removeProperty, removeStatement } from './edits.js';
import { moduleMemberExpression } from './module-access.js';
import { spreadBeforeHolds } from './props.js';

/** Removes the option: the property from its literal, or the `x.key = v` statement. */
export function removeOptionFix(ctx: JsRuleContext, prop: Prop, title: string): Fix | undefined {
  const edit = removeOptionEdit(ctx, prop);
  return edit ? { title, kind: 'suggestion', edits: [edit] } : undefined;
}

export function removeOptionEdit(ctx: JsRuleContext, prop: Prop): TextEdit | undefined {
  const n = prop.node;
  if (!inFile(ctx, n) || spreadBeforeHolds(ctx, n)) return undefined;
  if ((ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n) || ts.isMethodDeclaration(n)) && ts.isObjectLiteralExpression(n.parent)) {
    return removeProperty(ctx.sourceFile, emptiedHolder(ctx, n));
  }
  if (ts.isBinaryExpression(n)) return removeStatement(ctx.sourceFile, n);
  return undefined;
}

/**
 * The property a removal takes out: `p`, or, when `p` is all a literal holds and that literal is
 * another property's value (`tls: { rejectUnauthorized: false }`), that property (see
 * holderOfEmptied), so that no `tls: {}` is left.
 */
function emptiedHolder(ctx: JsRuleContext, p: ts.ObjectLiteralElementLike): ts.ObjectLiteralElementLike {
  const literal = p.parent as ts.ObjectLiteralExpression;
  return (leavesEmpty(ctx.sourceFile, literal, [p]) && holderOfEmptied(ctx, literal)) || p;
}

/**
 * The outermost property that can go with a literal a fix empties: the one whose value it is, and
 * the one holding that when it held nothing else, and so on. None when dropping it could change
 * what the code does: when the key's presence turns TLS on (pg's `ssl`, ioredis's `tls`: the sink
 * table's tlsEnabledBy), or when no known sink reads the options (whoever does may tell `{}` from
 * no key at all).
 */
export function holderOfEmptied(ctx: JsRuleContext, literal: ts.ObjectLiteralExpression): ts.PropertyAssignment | undefined {
  let found: ts.PropertyAssignment | undefined;
  for (let lit = literal; ;) {
    let outer: ts.Node = lit;
    while (outer.parent && ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
    const holder = outer.parent;
    if (!holder || !ts.isPropertyAssignment(holder) || holder.initializer !== outer || !ts.isObjectLiteralExpression(holder.parent)) return found;
    if (spreadBeforeHolds(ctx, holder) || !droppable(ctx, holder)) return found;
    found = holder;
    if (!leavesEmpty(ctx.sourceFile, holder.parent, [holder])) return found;
    lit = holder.parent;
  }
}

/** Whether removing `props` leaves the literal `{}`, with no comment inside (removeProperties keeps one). */
export function leavesEmpty(sf: ts.SourceFile, literal: ts.ObjectLiteralExpression, props: readonly ts.ObjectLiteralElementLike[]): boolean {
  if (props.length !== literal.properties.length) return false;
  const edits = removeProperties(sf, props);
  return edits.length === 1 && edits[0].start === literal.getStart(sf) + 1 && edits[0].end === literal.end - 1;
}

/**
 * For each property a sink's options hold, whether a fix may drop it (its presence is not what
 * turns TLS on), per file: made once, since every removal in the file may ask.
 */
const DROPPABLE = new WeakMap<ts.SourceFile, Map<ts.Node, boolean>>();

/** Whether a sink reads the options holding this property, and its presence is not what turns TLS on. */
function droppable(ctx: JsRuleContext, holder: ts.PropertyAssignment): boolean {
  let known = DROPPABLE.get(ctx.sourceFile);
  if (!known) {
    const map = new Map<ts.Node, boolean>();
    for (const call of ctx.sinkCalls) {
      const on = call.sink.tlsEnabledBy;
      const isSwitch = (path: readonly string[]) => !!on && on.length === path.length && on.every((k, i) => k === path[i]);
      if (call.options) eachProp(call.options, [], new Set(), (node, path) => map.has(node) || map.set(node, !isSwitch(path)));
    }
    DROPPABLE.set(ctx.sourceFile, (known = map));
  }
  return known.get(holder) ?? false;
}

/** Every property written in an options value, with the keys from the options down to it. */
function eachProp(v: Value, path: readonly string[], seen: Set<Value>, visit: (node: ts.Node, path: readonly string[]) => void): void {
  if (path.length > 8 || seen.has(v)) return;
  seen.add(v);
  if (v.kind === 'either') for (const b of v.branches) eachProp(b.value, path, seen, visit);
  if (v.kind !== 'object') return;
  for (const prop of v.props.values()) {
    visit(prop.node, [...path, prop.key]);
    eachProp(prop.value, [...path, prop.key], seen, visit);
  }
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
    if (!ts.isObjectLiteralExpression(literal) || !ts.isObjectLiteralElementLike(after.node) || !inFile(ctx, literal)) return undefined;
    return insertProperty(ctx.sourceFile, literal, propText, after.node);
  }
  if (!obj.node || !ts.isObjectLiteralExpression(obj.node) || !inFile(ctx, obj.node)) return undefined;
  return insertProperty(ctx.sourceFile, obj.node, propText);
}

/** Replaces the option's value expression. */
export function replaceValueFix(ctx: JsRuleContext, prop: Prop, text: string, title: string): Fix | undefined {
  const v = prop.valueNode;
  if (!v || ts.isShorthandPropertyAssignment(prop.node) || !inFile(ctx, prop.node)) return undefined;
  const n = prop.node;
  // `o.k ??= v` and `o.k ||= v` keep an earlier value and `o.k += v` adds to it: replacing `v`
  // alone left the reported value in place (found by fuzzing). The write becomes a plain one.
  if (ts.isBinaryExpression(n) && n.operatorToken.kind !== ts.SyntaxKind.EqualsToken) {
    return { title, kind: 'suggestion', edits: [{ start: n.operatorToken.getStart(ctx.sourceFile), end: n.end, text: `= ${text}` }] };
  }
  return { title, kind: 'suggestion', edits: [{ start: v.getStart(ctx.sourceFile), end: v.end, text }] };
}

const CA_PLACEHOLDER = "'/path/to/ca.pem'";
/** What the placeholder stands for, in a TODO next to it: the fix cannot know the file. */
const CA_TODO = "TODO: path to the PEM file of the CA that signed the server's certificate";

/**
 * "Trust a specific CA instead": `rejectUnauthorized: false` becomes `ca: readFileSync('<path>')`
 * with a TODO saying what the path must be: a line comment where the line ends there, else a
 * block comment beside the path.
 */
export function caInsteadFix(ctx: JsRuleContext, prop: Prop): Fix | undefined {
  const n = prop.node;
  const literal = n.parent && ts.isObjectLiteralExpression(n.parent) ? n.parent : undefined;
  if (literal?.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'ca')) return undefined;
  if (spreadBeforeHolds(ctx, n)) return undefined;
  const reader = moduleMemberExpression(ctx, 'fs', 'readFileSync');
  const edits: TextEdit[] = [...reader.edits];
  const lineEnd = /^[ \t]*[,;]?(?=[ \t]*\r?(\n|$))/.exec(ctx.text.slice(n.end));
  const call = `${reader.expr}(${CA_PLACEHOLDER}${lineEnd ? '' : ` /* ${CA_TODO} */`})`;
  const todo = lineEnd ? `${lineEnd[0]} // ${CA_TODO}` : '';
  const end = n.end + (lineEnd ? lineEnd[0].length : 0);
  if (literal && (ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n))) {
    edits.push({ start: n.getStart(ctx.sourceFile), end, text: `ca: ${call}${todo}` });
  } else if (ts.isBinaryExpression(n) && (ts.isPropertyAccessExpression(n.left) || ts.isElementAccessExpression(n.left))) {
    edits.push({ start: n.getStart(ctx.sourceFile), end, text: `${n.left.expression.getText(ctx.sourceFile)}.ca = ${call}${todo}` });
  } else {
    return undefined;
  }
  return { title: 'Trust a specific CA instead (ca: readFileSync(…), edit the path)', kind: 'suggestion', edits };
}

/**
 * Whether a node is in the file being linted: a finding reported here may be about options
 * written in another file, whose own lint offers the fixes (edits are offsets in one text).
 */
export function inFile(ctx: JsRuleContext, node: ts.Node): boolean {
  return node.getSourceFile() === ctx.sourceFile;
}
