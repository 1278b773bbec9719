// The parts of a string expression the file does say: connection strings built with a template
// (`postgres://${host}/db?sslmode=no-verify`), NODE_OPTIONS built with `+` or `${…}`. A part the
// file does not say is a hole; the literal pieces keep their place in the source for exact ranges.
import ts from 'typescript';
import type { JsRuleContext } from './api.js';
import { unwrap } from './syntax.js';

/** Stands for a part of the string the file does not say. */
export const HOLE = '\u0000';

/** A literal piece of a string expression, as written. */
export type Piece = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateLiteralLikeNode;

export function isPiece(n: ts.Node): n is Piece {
  return ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n);
}

/** The text of a string expression, with a hole for each part whose value the file does not say. */
export function staticText(ctx: JsRuleContext, e: ts.Expression): string {
  if (ts.isParenthesizedExpression(e)) return staticText(ctx, e.expression);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return staticText(ctx, e.left) + staticText(ctx, e.right);
  if (ts.isTemplateExpression(e)) return e.head.text + e.templateSpans.map((s) => staticText(ctx, s.expression) + s.literal.text).join('');
  const v = ctx.valueOf(e);
  return v.kind === 'literal' && v.value !== undefined && v.value !== null ? String(v.value) : HOLE;
}

/** The string expression a piece is part of: its template, or the whole `a + b + c` chain. */
export function enclosingString(piece: Piece): ts.Expression {
  let e: ts.Node = wholeLiteral(piece);
  while (e.parent && (ts.isParenthesizedExpression(e.parent) || (ts.isBinaryExpression(e.parent) && e.parent.operatorToken.kind === ts.SyntaxKind.PlusToken))) e = e.parent;
  return e as ts.Expression;
}

/** A string literal itself, or the template expression a template piece belongs to. */
export function wholeLiteral(piece: Piece): ts.Expression {
  if (ts.isStringLiteral(piece) || ts.isNoSubstitutionTemplateLiteral(piece)) return piece;
  return piece.parent.kind === ts.SyntaxKind.TemplateExpression ? (piece.parent as ts.TemplateExpression) : (piece.parent.parent as ts.TemplateExpression);
}

/**
 * The literal pieces of a string expression written here (`'a' + x + \`b${y}c\``), in order; empty
 * for anything else.
 */
export function piecesOf(e: ts.Expression): Piece[] {
  if (ts.isParenthesizedExpression(e)) return piecesOf(e.expression);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e];
  if (ts.isTemplateExpression(e)) return [e.head, ...e.templateSpans.map((s) => s.literal)];
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return [...piecesOf(e.left), ...piecesOf(e.right)];
  // `…`.trim() keeps the words.
  if (ts.isCallExpression(e) && e.arguments.length === 0 && ts.isPropertyAccessExpression(e.expression) && TRIMS.has(e.expression.name.text)) return piecesOf(e.expression.expression);
  return [];
}

const TRIMS = new Set(['trim', 'trimStart', 'trimEnd', 'toString']);

/**
 * The string expression a value is written as: the expression's own, or the template or
 * concatenation a name holds when some part of it is not known (`DATABASE_URLS.primary` =
 * `postgresql://${user}:${pass}@…`, also in another file), whose literal parts still say the rest.
 */
export function writtenString(ctx: JsRuleContext, valueNode: ts.Expression): ts.Expression {
  const e = unwrap(valueNode);
  if (piecesOf(e).length > 0) return e;
  const v = ctx.valueOf(e);
  const at = v.kind === 'unknown' ? v.node : undefined;
  return at && at !== e && ts.isExpression(at) && (ts.isTemplateExpression(at) || ts.isBinaryExpression(at)) && piecesOf(at).length > 0 ? at : e;
}

/**
 * The strings a value may be, each where it is written and under its condition: writtenString's
 * one, or each written branch of a value that is one of several (`process.env.DATABASE_URL ??
 * \`postgresql://…?sslmode=require\``: the template, "when DATABASE_URL is not set").
 */
export function writtenStrings(ctx: JsRuleContext, valueNode: ts.Expression): { expr: ts.Expression; condition?: string }[] {
  const e = unwrap(valueNode);
  const filled = withoutPlaceholderFill(e);
  if (filled !== e) return writtenStrings(ctx, filled);
  const v = piecesOf(e).length > 0 ? undefined : ctx.valueOf(e);
  // A name for a placeholder filled in (`const url = URLS[region].replace('${PW}', pw)`).
  const at = v?.kind === 'unknown' ? v.node : undefined;
  if (at && at !== e && ts.isExpression(at) && withoutPlaceholderFill(unwrap(at)) !== unwrap(at)) return writtenStrings(ctx, at);
  if (v?.kind !== 'either') return [{ expr: writtenString(ctx, valueNode) }];
  const out: { expr: ts.Expression; condition?: string }[] = [];
  for (const b of v.branches) {
    const at = b.value.kind === 'unknown' || b.value.kind === 'literal' ? b.value.node : undefined;
    if (at && ts.isExpression(at) && piecesOf(at).length > 0) out.push({ expr: at, condition: b.condition });
  }
  return out;
}

/**
 * Where a piece's text starts in the source, when the source maps to the text one to one (no
 * escape sequences): then a range inside the text is a range in the file.
 */
export function plainTextStart(sf: ts.SourceFile, piece: Piece): number | undefined {
  const start = piece.getStart(sf) + 1;
  const closing = ts.isTemplateHead(piece) || ts.isTemplateMiddle(piece) ? 2 : 1;
  return sf.text.slice(start, piece.end - closing) === piece.text ? start : undefined;
}

/**
 * `url.replace('${PW}', password)`: a placeholder filled in (a literal search text that names no
 * query parameter, `?`, `&`, `=` or `#`) leaves the URL's scheme, host and query as written: the
 * string it is called on.
 */
function withoutPlaceholderFill(e: ts.Expression): ts.Expression {
  if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression) || !['replace', 'replaceAll'].includes(e.expression.name.text) || e.arguments.length !== 2) return e;
  const search = unwrap(e.arguments[0]);
  if (!ts.isStringLiteralLike(search) || search.text === '' || /[?&=#]|ssl|tls/i.test(search.text)) return e;
  return unwrap(e.expression.expression);
}
