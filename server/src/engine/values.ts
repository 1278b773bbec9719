// Value resolution inside one file: what an expression evaluates to where it is used, as far as
// the file alone says. Unknowns stay unknown; conditionals keep every branch with its condition.
import ts from 'typescript';
import type { Branch, Prop, Value } from '../../../rules/api.js';
import { knownConstant } from '../../../rules/data/node-constants.js';
import type { Binding, ScopeTable } from './scope.js';
import { propertyNameText } from './scope.js';
import type { ModuleResolver } from './modules.js';
import { memberPath, skipOuterExpressions, snippet } from './syntax.js';
import { collectObjectWrites, applyWrite, isObjectAssign, type ObjectWrite } from './object-writes.js';
import { truthy } from '../../../rules/util/truthy.js';

const MAX_DEPTH = 64;

export class ValueResolver {
  private readonly cache = new Map<ts.Node, Value>();
  private readonly inProgress = new Set<ts.Node>();
  private depth = 0;
  private writesByBinding: Map<Binding, ObjectWrite[]> | undefined;

  constructor(
    private readonly scopes: ScopeTable,
    private readonly modules: ModuleResolver,
    private readonly assignments: readonly ts.BinaryExpression[],
    private readonly calls: readonly (ts.CallExpression | ts.NewExpression)[],
    private readonly deletes: readonly ts.DeleteExpression[],
  ) {}

  valueOf(expr: ts.Expression): Value {
    const e = skipOuterExpressions(expr);
    const cached = this.cache.get(e);
    if (cached) return cached;
    if (this.inProgress.has(e) || this.depth > MAX_DEPTH) return { kind: 'unknown', node: e };
    this.inProgress.add(e);
    this.depth++;
    let v: Value;
    try {
      v = this.compute(e);
    } finally {
      this.depth--;
      this.inProgress.delete(e);
    }
    this.cache.set(e, v);
    return v;
  }

