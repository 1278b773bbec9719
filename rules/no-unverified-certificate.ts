// no-unverified-certificate: certificate chain validation turned off (CWE-295).
import ts from 'typescript';
import type { Fix, Rule, RuleContext } from './api.js';
import { INSECURE_METHODS, INSECURE_URI_PARAMS, TLS_ONLY_OPTIONS } from './data/sinks.js';
import { compact } from './util/compact.js';
import { removeChainedCall } from './util/edits.js';
import { checkCertificateCallbacks } from './util/certificate-callbacks.js';
import { caInsteadFix, removeOptionFix } from './util/option-fixes.js';
import { optionSites, rejectUnauthorizedMatters, type OptionSite } from './util/option-sites.js';
import { safeSettingsFixFor } from './util/safe-settings.js';
import { reportUriParams } from './util/uri-params.js';
import { conditionSuffix, findBranch } from './util/values.js';

const ID = 'no-unverified-certificate';
const OPTIONS = TLS_ONLY_OPTIONS.filter((o) => o.rule === ID);
const NAMES = new Set(OPTIONS.map((o) => o.name));

export const noUnverifiedCertificate: Rule = {
  meta: {
    id: ID,
    description: 'Certificate verification must not be turned off.',
    rationale:
      'Without certificate verification, TLS encrypts the connection to whoever answers: anyone on the network path (a proxy, a compromised router, a hostile Wi-Fi) can present their own certificate and read or change the traffic. Code turns verification off to get past a self-signed or private-CA certificate; the fix is to trust that CA (the `ca` option), not to trust everyone.',
    category: 'certificate',
    defaultSeverity: 'error',
    cwe: [295],
    fixKinds: ['suggestion'],
    precision: 'very-high',
    needles: ['rejectUnauthorized', 'strictSSL', 'tlsAllowInvalidCertificates', 'tlsInsecure', 'sslValidate', 'acceptInsecureCerts', 'ignoreHTTPSErrors', 'disableTLSCerts', 'sslmode', 'certificate-error', 'setCertificateVerifyProc', 'TLSSocket'],
    messages: {
      option:
        '{option} disables certificate verification{condition}{where}, so anyone on the network path can impersonate the server. Instead, {advice}.',
      serverClientCert:
        'rejectUnauthorized: false with requestCert: true accepts client certificates that fail verification{condition}, so any client can claim any identity. Keep rejectUnauthorized on and list the client CA in ca.',
      method: '{owner} .{method}() disables certificate verification, so anyone on the network path can impersonate the server. Trust the server\'s CA with .ca(pem) instead.',
      uri: 'The connection string sets {param}={value}, which disables certificate verification ({owner}), so anyone on the network path can impersonate the server. Remove it and trust the server\'s CA instead.',
      tlsSocket:
        'new tls.TLSSocket() used as a client{condition} verifies neither the certificate nor the host name, whatever rejectUnauthorized says, so anyone on the network path can impersonate the server. Use tls.connect({ socket, ... }), which does.',
      callback: '{what} accepts every certificate{condition}, so anyone on the network path can impersonate the server. Instead, {fixed}, and trust the server\'s CA in the system store.',
    },
  },
  check(ctx) {
    for (const site of optionSites(ctx, NAMES)) {
      const option = OPTIONS.find((o) => o.name === site.prop.key)!;
      const bad = findBranch(site.prop.value, (v) => v.kind === 'literal' && v.value === option.insecure);
      if (!bad) continue;
      const isReject = option.name === 'rejectUnauthorized';
      if (isReject && !rejectUnauthorizedMatters(ctx, site)) continue;
      const server = isReject && site.sink?.sink.role === 'server';
      const fixes = [removeOptionFix(ctx, site.prop, `Remove ${option.name}: ${String(option.insecure)} (verify certificates)`)];
      if (isReject && !server) fixes.push(caInsteadFix(ctx, site.prop));
      fixes.push(safeSettingsFixFor(ctx, site.prop.node));
      ctx.report({
        node: site.prop.node,
        messageId: server ? 'serverClientCert' : 'option',
        data: {
          option: `${option.name}: ${String(option.insecure)}`,
          condition: conditionText(site.condition, bad.condition),
          advice: option.advice,
          where: readBySink(site, isReject) ? ` in ${site.sink!.sink.id}` : option.owner === 'Node TLS' ? '' : ` (${option.owner})`,
        },
        fixes: compact(fixes),
      });
    }
    checkInsecureMethods(ctx);
    checkTlsSocketClients(ctx);
    reportUriParams(ctx, INSECURE_URI_PARAMS.filter((p) => p.rule === ID), 'uri');
    checkCertificateCallbacks(ctx);
  },
};

