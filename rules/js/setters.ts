// Setters that take an option name and a value (rules/data/node/sinks.ts INSECURE_SETTERS):
// `curl.setOpt(Curl.option.SSL_VERIFYPEER, 0)`, `caps.set('acceptInsecureCerts', true)`.
import ts from 'typescript';
import type { JsRuleContext, Value } from './api.js';
import type { InsecureSetter } from '../data/node/sink-types.js';
import { INSECURE_SETTERS } from '../data/node/sinks.js';
import { conditionsSuffix, joinConditions } from '../common/conditions.js';
import { removeStatement } from './edits.js';
import { guards } from './guards.js';
import { unwrap } from './syntax.js';
import { findBranch, isOneOf, literalString } from './values.js';

export interface SetterCall {
  call: ts.CallExpression;
  setter: InsecureSetter;
  key: string;
  /** The insecure value the call sets. */
  value: Value;
  condition?: string;
}

/** Calls of a setter that give one of the rule's keys an insecure value. */
export function insecureSetterCalls(ctx: JsRuleContext, rule: string): SetterCall[] {
  const out: SetterCall[] = [];
  for (const call of ctx.nodes.calls) {
    if (!ts.isCallExpression(call) || call.arguments.length !== 2) continue;
    const callee = unwrap(call.expression);
    if (!ts.isPropertyAccessExpression(callee)) continue;
    const setter = INSECURE_SETTERS.find((s) => s.methods.includes(callee.name.text));
    const [keyArg, valueArg] = call.arguments;
    if (!setter || ts.isSpreadElement(keyArg) || ts.isSpreadElement(valueArg)) continue;
    const key = keyName(ctx, keyArg);
    if (key === undefined || setter.keys[key] !== rule) continue;
    const bad = findBranch(ctx.valueOf(valueArg), (v) => isOneOf(v, setter.insecure));
    if (bad) out.push({ call, setter, key, value: bad.value, condition: joinConditions(...guards(ctx.sourceFile, call), bad.condition) });
  }
  return out;
}

/** 'SSL_VERIFYPEER' from a string, or from the member name of `Curl.option.SSL_VERIFYPEER`. */
function keyName(ctx: JsRuleContext, e: ts.Expression): string | undefined {
  const s = literalString(ctx.valueOf(e));
  if (s !== undefined) return s;
  const x = unwrap(e);
  return ts.isPropertyAccessExpression(x) ? x.name.text : undefined;
}

/** Reports each setter call of `rule` as the rule's `setter` message, with a fix removing the call ("Remove the SSL_VERIFYPEER setting (verify certificates)"). */
export function reportInsecureSetters(ctx: JsRuleContext<'setter'>, rule: string, goal: string): void {
  for (const s of insecureSetterCalls(ctx, rule)) {
    const edit = removeStatement(ctx.sourceFile, s.call);
    ctx.report({
      node: s.call,
      messageId: 'setter',
      data: { owner: s.setter.owner, key: s.key, value: String((s.value as { value?: unknown }).value), condition: conditionsSuffix(s.condition) },
      fixes: edit ? [{ title: `Remove the ${s.key} setting (${goal})`, kind: 'suggestion', edits: [edit] }] : [],
    });
  }
}
