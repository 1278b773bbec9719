// Where a variable of process.env is written (TLS-FACTS 1.1 #7, 7.1): NODE_TLS_REJECT_UNAUTHORIZED
// and NODE_OPTIONS take effect wherever the environment of a Node process is set.
//   process.env.X = v (also `??=`, `||=`, `+=`), process.env['X'], env[KEY]
//   Reflect.set(process.env, 'X', v), Object.assign(process.env, { X }), process.env = { …, X }
//   defaults applied in a loop from a constant object: for (const [k, v] of Object.entries(D)) process.env[k] = v
//   the environment given to a child process or worker: spawn(cmd, args, { env: { X } })
import ts from 'typescript';
import type { Prop, Value } from './api.js';
import type { JsRuleContext } from './api.js';
import { ENV_SINKS } from '../data/node/sinks.js';
import type { EnvSink } from '../data/node/sink-types.js';
import { joinConditions } from '../common/conditions.js';
import { guards } from './guards.js';
import { unwrap, isObjectAssignCall } from './syntax.js';
import { branchesOf, literalString, type ValueBranch } from './values.js';

export interface EnvWrite {
  /** What is reported: the assignment, the `Reflect.set` call, or the property that holds the value. */
  node: ts.Node;
  /** The value written (for `+=`, the part appended). */
  value: Value;
  valueNode?: ts.Expression;
  /** `+=`: the value is appended to what the variable held. */
  append: boolean;
  /** When the write happens: enclosing `if`s, `??=`, the branch of a conditional environment. */
  condition?: string;
  /** The property, when the value is written in an object literal. */
  prop?: Prop;
  /** The API whose child gets this environment: 'child_process.spawn'. */
  api?: string;
  /** Set when the value comes from a constant object whose entries a loop copies into process.env. */
  viaLoop?: boolean;
  /** Where an object holding the value is copied into process.env (a loop's write, `Object.assign`), when that is not where it is written. */
  copiedAt?: ts.Node;
}

const LOGICAL: ReadonlyMap<ts.SyntaxKind, string> = new Map([
  [ts.SyntaxKind.QuestionQuestionEqualsToken, 'when it is not set yet'],
  [ts.SyntaxKind.BarBarEqualsToken, 'when it is not set or empty'],
]);

export function envWrites(ctx: JsRuleContext, name: string): EnvWrite[] {
  const out: EnvWrite[] = [];
  for (const a of ctx.nodes.assignments) {
    const op = a.operatorToken.kind;
    const append = op === ts.SyntaxKind.PlusEqualsToken;
    const when = LOGICAL.get(op);
    if (op !== ts.SyntaxKind.EqualsToken && !append && !when) continue;
    // A loop copying a constant object's entries (`Object.entries(D).forEach(([k, v]) => { process.env[k] = v })`)
    // is reported at the entry it copies, also where the loop's key is known element by element.
    const copied = append ? [] : loopWrites(ctx, a, name, when);
    if (copied.length > 0) {
      out.push(...copied);
    } else if (isEnvVar(ctx, a.left, name)) {
      out.push({ node: a, value: ctx.valueOf(a.right), valueNode: a.right, append, condition: joinConditions(...guards(ctx.sourceFile, a), when) });
    } else if (op === ts.SyntaxKind.EqualsToken && isProcessEnv(ctx, a.left)) {
      // process.env = { ...process.env, X: '0' }
      out.push(...inObject(ctx, ctx.valueOf(a.right), name, guards(ctx.sourceFile, a)).map((w) => ({ ...w, copiedAt: a })));
    }
  }
  for (const c of ctx.nodes.calls) {
    const args = c.arguments ?? ts.factory.createNodeArray<ts.Expression>();
    // Object.assign(process.env, { X: '0' })
    if (ts.isCallExpression(c) && args.length >= 2 && isObjectAssignCall(c) && isProcessEnv(ctx, args[0])) {
      for (const arg of args.slice(1)) if (!ts.isSpreadElement(arg)) out.push(...inObject(ctx, ctx.valueOf(arg), name, guards(ctx.sourceFile, c)).map((w) => ({ ...w, copiedAt: c })));
    } else if (ts.isCallExpression(c) && args.length >= 3 && isReflectSet(c) && isProcessEnv(ctx, args[0]) && literalString(ctx.valueOf(args[1])) === name && !ts.isSpreadElement(args[2])) {
      out.push({ node: c, value: ctx.valueOf(args[2]), valueNode: args[2], append: false, condition: joinConditions(...guards(ctx.sourceFile, c)) });
    }
    const sink = envSink(ctx, c);
    if (sink) {
      for (const b of childEnvs(ctx, sink, c)) out.push(...inObject(ctx, b.value, name, guards(ctx.sourceFile, c), b.condition, sink.id));
    }
  }
  return out;
}