/**
 * Whether the sink reads the option where it was written: Node's rejectUnauthorized at one of the
 * sink's TLS paths (pg reads `ssl.rejectUnauthorized`, not a top-level one), a library's own
 * option anywhere in its options (Playwright reads `use.ignoreHTTPSErrors`).
 */
function readBySink(site: OptionSite, isReject: boolean): boolean {
  const { sink, owner } = site;
  if (!sink?.options) return false;
  return site.atTlsPath || (!isReject && owner !== undefined);
}

/** " (when `dev` is truthy and `x` is set)" from the conditions under which a value holds. */
function conditionText(...conditions: (string | undefined)[]): string {
  const parts = conditions.filter((c): c is string => !!c);
  return parts.length ? conditionSuffix({ value: { kind: 'unknown' }, condition: parts.join(' and ') }) : '';
}

function checkInsecureMethods(ctx: RuleContext): void {
  for (const call of ctx.nodes.calls) {
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) continue;
    const name = call.expression.name.text;
    const m = INSECURE_METHODS.find((x) => x.name === name && call.arguments.length <= x.maxArgs && x.rule === ID);
    if (!m) continue;
    const edit = removeChainedCall(ctx.sourceFile, call);
    ctx.report({
      range: { start: call.expression.name.getStart(ctx.sourceFile), end: call.end },
      messageId: 'method',
      data: { owner: m.owner, method: m.name },
      fixes: edit ? [{ title: `Remove .${m.name}() (verify certificates)`, kind: 'suggestion', edits: [edit] }] : [],
    });
  }
}

/**
 * `new tls.TLSSocket(sock, opts)` is a client unless `isServer` is truthy. Reported only when the
 * options say so: no options, or an object whose isServer is absent or falsy (in some branch).
 */
function checkTlsSocketClients(ctx: RuleContext): void {
  for (const call of ctx.sinkCalls) {
    if (call.sink.role !== 'tlssocket') continue;
    const opts = call.options;
    let condition: string | undefined;
    // With spread arguments the file does not say which options the socket gets.
    if (call.node.arguments?.some(ts.isSpreadElement)) continue;
    if (opts) {
      if (opts.kind !== 'object') continue;
      const isServer = opts.props.get('isServer');
      if (isServer) {
        const client = findBranch(isServer.value, (v) => v.kind === 'literal' && !v.value);
        if (!client) continue;
        condition = client.condition;
      } else if (opts.open) {
        continue;
      }
    }
    ctx.report({
      range: { start: call.node.getStart(ctx.sourceFile), end: call.callee.end },
      messageId: 'tlsSocket',
      data: { condition: conditionText(condition) },
      fixes: condition ? [] : tlsConnectFix(ctx, call.node, call.callee),
    });
  }
}

/** `new tls.TLSSocket(sock, opts)` becomes `tls.connect({ ...opts, socket: sock })`. */
function tlsConnectFix(ctx: RuleContext, node: ts.CallExpression | ts.NewExpression, callee: ts.Expression): Fix[] {
  const sf = ctx.sourceFile;
  const args = node.arguments ?? [];
  if (!ts.isPropertyAccessExpression(callee) || args.length === 0 || args.length > 2 || args.some(ts.isSpreadElement)) return [];
  const socket = args[0].getText(sf);
  const opts = args[1];
  const inner = !opts ? `socket: ${socket}` : ts.isObjectLiteralExpression(opts) ? [...opts.properties.map((p) => p.getText(sf)), `socket: ${socket}`].join(', ') : `...${opts.getText(sf)}, socket: ${socket}`;
  return [
    {
      title: 'Use tls.connect({ socket }) (verifies the certificate and host name)',
      kind: 'suggestion',
      edits: [{ start: node.getStart(sf), end: node.end, text: `${callee.expression.getText(sf)}.connect({ ${inner} })` }],
    },
  ];
}
