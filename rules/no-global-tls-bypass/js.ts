// no-global-tls-bypass: `process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'` (CWE-295).
import ts from 'typescript';
import type { Fix } from '../api.js';
import type { Prop, Value } from '../js/api.js';
import { conditionsSuffix } from '../common/conditions.js';
import { removeProperty, removeStatement } from '../js/edits.js';
import { envCopySources, envWrites, isProcessEnv, type EnvWrite } from '../js/env-writes.js';
import { isObjectAssignCall, outermost } from '../js/syntax.js';
import { findBranch } from '../js/values.js';
import type { JsPart, JsRuleContext } from '../js/api.js';
import type { Messages } from './meta.js';
import { files } from './files.js';
import { checkPm2 } from '../js/pm2.js';
import { bypassVariable } from '../data/node/environment.js';
import { checkExecStrings } from '../js/exec-strings.js';

const VAR = 'NODE_TLS_REJECT_UNAUTHORIZED';

/** As Node reads the variable (BYPASS_VARIABLES); process.env turns 0 into '0'. */
const BYPASS = bypassVariable(VAR)!;
const disables = (v: Value) => v.kind === 'literal' && (typeof v.value === 'string' || typeof v.value === 'number') && BYPASS.disables(String(v.value));

type Ctx = JsRuleContext<Messages>;

export const js: JsPart<Messages> = {
  // The files part's needles too: exec('npm config set strict-ssl false') is judged by it.
  needles: [...new Set([VAR, ...files.needles!])],
  check(ctx) {
    // pm2's ecosystem.config.js: its apps' env and node_args, judged as in project files.
    checkPm2(ctx, files);
    // exec('NODE_TLS_REJECT_UNAUTHORIZED=0 node seed.js'): the command line, judged as in project files.
    checkExecStrings(ctx, files);
    // Defaults copied in from another file (`process.env[k] ??= v` over an imported ENV_DEFAULTS) are read first.
    if (!ctx.holds(VAR) && !readsVariable(ctx)) return;
    for (const w of envWrites(ctx, VAR)) {
      // `+=` appends to what the variable held: '0' never results from appending.
      if (w.append) continue;
      const bad = findBranch(w.value, disables);
      if (bad) report(ctx, w, conditionsSuffix(w.condition, bad.condition));
    }
  },
};

/** Whether an object this file copies into process.env, once read, brings in a text holding the variable. */
function readsVariable(ctx: Ctx): boolean {
  const sources = envCopySources(ctx.nodes.assignments, ctx.nodes.calls, (e) => isProcessEnv(ctx, e));
  for (const e of sources) ctx.valueOf(e);
  return sources.length > 0 && ctx.holds(VAR);
}

function report(ctx: Ctx, w: EnvWrite, condition: string): void {
  const fixes: Fix[] = [];
  const { node, prop, api } = w;
  const edit = ts.isBinaryExpression(node) || ts.isCallExpression(node) ? removeStatement(ctx.sourceFile, node) : prop ? removePropEdit(ctx, prop) : undefined;
  const title = api ? `Remove ${VAR} from the environment of ${api}` : w.viaLoop ? `Remove ${VAR} from these defaults` : `Remove the ${VAR} assignment`;
  if (edit) fixes.push({ title, kind: 'suggestion', edits: [edit] });
  // Written in another file (an imported ENV_DEFAULTS): where this file copies it in.
  const related = w.copiedAt ? [{ node: w.copiedAt, message: 'copied into process.env here' }] : undefined;
  ctx.report({ node, messageId: api ? 'childEnv' : w.viaLoop ? 'loopDefault' : 'assign', data: api ? { api, condition } : { condition }, fixes, ...(related ? { related } : {}) });
}

/** Removes `NODE_TLS_REJECT_UNAUTHORIZED: '0'` from its literal; a call left merging `{}` is removed whole. */
function removePropEdit(ctx: Ctx, prop: Prop) {
  const n = prop.node;
  if (!(ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n)) || !ts.isObjectLiteralExpression(n.parent)) return undefined;
  const literal = n.parent;
  const call = outermost(literal).parent;
  if (literal.properties.length === 1 && call && ts.isCallExpression(call) && isObjectAssignCall(call) && call.arguments.length === 2 && outermost(literal) === call.arguments[1]) {
    const stmt = removeStatement(ctx.sourceFile, call);
    if (stmt) return stmt;
  }
  return removeProperty(ctx.sourceFile, n);
}
