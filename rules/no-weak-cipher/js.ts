// no-weak-cipher: cipher strings that enable broken (tier 1) or not-recommended (tier 2) suites,
// or set @SECLEVEL=0 (CWE-327, CWE-326, CWE-322; TLS-FACTS 2.6).
import ts from 'typescript';
import type { Fix, ReportDescriptor, Severity } from '../api.js';
import type { Prop } from '../js/api.js';
import { MOZILLA_INTERMEDIATE_CIPHERS } from '../ciphers/weakness.js';
import { cipherListFlag, cipherProblems, isInsecureCipherString, worse, type CipherProblem, type ProblemLevel } from '../common/cipher-strings.js';
import { removeElement, safeExclusions, shiftedEdit, type CipherStringEdit } from '../common/cipher-fixes.js';
import { describeEnabled, preview } from '../common/cipher-words.js';
import { compact } from '../common/compact.js';
import { conditionsSuffix } from '../common/conditions.js';
import { removeOptionFix } from '../js/option-fixes.js';
import { optionSites, type OptionSite } from '../js/option-sites.js';
import { safeSettingsFixFor } from '../js/safe-settings.js';
import { tlsDefaultWrites } from '../js/tls-defaults.js';
import { branchesOf, literalString, optionCheck } from '../js/values.js';
import { walk } from '../js/walk.js';
import type { JsPart, JsRuleContext } from '../js/api.js';
import type { Messages } from './meta.js';

const DEFAULT_CIPHERS = new Set(['DEFAULT_CIPHERS']);
const NAMES = new Set(['ciphers']);
const SEVERITY: Record<ProblemLevel, Severity> = { insecure: 'error', weak: 'warning', info: 'info' };
const REPLACE_TITLE = 'Replace the cipher list with the Mozilla intermediate list';

type Ctx = JsRuleContext<Messages>;

export const js: JsPart<Messages> = {
  needles: [...NAMES, ...DEFAULT_CIPHERS, '--tls-cipher-list'],
  // Tier-1 suites or @SECLEVEL=0 (errors); warnings and information stay.
  optionChecks: [optionCheck('ciphers', (v) => isInsecureCipherString(literalString(v) ?? ''))],
  check(ctx) {
    const reported: Reported = new Map();
    for (const site of optionSites(ctx, NAMES)) checkOption(ctx, site, reported);
    for (const w of tlsDefaultWrites(ctx, DEFAULT_CIPHERS)) {
      const alternatives = compact([replaceFix(w.valueNode), w.removal]);
      checkValue(ctx, reported, { where: 'tls.DEFAULT_CIPHERS', node: w.node, value: w.valueNode, alternatives });
    }
    if (ctx.text.includes('--tls-cipher-list=')) checkFlags(ctx, reported);
    for (const r of reported.values()) {
      // A literal reached from several options (`const C = '…'` used twice) is one finding; a fix
      // at one of the options would leave it for the others, so only fixes of the literal remain.
      const fixes = r.sites > 1 ? compact([...r.own, r.literal && replaceFix(r.literal)]) : compact([...r.own, ...r.alternatives, r.safeSettings?.()]);
      ctx.report({ ...r.descriptor, fixes });
    }
  },
};

/** Findings by range and message, with the fixes of the first option that reached them and how many did. */
type Reported = Map<string, {
  descriptor: Omit<ReportDescriptor<Messages>, 'fixes'>;
  own: Fix[];
  alternatives: Fix[];
  safeSettings?: () => Fix | undefined;
  literal?: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral;
  sites: number;
}>;

interface Target {
  where: string;
  /** Reported when the string cannot be pointed into. */
  node: ts.Node;
  /** The expression whose value is the cipher string. */
  value: ts.Expression;
  condition?: string;
  /** Suggestions that replace or remove the whole value. */
  alternatives: Fix[];
  /** Offered with insecure findings only (it removes what the insecure-options table calls insecure). */
  safeSettings?: () => Fix | undefined;
  /**
   * Outside a sink's TLS options `ciphers` may be anything (a crypto UI's `'AES'`): report only
   * what is worse than information there.
   */
  maybeUnrelated?: boolean;
}

function checkOption(ctx: Ctx, site: OptionSite, reported: Reported): void {
  const { prop } = site;
  const value = prop.valueNode ?? (ts.isShorthandPropertyAssignment(prop.node) ? prop.node.name : undefined);
  if (!value) return;
  // Offered only when it removes this option: that is what fixes the finding.
  const safeSettings = (): Fix | undefined => safeSettingsFixFor(ctx, prop.node);
  checkValue(ctx, reported, {
    where: 'ciphers',
    node: prop.node,
    value,
    ...(site.condition ? { condition: site.condition } : {}),
    alternatives: compact([replaceFix(value, prop), removeOptionFix(ctx, prop, 'Remove the ciphers option (use the Node.js default list)')]),
    safeSettings,
    ...(site.atTlsPath ? {} : { maybeUnrelated: true }),
  });
}

/** Every branch of the value that is a cipher string, reported in the literal that holds it when there is one. */
function checkValue(ctx: Ctx, reported: Reported, t: Target): void {
  for (const b of branchesOf(ctx.valueOf(t.value))) {
    const text = literalString(b.value);
    if (text === undefined) continue;
    const problems = cipherProblems(text)?.filter((p) => !t.maybeUnrelated || p.level !== 'info');
    if (!problems?.length) continue;
    const condition = [t.condition, b.condition].filter(Boolean).join(' and ');
    const lit = b.value.node;
    if (lit && (ts.isStringLiteral(lit) || ts.isNoSubstitutionTemplateLiteral(lit))) {
      reportInLiteral(ctx, reported, t, text, problems, condition, lit, 0);
    } else {
      reportWhole(ctx, reported, t, text, problems, condition);
    }
  }
}

