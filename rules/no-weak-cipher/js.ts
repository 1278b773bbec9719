// no-weak-cipher: cipher strings that enable broken (tier 1) or not-recommended (tier 2) suites,
// or set @SECLEVEL=0 (CWE-327, CWE-326, CWE-322; TLS-FACTS 2.6).
import ts from 'typescript';
import type { Fix, Severity } from '../api.js';
import type { JsReport, Prop, Value } from '../js/api.js';
import { MOZILLA_INTERMEDIATE_CIPHERS, NODE_DEFAULT_CIPHERS } from '../ciphers/weakness.js';
import { cipherListFlag, cipherProblems, isInsecureCipherString, worse, type CipherProblem, type ProblemLevel } from '../common/cipher-strings.js';
import { removeElement, safeExclusions, shiftedEdit, type CipherStringEdit } from '../common/cipher-fixes.js';
import { describeEnabled, preview } from '../common/cipher-words.js';
import { compact } from '../common/compact.js';
import { conditionsSuffix, joinConditions } from '../common/conditions.js';
import { removeOptionFix } from '../js/option-fixes.js';
import { optionSites, type OptionSite } from '../js/option-sites.js';
import { safeSettingsFixFor } from '../js/safe-settings.js';
import { tlsDefaultWrites } from '../js/tls-defaults.js';
import { isPiece, plainTextStart, wholeLiteral, type Piece } from '../js/static-text.js';
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
      if (w.append) {
        checkAppended(ctx, reported, w.node, w.valueNode, compact([w.removal]), w.condition);
        continue;
      }
      const alternatives = compact([replaceFix(w.valueNode), w.removal]);
      checkValue(ctx, reported, { where: 'tls.DEFAULT_CIPHERS', node: w.node, value: w.valueNode, alternatives, ...(w.condition ? { condition: w.condition } : {}) });
    }
    if (ctx.holds('--tls-cipher-list=')) checkFlags(ctx, reported);
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
  descriptor: Omit<JsReport<Messages>, 'fixes'>;
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
  /** Its value where it is used, when already known (an option evaluated with its call's arguments). */
  evaluated?: Value;
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
  // A string a helper turned into this option is placed where it is written (no value expression here).
  const value = prop.valueNode ?? (ts.isShorthandPropertyAssignment(prop.node) ? prop.node.name : prop.value.node === prop.node && ts.isExpression(prop.node) ? prop.node : undefined);
  if (!value) return;
  // Offered only when it removes this option: that is what fixes the finding.
  const safeSettings = (): Fix | undefined => safeSettingsFixFor(ctx, prop.node);
  checkValue(ctx, reported, {
    where: 'ciphers',
    node: prop.node,
    value,
    // As the options hold it: in a helper called with a settings object, that object's string.
    evaluated: prop.value,
    ...(site.condition ? { condition: site.condition } : {}),
    alternatives: compact([replaceFix(value, prop), removeOptionFix(ctx, prop, 'Remove the ciphers option (use the Node.js default list)')]),
    safeSettings,
    ...(site.atTlsPath ? {} : { maybeUnrelated: true }),
  });
}

/** Every branch of the value that is a cipher string, reported in the literal that holds it when there is one. */
function checkValue(ctx: Ctx, reported: Reported, t: Target): void {
  for (const b of branchesOf(t.evaluated ?? ctx.valueOf(t.value))) {
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
function reportInLiteral(ctx: Ctx, reported: Reported, t: Target, text: string, problems: CipherProblem[], condition: string, lit: Piece, at: number): void {
  // The literal's own file: a cipher list may come from a constants module.
  const sf = lit.getSourceFile();
  const start = plainTextStart(sf, lit);
  const first = start ?? lit.getStart(sf) + 1;
  if (start === undefined) {
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
    report(reported, t, p.kind === 'seclevel0' ? 'secLevelZero' : p.level, p.level, range, { subject: `'${p.element.text}' in ${t.where}`, suites: p.enables }, condition, fixes, at === 0 && (ts.isStringLiteral(lit) || ts.isNoSubstitutionTemplateLiteral(lit)) ? lit : undefined);
  }
}

/**
 * A computed string: one finding at the option for its worst problems, one for @SECLEVEL=0. An
 * escaped literal (`appendAt`: the offset of its end) may take exclusions of its insecure suites.
 */
function reportWhole(ctx: Ctx, reported: Reported, t: Target, text: string, problems: CipherProblem[], condition: string, appendAt?: number): void {
  const range = { start: t.node.getStart(t.node.getSourceFile()), end: t.node.end };
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
    descriptor: { range, node: literal ?? t.node, messageId, severity: SEVERITY[level], data: { ...data, condition: conditionsSuffix(condition) } },
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

/** `--tls-cipher-list=…` in any string literal or template piece: NODE_OPTIONS, execArgv, spawn arguments. */
function checkFlags(ctx: Ctx, reported: Reported): void {
  walk(ctx.sourceFile, (n) => {
    if (!isPiece(n)) return;
    const flag = cipherListFlag(n.text);
    // A list that runs into a template hole is not known whole.
    const cut = flag && flag.end === n.text.length && (ts.isTemplateHead(n) || ts.isTemplateMiddle(n));
    const problems = flag && !cut ? cipherProblems(flag.value) : undefined;
    if (flag && problems?.length) {
      const t: Target = { where: '--tls-cipher-list', node: n, value: wholeLiteral(n), alternatives: [] };
      reportInLiteral(ctx, reported, t, flag.value, problems, '', n, flag.start);
    }
    return 'skip';
  });
}

/**
 * `tls.DEFAULT_CIPHERS += ':DES-CBC3-SHA'`: what the appended part adds to Node's default list,
 * reported in the literal that appends it (the default itself is not this code's doing).
 */
function checkAppended(ctx: Ctx, reported: Reported, node: ts.Node, value: ts.Expression, alternatives: Fix[], guard: string | undefined): void {
  const base = NODE_DEFAULT_CIPHERS.length;
  for (const b of branchesOf(ctx.valueOf(value))) {
    const text = literalString(b.value);
    if (text === undefined) continue;
    const problems = cipherProblems(NODE_DEFAULT_CIPHERS + text)?.filter((p) => p.element.start >= base && p.level !== 'info');
    if (!problems?.length) continue;
    const lit = b.value.node;
    const t: Target = { where: 'tls.DEFAULT_CIPHERS', node, value, alternatives };
    const plain = lit && (ts.isStringLiteral(lit) || ts.isNoSubstitutionTemplateLiteral(lit)) && plainTextStart(ctx.sourceFile, lit) !== undefined;
    // A safe fix inside the default and the appended part would be worked out on both: the way out is removing the append.
    const own = problems.map((p) => ({ ...p, safeFix: undefined }));
    const condition = joinConditions(guard, b.condition) ?? '';
    if (plain) reportInLiteral(ctx, reported, t, NODE_DEFAULT_CIPHERS + text, own, condition, lit, -base);
    else reportWhole(ctx, reported, t, NODE_DEFAULT_CIPHERS + text, own, condition);
  }
}
