// What a callee cannot be, decided from the file's syntax before its value is looked up: most
// calls of a linted file (Node's tests: `assert.strictEqual(…)`, `socket.write(…)`) can be neither
// a sink nor a helper of the file, and looking each one's value up (variables, their writes,
// `this` fields) was most of the per-file analysis.
import ts from 'typescript';
import { SINKS } from '../../../../rules/data/node/sinks.js';
import type { FileIndex } from './collect.js';
import { propertyNameText } from './identifiers.js';
import { GLOBAL_MODULES, normaliseSpecifier, type ModuleResolver } from './modules.js';
import { keyOf } from './object-values.js';
import { loopArray } from './loop-values.js';
import type { Binding } from './scope.js';
import type { ValueResolver } from './values.js';
import { skipOuterExpressions, stringLiteralText } from './syntax.js';

/** The modules some sink is an export of (`tls`, `axios`, `mysql2/promise`). */
const SINK_MODULES: ReadonlySet<string> = new Set(SINKS.flatMap((s) => s.modules));

interface Reach {
  /** An import or `require()` of the file names a sink's module. */
  sinkModule: boolean;
  /** One names a project file the link follows: values may come from there. */
  projectFile: boolean;
}

/** By the file's module resolver: a file's index may be shared by models linked differently. */
const REACH = new WeakMap<ModuleResolver, Reach>();

function reachOf(index: FileIndex, modules: ModuleResolver, values: ValueResolver): Reach {
  let reach = REACH.get(modules);
  if (reach) return reach;
  reach = { sinkModule: [...GLOBAL_MODULES].some((g) => SINK_MODULES.has(g)), projectFile: false };
  const link = values.link;
  const note = (spec: string) => {
    if (SINK_MODULES.has(normaliseSpecifier(spec))) reach!.sinkModule = true;
    if (link?.resolves(spec)) reach!.projectFile = true;
  };
  for (const b of index.scopes.all()) if (b.importFrom) note(b.importFrom.module);
  for (const c of index.calls) {
    const spec = ts.isCallExpression(c) ? modules.requiredModule(c) : undefined;
    if (spec !== undefined) note(spec);
  }
  REACH.set(modules, reach);
  return reach;
}

/**
 * Whether any callee of the file may denote a sink. A module's export reaches a value only from
 * the file's imports and `require()`/`import()` calls of it, a global module (`process`), or a
 * project file the link follows (modules.ts, values.ts): in a file whose imports and required
 * modules are neither a sink's module nor a project file, no call is a sink (a sixth of the
 * linted files of the TLS-heavy corpus, holding most of its calls: bundles, drivers' internals).
 */
export function mayNameSinkModule(index: FileIndex, modules: ModuleResolver, values: ValueResolver): boolean {
  const reach = reachOf(index, modules, values);
  return reach.sinkModule || reach.projectFile;
}

/** By the file's resolver: a computed key's constant may come from another project file. */
const KEYED = new WeakMap<ValueResolver, ReadonlySet<string>>();

/**
 * Whether a callee of this file (evaluated by its own resolver, or `caller`, a frame of it) may
 * call a function or class. With no value coming from another project file: `o.k(…)` only when
 * some object may hold one under `k`, and every key an object can have is written in this file
 * (an object literal's member, a member write, a class's field, getter or parameter property, an
 * enum's member), and not when `o` is a parameter as mayHoldFunction and no member write say;
 * `cb(…)` of a parameter outside a frame only as mayHoldFunction says. Any other callee may.
 */
export function mayCallHelper(index: FileIndex, modules: ModuleResolver, values: ValueResolver, callee: ts.Expression, caller: ValueResolver = values): boolean {
  const e = skipOuterExpressions(callee);
  if (reachOf(index, modules, values).projectFile) return true;
  if (ts.isIdentifier(e)) return !caller.frame ? mayHoldFunction(caller.scopes.lookup(e)) : true;
  if (!ts.isPropertyAccessExpression(e)) return true;
  let keys = KEYED.get(values);
  if (!keys) KEYED.set(values, (keys = keyedNames(index, values)));
  if (!keys.has(e.name.text)) return false;
  // `opts.agent.create(…)` of a parameter nothing writes to: unknown, or its literal default.
  let root: ts.Expression = e;
  while (ts.isPropertyAccessExpression(root)) root = skipOuterExpressions(root.expression);
  const b = !caller.frame && ts.isIdentifier(root) ? caller.scopes.lookup(root) : undefined;
  return !b || mayHoldFunction(b) || caller.objectWrites(b).length > 0;
}

/**
 * A parameter outside a call's frame is unknown, its literal default, the module of a dynamic
 * import's callback, or an element of the array a callback runs over (values.ts); it holds a
 * function only when written to (`cb = …`) or running over an array.
 */
function mayHoldFunction(b: Binding | undefined): boolean {
  return b?.kind !== 'param' || b.writes.length > 0 || b.opaqueWrites.length > 0 || loopArray(b.id) !== undefined;
}

function keyedNames(index: FileIndex, values: ValueResolver): Set<string> {
  const names = new Set<string>();
  for (const o of index.objectLiterals) {
    for (const p of o.properties) {
      const key = p.name ? keyOf(p.name, values.evaluate) : undefined;
      if (key !== undefined) names.add(key);
    }
  }
  // Every name along a write's target: `o.k = v`, `o.a.k = v`, `this.k = v`, `o['k'] = v`.
  for (const a of index.assignments) {
    let left = skipOuterExpressions(a.left);
    while (ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left)) {
      const key = ts.isPropertyAccessExpression(left) ? left.name.text : (stringLiteralText(left.argumentExpression) ?? (ts.isNumericLiteral(left.argumentExpression) ? left.argumentExpression.text : undefined));
      if (key !== undefined) names.add(key);
      left = skipOuterExpressions(left.expression);
    }
  }
  // Classes (the walk records every class it passed on the scope chain) and enums.
  for (const node of index.scopes.chain.keys()) {
    if (node.kind !== ts.SyntaxKind.ClassDeclaration && node.kind !== ts.SyntaxKind.ClassExpression) continue;
    for (const m of (node as ts.ClassLikeDeclaration).members) {
      // A method is no value `this.k` or an instance's `k` gives (call-values.ts classMember).
      const text = m.name && (ts.isPropertyDeclaration(m) || ts.isGetAccessorDeclaration(m)) ? propertyNameText(m.name) : undefined;
      if (text !== undefined) names.add(text);
      if (ts.isConstructorDeclaration(m)) for (const p of m.parameters) if (ts.isIdentifier(p.name)) names.add(p.name.text);
    }
  }
  for (const b of index.scopes.all()) for (const d of b.enums ?? []) for (const m of d.members) names.add(propertyNameText(m.name) ?? '');
  return names;
}
