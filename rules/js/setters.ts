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
  /** Where the value is written when a call of the function holding the setter passes it (`download(url, { verifyHost: 0 })`). */
  at?: ts.Node;
}

/** Calls of a setter that give one of the rule's keys an insecure value. */
export function insecureSetterCalls(ctx: JsRuleContext, rule: string): SetterCall[] {
  const out: SetterCall[] = [];
  // A helper of another file the file's calls run is judged by what they pass it (passedIn).
  for (const call of [...ctx.nodes.calls, ...ctx.callsReached]) {
    if (!ts.isCallExpression(call) || call.arguments.length !== 2) continue;
    const here = call.getSourceFile() === ctx.sourceFile;
    const callee = unwrap(call.expression);
    if (!ts.isPropertyAccessExpression(callee)) continue;
    const setter = INSECURE_SETTERS.find((s) => s.methods.includes(callee.name.text));
    const [keyArg, valueArg] = call.arguments;
    if (!setter || ts.isSpreadElement(keyArg) || ts.isSpreadElement(valueArg)) continue;
    const key = keyName(ctx, keyArg);
    if (key === undefined || setter.keys[key] !== rule) continue;
    const isInsecure = (v: Value) => isOneOf(v, setter.insecure);
    const bad = here ? findBranch(ctx.valueOf(valueArg), isInsecure) : undefined;
    if (bad) out.push({ call, setter, key, value: bad.value, condition: joinConditions(...guards(ctx.sourceFile, call), bad.condition) });
    else out.push(...passedIn(ctx, valueArg, isInsecure).map((p) => ({ call, setter, key, ...p })));
  }
  return out;
}

/**
 * A value a setter gets from what a call of its function passes (`{ verifyHost = 2 } = {}` given
 * `{ verifyHost: 0 }`): each such call, at the argument that writes the insecure value.
 */
function passedIn(ctx: JsRuleContext, valueArg: ts.Expression, isInsecure: (v: Value) => boolean): { value: Value; condition?: string; at: ts.Node }[] {
  const out: { value: Value; condition?: string; at: ts.Node }[] = [];
  for (const { value, from } of ctx.valuesInCalls(valueArg)) {
    const bad = findBranch(value, isInsecure);
    const at = from.length === 1 ? from[0] : undefined;
    if (bad && at && at.getSourceFile() === ctx.sourceFile && !out.some((o) => o.at === at)) out.push({ value: bad.value, condition: bad.condition, at });
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
    // At a caller's argument, removing the setter would change every call of the function.
    const edit = s.at ? undefined : removeStatement(ctx.sourceFile, s.call);
    ctx.report({
      node: s.at ?? s.call,
      messageId: 'setter',
      data: { owner: s.setter.owner, key: s.key, value: String((s.value as { value?: unknown }).value), condition: conditionsSuffix(s.condition) },
      fixes: edit ? [{ title: `Remove the ${s.key} setting (${goal})`, kind: 'suggestion', edits: [edit] }] : [],
    });
  }
}
