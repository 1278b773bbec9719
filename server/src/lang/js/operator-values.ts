// The operators of an expression over resolved values: `c ? a : b`, arithmetic and
// concatenation, `??`/`||`/`&&` (each side under the condition it holds in), `!`/`-`/`+`/`~` and
// template literals. The resolver passes its valueOf, so operands are evaluated in its frame.
import ts from 'typescript';
import type { Value } from '../../../../rules/js/api.js';
import { truthy } from '../../../../rules/js/truthy.js';
import { isEqualityOperator } from '../../../../rules/js/values.js';
import { namesDeployment } from '../../../../rules/common/conditions.js';
import { arithmetic, isNullish, lit, originOf } from './operators.js';
import { memberPath, snippet, whenNullishOf, whenTruthyOf } from './syntax.js';
import { either } from './value-ops.js';

type ValueOf = (e: ts.Expression) => Value;

export function conditionalValue(e: ts.ConditionalExpression, valueOf: ValueOf): Value {
  const cond = valueOf(e.condition);
  const c = truthy(cond);
  if (c === true) return valueOf(e.whenTrue);
  if (c === false) return valueOf(e.whenFalse);
  // A test decided in each branch of its value (`target.user === 'anonymous'` over a table's
  // entries): each side under the conditions its branches hold in, so a reader of one entry
  // ("when targetName is 'mirror'") finds the side that entry takes.
  const decided = cond.kind === 'either' ? cond.branches.map((b) => truthy(b.value)) : [];
  if (cond.kind === 'either' && decided.every((t) => t !== undefined) && cond.branches.every((b) => b.condition)) {
    return either(e, cond.branches.map((b, i) => ({ value: valueOf(decided[i] ? e.whenTrue : e.whenFalse), condition: b.condition })));
  }
  return either(e, [
    { value: valueOf(e.whenTrue), condition: whenTruthyOf(e.condition, true) },
    { value: valueOf(e.whenFalse), condition: whenTruthyOf(e.condition, false) },
  ]);
}

export function binaryValue(e: ts.BinaryExpression, valueOf: ValueOf): Value {
  const op = e.operatorToken.kind;
  if (op === ts.SyntaxKind.CommaToken) return valueOf(e.right);
  if (op === ts.SyntaxKind.EqualsToken) return valueOf(e.right);
  const left = valueOf(e.left);
  if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.AmpersandAmpersandToken) {
    return logicalValue(e, op, left, () => valueOf(e.right), e.left);
  }
  const right = valueOf(e.right);
  const sum = envComparison(e, op, left, right) ?? equality(e, op, left, right) ?? arithmetic(op, left, right, e);
  return op === ts.SyntaxKind.PlusToken && sum.kind === 'unknown' ? (concatenation(e, left, right) ?? sum) : sum;
}

/** `a === b` (and `!==`, `==`, `!=`) of two literals. */
function compareLiterals(op: ts.SyntaxKind, a: Value & { kind: 'literal' }, b: Value & { kind: 'literal' }): boolean {
  const loose = op === ts.SyntaxKind.EqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
  // `==` is read only for strings, null and undefined: `===`, except that null equals undefined.
  const same = loose && (a.value ?? null) === null && (b.value ?? null) === null ? true : a.value === b.value;
  return op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken ? same : !same;
}

/**
 * An equality test of literals: its result; of a value that is one of several literals
 * (`target.user` over a table's entries) against a literal: the result in each branch, under that
 * branch's condition. Undefined when some side is not known.
 */
function equality(e: ts.BinaryExpression, op: ts.SyntaxKind, left: Value, right: Value): Value | undefined {
  if (!isEqualityOperator(op)) return undefined;
  const loose = op === ts.SyntaxKind.EqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
  // `==` converts numbers and booleans: only strings, null and undefined are compared loosely.
  const known = (v: Value): v is Value & { kind: 'literal' } => v.kind === 'literal' && (!loose || typeof v.value === 'string' || v.value === null || v.value === undefined);
  if (known(left) && known(right)) return lit(compareLiterals(op, left, right), e);
  const [many, one] = left.kind === 'either' && known(right) ? [left, right] : right.kind === 'either' && known(left) ? [right, left] : [];
  if (!many || !one || many.kind !== 'either' || !many.branches.every((b) => known(b.value))) return undefined;
  return either(e, many.branches.map((b) => ({ value: lit(compareLiterals(op, b.value as Value & { kind: 'literal' }, one), entryAt(b.value, e)), condition: b.condition })));
}

