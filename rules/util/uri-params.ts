// Connection strings that switch verification off: `mongodb://h/?tlsInsecure=true`, `postgres://…?sslmode=no-verify`.
import ts from 'typescript';
import type { RuleContext } from '../api.js';
import type { InsecureUriParam } from '../data/sink-types.js';

export function reportUriParams(ctx: RuleContext, params: readonly InsecureUriParam[], messageId: string): void {
  if (!params.some((p) => ctx.text.includes(p.param))) return;
  const sf = ctx.sourceFile;
  const stack: ts.Node[] = [sf];
  while (stack.length) {
    const n = stack.pop()!;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n)) {
      checkString(ctx, n, params, messageId);
      continue;
    }
    ts.forEachChild(n, (c) => {
      stack.push(c);
    });
  }
}

function checkString(ctx: RuleContext, node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateHead, params: readonly InsecureUriParam[], messageId: string): void {
  const text = node.text;
  for (const p of params) {
    if (!p.schemes.some((s) => text.toLowerCase().startsWith(s))) continue;
    const q = text.indexOf('?');
    if (q < 0) continue;
    const re = new RegExp(`([?&])${p.param}=(${p.values.map(escape).join('|')})(?=&|#|$)`, 'i');
    const m = re.exec(text.slice(q));
    if (!m) continue;
    const raw = node.getText(ctx.sourceFile);
    const fixed = removeParam(raw, p.param, m[2]);
    ctx.report({
      node,
      messageId,
      data: { param: p.param, value: m[2], owner: p.owner },
      fixes: fixed !== undefined ? [{ title: `Remove ${p.param}=${m[2]} from the connection string`, kind: 'suggestion', edits: [{ start: node.getStart(ctx.sourceFile), end: node.end, text: fixed }] }] : [],
    });
  }
}

/** The literal's source text without `param=value`, keeping the other query parameters. */
function removeParam(raw: string, param: string, value: string): string | undefined {
  const re = new RegExp(`([?&])${param}=${escape(value)}(&?)`, 'i');
  const out = raw.replace(re, (_all, sep: string, amp: string) => (sep === '?' ? (amp ? '?' : '') : amp ? '&' : ''));
  return out === raw ? undefined : out.replace(/&(?=['"`]|$)/, '');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