/**
 * Problems of a string held by one literal, `at` characters into its text: each at its element
 * when the literal has no escape sequences (its source then maps one to one), else at the option.
 */
function reportInLiteral(ctx: Ctx, reported: Reported, t: Target, text: string, problems: CipherProblem[], condition: string, lit: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral, at: number): void {
  const sf = ctx.sourceFile;
  const first = lit.getStart(sf) + 1;
  const plain = sf.text.slice(first, lit.end - 1) === lit.text;
  if (!plain) {
    // An escaped literal still takes exclusions at its end: appending changes no escape.
    reportWhole(ctx, reported, t, text, problems, condition, at === 0 ? lit.end - 1 : undefined);
    return;
  }
  const base = first + at;
  for (const p of problems) {
    const range = { start: base + p.element.start, end: base + p.element.end };
    const fixes: Fix[] = [];
    if (p.kind === 'seclevel0') fixes.push({ title: "Remove '@SECLEVEL=0' from the cipher string", kind: 'suggestion', edits: [shiftedEdit(removeElement(text, p.element), base)] });
    else if (p.safeFix) fixes.push(safeFix(p.safeFix, base));
    report(reported, t, p.kind === 'seclevel0' ? 'secLevelZero' : p.level, p.level, range, { subject: `'${p.element.text}' in ${t.where}`, suites: p.enables }, condition, fixes, at === 0 ? lit : undefined);
  }
}

/**
 * A computed string: one finding at the option for its worst problems, one for @SECLEVEL=0. An
 * escaped literal (`appendAt`: the offset of its end) may take exclusions of its insecure suites.
 */
function reportWhole(ctx: Ctx, reported: Reported, t: Target, text: string, problems: CipherProblem[], condition: string, appendAt?: number): void {
  const range = { start: t.node.getStart(ctx.sourceFile), end: t.node.end };
  const subject = `${t.where} ${preview(text)}`;
  const suiteProblems = problems.filter((p) => p.kind === 'suites');
  if (suiteProblems.length > 0) {
    const level = suiteProblems.map((p) => p.level).reduce(worse);
    const suites = [...new Set(suiteProblems.filter((p) => p.level === level).flatMap((p) => p.suites))];
    const exclusions = appendAt !== undefined && level === 'insecure' ? safeExclusions(text, suites) : undefined;
    report(reported, t, level, level, range, { subject, suites: describeEnabled(suites, level) }, condition, exclusions ? [safeFix(exclusions, appendAt! - text.length)] : []);
  }
  if (problems.some((p) => p.kind === 'seclevel0')) report(reported, t, 'secLevelZero', 'insecure', range, { subject }, condition, []);
}

function report(
  reported: Reported, t: Target, messageId: Messages, level: ProblemLevel, range: { start: number; end: number }, data: Record<string, string>, condition: string, own: Fix[],
  literal?: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral,
): void {
  const key = `${range.start}:${range.end}:${messageId}`;
  const seen = reported.get(key);
  if (seen) {
    if (seen.alternatives !== t.alternatives) seen.sites++;
    return;
  }
  reported.set(key, {
    descriptor: { range, messageId, severity: SEVERITY[level], data: { ...data, condition: conditionsSuffix(condition) } },
    own, alternatives: t.alternatives, safeSettings: level === 'insecure' ? t.safeSettings : undefined, literal, sites: 1,
  });
}

/** The safe fix of a cipher string edit, at `base` (where the string starts in the file). */
function safeFix(edit: CipherStringEdit, base: number): Fix {
  return { title: edit.title, kind: 'safe', edits: [shiftedEdit(edit, base)] };
}

/** Replaces the value with Mozilla's intermediate list, keeping the literal's quote style. */
function replaceFix(value: ts.Expression, prop?: Prop): Fix {
  const quote = ts.isStringLiteral(value) && value.getText().startsWith('"') ? '"' : "'";
  const list = `${quote}${MOZILLA_INTERMEDIATE_CIPHERS}${quote}`;
  // `{ ciphers }` has no value expression of its own to replace.
  const shorthand = prop && ts.isShorthandPropertyAssignment(prop.node);
  const node = shorthand ? prop.node : value;
  return { title: REPLACE_TITLE, kind: 'suggestion', edits: [{ start: node.getStart(node.getSourceFile()), end: node.end, text: shorthand ? `ciphers: ${list}` : list }] };
}

/** `--tls-cipher-list=…` in any string literal: NODE_OPTIONS, execArgv, spawn arguments. */
function checkFlags(ctx: Ctx, reported: Reported): void {
  walk(ctx.sourceFile, (n) => {
    if (!ts.isStringLiteral(n) && !ts.isNoSubstitutionTemplateLiteral(n)) return;
    const flag = cipherListFlag(n.text);
    const problems = flag && cipherProblems(flag.value);
    if (flag && problems?.length) {
      const t: Target = { where: '--tls-cipher-list', node: n, value: n, alternatives: [] };
      reportInLiteral(ctx, reported, t, flag.value, problems, '', n, flag.start);
    }
    return 'skip';
  });
}