  /** Writes made to the object a binding holds: `b.k = v`, `Object.assign(b, …)`, `delete b.k`. */
  objectWrites(b: Binding): readonly ObjectWrite[] {
    this.writesByBinding ??= collectObjectWrites(this.scopes, this.modules, this.assignments, this.calls, this.deletes);
    return this.writesByBinding.get(b) ?? [];
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
    if (ts.isObjectLiteralExpression(e)) return this.objectLiteral(e);
    if (ts.isArrayLiteralExpression(e)) {
      return { kind: 'array', node: e, elements: e.elements.map((el) => (ts.isSpreadElement(el) || ts.isOmittedExpression(el) ? { kind: 'unknown', node: el } : this.valueOf(el))) };
    }
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return { kind: 'function', node: e };
    if (ts.isConditionalExpression(e)) return this.conditional(e);
    if (ts.isBinaryExpression(e)) return this.binary(e);
    if (ts.isPrefixUnaryExpression(e)) return this.prefix(e);
    if (ts.isVoidExpression(e)) return lit(undefined, e);
    if (ts.isTemplateExpression(e)) return this.template(e);
    if (ts.isAwaitExpression(e)) return this.valueOf(e.expression);
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) return this.member(e);
    if (ts.isCallExpression(e)) return this.call(e);
    if (ts.isNewExpression(e)) return { kind: 'instance', ref: this.modules.refOf(e.expression), node: e };
    return { kind: 'unknown', node: e };
  }

  private identifier(id: ts.Identifier): Value {
    const b = this.scopes.lookup(id);
    if (!b) return id.text === 'undefined' ? lit(undefined, id) : { kind: 'unknown', node: id };
    switch (b.kind) {
      case 'import': {
        const ref = this.modules.refOf(id);
        return ref ? { kind: 'module', ref, node: id } : { kind: 'unknown', node: id };
      }
      case 'function':
        return b.fn ? { kind: 'function', node: b.fn } : { kind: 'unknown', node: id };
      case 'const':
      case 'let':
      case 'var':
        return this.variable(b, id);
      default:
        return { kind: 'unknown', node: id };
    }
  }

  /** A variable's value at a use: its last plain assignment before the use, else its initialiser. */
  private variable(b: Binding, use: ts.Identifier): Value {
    const before = b.writes.filter((w) => w.end <= use.pos && w.left !== use);
    const lastWrite = before[before.length - 1];
    let source: Value;
    let from: number;
    if (lastWrite) {
      source = this.valueOf(lastWrite.right);
      from = lastWrite.end;
    } else if (b.init) {
      source = pick(this.valueOf(b.init), b.path, use);
      from = b.init.end;
    } else {
      return b.writes.length === 0 && b.kind !== 'var' ? lit(undefined, use) : { kind: 'unknown', node: use };
    }
    if (source.kind !== 'object') return source;
    let obj: Value = source;
    for (const w of this.objectWrites(b)) {
      if (w.pos >= from && w.pos < use.pos) obj = applyWrite(obj, w, (x) => this.valueOf(x));
    }
    return obj;
  }

  private objectLiteral(o: ts.ObjectLiteralExpression): Value {
    const props = new Map<string, Prop>();
    let open = false;
    for (const p of o.properties) {
      if (ts.isSpreadAssignment(p)) {
        const v = this.valueOf(p.expression);
        if (v.kind === 'object') {
          for (const [k, prop] of v.props) props.set(k, prop);
          open ||= v.open;
        } else if (!(v.kind === 'literal' && (v.value === null || v.value === undefined))) {
          open = true;
        }
        continue;
      }
      const key = p.name ? propertyNameText(p.name) : undefined;
      if (key === undefined) {
        open = true;
        continue;
      }
      if (ts.isPropertyAssignment(p)) {
        props.set(key, { key, value: this.valueOf(p.initializer), node: p, valueNode: p.initializer, literal: o });
      } else if (ts.isShorthandPropertyAssignment(p)) {
        props.set(key, { key, value: this.valueOf(p.name), node: p, valueNode: p.name, literal: o });
      } else if (ts.isMethodDeclaration(p)) {
        props.set(key, { key, value: { kind: 'function', node: p }, node: p, literal: o });
      } else {
        props.set(key, { key, value: { kind: 'unknown', node: p }, node: p, literal: o });
      }
    }
    return { kind: 'object', props, node: o, open };
  }

  private conditional(e: ts.ConditionalExpression): Value {
    const c = truthy(this.valueOf(e.condition));
    if (c === true) return this.valueOf(e.whenTrue);
    if (c === false) return this.valueOf(e.whenFalse);
    const cond = snippet(e.condition);
    return either(e, [
      { value: this.valueOf(e.whenTrue), condition: `when \`${cond}\` is truthy` },
      { value: this.valueOf(e.whenFalse), condition: `when \`${cond}\` is falsy` },
    ]);
  }

  private binary(e: ts.BinaryExpression): Value {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.CommaToken) return this.valueOf(e.right);
    if (op === ts.SyntaxKind.EqualsToken) return this.valueOf(e.right);
    const left = this.valueOf(e.left);
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.AmpersandAmpersandToken) {
      return this.logical(e, op, left);
    }
    const right = this.valueOf(e.right);
    if (left.kind !== 'literal' || right.kind !== 'literal') return { kind: 'unknown', node: e };
    const a = left.value;
    const b = right.value;
    switch (op) {
      case ts.SyntaxKind.PlusToken:
        if (typeof a === 'string' || typeof b === 'string') return lit(String(a) + String(b), e);
        if (typeof a === 'number' && typeof b === 'number') return lit(a + b, e);
        break;
      case ts.SyntaxKind.BarToken:
        if (typeof a === 'number' && typeof b === 'number') return lit((a | b) >>> 0, e);
        break;
      case ts.SyntaxKind.AmpersandToken:
        if (typeof a === 'number' && typeof b === 'number') return lit((a & b) >>> 0, e);
        break;
    }
    return { kind: 'unknown', node: e };
  }

  private logical(e: ts.BinaryExpression, op: ts.SyntaxKind, left: Value): Value {
    const l = snippet(e.left);
    if (op === ts.SyntaxKind.QuestionQuestionToken) {
      if (left.kind === 'literal') return left.value === null || left.value === undefined ? this.valueOf(e.right) : left;
      if (left.kind !== 'unknown' && left.kind !== 'either') return left;
      return either(e, [
        { value: left, condition: `when \`${l}\` is set` },
        { value: this.valueOf(e.right), condition: `when \`${l}\` is null or undefined` },
      ]);
    }
    const t = truthy(left);
    const isOr = op === ts.SyntaxKind.BarBarToken;
    if (t !== undefined) return t === isOr ? left : this.valueOf(e.right);
    return either(e, [
      { value: left, condition: `when \`${l}\` is ${isOr ? 'truthy' : 'falsy'}` },
      { value: this.valueOf(e.right), condition: `when \`${l}\` is ${isOr ? 'falsy' : 'truthy'}` },
    ]);
  }

  private prefix(e: ts.PrefixUnaryExpression): Value {
    const v = this.valueOf(e.operand);
    if (e.operator === ts.SyntaxKind.ExclamationToken) {
      const t = truthy(v);
      if (t !== undefined) return lit(!t, e);
      if (v.kind === 'either') {
        const branches = v.branches.map((b) => ({ value: negate(b.value, e), condition: b.condition }));
        return either(e, branches);
      }
      return { kind: 'unknown', node: e };
    }
    if (v.kind === 'literal' && typeof v.value === 'number') {
      if (e.operator === ts.SyntaxKind.MinusToken) return lit(-v.value, e);
      if (e.operator === ts.SyntaxKind.PlusToken) return lit(v.value, e);
      if (e.operator === ts.SyntaxKind.TildeToken) return lit(~v.value, e);
    }
    return { kind: 'unknown', node: e };
  }

  private template(e: ts.TemplateExpression): Value {
    let s = e.head.text;
    for (const span of e.templateSpans) {
      const v = this.valueOf(span.expression);
      if (v.kind !== 'literal') return { kind: 'unknown', node: e };
      s += String(v.value) + span.literal.text;
    }
    return lit(s, e);
  }

  private member(e: ts.PropertyAccessExpression | ts.ElementAccessExpression): Value {
    const ref = this.modules.refOf(e);
    if (ref) {
      const c = knownConstant(ref);
      if (c !== undefined) return lit(c, e);
      return { kind: 'module', ref, node: e };
    }
    const mp = memberPath(e);
    const key = mp?.path[mp.path.length - 1];
    if (key === undefined) return { kind: 'unknown', node: e };
    return pick(this.valueOf(e.expression), [key], e);
  }

  private call(e: ts.CallExpression): Value {
    const required = this.modules.requiredModule(e);
    if (required !== undefined) return { kind: 'module', ref: { module: required, path: [] }, node: e };
    const callee = skipOuterExpressions(e.expression);
    if (isObjectAssign(e, this.modules)) return this.objectAssign(e);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'freeze' && ts.isIdentifier(callee.expression) && callee.expression.text === 'Object' && this.modules.isGlobal(callee.expression) && e.arguments.length === 1) {
      return this.valueOf(e.arguments[0]);
    }
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'join' && e.arguments.length <= 1) {
      const arr = this.valueOf(callee.expression);
      const sep = e.arguments.length === 1 ? this.valueOf(e.arguments[0]) : lit(',', e);
      if (arr.kind === 'array' && sep.kind === 'literal' && arr.elements.every((x) => x.kind === 'literal')) {
        return lit(arr.elements.map((x) => String((x as { value: unknown }).value)).join(String(sep.value)), e);
      }
    }
    return { kind: 'instance', ref: this.modules.refOf(e.expression), node: e };
  }

  private objectAssign(e: ts.CallExpression): Value {
    const props = new Map<string, Prop>();
    let open = false;
    for (const arg of e.arguments) {
      const v = ts.isSpreadElement(arg) ? ({ kind: 'unknown' } as Value) : this.valueOf(arg);
      if (v.kind === 'object') {
        for (const [k, p] of v.props) props.set(k, p);
        open ||= v.open;
      } else if (!(v.kind === 'literal' && (v.value === null || v.value === undefined))) {
        open = true;
      }
    }
    return { kind: 'object', props, node: e, open };
  }
}

