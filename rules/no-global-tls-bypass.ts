// no-global-tls-bypass: `process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'` (CWE-295).
import ts from 'typescript';
import type { Fix, Rule, RuleContext, Value } from './api.js';
import { removeStatement } from './util/edits.js';
import { conditionSuffix, findBranch, walkProps } from './util/values.js';

const ID = 'no-global-tls-bypass';
const VAR = 'NODE_TLS_REJECT_UNAUTHORIZED';

/** Node disables verification only for the exact string '0'; process.env turns 0 into '0'. */
const disables = (v: Value) => v.kind === 'literal' && (v.value === '0' || v.value === 0);

export const noGlobalTlsBypass: Rule = {
  meta: {
    id: ID,
    description: 'NODE_TLS_REJECT_UNAUTHORIZED must not be set to 0.',
    rationale:
      'Setting NODE_TLS_REJECT_UNAUTHORIZED to 0 turns certificate verification off for every later TLS connection of the process: https, fetch, WebSocket and database clients alike, including ones in dependencies. Node reads it at every connect, so one line in a test helper or a startup script silently exposes the whole process to impersonation.',
    category: 'certificate',
    defaultSeverity: 'error',
    cwe: [295],
    fixKinds: ['suggestion'],
    precision: 'very-high',
    needles: [VAR],
    messages: {
      assign:
        'Setting NODE_TLS_REJECT_UNAUTHORIZED to 0{condition} disables certificate verification for every TLS connection of this process, so anyone on the network path can impersonate any server. Remove it and trust the needed CA with NODE_EXTRA_CA_CERTS or the ca option.',
    },
  },
  check(ctx) {
    if (!ctx.text.includes(VAR)) return;
    for (const a of ctx.nodes.assignments) {
      if (a.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
      if (isEnvVar(ctx, a.left)) {
        const bad = findBranch(ctx.valueOf(a.right), disables);
        if (bad) report(ctx, a, bad.condition ? conditionSuffix(bad) : '');
      } else if (isProcessEnv(ctx, a.left)) {
        reportInObject(ctx, ctx.valueOf(a.right));
      }
    }
    for (const c of ctx.nodes.calls) {
      // Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '0' })
      if (!ts.isCallExpression(c) || c.arguments.length < 2 || !isObjectAssignCall(c) || !isProcessEnv(ctx, c.arguments[0])) continue;
      for (const arg of c.arguments.slice(1)) reportInObject(ctx, ctx.valueOf(arg));
    }
  },
};

function reportInObject(ctx: RuleContext, v: Value): void {
  walkProps(v, ({ prop, depth }) => {
    if (depth !== 0 || prop.key !== VAR) return;
    const bad = findBranch(prop.value, disables);
    if (bad) report(ctx, prop.node, conditionSuffix(bad));
  }, 0);
}

function report(ctx: RuleContext, node: ts.Node, condition: string): void {
  const edit = ts.isBinaryExpression(node) ? removeStatement(ctx.sourceFile, node) : undefined;
  const fixes: Fix[] = edit ? [{ title: 'Remove the NODE_TLS_REJECT_UNAUTHORIZED assignment', kind: 'suggestion', edits: [edit] }] : [];
  ctx.report({ node, messageId: 'assign', data: { condition }, fixes });
}

/** `process.env.NODE_TLS_REJECT_UNAUTHORIZED`, `process.env['…']`, or through `const env = process.env`. */
function isEnvVar(ctx: RuleContext, e: ts.Expression): boolean {
  const x = unwrap(e);
  if (ts.isPropertyAccessExpression(x) && x.name.text === VAR) return isProcessEnv(ctx, x.expression);
  if (ts.isElementAccessExpression(x)) {
    const k = ctx.valueOf(x.argumentExpression);
    return k.kind === 'literal' && k.value === VAR && isProcessEnv(ctx, x.expression);
  }
  return false;
}

function isProcessEnv(ctx: RuleContext, e: ts.Expression): boolean {
  const x = unwrap(e);
  const ref = ctx.refOf(x);
  if (ref) return ref.module === 'process' && ref.path.length === 1 && ref.path[0] === 'env';
  if (ts.isPropertyAccessExpression(x) && x.name.text === 'env') {
    const base = unwrap(x.expression);
    return ts.isIdentifier(base) && base.text === 'process' && isUnboundOrProcess(ctx, base);
  }
  if (ts.isIdentifier(x)) {
    // `const env = process.env` or `const { env } = process`
    const v = ctx.valueOf(x);
    return v.kind !== 'unknown' && v.node !== undefined && v.node !== x && ts.isExpression(v.node) && isProcessEnv(ctx, v.node as ts.Expression);
  }
  return false;
}

function isUnboundOrProcess(ctx: RuleContext, id: ts.Identifier): boolean {
  const v = ctx.valueOf(id);
  return v.kind === 'unknown' && v.node === id;
}

function isObjectAssignCall(c: ts.CallExpression): boolean {
  const e = unwrap(c.expression);
  return ts.isPropertyAccessExpression(e) && e.name.text === 'assign' && ts.isIdentifier(e.expression) && e.expression.text === 'Object';
}

function unwrap(e: ts.Expression): ts.Expression {
  let x = e;
  while (ts.isParenthesizedExpression(x) || ts.isAsExpression(x) || ts.isNonNullExpression(x) || ts.isSatisfiesExpression(x) || ts.isTypeAssertionExpression(x)) x = x.expression;
  return x;
}
