// Whether code runs only behind an explicit opt-in: an `if` on an environment variable, a
// command-line argument or a debug flag. Debugging aids that leak secrets are acceptable there.
import ts from 'typescript';
import type { JsRuleContext, Prop } from './api.js';
import { asksForLess, namesDeployment } from '../common/conditions.js';
import { whenTruthy } from './condition-text.js';
import { propertyValue, unwrap } from './syntax.js';
import { branchesOf, hasOpaqueBranch, isOpaque, type ValueBranch } from './values.js';
import { OPT_IN_NAME } from '../data/node/key-logging.js';
import { walk } from './walk.js';

/** `process.env.X`, `process.argv.includes('--debug')`, `config.debugTls`, `!KEYLOG_FILE`, … */
export function isOptInCondition(ctx: JsRuleContext, cond: ts.Expression): boolean {
  let found = false;
  walk(cond, (n) => {
    if (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n) || ts.isIdentifier(n)) {
      const ref = ctx.refOf(n);
      const name = ts.isIdentifier(n) ? n.text : ts.isPropertyAccessExpression(n) ? n.name.text : undefined;
      if ((ref?.module === 'process' && ['env', 'argv', 'execArgv'].includes(ref.path[0] ?? '')) || (name !== undefined && OPT_IN_NAME.test(name))) {
        found = true;
        return 'stop';
      }
    }
    // Functions inside a condition are not what it tests.
    if (ts.isFunctionLike(n)) return 'skip';
  });
  return found;
}

/**
 * Whether `node` runs only when an opt-in holds: inside an `if`/`?:`/`&&` on one, or after an
 * `if (!opt-in) return;` in an enclosing block (not after `if (process.env.NO_TELEMETRY) return;`,
 * an opt-out: what follows runs by default). Enclosing functions are looked through: a helper
 * declared inside `if (process.env.DEBUG)` is guarded too.
 */
export function isUnderOptIn(ctx: JsRuleContext, node: ts.Node): boolean {
  let child: ts.Node = node;
  for (let p = node.parent; p; child = p, p = p.parent) {
    if (ts.isIfStatement(p) && child !== p.expression && branchOnOptIn(ctx, p.expression, child === p.thenStatement)) return true;
    if (ts.isConditionalExpression(p) && child !== p.condition && branchOnOptIn(ctx, p.condition, child === p.whenTrue)) return true;
    if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === p.right && isOptInCondition(ctx, p.left)) return true;
    if (ts.isBlock(p) || ts.isSourceFile(p) || ts.isCaseClause(p) || ts.isDefaultClause(p)) {
      const statements = p.statements as ts.NodeArray<ts.Statement>;
      for (const st of statements) {
        if (st === child) break;
        if (ts.isIfStatement(st) && !st.elseStatement && exits(st.thenStatement) && exitsUnlessOptIn(ctx, st.expression)) return true;
      }
    }
  }
  return false;
}

/**
 * Whether a branch of a test runs only on an opt-in: the branch taken when a test of one holds, or
 * the `else` of a negated test (`if (!process.env.DEBUG) … else <here>`). The `else` of
 * `if (process.argv.includes('--keylog'))` runs when the user did not opt in.
 */
function branchOnOptIn(ctx: JsRuleContext, cond: ts.Expression, whenTrue: boolean): boolean {
  if (whenTrue) return isOptInCondition(ctx, cond);
  const e = unwrap(cond);
  return ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken && isOptInCondition(ctx, e.operand);
}

/**
 * Whether what follows `if (cond) return;` runs only on an opt-in: `cond` is a negated one
 * (`!process.env.KEYLOG`), or a test of the deployment (`NODE_ENV === 'production'`: what follows
 * is a development aid, as before).
 */
