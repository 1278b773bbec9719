// The importer passes' barrel search (runner/barrel-search.ts) skips a barrel that leads to no
// target within the hops left. Its answers (the targets found and the barrels on the way) are
// those of the plain depth-first search it replaced, on random graphs of barrels with cycles,
// two ways to one barrel, aliases and targets met at every depth.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BarrelSearch, type ImportGraph } from '../../server/src/runner/barrel-search.js';

interface Graph {
  edges: Map<string, { specs: string[]; named: (string | undefined)[] }>;
  aliases: Map<string, string[]>;
  barrels: Set<string>;
}

function graphOf(g: Graph): ImportGraph {
  return {
    edges: (f) => g.edges.get(f) ?? { specs: [], named: [] },
    aliasesOf: (spec, targets) => (g.aliases.get(spec) ?? []).filter((t) => targets.has(t)),
    barrels: () => g.barrels,
  };
}

/** The search as it was: depth first, a barrel searched again only with more hops left. */
function reference(ig: ImportGraph, file: string, targets: ReadonlySet<string>, hops: number, searched = new Map([[file, hops]])): string[] {
  const { specs, named } = ig.edges(file, undefined);
  const found = new Set<string>();
  const through = (barrel: string) => {
    if ((searched.get(barrel) ?? -1) >= hops - 1) return;
    searched.set(barrel, hops - 1);
    const via = reference(ig, barrel, targets, hops - 1, searched);
    if (via.length > 0) for (const t of [barrel, ...via]) found.add(t);
  };
  for (let i = 0; i < specs.length; i++) {
    if (named[i] === undefined) {
      for (const t of ig.aliasesOf(specs[i], targets)) found.add(t);
      if (hops > 0) for (const b of ig.aliasesOf(specs[i], ig.barrels())) if (!targets.has(b)) through(b);
    } else if (targets.has(named[i]!)) found.add(named[i]!);
    else if (hops > 0) through(named[i]!);
  }
  return [...found].sort();
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomGraph(next: () => number, size: number): Graph {
  const files = Array.from({ length: size }, (_, i) => `f${i}`);
  const pick = () => files[Math.floor(next() * size)];
  const edges = new Map<string, { specs: string[]; named: (string | undefined)[] }>();
  const aliases = new Map<string, string[]>();
  for (let a = 0; a < 4; a++) aliases.set(`@a${a}`, [pick(), pick()]);
  for (const f of files) {
    const specs: string[] = [];
    const named: (string | undefined)[] = [];
    for (let n = Math.floor(next() * 4); n > 0; n--) {
      const bare = next() < 0.2;
      specs.push(bare ? `@a${Math.floor(next() * 5)}` : `./${f}`);
      named.push(bare ? undefined : pick());
    }
    edges.set(f, { specs, named });
  }
  return { edges, aliases, barrels: new Set(files.filter(() => next() < 0.5)) };
}

describe('the barrel search', () => {
  it('answers as the plain depth-first search on 400 random graphs, for every file, with the same targets asked about again and again', () => {
    const next = random(16);
    for (let round = 0; round < 400; round++) {
      const size = 3 + Math.floor(next() * 12);
      const g = randomGraph(next, size);
      const ig = graphOf(g);
      const search = new BarrelSearch(ig);
      const targetSets = Array.from({ length: 3 }, () => new Set(Array.from({ length: 1 + Math.floor(next() * 2) }, () => `f${Math.floor(next() * size)}`)));
      for (let ask = 0; ask < 3 * size; ask++) {
        const file = `f${Math.floor(next() * size)}`;
        const targets = targetSets[Math.floor(next() * targetSets.length)];
        const hops = Math.floor(next() * 5);
        assert.deepEqual(search.find(file, undefined, new Set(targets), hops), reference(ig, file, targets, hops), `round ${round}: ${file} ${[...targets]} ${hops}`);
      }
    }
  });
});
