// Sinks a file's own calls cover. A function the file only calls (not exported, not handed on, not
// written again), each of those calls evaluated with its arguments (call-sinks.ts), needs no
// finding of its sinks evaluated without them: there a parameter is a value the file does not know
// (`host: s.host`), where each call says what it is (`transportFor({ host: 'localhost', … })`, a
// local mail catcher), as is a private method only `this.helper(…)` calls. A sink whose function is
// also used otherwise, or one call of which was not evaluated, keeps its own evaluation.
import ts from 'typescript';
import { isPrivateMember } from './call-sinks.js';
import type { FileModel } from './context.js';
import { exportTable } from './exports.js';
import type { Binding } from './scope.js';
import { skipOuterExpressions } from './syntax.js';

type Call = ts.CallExpression | ts.NewExpression;

const usesByFunction = new WeakMap<ts.FunctionLikeDeclaration, ts.Expression[] | null>();

/** Whether every use of the function holding `sink` is one of the `evaluated` calls. */
export function coveredByCalls(model: FileModel, sink: ts.Node, evaluated: ReadonlySet<Call>): boolean {
  const fn = holderOf(sink);
  if (!fn) return false;
  // The sinks of one function share its uses: found once per function (a tree's nodes are its text's).
  let uses = usesByFunction.get(fn);
  if (uses === undefined) usesByFunction.set(fn, (uses = usesOf(model, fn) ?? null));
  return !!uses && uses.length > 0 && uses.every((u) => isCalleeOf(u, evaluated));
}

/** The function or method whose body holds the node directly (not through a callback inside it). */
function holderOf(node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  for (let p = node.parent; p && !ts.isSourceFile(p) && !ts.isClassLike(p); p = p.parent) {
    if (ts.isFunctionLike(p)) return ts.isFunctionDeclaration(p) || ts.isMethodDeclaration(p) || ts.isArrowFunction(p) || ts.isFunctionExpression(p) ? p : undefined;
  }
  return undefined;
}

/** The references through which the function is used, when they can all be known: undefined otherwise. */
function usesOf(model: FileModel, fn: ts.FunctionLikeDeclaration): ts.Expression[] | undefined {
  if (ts.isMethodDeclaration(fn)) return isPrivateMember(fn) ? privateMethodUses(fn) : undefined;
  const name = ts.isFunctionDeclaration(fn) ? fn.name : ts.isVariableDeclaration(fn.parent) && fn.parent.initializer === fn && ts.isIdentifier(fn.parent.name) ? fn.parent.name : undefined;
  if (!name) return undefined;
  const binding = model.index.scopes.lookup(name);
  if (!binding || binding.writes.length > 0 || binding.opaqueWrites.length > 0 || exported(model, fn, binding)) return undefined;
  return binding.references.filter((r) => r !== name);
}

/** Whether the file exports the function, by any of the forms its export table reads (exports.ts). */
function exported(model: FileModel, fn: ts.FunctionLikeDeclaration, binding: Binding): boolean {
  for (const e of exportTable(model).names.values()) {
    if ((e.kind === 'binding' && e.binding === binding) || (e.kind === 'function' && e.fn === fn)) return true;
    const x = e.kind === 'expression' ? skipOuterExpressions(e.expr) : undefined;
    if (x && ((ts.isIdentifier(x) && model.index.scopes.lookup(x) === binding) || x === fn)) return true;
  }
  return false;
}

/** Every `this.helper` in the class of a private method (nothing outside it can name the method). */
function privateMethodUses(m: ts.MethodDeclaration): ts.Expression[] | undefined {
  const name = m.name.getText();
  const out: ts.Expression[] = [];
  const stack: ts.Node[] = [m.parent];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (ts.isPropertyAccessExpression(n) && n.name.getText() === name) {
      // `other.helper` (another instance of the class) or a key looked up: not all known here.
      if (n.expression.kind !== ts.SyntaxKind.ThisKeyword) return undefined;
      out.push(n);
    } else if (ts.isElementAccessExpression(n)) return undefined;
    ts.forEachChild(n, (c) => {
      stack.push(c);
    });
  }
  return out;
}

function isCalleeOf(use: ts.Expression, evaluated: ReadonlySet<Call>): boolean {
  const p = use.parent;
  return !!p && (ts.isCallExpression(p) || ts.isNewExpression(p)) && p.expression === use && evaluated.has(p);
}
