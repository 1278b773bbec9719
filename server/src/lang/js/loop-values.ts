// The variable of a loop over an array the file writes: `for (const [name, value] of SWITCHES)`
// and `FLAGS.forEach((flag) => …)` take each element in turn, so a value one element holds
// (`'ignore-certificate-errors'`) reaches what the loop's body passes it to.
import ts from 'typescript';
import type { Value } from '../../../../rules/js/api.js';
import type { Binding } from './scope.js';
import { contains } from './guards.js';
import { pick } from './value-ops.js';
import { branchesOf } from '../../../../rules/js/values.js';
import { joinConditions } from '../../../../rules/common/conditions.js';
import { someNode } from '../../../../rules/js/walk.js';

type Evaluate = (e: ts.Expression) => Value;

/** Arrays longer than this are not followed element by element. */
const MAX_ELEMENTS = 64;

/** Array methods whose callback's first parameter is each element. */
const ELEMENT_CALLBACKS = new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every', 'find', 'findLast']);

/**
 * Each element (or the part of it a destructuring names) of the array a loop variable or a
 * callback parameter runs over, for a use inside the loop; undefined when it is no such variable
 * or the array is not one the file writes out.
 */
export function loopElementValue(b: Binding, use: ts.Identifier, evaluate: Evaluate): Value | undefined {
  const over = iterated(b.id);
  if (!over || !contains(over.body, use) || tested(over.body, b.name)) return undefined;
  return eachElement(over.array, evaluate, b.path, use);
}

/**
 * Each element of an array the file writes out, in turn (the part `path` names), as the variable
 * of a loop over it holds them; undefined when the expression is no such array.
 */
export function eachElement(array: ts.Expression, evaluate: Evaluate, path: readonly string[], use: ts.Node): Value | undefined {
  // `TABLE[channel] || []`: each array the expression may be, under its condition.
  const arrays = branchesOf(evaluate(array));
  if (!arrays.every((a) => a.value.kind === 'array')) return undefined;
  const count = arrays.reduce((n, a) => n + (a.value as { elements: Value[] }).elements.length, 0);
  if (count === 0 || count > MAX_ELEMENTS) return undefined;
  // Each element in turn: no condition says which.
  const branches = arrays.flatMap((a) =>
    (a.value as { elements: Value[] }).elements.flatMap((e) => {
      const v = pick(e, path, use);
      return v.kind === 'either' ? v.branches.map((x) => ({ value: x.value, condition: joinConditions(a.condition, x.condition) ?? '' })) : [{ value: v, condition: a.condition ?? '' }];
    }),
  );
  return branches.length === 1 && !branches[0].condition ? branches[0].value : { kind: 'either', branches, node: use };
}

/**
 * `directories.map(connect)`: an array method given a function by reference (not written in the
 * call: that one's parameter is a loop variable), the array, and the function's expression.
 */
export function elementCallback(call: ts.CallExpression): { array: ts.Expression; callback: ts.Expression } | undefined {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !ELEMENT_CALLBACKS.has(callee.name.text) || call.arguments.length !== 1) return undefined;
  const callback = call.arguments[0];
  const inner = ts.isParenthesizedExpression(callback) ? callback.expression : callback;
  if (ts.isSpreadElement(callback) || ts.isArrowFunction(inner) || ts.isFunctionExpression(inner)) return undefined;
  return { array: callee.expression, callback };
}

/** The array a loop variable or an element callback's parameter runs over (`destinations` of `for (const d of destinations)`). */
export function loopArray(id: ts.Identifier): ts.Expression | undefined {
  return iterated(id)?.array;
}

/** The array expression a binding runs over and the code that sees it. */
function iterated(id: ts.Identifier): { array: ts.Expression; body: ts.Node } | undefined {
  let n: ts.Node = id;
  while (ts.isBindingElement(n.parent) || ts.isArrayBindingPattern(n.parent) || ts.isObjectBindingPattern(n.parent)) n = n.parent;
  const decl = n.parent;
  if (ts.isVariableDeclaration(decl)) {
    const list = decl.parent;
    const loop = ts.isVariableDeclarationList(list) ? list.parent : undefined;
    if (!loop || !ts.isForOfStatement(loop) || loop.awaitModifier || loop.initializer !== list || list.declarations.length !== 1) return undefined;
    return { array: loop.expression, body: loop.statement };
  }
  if (ts.isParameter(decl) && decl.name === n && !decl.dotDotDotToken) {
    const fn = decl.parent;
    if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || fn.parameters[0] !== decl) return undefined;
    const call = fn.parent;
    if (!ts.isCallExpression(call) || call.arguments[0] !== fn || !ts.isPropertyAccessExpression(call.expression)) return undefined;
    if (!ELEMENT_CALLBACKS.has(call.expression.name.text)) return undefined;
    return { array: call.expression.expression, body: fn.body };
  }
  return undefined;
}

/**
 * Whether the loop's code tests the variable (`if (s !== 'ignore-certificate-errors')`, `s === x
 * ? … : …`, `s && …`, a switch): then some elements may never reach the use.
 */
function tested(body: ts.Node, name: string): boolean {
  let byName = TESTED.get(body);
  if (!byName) TESTED.set(body, (byName = new Map()));
  let known = byName.get(name);
  if (known === undefined) byName.set(name, (known = testedIn(body, name)));
  return known;
}

/** Whether a loop body tests a name, by body: each use of the variable asks. */
const TESTED = new WeakMap<ts.Node, Map<string, boolean>>();

function testedIn(body: ts.Node, name: string): boolean {
  const mentions = (e: ts.Node) => someNode(e, (n) => ts.isIdentifier(n) && n.text === name);
  return someNode(body, (n) =>
    ts.isIfStatement(n) || ts.isSwitchStatement(n) || ts.isWhileStatement(n) ? mentions(n.expression)
    : ts.isConditionalExpression(n) ? mentions(n.condition)
    : ts.isBinaryExpression(n) && isLogical(n.operatorToken.kind) && mentions(n.left));
}

function isLogical(k: ts.SyntaxKind): boolean {
  return k === ts.SyntaxKind.AmpersandAmpersandToken || k === ts.SyntaxKind.BarBarToken || k === ts.SyntaxKind.QuestionQuestionToken;
}
