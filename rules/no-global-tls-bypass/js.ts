// no-global-tls-bypass: `process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'` (CWE-295).
import ts from 'typescript';
import type { Fix } from '../api.js';
import type { Prop, Value } from '../js/api.js';
import { ENV_SINKS } from '../data/node/sinks.js';
import type { EnvSink } from '../data/node/sink-types.js';
import { conditionsSuffix } from '../common/conditions.js';
import { whenTruthy } from '../js/condition-text.js';
import { removeProperty, removeStatement } from '../js/edits.js';
import { isObjectAssignCall, unwrap } from '../js/syntax.js';
import { branchesOf, findBranch, type ValueBranch } from '../js/values.js';
import type { JsPart, JsRuleContext } from '../js/api.js';
import type { Messages } from './meta.js';
import { files } from './files.js';
import { checkPm2 } from '../js/pm2.js';

const VAR = 'NODE_TLS_REJECT_UNAUTHORIZED';

/** Node disables verification only for the exact string '0'; process.env turns 0 into '0'. */
const disables = (v: Value) => v.kind === 'literal' && (v.value === '0' || v.value === 0);

type Ctx = JsRuleContext<Messages>;

export const js: JsPart<Messages> = {
  needles: [VAR],
  check(ctx) {
    // pm2's ecosystem.config.js: its apps' env and node_args, judged as in project files.
    checkPm2(ctx, files);
    if (!ctx.text.includes(VAR)) return;
    for (const a of ctx.nodes.assignments) {
      const op = a.operatorToken.kind;
      if (isEnvVar(ctx, a.left)) {
        // `??=` and `||=` set the variable only when it is not set (or empty) yet.
        const when = op === ts.SyntaxKind.QuestionQuestionEqualsToken ? 'when it is not set yet' : op === ts.SyntaxKind.BarBarEqualsToken ? 'when it is not set or empty' : undefined;
        if (op !== ts.SyntaxKind.EqualsToken && !when) continue;
        const bad = findBranch(ctx.valueOf(a.right), disables);
        if (bad) report(ctx, a, conditionsSuffix(...guards(ctx, a), when, bad.condition));
      } else if (op === ts.SyntaxKind.EqualsToken && isProcessEnv(ctx, a.left)) {
        // process.env = { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' }
        reportInObject(ctx, ctx.valueOf(a.right));
      }
    }
    for (const c of ctx.nodes.calls) {
      // Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '0' })
      if (ts.isCallExpression(c) && c.arguments.length >= 2 && isObjectAssignCall(c) && isProcessEnv(ctx, c.arguments[0])) {
        for (const arg of c.arguments.slice(1)) if (!ts.isSpreadElement(arg)) reportInObject(ctx, ctx.valueOf(arg));
      }
    }
    // spawn(cmd, args, { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' } }): the child runs unverified.
    for (const c of ctx.nodes.calls) {
      const sink = envSink(ctx, c);
      if (sink) reportInBranches(ctx, envOf(ctx, sink, c), sink.id);
    }
  },
};

/**
 * The variable written by an object that is assigned or merged into process.env (or given to a
 * child process as its environment, for `api`), in each branch.
 */
function reportInObject(ctx: Ctx, v: Value): void {
  reportInBranches(ctx, branchesOf(v));
}

function reportInBranches(ctx: Ctx, branches: readonly ValueBranch[], api?: string): void {
  for (const branch of branches) {
    if (branch.value.kind !== 'object') continue;
    const prop = branch.value.props.get(VAR);
    if (!prop) continue;
    const bad = findBranch(prop.value, disables);
    if (bad) report(ctx, prop.node, conditionsSuffix(...guards(ctx, prop.node), branch.condition, bad.condition), prop, api);
  }
}

function envSink(ctx: Ctx, c: ts.CallExpression | ts.NewExpression): EnvSink | undefined {
  const ref = ctx.refOf(c.expression);
  if (!ref) return undefined;
  const path = ts.isNewExpression(c) ? [...ref.path, '()'] : ref.path;
  return ENV_SINKS.find((s) => s.modules.includes(ref.module) && s.paths.some((p) => p.length === path.length && p.every((k, i) => k === path[i])));
}