/** The variable as written by an object merged into, assigned to, or given as process.env, in each branch. */
function inObject(ctx: JsRuleContext, v: Value, name: string, conditions: string[], condition?: string, api?: string): EnvWrite[] {
  const out: EnvWrite[] = [];
  for (const b of branchesOf(v)) {
    if (b.value.kind !== 'object') continue;
    const prop = b.value.props.get(name);
    if (!prop) continue;
    const all = [...new Set([...guards(ctx.sourceFile, prop.node), ...conditions])];
    out.push({ node: prop.node, value: prop.value, valueNode: prop.valueNode, append: false, prop, api, condition: joinConditions(...all, condition, b.condition) });
  }
  return out;
}

function isReflectSet(c: ts.CallExpression): boolean {
  const e = unwrap(c.expression);
  return ts.isPropertyAccessExpression(e) && e.name.text === 'set' && ts.isIdentifier(e.expression) && e.expression.text === 'Reflect';
}

function envSink(ctx: JsRuleContext, c: ts.CallExpression | ts.NewExpression): EnvSink | undefined {
  const ref = ctx.refOf(c.expression);
  if (!ref) return undefined;
  const path = ts.isNewExpression(c) ? [...ref.path, '()'] : ref.path;
  return ENV_SINKS.find((s) => s.modules.includes(ref.module) && s.paths.some((p) => p.length === path.length && p.every((k, i) => k === path[i])));
}

/** The environments a child-process call may pass, one per branch of conditional options or env. */
function childEnvs(ctx: JsRuleContext, sink: EnvSink, c: ts.CallExpression | ts.NewExpression): ValueBranch[] {
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
    for (const inner of v ? branchesOf(v) : []) branches.push({ value: inner.value, condition: joinConditions(b.condition, inner.condition) });
  }
  return branches;
}

/**
 * The objects a file copies into process.env wholesale: `Object.assign(process.env, DEFAULTS)`,
 * `process.env = { ...BASE }`, a loop over `Object.entries(ENV_DEFAULTS)` writing `process.env[k]`.
 * A constant imported from another file is read (evaluated) before the rules' gate, so a rule
 * whose needle only that file holds runs here (lang/js/index.ts linkedTexts).
 */
export function envCopySources(assignments: readonly ts.BinaryExpression[], calls: readonly (ts.CallExpression | ts.NewExpression)[], isEnv: (e: ts.Expression) => boolean): ts.Expression[] {
  const out: ts.Expression[] = [];
  for (const a of assignments) {
    const left = unwrap(a.left);
    if (a.operatorToken.kind === ts.SyntaxKind.EqualsToken && isEnv(left)) out.push(a.right);
    else if (ts.isElementAccessExpression(left) && ts.isIdentifier(unwrap(left.argumentExpression)) && isEnv(left.expression)) {
      const loop = enclosingLoop(a, (unwrap(left.argumentExpression) as ts.Identifier).text);
      if (loop) out.push(loop.source);
    }
  }
  for (const c of calls) {
    const args = c.arguments ?? [];
    if (ts.isCallExpression(c) && args.length >= 2 && isObjectAssignCall(c) && isEnv(args[0])) for (const arg of args.slice(1)) if (!ts.isSpreadElement(arg)) out.push(arg);
  }
  return out;
}

/**
 * `process.env[k] = v` inside a loop over a constant object's entries or keys: each entry of that
 * object named `name` is written. The loops: `for (const [k, v] of Object.entries(D))`,
 * `for (const k of Object.keys(D))`, `for (const k in D)`, `Object.entries(D).forEach(([k, v]) => …)`;
 * the value is the entry's `v` or `D[k]`.
 */
function loopWrites(ctx: JsRuleContext, a: ts.BinaryExpression, name: string, when: string | undefined): EnvWrite[] {
  const left = unwrap(a.left);
  if (!ts.isElementAccessExpression(left) || !isProcessEnv(ctx, left.expression)) return [];
  const key = unwrap(left.argumentExpression);
  if (!ts.isIdentifier(key)) return [];
  const loop = enclosingLoop(a, key.text);
  if (!loop) return [];
  const right = unwrap(a.right);
  const readsEntry = (loop.value !== undefined && ts.isIdentifier(right) && right.text === loop.value) ||
    (ts.isElementAccessExpression(right) && ts.isIdentifier(unwrap(right.argumentExpression)) && (unwrap(right.argumentExpression) as ts.Identifier).text === key.text && unwrap(right.expression).getText() === loop.source.getText());
  if (!readsEntry) return [];
  const out: EnvWrite[] = [];
  for (const b of branchesOf(ctx.valueOf(loop.source))) {
    if (b.value.kind !== 'object') continue;
    const prop = b.value.props.get(name);
    if (prop) out.push({ node: prop.node, value: prop.value, valueNode: prop.valueNode, append: false, prop, viaLoop: true, copiedAt: a, condition: joinConditions(...guards(ctx.sourceFile, a), when, b.condition) });
  }
  return out;
}

interface Loop {
  /** The object whose entries are copied. */
  source: ts.Expression;
  /** The name of the entry's value, for entries loops. */
  value?: string;
  node: ts.Node;
}

