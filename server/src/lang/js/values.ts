// Value resolution inside one file: what an expression evaluates to where it is used, as far as
// the file alone says. Unknowns stay unknown; conditionals keep every branch with its condition.
import { configLoaderCall } from './config-loaders.js';
import { NODE_CONFIG, nodeConfigPath } from './data-modules.js';
import { envSchemaCall } from './env-schemas.js';
import ts from 'typescript';
import type { Value } from '../../../../rules/js/api.js';
import { knownConstant } from '../../../../rules/data/node/node-constants.js';
import type { Binding, ScopeTable } from './scope.js';
import { requireForm, type ModuleResolver } from './modules.js';
import type { ImportLink } from './link.js';
import { objectListing, skipOuterExpressions, sourceFileOf } from './syntax.js';
import { collectObjectWrites, isObjectAssign, type ObjectWrite } from './object-writes.js';
import { applyObjectWrites } from './write-order.js';
import { objectAssignValue, objectLiteralValue } from './object-values.js';
import { arithmetic, COMPOUND, CONVERSIONS, joinText, lit } from './operators.js';
import { binaryValue, conditionalValue, logicalValue, prefixValue, templateValue } from './operator-values.js';
import { contains, guardOf, guarded, lastWriteBefore, type Guard } from './guards.js';
import { enumValue } from './enums.js';
import { anyEntry, either, pick } from './value-ops.js';
import { callValue, defaultedParam, instanceMember, relocate, thisMember } from './call-values.js';
import { Dependencies, type Frame } from './frames.js';
import { loopElementValue } from './loop-values.js';
import { stringTestValue } from './string-tests.js';

const MAX_DEPTH = 64;

export class ValueResolver {
  private readonly cache = new Map<ts.Node, Value>();
  private readonly inProgress = new Set<ts.Node>();
  private depth = 0;
  private readonly enums = new Map<Binding, Value>();
  /** In a call's frame: the arguments each computed value came from. */
  private readonly deps?: Dependencies;
  private readonly moved = new WeakMap<Value, Value>();
  /** Evaluates an expression here (a stable function: object writes key their properties by it). */
  readonly evaluate = (e: ts.Expression): Value => this.valueOf(e);

  constructor(
    readonly scopes: ScopeTable,
    readonly modules: ModuleResolver,
    readonly assignments: readonly ts.BinaryExpression[],
    readonly calls: readonly (ts.CallExpression | ts.NewExpression)[],
    private readonly deletes: readonly ts.DeleteExpression[],
    readonly link?: ImportLink,
    /** Set for one call of a function: its parameters are the call's arguments. */
    readonly frame?: Frame,
    private readonly shared: { writesByBinding?: Map<Binding, ObjectWrite[]> } = {},
  ) {
    if (frame) this.deps = new Dependencies();
  }

  valueOf(expr: ts.Expression): Value {
    const e = skipOuterExpressions(expr);
    const cached = this.cache.get(e);
    if (cached) {
      this.deps?.add(this.deps.get(e));
      return cached;
    }
    if (this.inProgress.has(e) || this.depth > MAX_DEPTH) return { kind: 'unknown', node: e };
    this.inProgress.add(e);
    this.depth++;
    this.deps?.begin();
    let v: Value;
    try {
      v = this.compute(e);
    } finally {
      this.depth--;
      this.inProgress.delete(e);
      this.deps?.end(e);
    }
    if (this.frame && this.deps) v = relocate(v, this.frame, this.deps, this.moved);
    this.cache.set(e, v);
    return v;
  }

  /** The same file evaluated for one call (frames.ts). */
  instantiate(frame: Frame): ValueResolver {
    return new ValueResolver(this.scopes, this.modules, this.assignments, this.calls, this.deletes, this.link, frame, this.shared);
  }

  /** In a frame: the value being computed comes from these nodes too (a subclass's write, class-members.ts). */
  comesFrom(nodes: ReadonlySet<ts.Node>): void {
    this.deps?.add(nodes);
  }

