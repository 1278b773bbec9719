// The pre-filter: almost no file of a large tree can hold a TLS finding, and which ones can is
// decidable from their bytes. Every rule's part for a language declares the byte strings without
// which it cannot fire (RulePart.needles): option and event names, values such as 'TLSv1', and,
// for a part that can fire on a sink call alone (a missing option), the quoted specifiers of those
// sinks' modules. One scan of a file's bytes tells which rules may fire; a file where none may is
// not parsed, and in the others only those rules run.
// test/engine/prefilter-soundness.test.ts checks, rule by rule, that a text without a rule's
// needles never gets a finding of it when the rule runs anyway.
//
// What a skipped file does not get: parse-error and nesting notes (it is never parsed). It gets
// no finding either way, which is the point.
import type { PartKey, Rule } from '../../../rules/api.js';
import { NeedleAutomaton, type Needle } from './needle-automaton.js';
import { DIRECTIVE_NEEDLE } from './suppressions.js';

export { DIRECTIVE_NEEDLE };

/**
 * A needle written as a quoted string (`'tls'`, `"node:tls"`, as moduleNeedles() makes them) is a
 * module specifier: it counts only where a specifier can stand (needle-automaton.ts).
 */
export function isSpecifierNeedle(n: string): boolean {
  return n.length >= 3 && /^['"`]/.test(n) && n[n.length - 1] === n[0] && !n.slice(1, -1).includes(n[0]);
}

/** Which rules a text may need, and whether it holds a suppression directive (only looked for on request). */
export interface Gate {
  rules: readonly Rule[];
  directives: boolean;
  /** Whether the text may import a data file (Frontend.dataNeedles), when the pre-filter looks for them. */
  data?: boolean;
}

export class Prefilter {
  private readonly automaton: NeedleAutomaton | undefined;
  /** The rules with a part for the language. */
  readonly rules: readonly Rule[];
  /** Their parts' needles, in the same order. */
  private readonly parts: readonly { needles: readonly string[]; alsoNeedles?: readonly string[]; nameNeedles?: readonly string[]; moduleNeedles?: readonly string[]; keywordNeedles?: readonly string[] }[];
  /** Rules whose part declares no needles: they may fire anywhere, so they always run. */
  private readonly always: readonly Rule[];
  private readonly looksForData: boolean;

  constructor(
    rules: readonly Rule[],
    /** The kind of part it gates (partKeyOf(frontend)): `js`, or `files` for every project file. */
    readonly language: PartKey,
    readonly withDirectives: boolean,
    /** Needles of imports of data files (Frontend.dataNeedles): found in the same scan. */
    dataNeedles: readonly string[] = [],
  ) {
    this.rules = rules.filter((r) => r.parts[language]);
    this.parts = this.rules.map((r) => r.parts[language]!);
    this.always = this.rules.filter((_, i) => this.parts[i].needles.length === 0);
    // Keyed by kind and text: one rule's plain `ssl` and another's name `ssl` are two needles.
    const byText = new Map<string, { text: string; kind: 'p' | 'n' | 'm' | 'k'; groups: number[] }>();
    const add = (text: string, group: number, kind: 'p' | 'n' | 'm' | 'k' = 'p') => {
      const key = `${kind}:${text}`;
      const entry = byText.get(key);
      if (entry) entry.groups.push(group);
      else byText.set(key, { text, kind, groups: [group] });
    };
    // Group i: rule i's needles and name needles; group n + 1 + i: its alsoNeedles; group n: the
    // directive needle; group 2n + 1: the data needles.
    const n = this.rules.length;
    this.parts.forEach((p, i) => {
      const names = new Set(p.nameNeedles);
      const modules = new Set(p.moduleNeedles);
      const keywords = new Set(p.keywordNeedles);
      p.needles.forEach((t) => add(t, i, keywords.has(t) ? 'k' : names.has(t) ? 'n' : modules.has(t) ? 'm' : 'p'));
      p.alsoNeedles?.forEach((t) => add(t, n + 1 + i));
    });
    if (withDirectives) add(DIRECTIVE_NEEDLE, n);
    for (const t of dataNeedles) add(t, 2 * n + 1);
    this.looksForData = dataNeedles.length > 0;
    const needles: Needle[] = [...byText.values()].map(({ text, kind, groups }) => ({ text, groups, name: kind === 'n' || kind === 'k', keyword: kind === 'k', module: kind === 'm', specifier: kind === 'p' && isSpecifierNeedle(text) }));
    this.automaton = needles.length > 0 ? new NeedleAutomaton(needles, 2 * n + 2) : undefined;
  }

  /** Every needle of the rule set, sorted. */
  get needles(): string[] {
    const out = new Set(this.parts.flatMap((p) => [...p.needles, ...(p.alsoNeedles ?? [])]));
    if (this.withDirectives) out.add(DIRECTIVE_NEEDLE);
    return [...out].sort();
  }

  /** Which rules may fire in this text (UTF-8 bytes or a string), from one scan of it. */
  gate(input: Uint8Array | string): Gate {
    if (!this.automaton) return { rules: this.always, directives: false };
    const found = this.automaton.groupsIn(input);
    const n = this.rules.length;
    const rules = this.rules.filter((_, i) => {
      const p = this.parts[i];
      return p.needles.length === 0 || (found[i] === 1 && (!p.alsoNeedles?.length || found[n + 1 + i] === 1));
    });
    return this.looksForData ? { rules, directives: found[n] === 1, data: found[2 * n + 1] === 1 } : { rules, directives: found[n] === 1 };
  }

  /** Whether the text is worth parsing: some rule may fire, or a directive may be reported. */
  mayFire(input: Uint8Array | string): boolean {
    const g = this.gate(input);
    return g.rules.length > 0 || g.directives;
  }
}

const built = new WeakMap<readonly Rule[], Map<string, Prefilter>>();

/** The pre-filter of a rule set's parts of one kind, built once per rule set and kind. */
export function prefilterFor(rules: readonly Rule[], language: PartKey, reportUnusedDirectives = false, dataNeedles: readonly string[] = []): Prefilter {
  let byMode = built.get(rules);
  if (!byMode) built.set(rules, (byMode = new Map()));
  const key = `${language}:${reportUnusedDirectives}:${dataNeedles.join('\u0000')}`;
  let p = byMode.get(key);
  if (!p) byMode.set(key, (p = new Prefilter(rules, language, reportUnusedDirectives, dataNeedles)));
  return p;
}
