// Option bags that reach no known sink. An object literal is followed through variables,
// spreads and Object.assign; where it escapes to unknown code (passed to an unknown function,
// returned, exported, stored), its value at that point is a loose bag. A literal consumed only
// by sinks or by other literals does not escape: `{...insecure, rejectUnauthorized: true}` wins.
// JSX attributes (`<Proxy rejectUnauthorized={false} />`) are not bags: they are props of a
// component, and nothing in one file says that they reach a TLS call (the component may only show
// them, and in a browser they mean nothing), so they are not followed. An object literal given as
// a prop (`tls={{ rejectUnauthorized: false }}`) is a bag like any other argument.
import ts from 'typescript';
import type { Prop, Value } from '../../../../rules/js/api.js';
import { OPTION_CHECKS } from './option-checks.js';
import type { FileIndex } from './collect.js';
import type { ModuleResolver } from './modules.js';
import { compoundValue, isObjectAssign } from './object-writes.js';
import type { Binding } from './scope.js';
import { isAssignmentTarget, outermostWrapper, skipOuterExpressions } from './syntax.js';
import type { ValueResolver } from './values.js';

const MAX_FOLLOW = 8;
const LOGICAL_ASSIGNMENTS = new Set([ts.SyntaxKind.QuestionQuestionEqualsToken, ts.SyntaxKind.BarBarEqualsToken, ts.SyntaxKind.AmpersandAmpersandEqualsToken]);
/**
 * The option names a write is reported for wherever it is written: the ones whose insecure values
 * the rules share in one table (the TLS-only options of rules/data/sinks.ts, checkServerIdentity,
 * and secureProtocol/minVersion/maxVersion judged by rules/data/protocols.ts). A name whose values
 * are not checked there (`ca`, `host`) is too common to follow into unknown objects.
 */
const LOOSE_WRITE_NAMES: ReadonlySet<string> = new Set(OPTION_CHECKS.map((c) => c.key));

export function looseOptionBags(index: FileIndex, modules: ModuleResolver, values: ValueResolver, sinkArgs: Set<ts.Node>): Value[] {
  return looseBagSites(index, modules, sinkArgs).map((site) => values.valueOf(site));
}

/** Where the file's object literals escape to code it does not know (each place once). */
export function looseBagSites(index: FileIndex, modules: ModuleResolver, sinkArgs: Set<ts.Node>): ts.Expression[] {
  const sites: ts.Expression[] = [];
  const seenSites = new Set<ts.Node>();
  for (const lit of index.objectLiterals) {
    if (isAssignmentTarget(lit)) continue;
    const outer = outermostWrapper(lit);
    const p = outer.parent;
    // Nested values and spread sources are part of the enclosing literal's evaluation.
    if (p && ((ts.isPropertyAssignment(p) && p.initializer === outer) || ts.isSpreadAssignment(p))) continue;
    for (const site of escapeSites(outer, index, modules, sinkArgs, 0)) {
      if (seenSites.has(site)) continue;
      seenSites.add(site);
      sites.push(site);
    }
  }
  return sites;
}

/** Where an object held by `expr` escapes to unknown code: none when only sinks, reads and other literals take it. */
export function escapeSites(expr: ts.Expression, index: FileIndex, modules: ModuleResolver, sinkArgs: Set<ts.Node>, depth: number): ts.Expression[] {
  if (depth > MAX_FOLLOW) return [expr];
  const outer = outermostWrapper(expr);
  const p = outer.parent;
  if (!p) return [];
  const follow = (e: ts.Expression) => escapeSites(e, index, modules, sinkArgs, depth + 1);
  if (ts.isSpreadAssignment(p) || ts.isShorthandPropertyAssignment(p) || ts.isExpressionStatement(p)) return [];
  // A destructuring default (`const { tls = { … } } = cfg`, `[x = { … }] = list`) is never a finding.
  if (ts.isBindingElement(p) || (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && p.right === outer && isAssignmentTarget(p))) return [];
  if (ts.isPropertyAssignment(p)) return p.initializer === outer ? [] : [outer];
  if (ts.isCallExpression(p) || ts.isNewExpression(p)) {
    if (p.expression === outer) return [];
    if (sinkArgs.has(outer)) return [];
    if (ts.isCallExpression(p) && isObjectAssign(p, modules)) {
      const target = p.arguments[0] ? skipOuterExpressions(p.arguments[0]) : undefined;
      if (p.arguments[0] === outer) return follow(p);
      if (target && ts.isIdentifier(target) && index.scopes.lookup(target)) return [];
      return follow(p);
    }
    return [outer];
  }
  if (ts.isConditionalExpression(p)) return p.condition === outer ? [] : follow(p);
  if (ts.isBinaryExpression(p)) {
    const op = p.operatorToken.kind;
    if (op === ts.SyntaxKind.EqualsToken && p.right === outer) {
      const left = skipOuterExpressions(p.left);
      const b = ts.isIdentifier(left) ? index.scopes.lookup(left) : undefined;
      return b ? bindingSites(b, p.end, index, modules, sinkArgs, depth) : [outer];
    }
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.CommaToken) {
      return p.right === outer ? follow(p) : [];
    }
    return [];
  }
  if (ts.isVariableDeclaration(p) && p.initializer === outer) {
    if (!ts.isIdentifier(p.name) || isExported(p)) return [outer];
    const b = index.scopes.lookup(p.name);
    return b ? bindingSites(b, p.end, index, modules, sinkArgs, depth) : [outer];
  }
  if (ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) return [];
  if (ts.isAwaitExpression(p) || ts.isVoidExpression(p) || ts.isTypeOfExpression(p)) return [];
  return [outer];
}