/** The environments a child-process call may pass, one per branch of conditional options or env. */
function envOf(ctx: Ctx, sink: EnvSink, c: ts.CallExpression | ts.NewExpression): ValueBranch[] {
  const args = c.arguments ?? [];
  let options: Value | undefined;
  if (typeof sink.options === 'number') {
    const a = args[sink.options];
    options = a && !ts.isSpreadElement(a) ? ctx.valueOf(a) : undefined;
  } else {
    for (const a of args) {
      if (ts.isSpreadElement(a)) break;
      const v = ctx.valueOf(a);
      if (branchesOf(v).some((b) => b.value.kind === 'object')) {
        options = v;
        break;
      }
    }
  }
  const branches: ValueBranch[] = [];
  for (const b of options ? branchesOf(options) : []) {
    let v: Value | undefined = b.value;
    for (const k of sink.envPath) v = v?.kind === 'object' ? v.props.get(k)?.value : undefined;
    for (const inner of v ? branchesOf(v) : []) branches.push({ value: inner.value, condition: [b.condition, inner.condition].filter(Boolean).join(' and ') || undefined });
  }
  return branches;
}

/** The `if` conditions a statement runs under, inside its function: "when CI is truthy". */
function guards(ctx: Ctx, node: ts.Node): string[] {
  const out: string[] = [];
  let child = node;
  for (let p = node.parent; p && !ts.isFunctionLike(p) && !ts.isSourceFile(p); child = p, p = p.parent) {
    if (ts.isIfStatement(p) && child !== p.expression) out.unshift(whenTruthy(ctx.sourceFile, p.expression, child === p.thenStatement));
  }
  return out;
}


function report(ctx: Ctx, node: ts.Node, condition: string, prop?: Prop, api?: string): void {
  const fixes: Fix[] = [];
  const edit = ts.isBinaryExpression(node) ? removeStatement(ctx.sourceFile, node) : prop ? removePropEdit(ctx, prop) : undefined;
  const title = api ? `Remove ${VAR} from the environment of ${api}` : `Remove the ${VAR} assignment`;
  if (edit) fixes.push({ title, kind: 'suggestion', edits: [edit] });
  ctx.report({ node, messageId: api ? 'childEnv' : 'assign', data: api ? { api, condition } : { condition }, fixes });
}

/** Removes `NODE_TLS_REJECT_UNAUTHORIZED: '0'` from its literal; a call left merging `{}` is removed whole. */
function removePropEdit(ctx: Ctx, prop: Prop) {
  const n = prop.node;
  if (!(ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n)) || !ts.isObjectLiteralExpression(n.parent)) return undefined;
  const literal = n.parent;
  const call = outer(literal).parent;
  if (literal.properties.length === 1 && call && ts.isCallExpression(call) && isObjectAssignCall(call) && call.arguments.length === 2 && outer(literal) === call.arguments[1]) {
    const stmt = removeStatement(ctx.sourceFile, call);
    if (stmt) return stmt;
  }
  return removeProperty(ctx.sourceFile, n);
}

function outer(e: ts.Node): ts.Node {
  let x = e;
  while (x.parent && (ts.isParenthesizedExpression(x.parent) || ts.isAsExpression(x.parent) || ts.isSatisfiesExpression(x.parent))) x = x.parent;
  return x;
}

/** `process.env.NODE_TLS_REJECT_UNAUTHORIZED`, `process.env['…']`, `env[KEY]`, however process.env was reached. */
function isEnvVar(ctx: Ctx, e: ts.Expression): boolean {
  const x = unwrap(e);
  const ref = ctx.refOf(x);
  if (ref) return ref.module === 'process' && ref.path.length === 2 && ref.path[0] === 'env' && ref.path[1] === VAR;
  if (ts.isElementAccessExpression(x)) {
    const k = ctx.valueOf(x.argumentExpression);
    return k.kind === 'literal' && k.value === VAR && isProcessEnv(ctx, x.expression);
  }
  return false;
}

/**
 * `process.env` of the real process: the global (not a local named `process`), `import process
 * from 'node:process'`, `import { env } from 'process'`, `const env = process.env`, `const { env } = process`.
 */
function isProcessEnv(ctx: Ctx, e: ts.Expression): boolean {
  const ref = ctx.refOf(unwrap(e));
  return !!ref && ref.module === 'process' && ref.path.length === 1 && ref.path[0] === 'env';
}

