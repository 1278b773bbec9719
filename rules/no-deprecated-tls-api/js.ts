// no-deprecated-tls-api: TLS APIs Node deprecated or removed (CWE-477; TLS-FACTS.md 1.9).
import ts from 'typescript';
import type { Fix } from '../api.js';
import type { ModuleRef } from '../js/api.js';
import { DEPRECATED_APIS, DEPRECATED_SERVER_METHOD, type DeprecatedApi } from '../data/node/deprecated-apis.js';
import { moduleMemberExpression } from '../js/module-access.js';
import { moduleNeedles } from '../js/needles.js';
import type { JsPart, JsRuleContext } from '../js/api.js';
import type { Messages } from './meta.js';

/** Every API the rule reports has one of these in its name. */
const TEXT_GATE = ['SecurePair', 'Credentials', DEPRECATED_SERVER_METHOD.method];
const sameRef = (a: ModuleRef, b: ModuleRef) => a.module === b.module && a.path.length === b.path.length && a.path.every((p, i) => p === b.path[i]);

type Ctx = JsRuleContext<Messages>;

export const js: JsPart<Messages> = {
  // Every form is a member of, or an instance made by, one of these modules.
  needles: moduleNeedles([...DEPRECATED_APIS.map((a) => a.ref.module), ...DEPRECATED_SERVER_METHOD.receivers.map((r) => r.module)]),
  // What check() looks for before anything else.
  alsoNeedles: TEXT_GATE,
  check(ctx) {
    if (!TEXT_GATE.some((t) => ctx.text.includes(t))) return;
    for (const call of ctx.nodes.calls) {
      const ref = ctx.refOf(call.expression);
      const api = ref && DEPRECATED_APIS.find((a) => sameRef(a.ref, ref));
      if (api) report(ctx, call, api);
      else if (ts.isCallExpression(call) && isServerSetOptions(ctx, call)) report(ctx, call, DEPRECATED_SERVER_METHOD);
    }
  },
};

function report(ctx: Ctx, call: ts.CallExpression | ts.NewExpression, api: Omit<DeprecatedApi, 'ref'>): void {
  const fixes: Fix[] = [];
  if (api.replaceWith && ts.isCallExpression(call)) {
    const { expr, edits } = moduleMemberExpression(ctx, api.replaceWith.module, api.replaceWith.member);
    fixes.push({
      title: `Replace with ${api.replaceWith.module}.${api.replaceWith.member}()`,
      kind: 'suggestion',
      edits: [...edits, { start: call.expression.getStart(ctx.sourceFile), end: call.expression.end, text: expr }],
    });
  }
  ctx.report({ node: call, messageId: 'deprecated', data: { api: api.shown, code: api.code, risk: api.risk }, fixes });
}

/** `x.setOptions(…)` where x is made by tls.createServer, new tls.Server, https.createServer, … */
function isServerSetOptions(ctx: Ctx, call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== DEPRECATED_SERVER_METHOD.method) return false;
  const receiver = ctx.valueOf(callee.expression);
  if (receiver.kind !== 'instance' || !receiver.ref) return false;
  const made = receiver.ref;
  return DEPRECATED_SERVER_METHOD.receivers.some((r) => sameRef(r, made));
}