function lit(value: string | number | boolean | null | undefined, node: ts.Node): Value {
  return { kind: 'literal', value, node };
}

function negate(v: Value, node: ts.Node): Value {
  const t = truthy(v);
  return t === undefined ? { kind: 'unknown', node } : lit(!t, node);
}

function either(node: ts.Node, branches: Branch[]): Value {
  const flat: Branch[] = [];
  for (const b of branches) {
    if (b.value.kind === 'either') {
      for (const inner of b.value.branches) flat.push({ value: inner.value, condition: `${b.condition} and ${inner.condition}` });
    } else {
      flat.push(b);
    }
  }
  return { kind: 'either', branches: flat, node };
}

/** The value at a property path inside a value. */
export function pick(v: Value, path: readonly string[], node: ts.Node): Value {
  let cur = v;
  for (const key of path) {
    if (cur.kind === 'object') {
      const p = cur.props.get(key);
      if (!p) return cur.open ? { kind: 'unknown', node } : lit(undefined, node);
      cur = p.value;
    } else if (cur.kind === 'array' && /^\d+$/.test(key)) {
      cur = cur.elements[Number(key)] ?? lit(undefined, node);
    } else if (cur.kind === 'module') {
      const c = knownConstant({ module: cur.ref.module, path: [...cur.ref.path, key] });
      cur = c !== undefined ? lit(c, node) : { kind: 'module', ref: { module: cur.ref.module, path: [...cur.ref.path, key] }, node };
    } else if (cur.kind === 'either') {
      cur = either(node, cur.branches.map((b) => ({ value: pick(b.value, [key], node), condition: b.condition })));
    } else {
      return { kind: 'unknown', node };
    }
  }
  return cur;
}
