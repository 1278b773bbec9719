// Whether what a function (or a class's constructor) is given reaches the TLS options it builds:
// `makeAgent(insecure)` writing `rejectUnauthorized: !insecure` does, `new Server(options)` passing
// its options on whole does not (a caller's own literal is judged where it is written). Only the
// former can make a finding sit at a caller's argument, so only its callers are worth an importer
// pass (export-summary.ts). So is a sink given a part of a parameter (`client.access(dest.access)`):
// the caller's entry is a record, not an option bag its own file can judge.
import ts from 'typescript';
import type { SinkCall, Value } from '../../../../rules/js/api.js';
import { CalledSinks } from './call-sinks.js';
import type { FileModel } from './context.js';
import { paramSlots, returnedExpression, type Bound, type Frame } from './frames.js';
import type { Binding } from './scope.js';
import { skipOuterExpressions } from './syntax.js';

/** How deep option values are searched for a property built from a parameter. */
const MAX_DEPTH = 6;

export function paramsReachOptions(model: FileModel, target: ts.FunctionLikeDeclaration | ts.ClassLikeDeclaration): boolean {
  const fn = ts.isClassLike(target) ? target.members.find(ts.isConstructorDeclaration) : target;
  if (!fn || fn.parameters.length === 0) return false;
  const names = new Set<ts.Node>(fn.parameters.map((p) => p.name));
  const params = new Map<Binding, Bound>();
  for (const { binding, slot } of paramSlots(fn, model.index.scopes)) params.set(binding, { value: { kind: 'unknown', node: slot.param.name }, from: new Set([slot.param.name]) });
  const frame: Frame = { target, call: target, params, depth: 1 };
  const resolver = model.values.instantiate(frame);
  const values: Value[] = [];
  const sinks: SinkCall[] = [];
  new CalledSinks(model).within(resolver, model, target, undefined, sinks);
  // `client.access(dest.access)`: the options are a part of what the caller passes (an entry of
  // its table of destinations), whose keys only the sink can judge: the caller is worth a pass.
  if (sinks.some((s) => s.optionsArg && isPartOf(s.optionsArg, params, model))) return true;
  for (const s of sinks) if (s.options) values.push(s.options);
  // What it returns: a function's options, a class's getters and methods (`settings.requestOptions`).
  const returning = ts.isClassLike(target) ? target.members.filter((m) => ts.isGetAccessorDeclaration(m) || ts.isMethodDeclaration(m)) : [target];
  for (const f of returning) {
    const returned = returnedExpression(f as ts.FunctionLikeDeclaration);
    if (returned) values.push(resolver.valueOf(returned));
  }
  return values.some((v) => builtFrom(v, names, 0));
}

/** Whether a value holds a property placed at one of `names` (a parameter it was computed from). */
function builtFrom(v: Value, names: ReadonlySet<ts.Node>, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (v.kind === 'either') return v.branches.some((b) => builtFrom(b.value, names, depth + 1));
  if (v.kind !== 'object') return false;
  for (const p of v.props.values()) if (names.has(p.node) || builtFrom(p.value, names, depth + 1)) return true;
  return false;
}

/** Whether an expression is a member of a parameter (`dest.access`, `target['conn']`), not the parameter itself. */
function isPartOf(e: ts.Expression, params: ReadonlyMap<Binding, Bound>, model: FileModel): boolean {
  let x = skipOuterExpressions(e);
  if (!ts.isPropertyAccessExpression(x) && !ts.isElementAccessExpression(x)) return false;
  while (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) x = skipOuterExpressions(x.expression);
  const b = ts.isIdentifier(x) ? model.index.scopes.lookup(x) : undefined;
  return !!b && params.has(b);
}
