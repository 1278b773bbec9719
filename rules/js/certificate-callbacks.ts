// Electron: `certificate-error` handlers that call `callback(true)` and certificate verify procs
// that call `callback(0)` accept any certificate (TLS-FACTS.md section 3, Electron).
import ts from 'typescript';
import type { JsRuleContext, Value } from './api.js';
import { LISTENER_METHODS } from '../data/node/events.js';
import { CERTIFICATE_CALLBACKS } from '../data/node/sinks.js';
import { stringOf } from './strings.js';
import { isLiteral } from './values.js';


export function checkCertificateCallbacks(ctx: JsRuleContext): void {
  const { event, verifyProc } = CERTIFICATE_CALLBACKS;
  if (!ctx.text.includes(event.name) && !ctx.text.includes(verifyProc.method)) return;
  for (const call of ctx.nodes.calls) {
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) continue;
    const method = call.expression.name.text;
    if (LISTENER_METHODS.has(method) && call.arguments.length >= 2 && stringOf(call.arguments[0]) === event.name) {
      const handler = ctx.valueOf(call.arguments[1]);
      const index = isApp(ctx, call.expression.expression, handler) ? event.callbackIndex : event.webContentsCallbackIndex;
      // The certificate comes just before the callback.
      checkHandler(ctx, handler, index, true, 'false', `The certificate-error handler's callback(true)`, index - 1);
    } else if (method === verifyProc.method && call.arguments.length >= 1) {
      checkHandler(ctx, ctx.valueOf(call.arguments[0]), verifyProc.callbackIndex, 0, '-3', 'setCertificateVerifyProc\'s callback(0)');
    }
  }
}

/**
 * `app`'s certificate-error passes `webContents` before the URL, so its callback comes one place
 * later than on `webContents`. The receiver says which; when it cannot be resolved, the handler's
 * parameter names do (`callback`, `cb`), then the receiver's name.
 */
function isApp(ctx: JsRuleContext, receiver: ts.Expression, handler: Value): boolean {
  const ref = ctx.refOf(receiver);
  if (ref?.module === 'electron') return ref.path.length === 1 && ref.path[0] === 'app';
  const { event } = CERTIFICATE_CALLBACKS;
  if (handler.kind === 'function') {
    const names = handler.node.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : ''));
    const looksLikeCallback = (i: number) => /^(cb|callback|done|cont(inue)?|verify|accept)$/i.test(names[i] ?? '');
    if (looksLikeCallback(event.callbackIndex) !== looksLikeCallback(event.webContentsCallbackIndex)) return looksLikeCallback(event.callbackIndex);
  }
  return /(^|\.)app$/i.test(receiver.getText(receiver.getSourceFile()));
}

function checkHandler(ctx: JsRuleContext, handler: Value, index: number, insecure: unknown, replacement: string, what: string, certIndex?: number): void {
  if (handler.kind !== 'function') return;
  const fn = handler.node as ts.FunctionLikeDeclaration;
  const param = fn.parameters[index];
  if (!param || !ts.isIdentifier(param.name) || !fn.body) return;
  const name = param.name.text;
  const certParam = certIndex !== undefined ? fn.parameters[certIndex] : undefined;
  const cert = certParam && ts.isIdentifier(certParam.name) ? certParam.name.text : undefined;
  for (const call of ctx.nodes.calls) {
    if (call.pos < fn.body.pos || call.end > fn.body.end || !ts.isCallExpression(call)) continue;
    if (!ts.isIdentifier(call.expression) || call.expression.text !== name || call.arguments.length < 1) continue;
    if (shadowedBetween(call, fn, name)) continue;
    const arg = call.arguments[0];
    const v = ctx.valueOf(arg);
    // `callback(host.endsWith('.intranet') ? 0 : -3)`: the argument itself chosen by a condition.
    const chosen = v.kind === 'either' && v.branches.some((b) => isLiteral(b.value, insecure));
    if (!(isLiteral(v, insecure) || chosen)) continue;
    // Accepting exactly one pinned certificate is how a self-signed server is trusted safely; a
    // verify proc accepting what Chromium verified (`verificationResult === 'net::OK' ? 0 : -2`) accepts nothing more.
    const trusted: TrustTest | undefined = cert !== undefined ? (e, holds) => pinTest(e, cert, holds) : certIndex === undefined ? chromiumVerified : undefined;
    if (trusted && (onlyWhenTrusted(call, fn, trusted) || trustedChoice(arg, insecure, trusted))) continue;
    const conditional = chosen || isConditional(call, fn);
    ctx.report({
      node: call,
      messageId: 'callback',
      severity: conditional ? 'warning' : undefined,
      // Under a condition it may accept one pinned certificate (the docs say how to check): a warning.
      data: { what, which: conditional ? 'failed certificates under a condition' : 'every certificate' },
      fixes: [{ title: `Reject the certificate: callback(${replacement})`, kind: 'suggestion', edits: [{ start: arg.getStart(ctx.sourceFile), end: arg.end, text: replacement }] }],
    });
  }
}

/** Whether `e` being `holds` means the certificate is one to trust (the pinned one, or one Chromium verified). */
type TrustTest = (e: ts.Expression, holds: boolean) => boolean;

