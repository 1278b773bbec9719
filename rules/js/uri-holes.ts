// Connection strings whose insecure parameter value fills a hole: `?sslmode=${sslmode}` in a
// helper called with an entry of a table (`buildUrl(TARGETS[envName], …)` given to pg's
// `connectionString`), the entry's `sslmode: 'no-verify'` written in another file. The string's
// parts as evaluated at the sink (Value `parts`) say what each hole holds there; each value the
// hole may take is judged with the parts that hold under the same condition ("when envName is
// 'staging'"), and the finding sits where that value is written.
import type { JsRuleContext, Value } from './api.js';
import type { InsecureUriParam } from '../data/node/sink-types.js';
import { contradicts } from '../common/conditions.js';
import { HOLE } from './static-text.js';
import { branchesOf, literalString, walkProps } from './values.js';
import { escape, meaningHolds } from './uri-meaning.js';

type Parts = Value[];

export function reportFilledParams(ctx: JsRuleContext, params: readonly InsecureUriParam[], messageId: string): void {
  const seen = new Set<unknown>();
  for (const call of ctx.sinkCalls) {
    if (!call.options) continue;
    walkProps(call.options, ({ prop }) => {
      for (const b of branchesOf(prop.value)) {
        const parts = b.value.kind === 'unknown' ? b.value.parts : undefined;
        if (!parts || seen.has(parts)) continue;
        seen.add(parts);
        for (const p of params) checkParts(ctx, parts, p, prop.node, messageId, b.value.node);
      }
    }, 3);
  }
}

/**
 * Each value the hole after `param=` may hold that the table names, and each query text a hole may
 * hold that writes `param=value` itself (`?${db.params}` over a table's `params:
 * 'sslmode=require&sslaccept=accept_invalid_certs'`), judged with the parts that hold with it.
 */
function checkParts(ctx: JsRuleContext, parts: Parts, p: InsecureUriParam, at: import('typescript').Node, messageId: string, built?: import('typescript').Node): void {
  const before = new RegExp(`[?&]${escape(p.param)}=$`, 'i');
  const within = new RegExp(`(^|[?&])${escape(p.param)}=(${p.values.map(escape).join('|')})(?=&|#|$)`, 'i');
  for (const f of filledTexts(parts, built)) {
    if (f.index === 0) continue;
    const value = before.test(literalString(parts[f.index - 1]) ?? '') ? f.held : within.exec(f.held)?.[2];
    if (value === undefined || !p.values.some((v) => v.toLowerCase() === value.toLowerCase())) continue;
    if (!p.schemes.some((s) => f.text.toLowerCase().startsWith(s))) continue;
    const q = f.text.indexOf('?');
    if (q < 0 || !meaningHolds(p, f.text.slice(q), f.text)) continue;
    ctx.report({ node: at, messageId, data: { param: p.param, value, owner: p.owner }, written: f.written });
  }
}

/** A part's text where `condition` holds: a literal's, or that of the one branch of a choice that can hold with it; a hole otherwise. */
function textUnder(part: Value, condition: string | undefined): string {
  const s = literalString(part);
  if (s !== undefined) return s;
  if (part.kind === 'literal' && part.value !== undefined && part.value !== null) return String(part.value);
  const fits = branchesOf(part).filter((b) => !contradicts(b.condition, condition));
  const texts = new Set(fits.map((b) => (b.value.kind === 'literal' && b.value.value !== undefined && b.value.value !== null ? String(b.value.value) : HOLE)));
  return part.kind === 'either' && texts.size === 1 ? [...texts][0] : HOLE;
}

/** One text a string built with holes may be: the part `index` holding `held`, written at `written`. */
export interface FilledText {
  index: number;
  text: string;
  held: string;
  written: import('typescript').Node;
  condition?: string;
}

/**
 * The texts a string built with holes may be, one for each literal string a hole may hold (a
 * table's entries), the other parts as they hold under the same condition: each with where that
 * string is written and its condition.
 */
export function filledTexts(parts: Parts, written?: import('typescript').Node): FilledText[] {
  const out: FilledText[] = [];
  parts.forEach((part, i) => {
    // A literal part is the string's own text, unless it was written elsewhere (`${t.sslmode}` of a
    // table entry the call that built the string picked: `poolFor('marketing')`).
    if (part.kind === 'literal' && !(written && part.node && !within(part.node, written))) return;
    for (const b of branchesOf(part)) {
      const held = literalString(b.value);
      if (held === undefined || !b.value.node) continue;
      out.push({ index: i, text: parts.map((x, j) => (j === i ? held : textUnder(x, b.condition))).join(''), held, written: b.value.node, condition: b.condition });
    }
  });
  return out;
}

/** Whether `node` lies inside `outer` (the same file, within its range). */
function within(node: import('typescript').Node, outer: import('typescript').Node): boolean {
  return node.getSourceFile() === outer.getSourceFile() && node.pos >= outer.pos && node.end <= outer.end;
}
