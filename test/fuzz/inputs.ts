// The random inputs of a fuzz run, for any language: a language gives its profile (js-inputs.ts,
// py-inputs.ts) and makeRandomInput draws the input from it. The random numbers are drawn in the
// same order for every profile, so a seed and an index name one input for good (before the
// profiles each language had its own copy of this function; they give the same inputs).
import { cipherString } from './cipher-gen.js';
import type { Seed } from './corpus.js';
import * as m from './mutate.js';
import type { FuzzInput } from './properties.js';
import type { Rng } from './rng.js';

/** A mutation's weight and what it does; `other` picks another seed's text (drawing a number only when called). */
export type Mutations = Record<string, readonly [weight: number, apply: (rng: Rng, text: string, other: () => string) => string]>;

export interface InputProfile {
  /** The generators' weights: 'mutate', 'grammar', 'cipher', 'deep' and the one named by `bad`. */
  generators: Record<string, number>;
  /** Names a mutated input may take instead of its seed's (one input in ten). */
  renamed: readonly string[];
  mutations: Mutations;
  /** A generated TLS program. */
  program(rng: Rng): { fileName: string; text: string };
  /** Programs around one cipher string (`q`, quoted); `rng` for the ones that add more strings. */
  cipher: { fileName: string; templates(rng: Rng, q: string, cipher: string): string[] };
  /** Plain bad input made from a seed's text: its generator name and what it made. */
  bad: { generator: string; make(rng: Rng, text: string, maxChars: number): { text: string; kind: string } };
  lang: m.Lang;
  nestings?: m.Nestings;
}

export interface RandomOptions {
  maxDepth?: number;
  maxChars?: number;
}

/** The token mutations, for either language's tokens. */
export function tokenMutations(lang: m.Lang): Mutations {
  return {
    deleteTokens: [4, (rng, t) => m.deleteTokens(rng, t, lang)],
    duplicateTokens: [3, (rng, t) => m.duplicateTokens(rng, t, lang)],
    splice: [3, (rng, t, other) => m.splice(rng, t, other(), lang)],
    insertFrom: [3, (rng, t, other) => m.insertFrom(rng, t, other(), lang)],
    swapToken: [3, (rng, t, other) => m.swapToken(rng, t, other(), lang)],
  };
}

function mutateOnce(p: InputProfile, rng: Rng, text: string, seeds: readonly Seed[]): { text: string; how: string } {
  const kind = rng.weighted(Object.fromEntries(Object.entries(p.mutations).map(([k, [weight]]) => [k, weight])));
  return { text: p.mutations[kind][1](rng, text, () => rng.pick(seeds).text), how: kind };
}

/** A random input (after the seeds and their truncations). */
export function makeRandomInput(p: InputProfile, rng: Rng, id: string, seeds: readonly Seed[], opts: RandomOptions): FuzzInput & { cipher?: string } {
  const generator = rng.weighted(p.generators);
  const base = rng.pick(seeds);
  const fileName = rng.chance(0.1) ? rng.pick(p.renamed) : base.fileName;
  switch (generator) {
    case 'mutate': {
      const r = m.mutateSeveral(rng, base.text, (text) => mutateOnce(p, rng, text, seeds));
      return { id, generator, fileName, text: r.text, origin: `${base.origin} ${r.how}` };
    }
    case 'grammar': {
      const g = p.program(rng);
      const text = rng.chance(0.15) ? mutateOnce(p, rng, g.text, seeds).text : g.text;
      return { id, generator, fileName: g.fileName, text };
    }
    case 'cipher': {
      const cipher = cipherString(rng);
      const text = rng.pick(p.cipher.templates(rng, JSON.stringify(cipher), cipher));
      return { id, generator, fileName: p.cipher.fileName, text, cipher };
    }
    case p.bad.generator: {
      const b = p.bad.make(rng, base.text, opts.maxChars ?? 256 * 1024);
      return { id, generator, fileName, text: b.text, origin: `${base.origin} ${b.kind}` };
    }
    default: {
      const src = rng.chance(0.5) ? base.text : p.program(rng).text;
      const d = m.deepNest(rng, src, opts.maxDepth ?? 100_000, opts.maxChars, p.lang, p.nestings);
      return { id, generator, fileName, text: d.text, origin: `${base.origin} nested ${d.depth} × ${d.kind}` };
    }
  }
}
