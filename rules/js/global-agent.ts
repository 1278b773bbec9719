// https.globalAgent: the agent of every https request that names none (TLS-FACTS 1.1 #8, 7.1).
// Its options win over a request's own, so rejectUnauthorized: false there holds process-wide.
import ts from 'typescript';
import type { JsRuleContext, Prop } from './api.js';
import { isObjectAssignCall, unwrap } from './syntax.js';
import { branchesOf } from './values.js';

/** How messages say where an option is: in the agent of every request that names none. */
export const GLOBAL_AGENT = ' in https.globalAgent';

/** ' in https.globalAgent' when an option is written into the global agent, else undefined. */
export function globalAgentWhere(ctx: JsRuleContext, prop: Prop, sinkNode?: ts.Node): string | undefined {
  const n = prop.node;
  // https.globalAgent.options.rejectUnauthorized = false
  if (ts.isBinaryExpression(n)) {
    const left = unwrap(n.left);
    if ((ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left)) && isGlobalAgent(ctx, left.expression, ['options'])) return GLOBAL_AGENT;
  }
  // https.globalAgent = new https.Agent({ … })
  let p = sinkNode?.parent;
  while (p && (ts.isParenthesizedExpression(p) || ts.isAsExpression(p))) p = p.parent;
  if (p && ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && isGlobalAgent(ctx, p.left, [])) return GLOBAL_AGENT;
  return undefined;
}

/** Properties named `name` merged into the global agent's options: `Object.assign(https.globalAgent.options, { … })`. */
export function globalAgentAssigns(ctx: JsRuleContext, name: string): Prop[] {
  const out: Prop[] = [];
  for (const c of ctx.nodes.calls) {
    if (!ts.isCallExpression(c) || c.arguments.length < 2 || !isObjectAssignCall(c) || !isGlobalAgent(ctx, c.arguments[0], ['options'])) continue;
    for (const arg of c.arguments.slice(1)) {
      if (ts.isSpreadElement(arg)) continue;
      for (const b of branchesOf(ctx.valueOf(arg))) {
        const prop = b.value.kind === 'object' ? b.value.props.get(name) : undefined;
        if (prop) out.push(prop);
      }
    }
  }
  return out;
}

function isGlobalAgent(ctx: JsRuleContext, e: ts.Expression, rest: string[]): boolean {
  const ref = ctx.refOf(unwrap(e));
  return ref?.module === 'https' && ref.path.join('.') === ['globalAgent', ...rest].join('.');
}
