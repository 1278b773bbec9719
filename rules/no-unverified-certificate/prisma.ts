// no-unverified-certificate, Prisma: its Postgres connector (quaint, PostgresUrl::parse_query_params)
// defaults sslaccept to accept_invalid_certs, so `sslmode=require` without `sslaccept=strict`
// encrypts to whoever answers (TLS-FACTS 7.2). Only Prisma reads sslaccept: pg treats the same URL
// as verify-full, so only URLs given to PrismaClient are looked at.
import ts from 'typescript';
import type { Fix } from '../api.js';
import type { JsRuleContext, Prop } from '../js/api.js';
import { conditionsSuffix } from '../common/conditions.js';
import { HOLE, piecesOf, plainTextStart, staticText, writtenStrings } from '../js/static-text.js';
import { unwrap } from '../js/syntax.js';
import { filledTexts } from '../js/uri-holes.js';
import { branchesOf, propAt } from '../js/values.js';
import type { Messages } from './meta.js';

const ENCRYPTED = /[?&]sslmode=(require|prefer)(?=&|#|$|\u0000)/i;

export function checkPrismaUrls(ctx: JsRuleContext<Messages>): void {
  for (const call of ctx.sinkCalls) {
    if (call.sink.id !== 'prisma' || !call.options) continue;
    for (const o of branchesOf(call.options)) {
      const urls: Prop[] = [];
      const direct = propAt(o.value, ['datasourceUrl']);
      if (direct) urls.push(direct);
      const sources = propAt(o.value, ['datasources']);
      for (const s of sources ? branchesOf(sources.value) : []) {
        if (s.value.kind !== 'object') continue;
        for (const db of s.value.props.values()) {
          const url = propAt(db.value, ['url']);
          if (url) urls.push(url);
        }
      }
      for (const url of urls) checkUrl(ctx, url, o.condition);
    }
  }
}

function checkUrl(ctx: JsRuleContext<Messages>, url: Prop, condition: string | undefined): void {
  if (!url.valueNode) return;
  const written = writtenStrings(ctx, url.valueNode);
  for (const w of written) checkWritten(ctx, url, w.expr, [condition, w.condition]);
  // A URL whose query a hole fills from a table (`?${db.params}`): each string the hole may hold,
  // reported where that string is written when it writes the sslmode.
  if (written.some((w) => staticText(ctx, w.expr).includes(HOLE))) {
    for (const b of branchesOf(ctx.valueOf(url.valueNode))) {
      const parts = b.value.kind === 'unknown' ? b.value.parts : undefined;
      for (const f of parts ? filledTexts(parts) : []) {
        const mode = defaultAccept(f.text);
        if (mode && ENCRYPTED.test(`?${f.held}`)) ctx.report({ node: url.node, messageId: 'prismaDefault', data: { value: mode, condition: conditionsSuffix(condition, b.condition, f.condition) }, written: f.written });
      }
    }
  }
}

/** `sslmode=require` (or prefer) in a postgres URL that says no sslaccept and leaves no hole in its query that could: the mode. */
function defaultAccept(text: string): string | undefined {
  if (!/^postgres(ql)?:\/\//i.test(text)) return undefined;
  const query = text.slice(Math.max(text.indexOf('?'), 0));
  const mode = ENCRYPTED.exec(query);
  // An explicit sslaccept (strict, or accept_invalid_certs reported by the URI table) or one the file does not show.
  if (!mode || /[?&]sslaccept=/i.test(query) || query.includes(`&${HOLE}`) || query.endsWith(HOLE)) return undefined;
  return mode[1];
}

function checkWritten(ctx: JsRuleContext<Messages>, url: Prop, expr: ts.Expression, conditions: (string | undefined)[]): void {
  const mode = defaultAccept(staticText(ctx, expr));
  if (!mode) return;
  // A URL a name holds is reported where it is written (`DATABASE_URLS.primary` of a table in another file).
  const written = expr !== unwrap(url.valueNode!) ? expr : undefined;
  ctx.report({ node: url.node, messageId: 'prismaDefault', data: { value: mode, condition: conditionsSuffix(...conditions) }, fixes: strictFix(ctx, expr), ...(written ? { written } : {}) });
}

/** Appends `&sslaccept=strict` after the sslmode parameter, in the literal that writes it. */
function strictFix(ctx: JsRuleContext<Messages>, expr: ts.Expression): Fix[] {
  const v = ctx.valueOf(expr);
  const pieces = piecesOf(unwrap(expr));
  if (pieces.length === 0 && v.kind === 'literal' && v.node && (ts.isStringLiteral(v.node) || ts.isNoSubstitutionTemplateLiteral(v.node))) pieces.push(v.node);
  for (const piece of pieces) {
    const m = ENCRYPTED.exec(piece.text);
    const start = plainTextStart(ctx.sourceFile, piece);
    if (!m || start === undefined) continue;
    const at = start + m.index + m[0].length;
    return [{ title: 'Add sslaccept=strict (verify the certificate)', kind: 'suggestion', edits: [{ start: at, end: at, text: '&sslaccept=strict' }] }];
  }
  return [];
}
