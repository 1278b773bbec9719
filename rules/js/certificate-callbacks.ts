// Electron: `certificate-error` handlers that call `callback(true)` and certificate verify procs
// that call `callback(0)` accept any certificate (TLS-FACTS.md section 3, Electron).
import ts from 'typescript';
import type { JsRuleContext, Value } from './api.js';
import { LISTENER_METHODS } from '../data/node/events.js';
import { CERTIFICATE_CALLBACKS } from '../data/node/sinks.js';
import { stringOf } from './strings.js';


export function checkCertificateCallbacks(ctx: JsRuleContext): void {
  const { event, verifyProc } = CERTIFICATE_CALLBACKS;
  if (!ctx.text.includes(event.name) && !ctx.text.includes(verifyProc.method)) return;
  for (const call of ctx.nodes.calls) {
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) continue;
    const method = call.expression.name.text;
    if (LISTENER_METHODS.has(method) && call.arguments.length >= 2 && stringOf(call.arguments[0]) === event.name) {
      const handler = ctx.valueOf(call.arguments[1]);
      const index = isApp(ctx, call.expression.expression, handler) ? event.callbackIndex : event.webContentsCallbackIndex;
      checkHandler(ctx, handler, index, true, 'false', `The certificate-error handler's callback(true)`);
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
  return /(^|\.)app$/i.test(receiver.getText(ctx.sourceFile));
}

function checkHandler(ctx: JsRuleContext, handler: Value, index: number, insecure: unknown, replacement: string, what: string): void {
  if (handler.kind !== 'function') return;
  const fn = handler.node as ts.FunctionLikeDeclaration;
  const param = fn.parameters[index];
  if (!param || !ts.isIdentifier(param.name) || !fn.body) return;
  const name = param.name.text;
  for (const call of ctx.nodes.calls) {
    if (call.pos < fn.body.pos || call.end > fn.body.end || !ts.isCallExpression(call)) continue;
    if (!ts.isIdentifier(call.expression) || call.expression.text !== name || call.arguments.length < 1) continue;
    if (shadowedBetween(call, fn, name)) continue;
    const arg = call.arguments[0];
    const v = ctx.valueOf(arg);
    if (!(v.kind === 'literal' && v.value === insecure)) continue;
    const conditional = isConditional(call, fn);
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
