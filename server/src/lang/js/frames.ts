// One call of a function (or construction of a class) evaluated with what the call passes: the
// parameters are bound to the arguments' values, and a value computed from them remembers which
// argument it came from, so a finding it causes sits at the call (`makeAgent(true)`), where the
// unsafe value is written, and not in the helper every caller shares.
import ts from 'typescript';
import type { Value } from '../../../../rules/js/api.js';
import { lit } from './operators.js';
import type { Binding, ScopeTable } from './scope.js';
import { propertyNameText } from './identifiers.js';
import { skipOuterExpressions, sourceFileOf } from './syntax.js';
import type { ValueResolver } from './values.js';

/** A parameter's value for one call, and the argument expressions it comes from (none: a default). */
export interface Bound {
  value: Value;
  from: ReadonlySet<ts.Node>;
}

export interface Frame {
  /** The function or class evaluated. */
  target: ts.FunctionLikeDeclaration | ts.ClassLikeDeclaration;
  /** The call (or `new`) in the caller; the function itself when no call is at hand (param-flows.ts). */
  call: ts.Node;
  params: Map<Binding, Bound>;
  /** Frames around this one (a helper calling a helper). */
  depth: number;
  /**
   * A base's code evaluated for a subclass: the classes from the subclass up the `extends` chain,
   * each with its file's resolver; `this.key` in one of them is first what those below define.
   */
  self?: { cls: ts.ClassLikeDeclaration; values: ValueResolver }[];
}

/**
 * In a frame: the argument expressions each computed value came from. A value being computed
 * gathers those of the values it reads; `opts.insecure` of an argument `{ insecure: true }` comes
 * from `insecure: true`, not the whole object, so its finding sits at the property the caller wrote.
 */
export class Dependencies {
  private readonly of = new Map<ts.Node, ReadonlySet<ts.Node>>();
  private readonly gathering: Set<ts.Node>[] = [];

  get(e: ts.Node): ReadonlySet<ts.Node> | undefined {
    return this.of.get(e);
  }

  /** A value starts being computed. */
  begin(): void {
    this.gathering.push(new Set());
  }

  /** The value of `e` is computed: what it gathered is its, and the enclosing value's. */
  end(e: ts.Node): void {
    const d = this.gathering.pop()!;
    if (d.size > 0) this.of.set(e, d);
    this.add(d);
  }

  /** The value being computed comes from these arguments too. */
  add(from: ReadonlySet<ts.Node> | undefined): void {
    const top = this.gathering.at(-1);
    if (top && from) for (const n of from) top.add(n);
  }

  /** Reading `key` of an object an argument wrote: the value comes from that property. */
  narrow(objectExpr: ts.Node, obj: Value, key: string): void {
    const top = this.gathering.at(-1);
    const from = this.of.get(objectExpr);
    const prop = obj.kind === 'object' ? obj.props.get(key) : undefined;
    if (!top || !from || !prop) return;
    for (const arg of from) {
      // The property the argument wrote, or that the object it names holds (`makeAgent(opts)`
      // with `const opts = { insecure: true }`): where the value is written.
      if ((sourceFileOf(arg) === sourceFileOf(prop.node) && arg.pos <= prop.node.pos && prop.node.end <= arg.end) || isNameExpression(arg)) {
        top.delete(arg);
        top.add(prop.node);
      } else if (obj.kind === 'object' && [...obj.props.values()].some((p) => p !== prop && p.node === arg)) {
        // Where another property of the object was placed (a frame's caller's parameter): not this one's.
        top.delete(arg);
      }
    }
  }
}

/** Calls evaluated inside calls, at most: `a()` calling `b()` calling `c()`. */
export const MAX_FRAME_DEPTH = 3;

/** Where a parameter binding sits in its parameter: `({ tls: { verify = false } } = {})` gives path ['tls', 'verify'] and the default `false`. */
export interface ParamSlot {
  param: ts.ParameterDeclaration;
  index: number;
  path: string[];
  /** The destructuring default of the element itself. */
  elementDefault?: ts.Expression;
}

