// no-unsafe-secure-options: secureOptions flags that weaken TLS (CWE-757; TLS-FACTS.md 1.6).
import ts from 'typescript';
import type { Fix, FixKind, TextEdit } from '../api.js';
import { secureOptionsRemovable, weakeningFlagsIn, type WeakeningFlag } from '../data/node/secure-options.js';
import { orOperands, removeOrOperand, skipParens } from '../js/bitflags.js';
import { compact } from '../common/compact.js';
import { removeOptionEdit } from '../js/option-fixes.js';
import { optionSites, type OptionSite } from '../js/option-sites.js';
import { safeSettingsFixFor } from '../js/safe-settings.js';
import { branchesOf, optionCheck } from '../js/values.js';
import { conditionsSuffix } from '../common/conditions.js';
import type { JsPart, JsRuleContext } from '../js/api.js';
import type { Messages } from './meta.js';

const NAMES = new Set(['secureOptions']);

type Ctx = JsRuleContext<Messages>;

export const js: JsPart<Messages> = {
  needles: [...NAMES],
  // Removed whole by "Apply safe TLS settings" only when that loses nothing but weakening flags.
  optionChecks: [optionCheck('secureOptions', (v) => v.kind === 'literal' && typeof v.value === 'number' && secureOptionsRemovable(v.value))],
  check(ctx) {
    if (!ctx.holds('secureOptions')) return;
    for (const site of optionSites(ctx, NAMES)) checkSite(ctx, site);
  },
};

function checkSite(ctx: Ctx, site: OptionSite): void {
  const { prop } = site;
  // A flag that only acts on clients does nothing on a server.
  const serverOnly = !!site.sink && site.atTlsPath && site.sink.sink.role === 'server';
  const relevant = (f: WeakeningFlag) => !(serverOnly && f.side === 'client');
  const siteCondition = conditionsSuffix(site.condition);
  // Only when the settings take this secureOptions out: they keep a value with other bits, and
  // would then fix other options and leave this finding.
  const safe = safeSettingsFixFor(ctx, prop.node);
  const attributed = new Set<WeakeningFlag>();
  const inline = prop.valueNode && !ts.isShorthandPropertyAssignment(prop.node) ? prop.valueNode : undefined;
  if (inline) {
    const operands = orOperands(inline);
    for (const operand of operands) {
      const flagExpr = skipParens(operand);
      if (!isFlagExpression(ctx, flagExpr)) continue;
      const v = ctx.valueOf(flagExpr);
      if (v.kind !== 'literal' || typeof v.value !== 'number') continue;
      const flags = weakeningFlagsIn(v.value).filter(relevant);
      if (flags.length === 0) continue;
      for (const f of flags) attributed.add(f);
      const one = flags.length === 1;
      ctx.report({
        node: flagExpr,
        messageId: one ? 'flag' : 'flags',
        data: { flag: names(flags, ' | '), condition: siteCondition, effect: flags[0].effect, count: flags.length },
        fixes: compact([operandFix(ctx, site, operands, operand, v.value, flags), safe]),
      });
    }
  }
  // Flags that come from elsewhere (a variable, a conditional, a call): reported on the property.
  for (const b of branchesOf(prop.value)) {
    if (b.value.kind !== 'literal' || typeof b.value.value !== 'number') continue;
    const flags = weakeningFlagsIn(b.value.value).filter((f) => relevant(f) && !attributed.has(f));
    if (flags.length === 0) continue;
    ctx.report({
      node: prop.node,
      messageId: flags.length === 1 ? 'property' : 'properties',
      data: { flag: names(flags, ' and '), condition: conditionsSuffix(site.condition, b.condition), effect: flags[0].effect, count: flags.length },
      fixes: compact([safe]),
    });
    return;
  }
}

/** A flag as written: a number, or an SSL_OP_* constant of crypto.constants (or the old `constants` module). */
function isFlagExpression(ctx: Ctx, e: ts.Expression): boolean {
  if (ts.isNumericLiteral(e)) return true;
  const ref = ctx.refOf(e);
  if (!ref) return false;
  const name = ref.path[ref.path.length - 1] ?? '';
  return name.startsWith('SSL_OP_') && ((ref.module === 'crypto' && ref.path.length === 2 && ref.path[0] === 'constants') || (ref.module === 'constants' && ref.path.length === 1));
}

/**
 * Takes the flags out: the operand leaves the `|` chain (or the property goes when it was the
 * only operand); a number that also holds other bits keeps them.
 */
function operandFix(ctx: Ctx, site: OptionSite, operands: ts.Expression[], operand: ts.Expression, value: number, flags: WeakeningFlag[]): Fix | undefined {
  const kind: FixKind = flags.every((f) => f.removal === 'safe') ? 'safe' : 'suggestion';
  const title = `Remove ${flags.map((f) => f.name).join(' and ')} from secureOptions`;
  const weak = flags.reduce((acc, f) => acc | f.value, 0);
  const rest = ((value >>> 0) & ~weak) >>> 0;
  const flagExpr = skipParens(operand);
  let edit: TextEdit | undefined;
  if (rest !== 0 && ts.isNumericLiteral(flagExpr)) {
    const hex = /^0x/i.test(flagExpr.getText(ctx.sourceFile));
    edit = { start: flagExpr.getStart(ctx.sourceFile), end: flagExpr.end, text: hex ? `0x${rest.toString(16)}` : String(rest) };
  } else if (rest !== 0) {
    return undefined;
  } else if (operands.length > 1) {
    edit = removeOrOperand(ctx.sourceFile, operand);
  } else {
    edit = removeOptionEdit(ctx, site.prop);
  }
  return edit && { title, kind, edits: [edit] };
}

/** The flags' names for a message: two at most, then how many more (a message has about 100 characters). */
function names(flags: readonly WeakeningFlag[], sep: string): string {
  const shown = flags.slice(0, 2).map((f) => f.name).join(sep);
  return flags.length > 2 ? `${shown}${sep}${flags.length - 2} more` : shown;
}