function enclosingLoop(from: ts.Node, key: string): Loop | undefined {
  for (let p = from.parent; p && !ts.isSourceFile(p); p = p.parent) {
    if ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && ts.isVariableDeclarationList(p.initializer) && p.initializer.declarations.length === 1) {
      const names = boundNames(p.initializer.declarations[0].name);
      if (names?.[0] !== key) continue;
      if (ts.isForInStatement(p)) return names.length === 1 ? { source: p.expression, node: p } : undefined;
      const src = entriesSource(p.expression);
      return src && names.length === (src.entries ? 2 : 1) ? { source: src.object, value: names[1], node: p } : undefined;
    }
    if ((ts.isArrowFunction(p) || ts.isFunctionExpression(p)) && p.parameters.length >= 1) {
      const names = boundNames(p.parameters[0].name);
      const call = p.parent;
      if (names?.[0] !== key || !ts.isCallExpression(call) || call.arguments[0] !== p) return undefined;
      const callee = unwrap(call.expression);
      if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'forEach') return undefined;
      const src = entriesSource(callee.expression);
      return src && names.length === (src.entries ? 2 : 1) ? { source: src.object, value: names[1], node: p } : undefined;
    }
    if (ts.isFunctionLike(p)) return undefined;
  }
  return undefined;
}

/** `Object.entries(D)` or `Object.keys(D)`: D, and whether the items are [key, value] pairs. */
function entriesSource(e: ts.Expression): { object: ts.Expression; entries: boolean } | undefined {
  const x = unwrap(e);
  if (!ts.isCallExpression(x) || x.arguments.length !== 1) return undefined;
  const callee = unwrap(x.expression);
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression) || callee.expression.text !== 'Object') return undefined;
  if (callee.name.text !== 'entries' && callee.name.text !== 'keys') return undefined;
  return { object: x.arguments[0], entries: callee.name.text === 'entries' };
}

/** `k` → ['k']; `[k, v]` → ['k', 'v']; anything else undefined. */
function boundNames(n: ts.BindingName): string[] | undefined {
  if (ts.isIdentifier(n)) return [n.text];
  if (!ts.isArrayBindingPattern(n) || n.elements.length > 2) return undefined;
  const names: string[] = [];
  for (const el of n.elements) {
    if (!ts.isBindingElement(el) || !ts.isIdentifier(el.name) || el.dotDotDotToken || el.initializer) return undefined;
    names.push(el.name.text);
  }
  return names;
}

/** `process.env.X`, `process.env['X']`, `env[KEY]`, however process.env was reached. */
export function isEnvVar(ctx: JsRuleContext, e: ts.Expression, name: string): boolean {
  const x = unwrap(e);
  const ref = ctx.refOf(x);
  if (ref) return ref.module === 'process' && ref.path.length === 2 && ref.path[0] === 'env' && ref.path[1] === name;
  if (ts.isElementAccessExpression(x)) {
    const k = ctx.valueOf(x.argumentExpression);
    return k.kind === 'literal' && k.value === name && isProcessEnv(ctx, x.expression);
  }
  // env.X on a parameter that defaults to process.env
  return ts.isPropertyAccessExpression(x) && x.name.text === name && isProcessEnv(ctx, x.expression);
}

/**
 * `process.env` of the real process: the global (not a local named `process`), `import process
 * from 'node:process'`, `import { env } from 'process'`, `const env = process.env`, `const { env } = process`.
 */
export function isProcessEnv(ctx: JsRuleContext, e: ts.Expression): boolean {
  const x = unwrap(e);
  const ref = ctx.refOf(x);
  if (ref) return ref.module === 'process' && ref.path.length === 1 && ref.path[0] === 'env';
  return ts.isIdentifier(x) && defaultsToProcessEnv(ctx, x);
}

/**
 * A parameter whose default is process.env (`function applyDefaults(env = process.env)`), when no
 * call of its function in this file passes it something else: what the function writes to it is
 * written to the process's environment whenever it is called without it.
 */
function defaultsToProcessEnv(ctx: JsRuleContext, id: ts.Identifier): boolean {
  if (!ctx.isParameter(id)) return false;
  for (let p: ts.Node | undefined = id.parent; p && !ts.isSourceFile(p); p = p.parent) {
    if (!ts.isFunctionLike(p)) continue;
    const i = p.parameters.findIndex((d) => ts.isIdentifier(d.name) && d.name.text === id.text);
    if (i < 0) continue;
    const init = p.parameters[i].initializer;
    if (!init || !isProcessEnv(ctx, init)) return false;
    const name = functionName(p);
    return !name || !ctx.nodes.calls.some((c) => ts.isIdentifier(unwrap(c.expression)) && (unwrap(c.expression) as ts.Identifier).text === name && c.arguments?.[i] && !isProcessEnv(ctx, c.arguments[i]));
  }
  return false;
}

/** `f` of `function f() {}` and `const f = () => {}`. */
function functionName(f: ts.SignatureDeclaration): string | undefined {
  if (ts.isFunctionDeclaration(f) && f.name) return f.name.text;
  if ((ts.isArrowFunction(f) || ts.isFunctionExpression(f)) && ts.isVariableDeclaration(f.parent) && ts.isIdentifier(f.parent.name)) return f.parent.name.text;
  return undefined;
}
