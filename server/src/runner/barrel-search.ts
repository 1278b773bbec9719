// The importer passes' search for the files a file imports among some targets, directly or through
// barrels re-exporting them (runner/importers.ts). Node's 1,500 tests each import `../common`,
// whose requires lead nowhere near an exporter: whether a barrel leads to a target within so many
// hops is known once for the same targets, and a barrel that does not is not searched again.

/** The answer of a search that found nothing (never changed by its users). */
const NONE: string[] = [];

/** What the search reads of the files: their specifiers, what those name, and the barrels an alias may name. */
export interface ImportGraph {
  /** A file's import specifiers and the known file each names (undefined: a bare one, or none known). */
  edges(file: string, text: string | undefined): { specs: readonly string[]; named: readonly (string | undefined)[] };
  /** The targets a bare specifier may name through a `paths` alias. */
  aliasesOf(spec: string, targets: ReadonlySet<string>): readonly string[];
  /** The known index files (barrels an alias may name). */
  barrels(): ReadonlySet<string>;
}

/** Whether a file leads to a target: at most how many hops it is known not to, at least how many it is known to. */
interface Reach {
  none: number;
  within: number;
}

export class BarrelSearch {
  /** By targets (their sorted paths), what is known of each file's way to them. */
  private readonly reach = new Map<string, Map<string, Reach>>();

  constructor(private readonly graph: ImportGraph) {}

  /** Forgets what was found (the known files changed: what specifiers name, and the barrels). */
  clear(): void {
    this.reach.clear();
  }

  /**
   * The files of `targets` a file imports, directly or through barrels that re-export them (each
   * barrel on the way is returned too), up to `hops` barrels, sorted. A barrel already searched
   * with as many hops left is not searched again (a cycle of barrels, two ways to one barrel).
   */
  find(file: string, text: string | undefined, targets: ReadonlySet<string>, hops: number): string[] {
    const key = [...targets].sort().join('\0');
    let reach = this.reach.get(key);
    if (!reach) this.reach.set(key, (reach = new Map()));
    return this.search(file, text, targets, hops, new Map([[file, hops]]), reach);
  }

  private search(file: string, text: string | undefined, targets: ReadonlySet<string>, hops: number, searched: Map<string, number>, reach: Map<string, Reach>): string[] {
    // Most searches find nothing (Node's tests through `../common`): no set, and one empty answer.
    let found: Set<string> | undefined;
    const add = (t: string) => (found ??= new Set()).add(t);
    // A barrel that leads to no target within the hops left adds nothing, nor would any barrel
    // searched from it: skipping it changes no answer (those barrels, met again with as many
    // hops or fewer, still lead nowhere; with more, they were searched anyway).
    const through = (barrel: string) => {
      if ((searched.get(barrel) ?? -1) >= hops - 1 || !this.leads(barrel, targets, hops - 1, reach)) return;
      searched.set(barrel, hops - 1);
      const via = this.search(barrel, undefined, targets, hops - 1, searched, reach);
      if (via.length > 0) for (const t of [barrel, ...via]) add(t);
    };
    this.each(file, text, targets, hops, add, through);
    return found ? [...found].sort() : NONE;
  }

  /** Whether a target lies within `hops` barrels of a file (what `search` from it with a walk of its own finds something for). */
  private leads(file: string, targets: ReadonlySet<string>, hops: number, reach: Map<string, Reach>): boolean {
    let known = reach.get(file);
    if (!known) reach.set(file, (known = { none: -1, within: Infinity }));
    if (hops <= known.none) return false;
    if (hops >= known.within) return true;
    let yes = false;
    // Hops go down at each barrel: the way through a cycle of barrels ends.
    this.each(file, undefined, targets, hops, () => (yes = true), (barrel) => {
      if (!yes && this.leads(barrel, targets, hops - 1, reach)) yes = true;
    });
    if (yes) known.within = hops;
    else known.none = hops;
    return yes;
  }

  /** Calls `add` with each target a file imports directly and `through` with each barrel it imports that is not one. */
  private each(file: string, text: string | undefined, targets: ReadonlySet<string>, hops: number, add: (t: string) => void, through: (barrel: string) => void): void {
    const { specs, named } = this.graph.edges(file, text);
    for (let i = 0; i < specs.length; i++) {
      const spec = specs[i];
      const target = named[i];
      if (target === undefined) {
        // A `paths` alias: the runner does not read tsconfig.json; a specifier ending in the target's name will do.
        if (!spec.startsWith('.')) for (const t of this.graph.aliasesOf(spec, targets)) add(t);
        // A barrel the alias names (`@acme/http` → packages/http/src/index.ts) re-exporting a target.
        if (!spec.startsWith('.') && hops > 0) {
          for (const barrel of this.graph.aliasesOf(spec, this.graph.barrels())) if (!targets.has(barrel)) through(barrel);
        }
        continue;
      }
      if (targets.has(target)) add(target);
      else if (hops > 0) through(target);
    }
  }
}
