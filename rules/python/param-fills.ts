// Connection-string parameters whose unsafe value is not in the string's own literal but filled
// into it: by a hole of an f-string or a `+` (a conditional, a lookup's constant default; see
// holes.ts), or by a constant argument of `.format` or `%` given to a template
// (`"… sslmode={mode}".format(host=h, mode="require")`, `"… sslmode=%s" % (h, "require")`).
// Reported where the value is written, with the string that uses it as related.

import type { Node, PyFix, PyRelated, PyRuleContext, PyValue } from './api.js';
import { stringOf } from './branches.js';
import { alternativeText, filledPieceAt, holeAlternatives } from './holes.js';
import { editIn } from './edits.js';
import { plainContent } from './string-offsets.js';

export interface FilledParam {
  /** Where the value is written: the literal of the branch, default or argument. */
  node: Node;
  param: string;
  value: string;
  /** The string, `.format` call or `%` that puts it into the connection string. */
  usedAt: Node;
  condition?: string;
}

/**
 * The filled hits of one parameter `pattern` (groups: the name, the value) among `strings` (those
 * that may hold it), `fits` telling a connection string from prose; `placeholder` finds a
 * template's `name={…}` or `name=%s`.
 */
export function filledParamHits(ctx: PyRuleContext, strings: readonly Node[], placeholder: RegExp, pattern: RegExp, fits: (text: string) => boolean): FilledParam[] {
  const out: FilledParam[] = [];
  const templates: Node[] = [];
  for (const s of strings) {
    out.push(...fromHoles(ctx, ctx.valueOf(s), s, pattern, fits));
    if (placeholder.test(s.text)) templates.push(s);
  }
  if (templates.length > 0) for (const use of templateUses(ctx, templates)) out.push(...fromArguments(ctx, use, pattern, fits));
  return out;
}

/** `.format` calls and `%` operations whose template is one of `templates`, directly or through a name. */
function templateUses(ctx: PyRuleContext, templates: readonly Node[]): { use: Node; args: Node[] }[] {
  const ids = new Set(templates.map((t) => t.id));
  const isTemplate = (n: Node | null | undefined) => !!n && ids.has(ctx.valueOf(n).node?.id ?? -1);
  const out: { use: Node; args: Node[] }[] = [];
  for (const call of ctx.calls) {
    if (call.method !== 'format' || !isTemplate(call.receiver)) continue;
    const args = call.args.namedChildren.filter((a): a is Node => !!a && a.type !== 'comment' && a.type !== 'list_splat' && a.type !== 'dictionary_splat');
    out.push({ use: call.node, args: args.map((a) => (a.type === 'keyword_argument' ? a.childForFieldName('value') ?? a : a)) });
  }
  if (!templates.some((t) => t.text.includes('%'))) return out;
  for (const op of ctx.root.descendantsOfType('binary_operator')) {
    if (!op || op.childForFieldName('operator')?.text !== '%' || !isTemplate(op.childForFieldName('left'))) continue;
    let right = op.childForFieldName('right');
    while (right?.type === 'parenthesized_expression') right = right.namedChildren[0];
    if (!right) continue;
    const items = right.type === 'tuple' ? right.namedChildren : right.type === 'dictionary' ? right.namedChildren.map((p) => (p?.type === 'pair' ? p.childForFieldName('value') : null)) : [right];
    out.push({ use: op, args: items.filter((a): a is Node => !!a && a.type !== 'comment') });
  }
  return out;
}

/** The parameter a branch or default of a hole sets, at the literal that fills it. */
function fromHoles(ctx: PyRuleContext, v: PyValue, usedAt: Node, pattern: RegExp, fits: (text: string) => boolean): FilledParam[] {
  const out: FilledParam[] = [];
  for (const a of holeAlternatives(ctx, v) ?? []) {
    const text = alternativeText(a, ' ');
    const m = fits(text) ? pattern.exec(text) : null;
    const piece = m ? filledPieceAt(a, m.index + m[0].length - m[2].length, m.index + m[0].length) : undefined;
    if (m && piece?.written) out.push({ node: piece.written, param: m[1], value: m[2], usedAt, condition: a.condition });
  }
  return out;
}

/**
 * The parameter in the completed string when the template alone does not set it: at the constant
 * argument that fills it, or at the branch of one that holds a conditional (`mode=MODE`, `MODE = "require" if …`).
 */
function fromArguments(ctx: PyRuleContext, { use, args }: { use: Node; args: Node[] }, pattern: RegExp, fits: (text: string) => boolean): FilledParam[] {
  const v = ctx.valueOf(use);
  const branches = fromHoles(ctx, v, use, pattern, fits);
  if (branches.length > 0) return branches;
  const text = textOf(v);
  const m = text !== undefined && fits(text) ? pattern.exec(text) : null;
  if (!m) return [];
  const filler = args.map((a) => ctx.valueOf(a)).find((v) => stringOf(v) === m[2] && v.node);
  return filler?.node ? [{ node: filler.node, param: m[1], value: m[2], usedAt: use }] : [];
}

function textOf(v: PyValue): string | undefined {
  return stringOf(v) ?? (v.kind === 'string' ? v.parts.map((p) => (typeof p === 'string' ? p : ' ')).join('') : undefined);
}

/** The value's literal made `verify-full` when it is an `sslmode` written on its own (`mode="require"`). */
export function filledSslmodeFix(hit: { node: Node; param: string; value: string; usedAt?: Node }): PyFix | undefined {
  if (!hit.usedAt || hit.param !== 'sslmode') return undefined;
  const content = plainContent(hit.node);
  if (!content || hit.node.text.slice(content.start - hit.node.startIndex, content.end - hit.node.startIndex) !== hit.value) return undefined;
  return { title: 'Use sslmode=verify-full (verify the certificate and host name)', kind: 'suggestion', edits: [editIn(hit.node, content.start, content.end, 'verify-full')] };
}

/** The related places of a parameter hit: where its value is written, or the string it is filled into. */
export function paramRelated(hit: { written?: Node; usedAt?: Node }): PyRelated[] {
  if (hit.usedAt) return [{ node: hit.usedAt, message: 'used in this connection string' }];
  return hit.written ? [{ node: hit.written, message: 'value written here' }] : [];
}
