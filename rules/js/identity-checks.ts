// Which hosts a checkServerIdentity function lets through unchecked (TLS-FACTS 7.1): Node treats
// a falsy return as "the name matches", so a path that returns nothing before any check accepts
// a certificate for any domain. `(host, cert) => isIP(host) ? undefined : orig(host, cert)` skips
// the check for IP addresses. A decision on the certificate itself (a pinned fingerprint) is a
// check, not a skip.
import ts from 'typescript';
import type { JsRuleContext, Value } from './api.js';
import { LOG_METHODS } from '../data/node/key-logging.js';
import { isNothing, returnsNothing } from './functions.js';
import { whenTruthy } from './condition-text.js';
import { unwrap } from './syntax.js';
import { someNode } from './walk.js';

/** 'all' when every host is let through; else the conditions under which some are (empty: none). */
export type Skips = 'all' | string[];

export function skippedHosts(ctx: JsRuleContext, v: Value): Skips {
  if (returnsNothing(v)) return 'all';
  if (v.kind !== 'function') return [];
  const fn = v.node as ts.FunctionLikeDeclaration;
  if (!fn.body || fn.asteriskToken || ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) return [];
  const names = fn.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : undefined));
  const walker = new PathWalker(ctx, names[0], names[1]);
  if (ts.isBlock(fn.body)) {
    const end = walker.statements(fn.body.statements, { conditions: [], checked: false });
    if (end) walker.exit(end);
  } else {
    walker.returned(fn.body, { conditions: [], checked: false });
  }
  return [...new Set(walker.skips)];
}

interface Path {
  conditions: ts.Expression[];
  /** Whether a check ran on the way: the original check, or a call given the host or the certificate. */
  checked: boolean;
  negated?: ReadonlySet<ts.Expression>;
}

class PathWalker {
  readonly skips: string[] = [];

  constructor(
    private readonly ctx: JsRuleContext,
    private readonly host: string | undefined,
    private readonly cert: string | undefined,
  ) {}

  /** Walks statements in order; the path that falls off the end, or undefined when every path left. */
  statements(list: readonly ts.Statement[], path: Path): Path | undefined {
    let cur: Path | undefined = path;
    for (const st of list) {
      if (!cur) return undefined;
      cur = this.statement(st, cur);
    }
    return cur;
  }

  private statement(st: ts.Statement, path: Path): Path | undefined {
    if (ts.isReturnStatement(st)) {
      if (st.expression) this.returned(st.expression, path);
      else this.exit(path);
      return undefined;
    }
    if (ts.isThrowStatement(st)) return undefined;
    if (ts.isBlock(st)) return this.statements(st.statements, path);
    if (ts.isIfStatement(st)) {
      const yes = this.branch(st.thenStatement, this.with(path, st.expression, false));
      const no = st.elseStatement ? this.branch(st.elseStatement, this.with(path, st.expression, true)) : this.with(path, st.expression, true);
      if (!yes) return no;
      if (!no) return yes;
      // Both go on: what they share goes on (a check on one side only does not count).
      return { conditions: path.conditions, checked: path.checked || (yes.checked && no.checked), negated: path.negated };
    }
    // Loops, switches and try blocks: a check inside counts; their exits are not followed.
    if (this.checks(st)) return { ...path, checked: true };
    return path;
  }

  private branch(st: ts.Statement, path: Path): Path | undefined {
    return ts.isBlock(st) ? this.statements(st.statements, path) : this.statement(st, path);
  }

  private with(path: Path, cond: ts.Expression, negated: boolean): Path {
    const set = new Set(path.negated);
    if (negated) set.add(cond);
    return { conditions: [...path.conditions, cond], checked: path.checked, negated: set };
  }

  /** A returned expression: a conditional splits the path, nothing is an exit that lets the host through. */
  returned(e: ts.Expression, path: Path): void {
    const x = unwrap(e);
    if (ts.isConditionalExpression(x)) {
      this.returned(x.whenTrue, this.with(path, x.condition, false));
      this.returned(x.whenFalse, this.with(path, x.condition, true));
      return;
    }
    if (isNothing(x)) this.exit(path);
  }

  /** A path that returns nothing: a skip, unless a check ran or the path decides on the certificate. */
  exit(path: Path): void {
    if (path.checked) return;
    if (this.cert !== undefined && path.conditions.some((c) => this.mentions(c, this.cert!))) return;
    const when = path.conditions.map((c) => whenTruthy(this.ctx.sourceFile, c, !path.negated?.has(c)));
    this.skips.push(when.join(' and '));
  }

  private checks(n: ts.Node): boolean {
    return someNode(n, (x) => {
      if (ts.isFunctionLike(x) && x !== n) return false;
      if (!ts.isCallExpression(x)) return false;
      const callee = unwrap(x.expression);
      if (ts.isPropertyAccessExpression(callee) && LOG_METHODS.has(callee.name.text)) return false;
      if (/checkServerIdentity/.test(callee.getText())) return true;
      const ref = this.ctx.refOf(callee);
      if (ref?.module === 'tls' && ref.path.join('.') === 'checkServerIdentity') return true;
      return x.arguments.some((a) => [this.host, this.cert].some((p) => p !== undefined && this.mentions(a, p)));
    });
  }

  private mentions(e: ts.Node, name: string): boolean {
    return someNode(e, (x) => ts.isIdentifier(x) && x.text === name && !(ts.isPropertyAccessExpression(x.parent) && x.parent.name === x));
  }
}
