// no-unverified-certificate: certificate chain validation turned off (CWE-295).
import ts from 'typescript';
import type { Fix } from '../api.js';
import { CERTIFICATE_CALLBACKS, INSECURE_METHODS, INSECURE_URI_PARAMS, TLS_ONLY_OPTIONS } from '../data/node/sinks.js';
import type { TlsOnlyOption } from '../data/node/sink-types.js';
import type { Value } from '../js/api.js';
import { compact } from '../common/compact.js';
import { removeChainedCall } from '../js/edits.js';
import { checkCertificateCallbacks } from '../js/certificate-callbacks.js';
import { caInsteadFix, removeOptionFix } from '../js/option-fixes.js';
import { optionSites, rejectUnauthorizedMatters, type OptionSite } from '../js/option-sites.js';
import { safeSettingsFixFor } from '../js/safe-settings.js';
import { reportUriParams } from '../js/uri-params.js';
import { conditionsSuffix } from '../common/conditions.js';
import { findBranch, isLiteral, optionCheck } from '../js/values.js';
import type { JsPart, JsRuleContext } from '../js/api.js';
import type { Messages } from './meta.js';

const ID = 'no-unverified-certificate';
const OPTIONS = TLS_ONLY_OPTIONS.filter((o) => o.rule === ID);
const NAMES = new Set(OPTIONS.map((o) => o.name));
const insecure = (option: TlsOnlyOption) => (v: Value) => isLiteral(v, option.insecure);

type Ctx = JsRuleContext<Messages>;

export const js: JsPart<Messages> = {
  // Every name the check looks for, from the tables it reads (and the TLSSocket constructor).
  needles: [
    ...NAMES,
    ...INSECURE_METHODS.filter((m) => m.rule === ID).map((m) => m.name),
    ...INSECURE_URI_PARAMS.filter((p) => p.rule === ID).map((p) => p.param),
    CERTIFICATE_CALLBACKS.event.name,
    CERTIFICATE_CALLBACKS.verifyProc.method,
    'TLSSocket',
  ],
  optionChecks: OPTIONS.map((o) => optionCheck(o.name, insecure(o))),
  check(ctx) {
    for (const site of optionSites(ctx, NAMES)) {
      const option = OPTIONS.find((o) => o.name === site.prop.key)!;
      const bad = findBranch(site.prop.value, insecure(option));
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
          condition: conditionsSuffix(site.condition, bad.condition),
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

function checkInsecureMethods(ctx: Ctx): void {
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
function checkTlsSocketClients(ctx: Ctx): void {
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
      range: { start: call.node.getStart(call.node.getSourceFile()), end: call.callee.end },
      node: call.node,
      messageId: 'tlsSocket',
      data: { condition: conditionsSuffix(condition) },
      fixes: condition ? [] : tlsConnectFix(ctx, call.node, call.callee),
    });
  }
}

/** `new tls.TLSSocket(sock, opts)` becomes `tls.connect({ ...opts, socket: sock })`. */
function tlsConnectFix(ctx: Ctx, node: ts.CallExpression | ts.NewExpression, callee: ts.Expression): Fix[] {
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