function exitsUnlessOptIn(ctx: JsRuleContext, cond: ts.Expression): boolean {
  if (branchOnOptIn(ctx, cond, false)) return true;
  const e = unwrap(cond);
  if (!ts.isBinaryExpression(e) || ![ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken].includes(e.operatorToken.kind)) return false;
  return [e.left, e.right].some((side) => {
    const x = unwrap(side);
    const name = ts.isPropertyAccessExpression(x) ? x.name.text : ts.isIdentifier(x) ? x.text : ts.isElementAccessExpression(x) && ts.isStringLiteral(x.argumentExpression) ? x.argumentExpression.text : undefined;
    return name !== undefined && namesDeployment(name) && isOptInCondition(ctx, x);
  });
}

/** Whether a statement always leaves the block: return, throw, process.exit(), or a block ending in one. */
function exits(st: ts.Statement): boolean {
  if (ts.isReturnStatement(st) || ts.isThrowStatement(st)) return true;
  if (ts.isBlock(st)) return st.statements.length > 0 && exits(st.statements[st.statements.length - 1]);
  if (ts.isExpressionStatement(st) && ts.isCallExpression(st.expression)) return /^process\.exit$/.test(st.expression.expression.getText());
  return false;
}

/**
 * `rejectUnauthorized: !insecure`, `strictSSL: !argv.insecure`: a value the file does not know,
 * false exactly when a setting named for asking less verification is set. The finding holds on
 * that explicit opt-in (the option must take `false` as its insecure value). An option whose
 * insecure value is `true` takes the setting itself (`ignoreHTTPSErrors: insecure`), unless the
 * setting only repeats the option's name (`tlsInsecure: config.tlsInsecure` hands a setting on).
 */
export function optInSetting(ctx: JsRuleContext, prop: Prop, insecureValues: readonly unknown[]): (ValueBranch & { at?: ts.Node; passedAt?: ts.Node }) | undefined {
  // In a caller's frame (`makeAgent(flags.insecure)` evaluated in its importer) the option's value
  // is the frame's, written at the function's own `!insecure`.
  const written = prop.valueNode ?? (prop.value.kind === 'unknown' && prop.value.node && ts.isExpression(prop.value.node) ? prop.value.node : undefined);
  const e = written && unwrap(written);
  if (!e) return undefined;
  const negated = ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken;
  const setting = negated ? e.operand : e;
  if (!insecureValues.includes(!negated) || (!negated && (isComparison(e) || namesOption(e, prop.key)))) return undefined;
  // Only a value the file does not know: a known one is judged by its branches.
  if (!branchesOf(prop.value).every((b) => b.value.kind === 'unknown') || !asksForLess(setting.getText())) return undefined;
  // A parameter's value is its callers' (`makeAgent(true)`): the project model reports at the
  // call. A setting of a bag of them (`!flags.insecure`, flags parsed from the command line by a
  // caller) is the opt-in it names, as when the bag is parsed in this file; so is a caller's
  // argument that names one (`makeAgent(flags.insecure)`, `makeAgent(process.argv.includes('--insecure'))`),
  // reported at the option (`at`), where the negation turns it into one, not at the caller's
  // argument as a value it writes (`true`) is.
  const operand = unwrap(setting);
  if (isParameter(ctx, operand)) {
    const passed = passedOptIn(ctx, operand as ts.Identifier);
    const said = passed && argumentValue(passed);
    return said && { value: { kind: 'literal', value: !negated, node: e }, condition: whenTruthy(said.getSourceFile(), said as ts.Expression, true), at: e.parent, passedAt: said };
  }
  // `const insecure = process.env.CHAT_INSECURE === '1'` (also a setting of another file's config):
  // a comparison of a switch of its own is someone's explicit choice, quiet as at the option.
  if (branchesOf(ctx.valueOf(setting)).every((b) => b.value.kind === 'unknown' && !!b.value.node && ts.isExpression(b.value.node) && isComparison(unwrap(b.value.node)))) return undefined;
  // `!opts.insecure` in a helper, each evaluated call passing a comparison (`{ insecure:
  // process.env.LOYALTY_INSECURE_TLS === '1' }`): the callers' explicit choices, quiet as above.
  if (ts.isPropertyAccessExpression(operand) && comparedInEveryCall(ctx, operand)) return undefined;
  // Written in another file (a helper evaluated for a caller of it here): said in its own file's
  // words, and reported at that option, where the negation turns the setting into one.
  const sf = e.getSourceFile();
  return { value: { kind: 'literal', value: !negated, node: e }, condition: whenTruthy(sf, setting, true), ...(sf !== ctx.sourceFile ? { at: e.parent } : {}) };
}