/** Where the object held by a variable escapes, counting only uses after `from`. */
export function bindingSites(b: Binding, from: number, index: FileIndex, modules: ModuleResolver, sinkArgs: Set<ts.Node>, depth: number): ts.Expression[] {
  const sites: ts.Expression[] = [];
  for (const ref of b.references) {
    if (ref.pos < from) continue;
    const outer = outermostWrapper(ref);
    const p = outer.parent;
    // Reads and writes through the variable (`opts.ca = …`, `opts.rejectUnauthorized`) do not hand the object on;
    // an entry read out and handed on (`clusters: [CLUSTERS[name]]`, `connect(PROFILES.lab)`) escapes as that entry.
    if (p && (ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === outer) {
      if (!isAssignmentTarget(p)) sites.push(...escapeSites(p, index, modules, sinkArgs, depth + 1));
      continue;
    }
    if (p && ts.isBinaryExpression(p) && p.left === outer) continue;
    sites.push(...escapeSites(ref, index, modules, sinkArgs, depth + 1));
  }
  return sites;
}

function isExported(decl: ts.VariableDeclaration): boolean {
  const stmt = decl.parent?.parent;
  return !!stmt && ts.isVariableStatement(stmt) && !!stmt.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/**
 * Writes of TLS-only option names (`x.rejectUnauthorized = false`) that no evaluated value saw:
 * the target is `this.…`, a parameter or an instance, or no later use reads it. A write that a
 * later write to the same place overrides is not loose.
 */
export function looseWrites(index: FileIndex, values: ValueResolver, seen: Set<ts.Node>): Prop[] {
  const out: Prop[] = [];
  for (const a of index.assignments) {
    const op = a.operatorToken.kind;
    if ((op !== ts.SyntaxKind.EqualsToken && !LOGICAL_ASSIGNMENTS.has(op)) || seen.has(a)) continue;
    const left = skipOuterExpressions(a.left);
    const name = ts.isPropertyAccessExpression(left) ? left.name.text : ts.isElementAccessExpression(left) ? stringKey(left) : undefined;
    if (!name || !LOOSE_WRITE_NAMES.has(name)) continue;
    if (isOverriddenLater(a, index)) continue;
    // `x.rejectUnauthorized ??= false` writes false when the option is not set yet.
    const value = op === ts.SyntaxKind.EqualsToken ? values.valueOf(a.right) : compoundValue(a, { kind: 'unknown', node: a.left }, () => values.valueOf(a.right));
    out.push({ key: name, value, node: a, valueNode: a.right });
  }
  return out;
}

function stringKey(e: ts.ElementAccessExpression): string | undefined {
  const k = skipOuterExpressions(e.argumentExpression);
  return ts.isStringLiteral(k) || ts.isNoSubstitutionTemplateLiteral(k) ? k.text : undefined;
}

function isOverriddenLater(a: ts.BinaryExpression, index: FileIndex): boolean {
  const target = a.left.getText();
  const fn = enclosingFunction(a);
  return index.assignments.some((b) => b.pos > a.end && b.operatorToken.kind === ts.SyntaxKind.EqualsToken && enclosingFunction(b) === fn && b.left.getText() === target) ||
    index.deletes.some((d) => d.pos > a.end && enclosingFunction(d) === fn && d.expression.getText() === target);
}

function enclosingFunction(n: ts.Node): ts.Node | undefined {
  let p = n.parent;
  while (p && !ts.isFunctionLike(p)) p = p.parent;
  return p;
}

/** Every property node inside evaluated values, so writes they account for are not reported twice. */
export function collectSeenPropNodes(vals: readonly Value[], into: Set<ts.Node>): void {
  const visited = new Set<Value>();
  const stack: { v: Value; d: number }[] = vals.map((v) => ({ v, d: 0 }));
  while (stack.length) {
    const { v, d } = stack.pop()!;
    if (visited.has(v) || d > 8) continue;
    visited.add(v);
    if (v.kind === 'object') {
      for (const p of v.props.values()) {
        into.add(p.node);
        stack.push({ v: p.value, d: d + 1 });
      }
    } else if (v.kind === 'either') {
      for (const b of v.branches) stack.push({ v: b.value, d: d + 1 });
    }
  }
}
