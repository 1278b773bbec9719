// The pre-filter: almost no file of a large tree can hold a TLS finding, and which ones can is
// decidable from their bytes. Every rule declares the byte strings without which it cannot fire
// (RuleMeta.needles): option and event names, values such as 'TLSv1', and, for a rule that can
// fire on a sink call alone (a missing option), the quoted specifiers of those sinks' modules,
// taken from the sink table (rules/util/needles.ts). One scan of a file's bytes tells which rules
// may fire; a file where none may is not parsed, and in the others only those rules run.
// test/engine/prefilter-soundness.test.ts checks, rule by rule, that a text without a rule's
// needles never gets a finding of it when the rule runs anyway.
//
// What a skipped file does not get: parse-error and nesting notes (it is never parsed). It gets
// no finding either way, which is the point.
import type { Rule } from '../../../rules/api.js';
import { SINKS } from '../../../rules/data/sinks.js';
import { rules as catalog } from '../../../rules/index.js';
import { moduleNeedles } from '../../../rules/util/needles.js';
import { NeedleAutomaton, type Needle } from './needle-automaton.js';

/** Every suppression comment starts so; with unused-directive reporting, a file holding one is analysed. */
export const DIRECTIVE_NEEDLE = 'tlslint-disable';

/**
 * Quoted specifiers of every module in the sink table (SINKS). Rules that need them declare
 * them; this list is for tests and the benchmark's statistics. The child-process table
 * (ENV_SINKS) has none that matter: its only reader, no-global-tls-bypass, needs
 * NODE_TLS_REJECT_UNAUTHORIZED in the text before it looks at any call.
 */
export function sinkNeedles(): string[] {
  return moduleNeedles(SINKS.flatMap((s) => s.modules));
}

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
}

export class Prefilter {
  private readonly automaton: NeedleAutomaton | undefined;
  /** Rules that declare no needles: they may fire anywhere, so they always run. */
  private readonly always: readonly Rule[];

  constructor(
    readonly rules: readonly Rule[],
    readonly withDirectives: boolean,
  ) {
    this.always = rules.filter((r) => r.meta.needles.length === 0);
    const byText = new Map<string, number[]>();
    const add = (text: string, group: number) => {
      const groups = byText.get(text);
      if (groups) groups.push(group);
      else byText.set(text, [group]);
    };
    // Group i: rule i's needles; group n + 1 + i: its alsoNeedles; group n: the directive needle.
    const n = rules.length;
    rules.forEach((r, i) => {
      r.meta.needles.forEach((t) => add(t, i));
      r.meta.alsoNeedles?.forEach((t) => add(t, n + 1 + i));
    });
    if (withDirectives) add(DIRECTIVE_NEEDLE, n);
    const needles: Needle[] = [...byText].map(([text, groups]) => ({ text, groups, specifier: isSpecifierNeedle(text) }));
    this.automaton = needles.length > 0 ? new NeedleAutomaton(needles, 2 * n + 1) : undefined;
  }

  /** Every needle of the rule set, sorted. */
  get needles(): string[] {
    const out = new Set(this.rules.flatMap((r) => [...r.meta.needles, ...(r.meta.alsoNeedles ?? [])]));
    if (this.withDirectives) out.add(DIRECTIVE_NEEDLE);
    return [...out].sort();
  }

  /** Which rules may fire in this text (UTF-8 bytes or a string), from one scan of it. */
  gate(input: Uint8Array | string): Gate {
    if (!this.automaton) return { rules: this.always, directives: false };
    const found = this.automaton.groupsIn(input);
    const n = this.rules.length;
    const rules = this.rules.filter((r, i) => r.meta.needles.length === 0 || (found[i] === 1 && (!r.meta.alsoNeedles?.length || found[n + 1 + i] === 1)));
    return { rules, directives: found[n] === 1 };
  }

  /** Whether the text is worth parsing: some rule may fire, or a directive may be reported. */
  mayFire(input: Uint8Array | string): boolean {
    const g = this.gate(input);
    return g.rules.length > 0 || g.directives;
  }
}

const built = new WeakMap<readonly Rule[], Map<boolean, Prefilter>>();

/** The pre-filter of a rule set (the catalog by default), built once per rule set. */
export function prefilterFor(rules: readonly Rule[] = catalog, reportUnusedDirectives = false): Prefilter {
  let byMode = built.get(rules);
  if (!byMode) built.set(rules, (byMode = new Map()));
  let p = byMode.get(reportUnusedDirectives);
  if (!p) byMode.set(reportUnusedDirectives, (p = new Prefilter(rules, reportUnusedDirectives)));
  return p;
}
