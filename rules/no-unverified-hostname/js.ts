// no-unverified-hostname: the certificate is checked, but not that it belongs to the host (CWE-297).
import type { Fix } from '../api.js';
import type { Prop, Value } from '../js/api.js';
import { INSECURE_URI_PARAMS, SINKS, TLS_ONLY_OPTIONS } from '../data/node/sinks.js';
import { compact } from '../common/compact.js';
import { returnsNothing } from '../js/functions.js';
import { addOptionEdit, removeOptionFix, replaceValueFix } from '../js/option-fixes.js';
import { optionSites } from '../js/option-sites.js';
import { moduleNeedles } from '../js/needles.js';
import { safeSettingsFixFor } from '../js/safe-settings.js';
import { reportUriParams } from '../js/uri-params.js';
import { conditionsSuffix } from '../common/conditions.js';
import { branchesOf, findBranch, isLiteral, optionCheck } from '../js/values.js';
import type { JsPart, JsRuleContext } from '../js/api.js';
import type { Messages } from './meta.js';

const ID = 'no-unverified-hostname';
const FLAGS = TLS_ONLY_OPTIONS.filter((o) => o.rule === ID);
const NAMES = new Set(['checkServerIdentity', ...FLAGS.map((o) => o.name)]);

type Ctx = JsRuleContext<Messages>;

export const js: JsPart<Messages> = {
  needles: [...NAMES, ...INSECURE_URI_PARAMS.filter((p) => p.rule === ID).map((p) => p.param), ...moduleNeedles(SINKS.filter((s) => s.id === 'mysql2').flatMap((s) => s.modules))],
  optionChecks: [optionCheck('checkServerIdentity', returnsNothing), ...FLAGS.map((f) => optionCheck(f.name, (v) => isLiteral(v, f.insecure)))],
  check(ctx) {
    for (const site of optionSites(ctx, NAMES)) {
      const { prop } = site;
      const fixes: (Fix | undefined)[] = [];
      if (prop.key === 'checkServerIdentity') {
        const bad = findBranch(prop.value, returnsNothing);
        if (!bad) continue;
        fixes.push(removeOptionFix(ctx, prop, 'Remove checkServerIdentity (use the default host name check)'), safeSettingsFixFor(ctx, prop.node));
        ctx.report({ node: prop.node, messageId: 'noopCheck', data: { where: site.sink ? ` in ${site.sink.sink.id}` : '', condition: conditionsSuffix(site.condition, bad.condition) }, fixes: compact(fixes) });
        continue;
      }
      const flag = FLAGS.find((f) => f.name === prop.key)!;
      const bad = findBranch(prop.value, (v) => isLiteral(v, flag.insecure));
      if (!bad) continue;
      fixes.push(removeOptionFix(ctx, prop, `Remove ${flag.name}: ${String(flag.insecure)}`), safeSettingsFixFor(ctx, prop.node));
      ctx.report({ node: prop.node, messageId: 'flag', data: { option: `${flag.name}: ${String(flag.insecure)}`, condition: conditionsSuffix(site.condition, bad.condition), owner: flag.owner }, fixes: compact(fixes) });
    }
    reportUriParams(ctx, INSECURE_URI_PARAMS.filter((p) => p.rule === ID), 'uri');
    checkMysql2(ctx);
  },
};

function checkMysql2(ctx: Ctx): void {
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

function checkMysql2Ssl(ctx: Ctx, ssl: Prop, value: Value & { kind: 'object' }, conditions: (string | undefined)[]): void {
  const vi = value.props.get('verifyIdentity');
  if (!vi && value.open) return;
  const off = vi && findBranch(vi.value, (v) => v.kind === 'literal' && !v.value);
  if (vi && !off) return;
  // Added to the literal the ssl options were written in (maybe via a variable).
  const added = vi ? undefined : addOptionEdit(ctx, value, 'verifyIdentity', 'verifyIdentity: true');
  const fix = vi ? replaceValueFix(ctx, vi, 'true', 'Set verifyIdentity: true') : added && { title: 'Add verifyIdentity: true', kind: 'suggestion' as const, edits: [added] };
  ctx.report({ node: vi ? vi.node : ssl.node, messageId: 'mysql2', data: { condition: conditionsSuffix(...conditions, off?.condition) }, fixes: fix ? [fix] : [] });
}