/** The expression an argument node gives: `argv.insecure` of `{ insecure: argv.insecure }`. */
function argumentValue(n: ts.Node): ts.Expression {
  return propertyValue(n) ?? (n as ts.Expression);
}

/**
 * The argument a caller gives the parameter `param` when it names a setting asking for less
 * (`flags.insecure`, `opts.insecure`, a caller's own `insecure` parameter, `argv.includes('--insecure')`):
 * a value of the analysed call's frame, written outside the parameter's function.
 */
function passedOptIn(ctx: JsRuleContext, param: ts.Identifier): ts.Node | undefined {
  // Every call that leaves it unknown must pass one (the frame at hand is one of them).
  let passed: ts.Node | undefined;
  for (const { value, from } of ctx.valuesInCalls(param)) {
    // As for a bag's setting: only a value the file cannot know at all (`env.skipVerify ?? false` is not one).
    if (!hasOpaqueBranch(value)) continue;
    // A comparison of a switch of its own (`process.env.INSECURE === '1'`) is someone's explicit
    // choice: that call stays quiet, as at the option, and says nothing of the other calls.
    if (from.length > 0 && from.every((n) => isComparison(unwrap(argumentValue(n))))) continue;
    if (!isOpaque(value)) return undefined;
    const named = from.find((n) => asksForLess(n.getText()) && !ts.isBinaryExpression(unwrap(argumentValue(n))));
    if (!named) return undefined;
    passed ??= named;
  }
  return passed;
}

/** Whether every call a setting of a parameter was evaluated in gives it a comparison (blind20 01). */
function comparedInEveryCall(ctx: JsRuleContext, read: ts.PropertyAccessExpression): boolean {
  const frames = ctx.valuesInCalls(read);
  return frames.length > 0 && frames.every(({ value, from }) => branchesOf(value).every((b) => b.value.kind === 'unknown') && from.length > 0 && from.every((n) => settingIsComparison(n, read.name.text)));
}

/** An argument node a setting comes from: the comparison itself, its property, or an object literal whose property it is. */
function settingIsComparison(n: ts.Node, key: string): boolean {
  if (ts.isObjectLiteralExpression(n)) {
    const p = n.properties.find((x) => (ts.isPropertyAssignment(x) || ts.isShorthandPropertyAssignment(x)) && ts.isIdentifier(x.name) && x.name.text === key);
    return !!p && settingIsComparison(p, key);
  }
  const v = argumentValue(n);
  return ts.isExpression(v) && isComparison(unwrap(v));
}

function isComparison(e: ts.Expression): boolean {
  return ts.isBinaryExpression(e) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(e.operatorToken.kind);
}

/** Whether a setting is named as the option it is given to (`ignoreHTTPSErrors: opts.ignoreHttpsErrors`). */
function namesOption(e: ts.Expression, option: string): boolean {
  const last = ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : undefined;
  const plain = (s: string) => s.replace(/[-_]/g, '').toLowerCase();
  return last !== undefined && plain(last) === plain(option);
}

/** `insecure` where `insecure` is a parameter of an enclosing function. */
function isParameter(ctx: JsRuleContext, operand: ts.Expression): boolean {
  return ts.isIdentifier(operand) && ctx.isParameter(operand);
}