  /** In a frame: the arguments a value computed here came from (empty: none, or not in a frame). */
  depsOf(expr: ts.Expression): ReadonlySet<ts.Node> | undefined {
    return this.deps?.get(skipOuterExpressions(expr));
  }

  /** What a top-level binding holds once its module has run: the value an importer of it sees. */
  exportedValue(b: Binding): Value {
    switch (b.kind) {
      case 'function':
        return b.fn ? { kind: 'function', node: b.fn } : { kind: 'unknown', node: b.id };
      case 'enum':
        return this.enumOf(b, b.id);
      case 'class':
      case 'import':
        return this.identifier(b.id);
      case 'const':
      case 'let':
      case 'var': {
        const sf = sourceFileOf(b.id);
        return this.valueAt(b, sf.end, b.id, sf);
      }
      default:
        return { kind: 'unknown', node: b.id };
    }
  }

  /** Writes made to the object a binding holds: `b.k = v`, `Object.assign(b, ...)`, `delete b.k`. */
  objectWrites(b: Binding): readonly ObjectWrite[] {
    this.shared.writesByBinding ??= collectObjectWrites(this.scopes, this.modules, this.assignments, this.calls, this.deletes);
    return this.shared.writesByBinding.get(b) ?? [];
  }

  private compute(e: ts.Expression): Value {
    switch (e.kind) {
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
        return lit((e as ts.StringLiteral).text, e);
      case ts.SyntaxKind.NumericLiteral:
        return lit(Number((e as ts.NumericLiteral).text), e);
      case ts.SyntaxKind.TrueKeyword:
        return lit(true, e);
      case ts.SyntaxKind.FalseKeyword:
        return lit(false, e);
      case ts.SyntaxKind.NullKeyword:
        return lit(null, e);
    }
    if (ts.isIdentifier(e)) return this.identifier(e);
    if (ts.isObjectLiteralExpression(e)) return objectLiteralValue(e, this.evaluate);
    if (ts.isArrayLiteralExpression(e)) return this.arrayLiteral(e);
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return { kind: 'function', node: e };
    if (ts.isConditionalExpression(e)) return conditionalValue(e, this.evaluate);
    if (ts.isBinaryExpression(e)) return binaryValue(e, this.evaluate);
    if (ts.isPrefixUnaryExpression(e)) return prefixValue(e, this.evaluate);
    if (ts.isVoidExpression(e)) return lit(undefined, e);
    if (ts.isTemplateExpression(e)) return templateValue(e, this.evaluate);
    if (ts.isAwaitExpression(e)) return this.valueOf(e.expression);
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) return this.member(e);
    if (ts.isCallExpression(e)) return this.call(e);
    if (ts.isNewExpression(e)) return { kind: 'instance', ref: this.modules.refOf(e.expression), node: e };
    return { kind: 'unknown', node: e };
  }

  /** A parameter's value: the argument in a call's frame, else what a literal default says when it is not given. */
  private param(b: Binding, use: ts.Identifier): Value {
    const bound = this.frame?.params.get(b);
    if (bound) {
      this.deps?.add(bound.from);
      return bound.value;
    }
    return defaultedParam(b, use, this.evaluate);
  }

  private identifier(id: ts.Identifier): Value {
    const b = this.scopes.lookup(id);
    if (!b) {
      if (id.text === 'undefined') return lit(undefined, id);
      const ref = this.modules.refOf(id);
      return ref ? { kind: 'module', ref, node: id } : { kind: 'unknown', node: id };
    }
    switch (b.kind) {
      case 'import': {
        const from = b.importFrom;
        if (from && this.link?.resolves(from.module)) return this.link.value(from.module, from.as, from.path, id) ?? { kind: 'unknown', node: id };
        const ref = this.modules.refOf(id);
        if (!ref) return { kind: 'unknown', node: id };
        const c = knownConstant(ref);
        return c !== undefined ? lit(c, id) : { kind: 'module', ref, node: id };
      }
      case 'function':
        return b.fn ? { kind: 'function', node: b.fn } : { kind: 'unknown', node: id };
      case 'class':
        // A class stands as an unknown value holding its declaration (frames.ts classOf).
        return { kind: 'unknown', node: b.cls ?? id };
      case 'enum':
        return this.enumOf(b, id);
      case 'param': {
        // `import('tls').then((tls) => ...)`: the callback's parameter is the module.
        const ref = this.modules.refOf(id);
        if (ref) return { kind: 'module', ref, node: id };
        return this.variable(b, id);
      }
      case 'catch':
      case 'const':
      case 'let':
      case 'var':
        return this.variable(b, id);
      default:
        return { kind: 'unknown', node: id };
    }
  }

  /**
   * A variable's value at a use: its last assignment before the use, else its initialiser, with
   * the member writes and Object.assign calls made to the object in between. A write under an
   * `if` that does not hold the use gives one value per branch.
   */
  private variable(b: Binding, use: ts.Identifier): Value {
    return this.valueAt(b, use.pos, use, use);
  }

  /** The variable's value at `pos`, for a use at `at` (`use` is the node values are reported on). */
  private valueAt(b: Binding, pos: number, use: ts.Identifier, at: ts.Node): Value {
    const last = lastWriteBefore(b, pos);
    let source: Value;
    let from: number;
    // A value the file does not say (a parameter, `[x] = list`, a for-of variable) is unknown; the
    // member writes made to it afterwards still count: after `o.k = v`, o holds an object with k.
    if (last?.opaque) {
      source = { kind: 'unknown', node: use };
      from = last.node.end;
    } else if (last) {
      source = this.assigned(last.node as ts.BinaryExpression, use);
      const guard = guardOf(last.node, at);
      if (guard) source = guarded(use, [{ value: source, condition: guard.whenWritten }, { value: this.otherwise(b, guard, last.node, use), condition: guard.otherwise }]);
      from = last.node.end;
    } else if (b.opaque) {
      const element = loopElementValue(b, use, this.evaluate);
      source = element ?? (b.kind === 'param' ? this.param(b, use) : b.defaulted ? this.defaulted(b.defaulted, use) : b.rest ? this.rest(b.rest, use) : { kind: 'unknown', node: use });
      from = b.id.end;
    } else if (b.init) {
      source = pick(this.valueOf(b.init), b.path, use);
      from = b.init.end;
    } else {
      return b.kind !== 'var' || b.writes.length + b.opaqueWrites.length === 0 ? lit(undefined, use) : { kind: 'unknown', node: use };
    }
    const writes = this.objectWrites(b).filter((w) => w.pos >= from && w.pos < pos);
    return applyObjectWrites(source, writes, use, at, this.evaluate);
  }

  /**
   * `const { verifyTls = true } = opts`: the value the initialiser gives the name, or the default
   * where that is undefined (in each branch); a value the file does not say stays unknown.
   */
  private defaulted(d: NonNullable<Binding['defaulted']>, use: ts.Identifier): Value {
    const given = pick(this.valueOf(d.init), d.path, use);
    const orDefault = (v: Value): Value => (v.kind === 'literal' && v.value === undefined ? this.valueOf(d.value) : v);
    return given.kind === 'either' ? either(use, given.branches.map((b) => ({ value: orDefault(b.value), condition: b.condition }))) : orDefault(given);
  }

  /** `const { baseURL, ...tls } = opts`: each object the initialiser gives, without the keys the pattern takes out. */
  private rest(r: NonNullable<Binding['rest']>, use: ts.Identifier): Value {
    const given = pick(this.valueOf(r.init), r.path, use);
    const without = (v: Value): Value => (v.kind === 'object' ? { ...v, props: new Map([...v.props].filter(([k]) => !r.omit.includes(k))) } : { kind: 'unknown', node: use });
    return given.kind === 'either' ? either(use, given.branches.map((b) => ({ value: without(b.value), condition: b.condition }))) : without(given);
  }

  /** The value when a guarded write does not happen: the end of the if's other branch, or before the if. */
  private otherwise(b: Binding, guard: Guard, write: ts.Node, use: ts.Identifier): Value {
    const { stmt } = guard;
    const inElse = !!stmt.elseStatement && contains(stmt.elseStatement, write);
    if (inElse && [...b.writes, ...b.opaqueWrites].some((w) => contains(stmt.thenStatement, w))) return this.valueAt(b, stmt.thenStatement.end, use, stmt.thenStatement);
    return this.valueAt(b, stmt.pos, use, stmt);
  }

  private enumOf(b: Binding, id: ts.Identifier): Value {
    const cached = this.enums.get(b);
    if (cached) return cached;
    // A member that refers to its own enum (`B = V.A`) sees it as unknown while it is being built.
    this.enums.set(b, { kind: 'unknown', node: id });
    const v = enumValue(b.enums ?? [], !!b.opaque, (e) => this.valueOf(e));
    this.enums.set(b, v);
    return v;
  }

  /** The value a write gives the variable: `x = v`, or `x += v` on the value before it. */
  private assigned(w: ts.BinaryExpression, use: ts.Identifier): Value {
    const op = w.operatorToken.kind;
    if (op === ts.SyntaxKind.EqualsToken) return this.valueOf(w.right);
    const left = skipOuterExpressions(w.left);
    const before = ts.isIdentifier(left) ? this.valueOf(left) : ({ kind: 'unknown', node: use } as Value);
    const binary = COMPOUND[op];
    if (binary === undefined) return { kind: 'unknown', node: use };
    if (binary === ts.SyntaxKind.QuestionQuestionToken || binary === ts.SyntaxKind.BarBarToken || binary === ts.SyntaxKind.AmpersandAmpersandToken) {
      return logicalValue(w, binary, before, () => this.valueOf(w.right), w.left);
    }
    return arithmetic(binary, before, this.valueOf(w.right), w);
  }

  private member(e: ts.PropertyAccessExpression | ts.ElementAccessExpression): Value {
    const ref = this.modules.refOf(e);
    if (ref) {
      const setting = ref.module === NODE_CONFIG && this.link ? nodeConfigPath(ref.path) : undefined;
      if (setting) return this.link!.nodeConfig(setting, e) ?? { kind: 'unknown', node: e };
      const c = knownConstant(ref);
      if (c !== undefined) return lit(c, e);
      return { kind: 'module', ref, node: e };
    }
    const key = this.memberKey(e);
    if (skipOuterExpressions(e.expression).kind === ts.SyntaxKind.ThisKeyword) return key === undefined ? { kind: 'unknown', node: e } : thisMember(this, e, key);
    if (key === undefined) return ts.isElementAccessExpression(e) ? anyEntry(this.valueOf(e.expression), e) : { kind: 'unknown', node: e };
    const obj = this.valueOf(e.expression);
    this.deps?.narrow(skipOuterExpressions(e.expression), obj, key);
    // An instance of a project class: its getter or field.
    if (obj.kind === 'instance' && !obj.ref && ts.isNewExpression(obj.node)) {
      // Made in another file (an argument a caller passed): its class and arguments are that file's.
      const maker = this.scopes.chain.has(sourceFileOf(obj.node)) ? this : this.link?.modelOfNode(obj.node)?.values;
      return (maker && instanceMember(maker, obj.node, key, e)) ?? { kind: 'unknown', node: e };
    }
    return pick(obj, [key], e);
  }

  /** The key of `o.k`, `o['k']`, `o[0]`, `o[KEY]` (a constant), if known. */
  private memberKey(e: ts.PropertyAccessExpression | ts.ElementAccessExpression): string | undefined {
    if (ts.isPropertyAccessExpression(e)) return e.name.text;
    const arg = skipOuterExpressions(e.argumentExpression);
    if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg) || ts.isNumericLiteral(arg)) return arg.text;
    const v = this.valueOf(arg);
    return v.kind === 'literal' && (typeof v.value === 'string' || typeof v.value === 'number') ? String(v.value) : undefined;
  }

  private call(e: ts.CallExpression): Value {
    const required = this.modules.requiredModule(e);
    if (required !== undefined && this.link?.resolves(required)) return this.link.value(required, requireForm(e), [], e) ?? { kind: 'unknown', node: e };
    if (required !== undefined) return { kind: 'module', ref: { module: required, path: [] }, node: e };
    const callee = skipOuterExpressions(e.expression);
    if (isObjectAssign(e, this.modules)) return objectAssignValue(e, (x) => this.valueOf(x));
    const args = e.arguments;
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'freeze' && this.isGlobal(callee.expression, 'Object') && args.length === 1) {
      return this.valueOf(args[0]);
    }
    // `Object.entries(UPSTREAMS)`, `Object.values(PROFILES)` of an object the file knows whole: its pairs or values, in order.
    const listing = objectListing(e);
    if (listing && this.isGlobal(listing.object, 'Object')) {
      const obj = this.valueOf(listing.of);
      if (obj.kind !== 'object' || obj.open) return { kind: 'unknown', node: e };
      const pairs = listing.kind === 'entries';
      return { kind: 'array', node: e, elements: [...obj.props.values()].map((p) => (pairs ? { kind: 'array', node: p.node, elements: [lit(p.key, p.node), p.value] } : p.value)) };
    }
    if (ts.isIdentifier(callee) && CONVERSIONS[callee.text] && this.isGlobal(callee) && args.length === 1 && !ts.isSpreadElement(args[0])) {
      const v = this.valueOf(args[0]);
      if (v.kind === 'literal' && typeof v.value !== 'bigint') return lit(CONVERSIONS[callee.text](v.value), e);
      return { kind: 'unknown', node: e };
    }
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'join' && args.length <= 1) {
      const arr = this.valueOf(callee.expression);
      const sep = args.length === 1 ? this.valueOf(args[0]) : lit(',', e);
      if (arr.kind === 'array' && sep.kind === 'literal' && arr.elements.every((x) => x.kind === 'literal')) {
        return lit(arr.elements.map((x) => joinText((x as { value: unknown }).value)).join(String(sep.value)), e);
      }
    }
    const tested = stringTestValue(e, (x) => this.valueOf(x));
    if (tested) return tested;
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'toString' && args.length === 0) {
      const v = this.valueOf(callee.expression);
      if (v.kind === 'literal' && v.value !== null && v.value !== undefined) return lit(String(v.value), e);
    }
    // A module function's result is an instance the sinks may know (`https.Agent()` without new),
    // but process's functions return plain data (`process.argv.includes('--insecure')` is a
    // boolean); a project function's, what it returns for these arguments; any other is unknown
    // (it may be falsy or nullish).
    const settings = configLoaderCall(e, (x) => this.modules.refOf(x), (x) => this.valueOf(x)) ?? envSchemaCall(e, { refOf: (x) => this.modules.refOf(x), scopes: this.scopes });
    if (settings) return settings;
    const ref = this.modules.refOf(e.expression);
    if (ref?.module === NODE_CONFIG && this.link) {
      const key = args.length === 1 && !ts.isSpreadElement(args[0]) ? this.valueOf(args[0]) : undefined;
      const setting = key?.kind === 'literal' && typeof key.value === 'string' ? nodeConfigPath(ref.path, key.value) : undefined;
      if (setting) return this.link.nodeConfig(setting, e) ?? { kind: 'unknown', node: e };
    }
    if (ref && ref.module !== 'process') return { kind: 'instance', ref, node: e };
    if (ref) return { kind: 'unknown', node: e };
    return callValue(this, e) ?? { kind: 'unknown', node: e };
  }

  private isGlobal(e: ts.Expression, name?: string): boolean {
    const x = skipOuterExpressions(e);
    return ts.isIdentifier(x) && (name === undefined || x.text === name) && this.modules.isGlobal(x);
  }

  private arrayLiteral(e: ts.ArrayLiteralExpression): Value {
    const elements: Value[] = [];
    for (const el of e.elements) {
      if (ts.isOmittedExpression(el)) {
        elements.push(lit(undefined, el));
      } else if (ts.isSpreadElement(el)) {
        const v = this.valueOf(el.expression);
        if (v.kind === 'array') elements.push(...v.elements);
        else elements.push({ kind: 'unknown', node: el });
      } else {
        elements.push(this.valueOf(el));
      }
    }
    return { kind: 'array', node: e, elements };
  }
}
