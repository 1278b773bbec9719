// Literal strings in syntax, without resolution.
import ts from 'typescript';

export function stringOf(e: ts.Expression): string | undefined {
  let x = e;
  while (ts.isParenthesizedExpression(x)) x = x.expression;
  return ts.isStringLiteral(x) || ts.isNoSubstitutionTemplateLiteral(x) ? x.text : undefined;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** Whether a host is an IP literal (v4, or v6 with or without brackets and with an optional zone). */
export function isIpLiteral(host: string): boolean {
  if (IPV4.test(host)) return true;
  const h = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return h.includes(':') && /^[0-9a-fA-F:.]+(%[\w.-]+)?$/.test(h);
}