/** The parameter slots of a function: each binding its parameters declare, with its place. */
export function paramSlots(fn: ts.SignatureDeclaration, scopes: ScopeTable): { binding: Binding; slot: ParamSlot }[] {
  const out: { binding: Binding; slot: ParamSlot }[] = [];
  fn.parameters.forEach((param, index) => {
    if (param.dotDotDotToken) return;
    const visit = (name: ts.BindingName, path: string[], elementDefault: ts.Expression | undefined) => {
      if (ts.isIdentifier(name)) {
        const b = scopes.lookup(name);
        if (b && b.kind === 'param') out.push({ binding: b, slot: { param, index, path, elementDefault } });
        return;
      }
      if (ts.isObjectBindingPattern(name)) {
        for (const el of name.elements) {
          if (el.dotDotDotToken) continue;
          const key = el.propertyName ? propertyNameText(el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : undefined;
          if (key !== undefined) visit(el.name, [...path, key], el.initializer);
        }
        return;
      }
      name.elements.forEach((el, i) => {
        if (!ts.isOmittedExpression(el) && !el.dotDotDotToken) visit(el.name, [...path, String(i)], el.initializer);
      });
    };
    visit(param.name, [], undefined);
  });
  return out;
}

/** The expression a function returns, when it has one way out: a concise arrow body, or a single `return`. */
export function returnedExpression(fn: ts.SignatureDeclaration): ts.Expression | undefined {
  const body = (fn as ts.FunctionLikeDeclaration).body;
  if (!body) return undefined;
  if (!ts.isBlock(body)) return body;
  let found: ts.ReturnStatement | undefined;
  let count = 0;
  const stack: ts.Node[] = [body];
  while (stack.length) {
    const n = stack.pop()!;
    if (ts.isReturnStatement(n)) {
      count++;
      found = n;
    }
    if (count > 1) return undefined;
    if (n !== body && (ts.isFunctionLike(n) || ts.isClassLike(n))) continue;
    ts.forEachChild(n, (c) => {
      stack.push(c);
    });
  }
  // A single return that is not the last statement may be skipped by an earlier branch.
  return found && body.statements.at(-1) === found ? found.expression : undefined;
}

/**
 * A function whose ways out are guards and a last `return`: `if (key === 'mailhog') return
 * undefined; return { user, pass };`. Each guard is an `if` without `else` whose body is one
 * `return`; the other statements before the last hold no `return`. Undefined for other shapes.
 */
export function guardedReturns(fn: ts.SignatureDeclaration): { guards: { test: ts.Expression; returned: ts.Expression | undefined }[]; last: ts.Expression | undefined } | undefined {
  const body = (fn as ts.FunctionLikeDeclaration).body;
  if (!body || !ts.isBlock(body)) return undefined;
  const last = body.statements.at(-1);
  if (!last || !ts.isReturnStatement(last)) return undefined;
  const guards: { test: ts.Expression; returned: ts.Expression | undefined }[] = [];
  for (const s of body.statements.slice(0, -1)) {
    const then = ts.isIfStatement(s) && !s.elseStatement ? (ts.isBlock(s.thenStatement) && s.thenStatement.statements.length === 1 ? s.thenStatement.statements[0] : s.thenStatement) : undefined;
    if (ts.isIfStatement(s) && then && ts.isReturnStatement(then)) guards.push({ test: s.expression, returned: then.expression });
    else if (holdsReturn(s)) return undefined;
  }
  return guards.length ? { guards, last: last.expression } : undefined;
}

/** Whether a statement holds a `return` of its function (not one of a function inside it). */
function holdsReturn(n: ts.Node): boolean {
  if (ts.isReturnStatement(n)) return true;
  if (ts.isFunctionLike(n) || ts.isClassLike(n)) return false;
  return ts.forEachChild(n, holdsReturn) ?? false;
}

/** A call's argument value that the call site states: a literal, object, array or template. */
export function isStatedArgument(arg: ts.Expression): boolean {
  let e = arg;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  if (ts.isPrefixUnaryExpression(e)) e = e.operand;
  switch (e.kind) {
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.ObjectLiteralExpression:
    case ts.SyntaxKind.ArrayLiteralExpression:
    case ts.SyntaxKind.TemplateExpression:
      return true;
    default:
      return false;
  }
}

/** A name or a member of one (`tenant`, `config.tenants.globex`): an argument that states no value itself. */
export function isNameExpression(node: ts.Node): boolean {
  let e = ts.isExpression(node) ? skipOuterExpressions(node) : node;
  while (ts.isPropertyAccessExpression(e)) e = e.expression;
  return ts.isIdentifier(e);
}

/** An unknown value standing for a class: how the resolvers pass a class around without a Value kind of its own. */
export function classOf(v: Value): ts.ClassLikeDeclaration | undefined {
  return v.kind === 'unknown' && v.node && ts.isClassLike(v.node) ? v.node : undefined;
}

export function notPassed(node: ts.Node): Value {
  return lit(undefined, node);
}