/** The variable of `process.env.NODE_ENV`, `process.env['TLS_MODE']`. */
function envRead(e: ts.Expression): string | undefined {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  const owner = ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) ? e.expression : undefined;
  if (!owner || !ts.isPropertyAccessExpression(owner) || owner.name.text !== 'env' || !ts.isIdentifier(owner.expression) || owner.expression.text !== 'process') return undefined;
  return ts.isPropertyAccessExpression(e) ? e.name.text : ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression) ? e.argumentExpression.text : undefined;
}

/**
 * `process.env.NODE_ENV === 'production'`: true in one deployment, false in every other, as
 * `NODE_ENV === 'production' ? true : false` is; `rejectUnauthorized: isProd` holds false "when
 * NODE_ENV is not 'production'". Only a variable naming the deployment: a switch of its own
 * (`SMTP_SECURE === 'true'`, `TLS_TRACE === '1'`, superagent's `NODE_TLS_REJECT_UNAUTHORIZED !== '0'`)
 * is set on purpose, and other unknowns stay unknown.
 */
function envComparison(e: ts.BinaryExpression, op: ts.SyntaxKind, left: Value, right: Value): Value | undefined {
  if (!isEqualityOperator(op)) return undefined;
  const unread = (v: Value) => v.kind === 'unknown' || v.kind === 'module';
  const leftVar = envRead(e.left);
  const rightVar = envRead(e.right);
  const [name, other] = leftVar !== undefined && unread(left) ? [leftVar, right] : rightVar !== undefined && unread(right) ? [rightVar, left] : [];
  if (name === undefined || !other || other.kind !== 'literal' || typeof other.value !== 'string') return deploymentRead(e, op, left, right) ?? deploymentInBranches(e, op, left, right);
  if (!namesDeployment(name)) return undefined;
  return either(e, [
    { value: lit(true, e), condition: whenTruthyOf(e, true) },
    { value: lit(false, e), condition: whenTruthyOf(e, false) },
  ]);
}

/**
 * The same comparison where the deployment is read through a name (`const stage =
 * process.env.STAGE`, `const env = process.env`, an environment schema's parse: env-schemas.ts):
 * the condition names the variable, as written in process.env.
 */
function deploymentRead(e: ts.BinaryExpression, op: ts.SyntaxKind, left: Value, right: Value): Value | undefined {
  const [name, one, oneNode] = deploymentOf(left) && right.kind === 'literal' ? [deploymentOf(left), right, e.right] : deploymentOf(right) && left.kind === 'literal' ? [deploymentOf(right), left, e.left] : [];
  if (name === undefined || !one || one.kind !== 'literal' || typeof one.value !== 'string' || !oneNode) return undefined;
  return sidesOf(e, op, name, oneNode);
}

/** True "when NAME is 'x'" and false "when NAME is not 'x'" for `===` (the other way for `!==`). */
function sidesOf(e: ts.BinaryExpression, op: ts.SyntaxKind, name: string, oneNode: ts.Expression): Value {
  const equal = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
  const shown = snippet(oneNode);
  return either(e, [
    { value: lit(equal, e), condition: `when ${name} is ${shown}` },
    { value: lit(!equal, e), condition: `when ${name} is not ${shown}` },
  ]);
}

/** The deployment variable a value reads (`process.env.NODE_ENV`, however it reached the value). */
function deploymentOf(v: Value): string | undefined {
  if (v.kind !== 'module' || v.ref.module !== 'process' || v.ref.path.length !== 2 || v.ref.path[0] !== 'env') return undefined;
  return namesDeployment(v.ref.path[1]) ? v.ref.path[1] : undefined;
}

/**
 * `env === 'production'` with `env = process.env.NODE_ENV ?? 'development'`: in the branch that
 * reads the deployment, true in that one deployment and false in every other; in a branch of a
 * literal, decided. Undefined unless some branch reads the deployment and every other is a literal.
 */
