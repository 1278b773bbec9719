// require-servername: connections that send no SNI (TLS-FACTS.md 1.1 #1-#3). An interop problem
// (multi-tenant servers answer with the wrong certificate), not a verification bypass.
import ts from 'typescript';
import type { Fix, Prop, Rule, RuleContext, SinkCall, Value } from './api.js';
import { compact } from './util/compact.js';
import { insertProperty } from './util/edits.js';
import { removeOptionFix } from './util/option-fixes.js';
import { isIpLiteral } from './util/strings.js';
import { truthy } from './util/truthy.js';
import { literalString } from './util/values.js';

const ID = 'require-servername';

export const requireServername: Rule = {
  meta: {
    id: ID,
    description: 'TLS clients that do not send SNI by themselves must be given servername.',
    rationale:
      "tls.connect() never derives SNI from host: without servername the client does not say which server it wants, and servers that host several names (CDNs, load balancers, managed databases) answer with a default certificate, which then fails verification or, worse, belongs to someone else's virtual host. https, http2 and most libraries set SNI themselves; raw tls.connect, ioredis, node-redis and ldapjs do not.",
    category: 'sni',
    defaultSeverity: 'warning',
    cwe: [],
    fixKinds: ['suggestion'],
    precision: 'high',
    needles: ['tls', 'ioredis', 'redis', 'ldapjs'],
    messages: {
      missing: '{sink} connects to {host} without servername, so no SNI is sent and a server hosting several names may present the wrong certificate. Add servername: {hostText}.',
      missingSocket: '{sink} over an existing socket sends no SNI unless servername is given, so a server hosting several names may present the wrong certificate. Add servername with the server\'s host name.',
      ipServername: "servername is the IP address '{value}': SNI may only carry host names (RFC 6066), and Node warns (DEP0123). Remove it, or use the server's host name.",
    },
  },
  check(ctx) {
    for (const call of ctx.sinkCalls) {
      if (call.sink.sni !== 'none') continue;
      checkCall(ctx, call);
    }
  },
};

interface Host {
  /** Source text to put in `servername:`. */
  text: string;
  /** For the message. */
  shown: string;
}

function checkCall(ctx: RuleContext, call: SinkCall): void {
  const sf = ctx.sourceFile;
  const { sink } = call;
  const args = call.node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  const options = call.options;
  if (options && options.kind !== 'object') return;
  if (sink.tlsEnabledBy && !tlsEnabled(ctx, options, sink.tlsEnabledBy)) return;
  const tls = call.tlsOptions.find((t) => t.path.length > 0 || sink.tlsPaths[0].length === 0)?.value;
  const servername = tls?.props.get('servername');
  if (servername) {
    const v = literalString(servername.value);
    if (v !== undefined && v !== '' && isIpLiteral(v)) {
      ctx.report({ node: servername.node, messageId: 'ipServername', data: { value: v }, fixes: compact([removeOptionFix(ctx, servername, 'Remove the IP servername')]) });
    }
    return;
  }
  if (tls?.open) return;
  const host = findHost(ctx, call, options, args);
  const calleeRange = { start: call.node.getStart(sf), end: call.callee.end };
  if (host === 'ip-or-local') return;
  if (host === undefined) {
    if (options?.props.has('socket') && sink.id === 'tls.connect') ctx.report({ range: calleeRange, messageId: 'missingSocket', data: { sink: sink.id } });
    return;
  }
  const fix = addServernameFix(ctx, call, options, args, host);
  ctx.report({ range: calleeRange, messageId: 'missing', data: { sink: sink.id, host: host.shown, hostText: host.text }, fixes: fix ? [fix] : [] });
}

function tlsEnabled(ctx: RuleContext, options: Value | undefined, path: string[]): boolean {
  let v: Value | undefined = options;
  for (const k of path) v = v?.kind === 'object' ? v.props.get(k)?.value : undefined;
  if (!v) return false;
  const s = literalString(v);
  if (s !== undefined) return /^(rediss|ldaps):\/\//i.test(s) || !s.includes('://');
  return truthy(v) === true;
}

/** The host the call connects to, as source text; 'ip-or-local' when SNI does not apply. */
function findHost(ctx: RuleContext, call: SinkCall, options: Value | undefined, args: ts.NodeArray<ts.Expression>): Host | 'ip-or-local' | undefined {
  const { sink } = call;
  let prop: Prop | undefined;
  if (options?.kind === 'object' && sink.hostPath) {
    let v: Value | undefined = options;
    for (const k of sink.hostPath) {
      prop = v?.kind === 'object' ? v.props.get(k) : undefined;
      v = prop?.value;
    }
  }
  let expr: ts.Expression | undefined = prop?.valueNode;
  let value = prop?.value;
  if (!prop && sink.positionalHost !== undefined && args.length > sink.positionalHost && !ts.isObjectLiteralExpression(args[sink.positionalHost])) {
    const first = ctx.valueOf(args[0]);
    if (first.kind === 'literal' && typeof first.value === 'number' || first.kind === 'unknown') {
      expr = args[sink.positionalHost];
      value = ctx.valueOf(expr);
      if (value.kind === 'function' || value.kind === 'object') return undefined;
    }
  }
  if (!expr || !value) return undefined;
  const s = literalString(value);
  if (s !== undefined) {
    const host = s.includes('://') ? hostOfUrl(s) : s;
    if (host === undefined) return undefined;
    if (host === '' || host === 'localhost' || isIpLiteral(host)) return 'ip-or-local';
    return { text: `'${host}'`, shown: `'${host}'` };
  }
  // Only simple expressions are repeated in a fix: a call could have side effects.
  const x = ts.isShorthandPropertyAssignment(prop?.node ?? expr) ? (prop!.node as ts.ShorthandPropertyAssignment).name : expr;
  if (!(ts.isIdentifier(x) || ts.isPropertyAccessExpression(x))) return undefined;
  const text = x.getText(ctx.sourceFile);
  return { text, shown: `\`${text}\`` };
}

function hostOfUrl(s: string): string | undefined {
  try {
    return new URL(s).hostname;
  } catch {
    return undefined;
  }
}

function addServernameFix(ctx: RuleContext, call: SinkCall, options: Value | undefined, args: ts.NodeArray<ts.Expression>, host: Host): Fix | undefined {
  const sf = ctx.sourceFile;
  const title = `Add servername: ${host.text}`;
  const prop = `servername: ${host.text}`;
  const tlsPath = call.sink.tlsPaths[0];
  if (options?.kind === 'object') {
    const tls = call.tlsOptions.find((t) => t.path.join('.') === tlsPath.join('.'));
    if (tls && ts.isObjectLiteralExpression(tls.value.node)) return { title, kind: 'suggestion', edits: [insertProperty(sf, tls.value.node, prop)] };
    if (!tls && tlsPath.length === 1 && ts.isObjectLiteralExpression(options.node)) {
      return { title, kind: 'suggestion', edits: [insertProperty(sf, options.node, `${tlsPath[0]}: { ${prop} }`)] };
    }
    return undefined;
  }
  // Positional tls.connect(port, host[, cb]): the options go after the host.
  const hostArg = call.sink.positionalHost !== undefined ? args[call.sink.positionalHost] : undefined;
  if (!hostArg) return undefined;
  return { title, kind: 'suggestion', edits: [{ start: hostArg.end, end: hostArg.end, text: `, { ${prop} }` }] };
}
