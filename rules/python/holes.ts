// The alternatives of a string with holes whose expressions the file fixes in part: a conditional
// in an f-string or a `+` (`f"{MODERN}:{'NULL-SHA256' if bulk else 'AES256'}"`, also through a
// variable set in an if/else) is one string per branch, under the branch's condition; a lookup with
// a constant default (`sslmode={extras.get("sslmode", DEFAULT)}`) is the default unless the
// mapping has the key. Each filled piece keeps the literal it is written in, so a rule can report
// the unsafe piece there. The model's values keep such holes unknown (rules/python/api.ts).
import { branchesOf, stringOf } from './branches.js';
import type { Node, PyRuleContext, PyValue } from './api.js';
import { defaultedLookup } from './lookups.js';

/** A constant part of the string, a hole filled from a literal (`written`), or a hole left open. */
export interface HolePiece {
  text: string;
  /** The literal the text is written in, for a filled hole. */
  written?: Node;
  /** A hole no alternative fills: its text is empty. */
  open?: true;
}

export interface StringAlternative {
  pieces: HolePiece[];
  /** When this alternative holds ("when kind == 'x'"), undefined for a lookup's other branch. */
  condition?: string;
}

/** More alternatives than this (several conditionals in one string) are left as holes. */
const MAX_ALTERNATIVES = 8;

/**
 * The alternatives of a string value with holes, when at least one hole is filled from a literal
 * in some branch; undefined for anything else (a literal, a string whose holes the file does not fix).
 */
export function holeAlternatives(ctx: PyRuleContext, v: PyValue): StringAlternative[] | undefined {
  if (v.kind !== 'string') return undefined;
  let alternatives: { pieces: HolePiece[]; conditions: string[] }[] = [{ pieces: [], conditions: [] }];
  let filled = false;
  for (const part of v.parts) {
    const options = typeof part === 'string' ? [{ piece: { text: part } as HolePiece }] : holeOptions(ctx, part.unknown);
    filled ||= options.some((o) => o.piece.written);
    if (alternatives.length * options.length > MAX_ALTERNATIVES) return undefined;
    alternatives = alternatives.flatMap((a) => options.map((o) => ({ pieces: [...a.pieces, o.piece], conditions: o.condition ? [...a.conditions, o.condition] : a.conditions })));
  }
  return filled ? alternatives.map((a) => ({ pieces: a.pieces, condition: a.conditions.length > 0 ? a.conditions.join(' and ') : undefined })) : undefined;
}

/** The text of an alternative, an open hole as `hole` (a character no parameter or cipher name holds). */
export function alternativeText(a: StringAlternative, hole = '\0'): string {
  return a.pieces.map((p) => (p.open ? hole : p.text)).join('');
}

/** The filled piece an offset range of the alternative's text lies in, if it lies in one. */
export function filledPieceAt(a: StringAlternative, start: number, end: number): HolePiece | undefined {
  let offset = 0;
  for (const p of a.pieces) {
    const length = p.open ? 1 : p.text.length;
    if (start >= offset && end <= offset + length) return p.written ? p : undefined;
    offset += length;
  }
  return undefined;
}

function holeOptions(ctx: PyRuleContext, hole: Node): { piece: HolePiece; condition?: string }[] {
  const open = [{ piece: { text: '', open: true } as HolePiece }];
  const expr = holeExpression(hole);
  if (!expr) return open;
  const v = ctx.valueOf(expr);
  // A name bound to the lookup (`mode = extras.get(…)`): its value is the lookup's, made by that call.
  const lookup = stringLookup(ctx, v.node?.type === 'call' ? v.node : expr);
  if (lookup) return [{ piece: { text: lookup.text, written: lookup.written }, condition: lookup.condition }, ...open];
  const branches = branchesOf(v);
  if (branches.length < 2 || !branches.some((b) => stringOf(b.value) !== undefined && b.value.node)) return open;
  return branches.map((b) => {
    const text = stringOf(b.value);
    return { piece: text !== undefined && b.value.node ? { text, written: b.value.node } : { text: '', open: true }, condition: b.condition };
  });
}

/** The expression a hole stands for: an f-string interpolation's (not one with a format or `!r`), or the operand itself. */
function holeExpression(hole: Node): Node | undefined {
  if (hole.type !== 'interpolation') return hole;
  if (hole.childForFieldName('format_specifier') || hole.childForFieldName('type_conversion')) return undefined;
  return hole.childForFieldName('expression') ?? undefined;
}

/** `extras.get("sslmode", DEFAULT)` (lookups.ts) with a string constant default. */
function stringLookup(ctx: PyRuleContext, expr: Node): { condition: string; text: string; written: Node } | undefined {
  const lookup = defaultedLookup(expr, (n) => ctx.valueOf(n));
  if (!lookup) return undefined;
  const fallback = ctx.valueOf(lookup.fallback);
  const text = stringOf(fallback);
  return text !== undefined && fallback.node ? { condition: lookup.condition, text, written: fallback.node } : undefined;
}
