// Operators on resolved values: arithmetic and string concatenation on literals, nullishness,
// the global conversion functions, and what a compound assignment (`x += y`) evaluates as.
import ts from 'typescript';
import type { Value } from '../../../../rules/js/api.js';

export const CONVERSIONS: Record<string, (v: string | number | boolean | null | undefined) => string | number | boolean> = {
  String: (v) => String(v),
  Number: (v) => Number(v),
  Boolean: (v) => Boolean(v),
};

/** `x op= y` evaluates as `x op y`. */
export const COMPOUND: Partial<Record<ts.SyntaxKind, ts.BinaryOperator>> = {
  [ts.SyntaxKind.PlusEqualsToken]: ts.SyntaxKind.PlusToken,
  [ts.SyntaxKind.BarEqualsToken]: ts.SyntaxKind.BarToken,
  [ts.SyntaxKind.AmpersandEqualsToken]: ts.SyntaxKind.AmpersandToken,
  [ts.SyntaxKind.QuestionQuestionEqualsToken]: ts.SyntaxKind.QuestionQuestionToken,
  [ts.SyntaxKind.BarBarEqualsToken]: ts.SyntaxKind.BarBarToken,
  [ts.SyntaxKind.AmpersandAmpersandEqualsToken]: ts.SyntaxKind.AmpersandAmpersandToken,
};

export function arithmetic(op: ts.SyntaxKind, left: Value, right: Value, e: ts.Node): Value {
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

/** Whether a value is null or undefined, when the value says it. */
export function isNullish(v: Value): boolean | undefined {
  switch (v.kind) {
    case 'literal':
      return v.value === null || v.value === undefined;
    case 'object':
    case 'array':
    case 'function':
    case 'instance':
      return false;
    case 'module':
      // The module object exists; one of its members may not (`process.env.X`).
      return v.ref.path.length === 0 ? false : undefined;
    case 'either': {
      const all = v.branches.map((b) => isNullish(b.value));
      return all.every((t) => t === true) ? true : all.every((t) => t === false) ? false : undefined;
    }
    default:
      return undefined;
  }
}

/** Array.prototype.join writes null and undefined as empty strings. */
export function joinText(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

export function lit(value: string | number | boolean | null | undefined, node: ts.Node, from?: ts.Node): Value {
  return from ? { kind: 'literal', value, node, from } : { kind: 'literal', value, node };
}

/** Where a literal computed from `v` is written: `v`'s own origin when it is a literal. */
export function originOf(v: Value): ts.Node | undefined {
  return v.kind === 'literal' ? (v.from ?? v.node) : undefined;
}