function deploymentInBranches(e: ts.BinaryExpression, op: ts.SyntaxKind, left: Value, right: Value): Value | undefined {
  const [many, one, oneNode] = left.kind === 'either' && right.kind === 'literal' ? [left, right, e.right] : right.kind === 'either' && left.kind === 'literal' ? [right, left, e.left] : [];
  if (!many || many.kind !== 'either' || !one || one.kind !== 'literal' || typeof one.value !== 'string' || !oneNode) return undefined;
  if (!many.branches.some((b) => deploymentOf(b.value)) || !many.branches.every((b) => deploymentOf(b.value) || b.value.kind === 'literal')) return undefined;
  // `process.env.NODE_ENV ?? 'development'` (or `||`) against another deployment: unset, the variable
  // is one more deployment than the one compared with, so the comparison reads as on the variable
  // itself ("when NODE_ENV is not 'production'" holds when it is unset too), not split by set/unset.
  const fallback = fallbackRead(many);
  if (fallback && fallback.fallback !== one.value) return sidesOf(e, op, fallback.name, oneNode);
  const equal = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
  return either(e, many.branches.map((b) => {
    const name = deploymentOf(b.value);
    if (name === undefined) return { value: lit(((b.value as { value: unknown }).value === one.value) === equal, e), condition: b.condition };
    return { value: sidesOf(e, op, name, oneNode), condition: b.condition };
  }));
}

/** `DEPLOYMENT ?? 'literal'` or `DEPLOYMENT || 'literal'` (a non-empty literal): the variable read, and the fallback. */
function fallbackRead(v: Value & { kind: 'either' }): { name: string; fallback: string } | undefined {
  const n = v.node;
  if (v.branches.length !== 2 || !n || !ts.isBinaryExpression(n) || (n.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionToken && n.operatorToken.kind !== ts.SyntaxKind.BarBarToken)) return undefined;
  const [read, other] = v.branches;
  const name = deploymentOf(read.value);
  const fallback = other.value.kind === 'literal' && typeof other.value.value === 'string' && other.value.value !== '' ? other.value.value : undefined;
  return name !== undefined && fallback !== undefined ? { name, fallback } : undefined;
}

/** `??`, `||` and `&&` (also as `??=` and friends): the side that decides, or both under their conditions. */
export function logicalValue(e: ts.Node, op: ts.SyntaxKind, left: Value, right: () => Value, l: ts.Expression): Value {
  if (op === ts.SyntaxKind.QuestionQuestionToken) {
    const nullish = isNullish(left);
    if (nullish === true) return right();
    if (nullish === false) return left;
    return either(e, [
      { value: left, condition: whenNullishOf(l, false) },
      { value: right(), condition: whenNullishOf(l, true) },
    ]);
  }
  const t = truthy(left);
  const isOr = op === ts.SyntaxKind.BarBarToken;
  if (t !== undefined) return t === isOr ? left : right();
  // A left side decided in each of its branches (`stage === 'prod' || …` over a read and a
  // default; `source.options.trust || argv.trust` over a table's entries): each branch that decides
  // is the value there, the others give way to the right side, each under its own condition (the
  // left side's whole text is no condition a reader can act on).
  const decided = left.kind === 'either' ? left.branches.map((b) => truthy(b.value)) : [];
  if (left.kind === 'either' && decided.every((d) => d !== undefined)) {
    return either(e, left.branches.map((b, i) => ({ value: decided[i] === isOr ? b.value : right(), condition: b.condition })));
  }
  return either(e, [
    { value: left, condition: whenTruthyOf(l, isOr) },
    { value: right(), condition: whenTruthyOf(l, !isOr) },
  ]);
}

export function prefixValue(e: ts.PrefixUnaryExpression, valueOf: ValueOf): Value {
  const v = valueOf(e.operand);
  if (e.operator === ts.SyntaxKind.ExclamationToken) {
    const t = truthy(v);
    if (t !== undefined) return lit(!t, e, originOf(v));
    if (v.kind === 'either') {
      const branches = v.branches.map((b) => ({ value: negate(b.value, e), condition: b.condition }));
      return either(e, branches);
    }
    // Decided by the if that holds the read, saying when (an opt-in tested there stays one).
    const tested = testedByEnclosingIf(e.operand);
    return tested === undefined ? { kind: 'unknown', node: e } : either(e, [{ value: lit(!tested, e), condition: whenTruthyOf(e.operand, tested) }]);
  }
  if (v.kind === 'literal' && typeof v.value !== 'bigint') {
    // Unary + and - convert to a number first: +false is 0, -'1' is -1.
    const n = Number(v.value);
    if (e.operator === ts.SyntaxKind.MinusToken) return lit(-n, e);
    if (e.operator === ts.SyntaxKind.PlusToken) return lit(n, e);
    if (e.operator === ts.SyntaxKind.TildeToken) return lit(~n, e);
  }
  return { kind: 'unknown', node: e };
}