/** `callback(cert.fingerprint === PIN ? true : false)`: the insecure side of a `?:` taken only for a trusted certificate. */
function trustedChoice(arg: ts.Expression, insecure: unknown, trusted: TrustTest): boolean {
  let x = arg;
  while (ts.isParenthesizedExpression(x)) x = x.expression;
  if (!ts.isConditionalExpression(x)) return false;
  const literal = (e: ts.Expression): unknown => (e.kind === ts.SyntaxKind.TrueKeyword ? true : e.kind === ts.SyntaxKind.FalseKeyword ? false : ts.isNumericLiteral(e) ? Number(e.text) : undefined);
  const whenTrue = literal(x.whenTrue) === insecure;
  const whenFalse = literal(x.whenFalse) === insecure;
  return whenTrue !== whenFalse && trusted(x.condition, whenTrue);
}

/** Whether a nested function between the call and the handler declares the same name. */
function shadowedBetween(call: ts.Node, fn: ts.Node, name: string): boolean {
  for (let n = call.parent; n && n !== fn; n = n.parent) {
    if (ts.isFunctionLike(n) && n.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === name)) return true;
  }
  return false;
}

function isConditional(call: ts.Node, fn: ts.Node): boolean {
  for (let n = call.parent; n && n !== fn; n = n.parent) {
    if (ts.isIfStatement(n) || ts.isConditionalExpression(n) || ts.isSwitchStatement(n) || (ts.isBinaryExpression(n) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(n.operatorToken.kind))) return true;
  }
  return false;
}

/**
 * Whether the call runs only when the certificate matches a pin: inside `if (cert.fingerprint ===
 * PIN)` (or `PINS.includes(cert.fingerprint)`, alone or in an `&&`), in the else of a `!==` test,
 * or after `if (cert.fingerprint !== PIN) return …;`.
 */
function onlyWhenTrusted(call: ts.Node, fn: ts.Node, trusted: TrustTest): boolean {
  let child: ts.Node = call;
  for (let p = call.parent; p && p !== fn; child = p, p = p.parent) {
    if (ts.isIfStatement(p) && child !== p.expression && trusted(p.expression, child === p.thenStatement)) return true;
    if (ts.isBlock(p)) {
      for (const st of p.statements) {
        if (st === child) break;
        if (ts.isIfStatement(st) && !st.elseStatement && leaves(st.thenStatement) && trusted(st.expression, false)) return true;
      }
    }
  }
  return false;
}

/** Whether `e` being `holds` means the certificate is the pinned one. */
function pinTest(e: ts.Expression, cert: string, holds: boolean): boolean {
  let x = e;
  while (ts.isParenthesizedExpression(x)) x = x.expression;
  if (ts.isPrefixUnaryExpression(x) && x.operator === ts.SyntaxKind.ExclamationToken) return pinTest(x.operand, cert, !holds);
  if (ts.isBinaryExpression(x)) {
    const op = x.operatorToken.kind;
    if (op === (holds ? ts.SyntaxKind.AmpersandAmpersandToken : ts.SyntaxKind.BarBarToken)) return pinTest(x.left, cert, holds) || pinTest(x.right, cert, holds);
    const equal = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
    const unequal = op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
    if ((holds ? equal : unequal) && (isPinnedField(x.left, cert) !== isPinnedField(x.right, cert))) return !mentions(isPinnedField(x.left, cert) ? x.right : x.left, cert);
    return false;
  }
  // PINS.includes(cert.fingerprint), PINS.has(cert.fingerprint)
  if (holds && ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression) && ['includes', 'has'].includes(x.expression.name.text)) {
    return x.arguments.length === 1 && isPinnedField(x.arguments[0], cert) && !mentions(x.expression.expression, cert);
  }
  return false;
}

/**
 * setCertificateVerifyProc's request says what Chromium's own verification found:
 * `verificationResult === 'net::OK'` or `errorCode === 0` (read from the request or destructured).
 */
function chromiumVerified(e: ts.Expression, holds: boolean): boolean {
  let x = e;
  while (ts.isParenthesizedExpression(x)) x = x.expression;
  if (ts.isPrefixUnaryExpression(x) && x.operator === ts.SyntaxKind.ExclamationToken) return chromiumVerified(x.operand, !holds);
  if (!ts.isBinaryExpression(x)) return false;
  const op = x.operatorToken.kind;
  if (op === (holds ? ts.SyntaxKind.AmpersandAmpersandToken : ts.SyntaxKind.BarBarToken)) return chromiumVerified(x.left, holds) || chromiumVerified(x.right, holds);
  const equal = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
  const unequal = op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
  if (!(holds ? equal : unequal)) return false;
  return verifiedOutcome(x.left, x.right) || verifiedOutcome(x.right, x.left);
}

function verifiedOutcome(field: ts.Expression, value: ts.Expression): boolean {
  const name = ts.isIdentifier(field) ? field.text : ts.isPropertyAccessExpression(field) ? field.name.text : undefined;
  if (name === 'verificationResult') return ts.isStringLiteral(value) && value.text === 'net::OK';
  return name === 'errorCode' && ts.isNumericLiteral(value) && value.text === '0';
}

/** `cert.fingerprint` or `cert.data` (the PEM itself). */
function isPinnedField(e: ts.Expression, cert: string): boolean {
  return ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === cert && ['fingerprint', 'data'].includes(e.name.text);
}

function mentions(e: ts.Node, name: string): boolean {
  if (ts.isIdentifier(e)) return e.text === name;
  return ts.forEachChild(e, (c) => (mentions(c, name) ? true : undefined)) ?? false;
}

/** Whether a statement always leaves: return, throw, or a block ending in one. */
function leaves(st: ts.Statement): boolean {
  if (ts.isReturnStatement(st) || ts.isThrowStatement(st)) return true;
  return ts.isBlock(st) && st.statements.length > 0 && leaves(st.statements[st.statements.length - 1]);
}
