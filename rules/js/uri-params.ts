// Connection strings that switch verification off: `mongodb://h/?tlsInsecure=true`,
// `postgres://…?sslmode=no-verify`, also when built with a template or `+`:
// `postgres://${user}@${host}/db?sslmode=no-verify`.
import ts from 'typescript';
import type { JsRuleContext } from './api.js';
import type { InsecureUriParam } from '../data/node/sink-types.js';
import { enclosingString, HOLE, isPiece, staticText, wholeLiteral, type Piece } from './static-text.js';
import { escape, meaningHolds } from './uri-meaning.js';
import { reportFilledParams } from './uri-holes.js';

export function reportUriParams(ctx: JsRuleContext, params: readonly InsecureUriParam[], messageId: string): void {
  if (params.some((p) => ctx.holds(p.param))) reportFilledParams(ctx, params, messageId);
  if (!params.some((p) => ctx.text.includes(p.param))) return;
  const stack: ts.Node[] = [ctx.sourceFile];
  while (stack.length) {
    const n = stack.pop()!;
    if (isPiece(n)) {
      checkPiece(ctx, n, params, messageId);
      continue;
    }
    ts.forEachChild(n, (c) => {
      stack.push(c);
    });
  }
}

/** One literal piece that writes `param=value`: reported if the whole string it belongs to is a connection string. */
function checkPiece(ctx: JsRuleContext, piece: Piece, params: readonly InsecureUriParam[], messageId: string): void {
  const sf = ctx.sourceFile;
  for (const p of params) {
    const inPiece = new RegExp(`(^|[?&])${p.param}=(${p.values.map(escape).join('|')})(?=&|#|$)`, 'i').exec(piece.text);
    if (!inPiece) continue;
    const whole = enclosingString(piece);
    const text = staticText(ctx, whole);
    if (!p.schemes.some((s) => text.toLowerCase().startsWith(s))) continue;
    const q = text.indexOf('?');
    if (q < 0) continue;
    const query = text.slice(q);
    const inQuery = new RegExp(`([?&])${p.param}=(${p.values.map(escape).join('|')})(?=&|#|${HOLE}|$)`, 'i').exec(query);
    if (!inQuery || !meaningHolds(p, query, text)) continue;
    const value = inPiece[2];
    // A template is reported whole (its pieces are not expressions); a `+` piece by itself.
    const reported = wholeLiteral(piece);
    const start = piece.getStart(sf);
    const raw = piece.getText(sf);
    const fixed = p.replaceWith ? replaceParam(raw, p.param, value, p.replaceWith) : removeParam(raw, p.param, value);
    const title = p.replaceWith ? `Use ${p.param}=${p.replaceWith} in the connection string` : `Remove ${p.param}=${value} from the connection string`;
    ctx.report({
      node: reported,
      messageId,
      data: { param: p.param, value, owner: p.owner },
      fixes: fixed !== undefined ? [{ title, kind: 'suggestion', edits: [{ start, end: piece.end, text: fixed }] }] : [],
    });
  }
}

/** The literal's source text with `param=value` set to `param=replacement`. */
function replaceParam(raw: string, param: string, value: string, replacement: string): string | undefined {
  const out = raw.replace(new RegExp(`([?&])${param}=${escape(value)}(?=&|#|['"\`]|\$\{|$)`, 'i'), `$1${param}=${replacement}`);
  return out === raw ? undefined : out;
}

/** The literal's source text without `param=value`, keeping the other query parameters. */
function removeParam(raw: string, param: string, value: string): string | undefined {
  const re = new RegExp(`([?&])${param}=${escape(value)}(&?)`, 'i');
  const out = raw.replace(re, (_all, sep: string, amp: string) => (sep === '?' ? (amp ? '?' : '') : amp ? '&' : ''));
  return out === raw ? undefined : out.replace(/&(?=['"`]|\$\{|$)/, '');
}