/**
 * A reference the file does not know, read inside an `if` of the same function that tests it
 * (`if (subgraph.selfSigned) { … !subgraph.selfSigned … }`): true in the then branch, false in the
 * else branch (the other way round under `if (!x)`). Undefined when no such if holds the read, or
 * when the branch writes the reference or its root before the read.
 */
function testedByEnclosingIf(operand: ts.Expression): boolean | undefined {
  const ref = referenceText(operand);
  if (ref === undefined) return undefined;
  const root = ref.split('.', 1)[0];
  let child: ts.Node = operand;
  for (let p: ts.Node | undefined = operand.parent; p && !ts.isFunctionLike(p) && !ts.isSourceFile(p); child = p, p = p.parent) {
    if (!ts.isIfStatement(p) || child === p.expression) continue;
    let test: ts.Expression = p.expression;
    let truthyInThen = true;
    while (ts.isParenthesizedExpression(test) || (ts.isPrefixUnaryExpression(test) && test.operator === ts.SyntaxKind.ExclamationToken)) {
      if (ts.isPrefixUnaryExpression(test)) truthyInThen = !truthyInThen;
      test = ts.isParenthesizedExpression(test) ? test.expression : (test as ts.PrefixUnaryExpression).operand;
    }
    if (referenceText(test) !== ref) continue;
    const branch = child as ts.Statement;
    if (writesBefore(branch, operand, [ref, root])) return undefined;
    return child === p.thenStatement ? truthyInThen : !truthyInThen;
  }
  return undefined;
}

/** `a`, `a.b.c`, `a['b']`: a plain reference's text (syntax.ts memberPath); undefined for anything else. */
function referenceText(e: ts.Expression): string | undefined {
  const mp = memberPath(e);
  return mp && [mp.root.text, ...mp.path].join('.');
}

/** Whether an assignment to one of `targets` is written in `scope` before `at`. */
function writesBefore(scope: ts.Node, at: ts.Node, targets: readonly string[]): boolean {
  const stack: ts.Node[] = [scope];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.pos >= at.pos) continue;
    if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment && targets.includes(referenceText(n.left) ?? '')) return true;
    ts.forEachChild(n, (c) => {
      stack.push(c);
    });
  }
  return false;
}

export function templateValue(e: ts.TemplateExpression, valueOf: ValueOf): Value {
  let s = e.head.text;
  const parts: Value[] = [lit(e.head.text, e.head)];
  let known = true;
  for (const span of e.templateSpans) {
    const v = valueOf(span.expression);
    parts.push(...partsOf(v), lit(span.literal.text, span.literal));
    if (v.kind !== 'literal') known = false;
    else s += String(v.value) + span.literal.text;
  }
  return known ? lit(s, e) : unknownString(e, parts);
}

/** The most parts a string built in pieces keeps (a longer one is only unknown). */
const MAX_PARTS = 64;

/** A string some part of which is unknown, with its parts (see Value's `parts`). */
function unknownString(e: ts.Node, parts: Value[]): Value {
  return parts.length <= MAX_PARTS ? { kind: 'unknown', node: e, parts } : { kind: 'unknown', node: e };
}

/** The parts a value contributes to a string built from it: its own parts when it is one such string. */
function partsOf(v: Value): Value[] {
  return v.kind === 'unknown' && v.parts ? v.parts : [v];
}

/** `'postgres://' + auth + '@db/app?sslmode=' + mode`: the parts, when a side is a string and the sum is not known. */
export function concatenation(e: ts.Node, left: Value, right: Value): Value | undefined {
  const stringy = (v: Value) => (v.kind === 'literal' && typeof v.value === 'string') || (v.kind === 'unknown' && !!v.parts);
  if (!stringy(left) && !stringy(right)) return undefined;
  return unknownString(e, [...partsOf(left), ...partsOf(right)]);
}

function negate(v: Value, node: ts.Node): Value {
  const t = truthy(v);
  return t === undefined ? { kind: 'unknown', node } : lit(!t, node, originOf(v));
}

/**
 * Where a comparison of one of a table's entries is written (`cfg.strictTls !== false` over
 * `Object.entries(PROVIDERS)`): at the entry's literal (`strictTls: false`), so that a finding it
 * causes sits where the entry says it, as it does for the literal itself.
 */
function entryAt(v: Value, computed: ts.Node): ts.Node {
  const n = v.kind === 'literal' ? v.node : undefined;
  const p = n?.parent;
  return n && p && ts.isPropertyAssignment(p) && p.initializer === n && (n.kind === ts.SyntaxKind.TrueKeyword || n.kind === ts.SyntaxKind.FalseKeyword) ? n : computed;
}
