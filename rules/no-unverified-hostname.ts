// no-unverified-hostname: the certificate is checked, but not that it belongs to the host (CWE-297).
import type { Fix, Prop, Rule, RuleContext, Value } from './api.js';
import { INSECURE_URI_PARAMS, SINKS, TLS_ONLY_OPTIONS } from './data/sinks.js';
import { compact } from './util/compact.js';
import { returnsNothing } from './util/functions.js';
import { addOptionEdit, removeOptionFix, replaceValueFix } from './util/option-fixes.js';
import { optionSites } from './util/option-sites.js';
import { moduleNeedles } from './util/needles.js';
import { safeSettingsFixFor } from './util/safe-settings.js';
import { reportUriParams } from './util/uri-params.js';
import { branchesOf, conditionSuffix, findBranch, isLiteral } from './util/values.js';

const ID = 'no-unverified-hostname';
const FLAGS = TLS_ONLY_OPTIONS.filter((o) => o.rule === ID);
const NAMES = new Set(['checkServerIdentity', ...FLAGS.map((o) => o.name)]);

export const noUnverifiedHostname: Rule = {
  meta: {
    id: ID,
    description: 'Host name verification must not be turned off.',
    rationale:
      'A certificate proves an identity only together with the check that it was issued for the host being contacted. Without that check any valid certificate for any domain (one an attacker can get for free for their own domain) is accepted, so the connection can be intercepted as easily as with no verification at all.',
    category: 'hostname',
    defaultSeverity: 'error',
    cwe: [297],
    fixKinds: ['suggestion'],
    precision: 'high',
    // Option and URI parameter names, and the modules of the mysql2 sink (verifyIdentity may be missing).
    needles: [...NAMES, ...INSECURE_URI_PARAMS.filter((p) => p.rule === ID).map((p) => p.param), ...moduleNeedles(SINKS.filter((s) => s.id === 'mysql2').flatMap((s) => s.modules))],
    messages: {
      noopCheck:
        'checkServerIdentity{where} returns nothing for every host{condition}, so a certificate for any domain is accepted and anyone with one can impersonate the server. Remove it to get Node\'s check, or return tls.checkServerIdentity(host, cert) from yours.',
      flag: '{option} disables host name verification{condition} ({owner}), so a certificate for any domain is accepted. Remove it.',
      uri: 'The connection string sets {param}={value}, which disables host name verification ({owner}), so a certificate for any domain is accepted. Remove it.',
      mysql2:
        'mysql2 does not check that the server certificate matches the host unless ssl.verifyIdentity is true{condition}, so a certificate for any domain signed by a trusted CA is accepted. Set verifyIdentity: true.',
    },
  },
  check(ctx) {
    for (const site of optionSites(ctx, NAMES)) {
      const { prop } = site;
      const fixes: (Fix | undefined)[] = [];
      if (prop.key === 'checkServerIdentity') {
        const bad = findBranch(prop.value, returnsNothing);
        if (!bad) continue;
        fixes.push(removeOptionFix(ctx, prop, 'Remove checkServerIdentity (use the default host name check)'), safeSettingsFixFor(ctx, prop.node));
        ctx.report({ node: prop.node, messageId: 'noopCheck', data: { where: site.sink ? ` in ${site.sink.sink.id}` : '', condition: conditionText(site.condition, bad.condition) }, fixes: compact(fixes) });
        continue;
      }
      const flag = FLAGS.find((f) => f.name === prop.key)!;
      const bad = findBranch(prop.value, (v) => isLiteral(v, flag.insecure));
      if (!bad) continue;
      fixes.push(removeOptionFix(ctx, prop, `Remove ${flag.name}: ${String(flag.insecure)}`), safeSettingsFixFor(ctx, prop.node));
      ctx.report({ node: prop.node, messageId: 'flag', data: { option: `${flag.name}: ${String(flag.insecure)}`, condition: conditionText(site.condition, bad.condition), owner: flag.owner }, fixes: compact(fixes) });
    }
    reportUriParams(ctx, INSECURE_URI_PARAMS.filter((p) => p.rule === ID), 'uri');
    checkMysql2(ctx);
  },
};

/**
 * " (when `strict` is falsy)": when the options hold the property (a write under an `if` splits
 * them) and when its value is the insecure one.
 */
function conditionText(...conditions: (string | undefined)[]): string {
  const parts = conditions.filter((c): c is string => !!c);
  return parts.length ? conditionSuffix({ value: { kind: 'unknown' }, condition: parts.join(' and ') }) : '';
}

function checkMysql2(ctx: RuleContext): void {
  for (const call of ctx.sinkCalls) {
    if (call.sink.id !== 'mysql2' || !call.options) continue;
    for (const o of branchesOf(call.options)) {
      const ssl = o.value.kind === 'object' ? o.value.props.get('ssl') : undefined;
      // `ssl: useTls ? { ca } : undefined`: each object on its own, saying when it applies.
      for (const s of ssl ? branchesOf(ssl.value) : []) {
        if (s.value.kind === 'object') checkMysql2Ssl(ctx, ssl!, s.value, [o.condition, s.condition]);
      }
    }
  }
}

function checkMysql2Ssl(ctx: RuleContext, ssl: Prop, value: Value & { kind: 'object' }, conditions: (string | undefined)[]): void {
  const vi = value.props.get('verifyIdentity');
  if (!vi && value.open) return;
  const off = vi && findBranch(vi.value, (v) => v.kind === 'literal' && !v.value);
  if (vi && !off) return;
  const when = [...conditions, off?.condition].filter(Boolean).join(' and ');
  // Added to the literal the ssl options were written in (maybe via a variable).
  const added = vi ? undefined : addOptionEdit(ctx, value, 'verifyIdentity', 'verifyIdentity: true');
  const fix = vi ? replaceValueFix(ctx, vi, 'true', 'Set verifyIdentity: true') : added && { title: 'Add verifyIdentity: true', kind: 'suggestion' as const, edits: [added] };
  ctx.report({ node: vi ? vi.node : ssl.node, messageId: 'mysql2', data: { condition: when ? `, and here it is not (${when})` : '' }, fixes: fix ? [fix] : [] });
}

