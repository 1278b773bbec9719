// The project model's importer passes. The first pass lints what the pre-filter lets through and
// follows only the values its sinks and option bags need; a file it skips but that imports the
// project's own files, or whose calls of imported helpers it did not follow, is deferred. Each
// file linted tells which of its exports matter (their declarations hold TLS settings:
// `makeAgent`, `tlsOptions`) and which use what it imports (`createClient` calling `makeAgent`):
// those matter when what they use does. The next pass lints, following calls, the deferred files
// that import such an export's file (directly or through a barrel that re-exports it) and name it
// (call it, for a function or class): `index.ts` calling `createClient({ insecure: true })` holds
// no TLS word itself. A tree where nothing exports TLS settings costs nothing more.
import path from 'node:path';
import { languageOfFile } from '../../../protocol/languages.js';
import { decode, readSourceBytes } from '../engine/read.js';
import type { ExportSummary, FileResult } from '../engine/types.js';
import { importedSpecifiers } from '../linter/index.js';
import { BarrelSearch } from './barrel-search.js';
import { PackageRoots } from './package-roots.js';
import { keysOf } from './importer-uses.js';
import { exportersUsedWhole } from './whole-imports.js';
import { AliasTargets, aliasNames, barrelRenames, type BarrelRename, exportersNamed, relativeLiterals, resolveRelative, specifierEnds, specifierEndsWith } from './specifier-text.js';

/** Passes after the first: a chain of files each calling the one before (index → client → agent). */
export const MAX_IMPORTER_PASSES = 4;

/**
 * Barrels passed through to reach an exporter (`export * from './net'` → `export { x } from
 * './options'`): within the project model's chain of 6 files for one value (lang/js/session.ts).
 */
export const MAX_BARREL_HOPS = 4;

export class ImporterPasses {
  /** Files an importer pass may lint: `true` when any exported name they hold will do, else the names they wait for. */
  private readonly deferred = new Map<string, true | ReadonlySet<string>>();
  /**
   * The files a relative specifier may usefully name: those that import the project's files (a
   * barrel passes an export on) or whose exports matter. Not every file linted: a tree of 100,000
   * files that import nothing of each other keeps nothing here.
   */
  private readonly known = new Set<string>();
  /** The directories holding known files: a specifier names a directory's index only in one of them. */
  private readonly knownDirs = new Set<string>();
  /** Each linted file's export summary. */
  private readonly summaries = new Map<string, ExportSummary>();
  /** How many exported names mattered when the last pass was chosen: no more, no new pass. */
  private lastCount = 0;
  /** The package each file's importers are looked for in. */
  private readonly packageRoots: PackageRoots;
  /** Each file's import specifiers, read once (a barrel or a shared helper is asked about often). */
  private readonly specifiers = new Map<string, string[]>();
  /**
   * What each file's specifiers name among the known files, while they are the same (`next`):
   * the known files change only between passes, and a barrel or a shared helper (`../common`)
   * is asked about for every file that imports it.
   */
  private readonly targets = new Map<string, (string | undefined)[]>();
  /** The files a `paths` alias may name, for the files asked about. */
  private readonly aliases = new AliasTargets();
  private readonly search = new BarrelSearch({ edges: (f, t) => this.edges(f, t), aliasesOf: (s, t) => this.aliases.of(s, t), barrels: () => this.barrels() });
  /**
   * The names each pass looked for, by exporter (`name\0called`), and the pass a file whose text
   * named none was last read in: a later pass reads it again only when an exporter near it has a
   * name that pass did not look for (most deferred files name none, pass after pass).
   */
  private readonly lookedFor: Map<string, Set<string>>[] = [];
  private readonly namedNone = new Map<string, number>();
  /**
   * The pass a file's imports (read when it first named an export) were last searched in for the
   * exporters near it and led to none, with how many files were known then: the files a specifier
   * names and what they import stay the same while no file becomes known (importer passes lint
   * known files), so a later pass searches again only for an exporter that was not there.
   */
  private readonly importsNone = new Map<string, { pass: number; known: number }>();
  /**
   * Files whose text named an exporter near it but cannot import it (mayImport), with how many files
   * were known then: like a file that named none (namedNone), it is read again only for a name or
   * an exporter the last look did not seek, or once more files are known (a new barrel on the way).
   */
  private readonly cannotImport = new Map<string, number>();
  /** How many files were known when `targets` (and `leadsTo`) were last cleared. */
  private targetsKnown = -1;
  /**
   * The exporters sought that a known file leads to within the barrels' hops (`leading`), by file,
   * hops and exporters, while the known files are the same: Node's 1,500 tests each import
   * `../common`, whose files are searched once, and choosing the exports that matter asks the
   * same of each barrel again whenever one more export matters.
   */
  private readonly leads = new Map<string, string[]>();
  /** What a specifier names from a directory among the known files (cleared when one more is known). */
  private readonly resolved = new Map<string, string | undefined>();
  private passes = 0;

  constructor(
    roots: readonly string[],
    private readonly maxFileSize: (file: string) => number,
  ) {
    this.packageRoots = new PackageRoots(roots);
  }

  /** Takes a file's result (of any pass): a deferred file to consider, or exports that matter. */
  add(result: FileResult): void {
    if ((result.deferred || result.exports) && !this.known.has(result.fileName)) {
      this.known.add(result.fileName);
      this.knownDirs.add(path.dirname(result.fileName));
      this.resolved.clear();
      this.leads.clear();
      this.search.clear();
    }
    if (result.deferred) this.deferred.set(result.fileName, result.deferred === true ? true : new Set(result.deferred));
    else this.deferred.delete(result.fileName);
    if (result.exports) this.summaries.set(result.fileName, result.exports);
  }

  /** The exports that matter, by file: those holding TLS settings, and those using one that does. */
  private interesting(): Map<string, Set<string>> {
    const out = new Map<string, Set<string>>();
    for (const [file, s] of this.summaries) if (s.names.length) out.set(file, new Set(s.names));
    // The files holding each name, while `out` stays the same (every use of the name asks).
    const holders = new Map<string, Set<string>>();
    const holdersOf = (name: string) => {
      let files = holders.get(name);
      if (!files) holders.set(name, (files = new Set([...out].filter(([, names]) => names.has(name)).map(([f]) => f))));
      return files;
    };
    for (let changed = true; changed; ) {
      changed = false;
      for (const [file, s] of this.summaries) {
        for (const p of s.passesOn) {
          if (out.get(file)?.has(p.name)) continue;
          if (!p.uses.some((u) => this.reaches(file, u, out, holdersOf))) continue;
          out.set(file, new Set([...(out.get(file) ?? []), p.name]));
          holders.clear();
          changed = true;
        }
      }
    }
    return out;
  }

  /**
   * Whether an imported name is one that matters: in the file its specifier names, or in a file a
   * barrel there re-exports (`import { makeAgent } from '../helpers'`, helpers/index.ts `export *
   * from '../agent'`). A barrel passes whole files on here; the lint of the importer is exact.
   */
  private reaches(file: string, use: { specifier: string; name: string }, out: ReadonlyMap<string, ReadonlySet<string>>, holdersOf: (name: string) => ReadonlySet<string>): boolean {
    const target = this.resolveOnce(file, use.specifier);
    // `*`: a module used whole (`Object.entries(DEFAULTS)`) reaches every export it has.
    const holders = use.name === '*' ? new Set(out.keys()) : holdersOf(use.name);
    // A `paths` alias (`@runtime/base`): a file holding the name that the specifier ends with.
    if (target === undefined) return !use.specifier.startsWith('.') && holders.size > 0 && this.aliases.of(use.specifier, holders).length > 0;
    // Only the module named: what it imports is not what it exports (runner/whole-imports.ts).
    if (use.name === '*') return out.has(target);
    if (out.get(target)?.has(use.name)) return true;
    return holders.size > 0 && this.leading(target, holders).length > 0;
  }

  /** The deferred files the next pass lints, sorted, with the exporters each imports; empty when there is no next pass. */
  next(): { file: string; reads: string[] }[] {
    if (this.passes >= MAX_IMPORTER_PASSES) return [];
    const exporters = this.withBarrelRenames(this.interesting());
    const count = [...exporters.values()].reduce((n, names) => n + names.size, 0);
    if (count === this.lastCount) return [];
    this.lastCount = count;
    this.passes++;
    // What specifiers name depends only on the known files, which grow only: kept while they are the same.
    if (this.known.size !== this.targetsKnown) {
      this.targets.clear();
      this.leads.clear();
      this.search.clear();
      this.resolved.clear();
      this.targetsKnown = this.known.size;
    }
    const lookedFor = new Map([...exporters].map(([f, names]) => [f, new Set([...names].map((n) => `${n}\0${this.isCalled(f, n)}`))]));
    this.lookedFor[this.passes] = lookedFor;
    const byPackage = new Map<string, string[]>();
    for (const file of exporters.keys()) {
      const pkg = this.packageRoots.of(file);
      byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), file]);
    }
    // The exporters of the packages holding each directory (a package root ends with a separator).
    const nearDir = new Map<string, string[]>();
    const out: { file: string; reads: string[] }[] = [];
    for (const [file, waits] of [...this.deferred].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      // Imports rarely cross packages: a tree of many packages is not read again for one's exports.
      const dir = path.dirname(file) + path.sep;
      let inPackages = nearDir.get(dir);
      if (!inPackages) nearDir.set(dir, (inPackages = [...byPackage].filter(([pkg]) => dir.startsWith(pkg)).flatMap(([, files]) => files)));
      const near = inPackages.includes(file) ? inPackages.filter((f) => f !== file) : inPackages;
      if (near.length === 0) continue;
      // A file linted already waits for names it calls; one the pre-filter skipped, for any it holds.
      const waited = waits === true ? undefined : near.filter((f) => [...exporters.get(f)!].some((n) => waits.has(n)));
      if (waited?.length === 0) continue;
      let reads: string[];
      if (waited) reads = this.imports(file, undefined, new Set(waited));
      else {
        // A file whose specifiers (read once, when it first named an export) import none of the
        // exporters near it cannot name one: its text is not read again on the next passes.
        if (this.specifiers.has(file)) {
          const searched = this.importsNone.get(file);
          if (searched && searched.known === this.known.size && near.every((f) => this.lookedFor[searched.pass].has(f))) continue;
          if (this.imports(file, undefined, new Set(near)).length === 0) {
            this.importsNone.set(file, { pass: this.passes, known: this.known.size });
            continue;
          }
        }
        const before = this.namedNone.get(file);
        const unchanged = (this.cannotImport.get(file) ?? this.known.size) === this.known.size;
        if (before !== undefined && unchanged && near.every((f) => isSubset(lookedFor.get(f)!, this.lookedFor[before].get(f)))) continue;
        this.cannotImport.delete(file);
        const text = this.read(file);
        if (text === undefined) continue;
        const byName = exportersNamed(text, near, exporters, (f, n) => this.isCalled(f, n));
        // A module bound and used whole (`Object.entries(require('./defaults'))`) uses every export it has.
        const look = { relative: (s: string) => this.resolveOnce(file, s), aliased: (s: string, set: ReadonlySet<string>) => this.aliases.of(s, set), isCommonJs: (f: string) => !!this.summaries.get(f)?.commonJs };
        const named = [...byName, ...exportersUsedWhole(text, near.filter((f) => !byName.includes(f)), look)];
        if (named.length === 0) this.namedNone.set(file, this.passes);
        else if (!this.mayImport(file, text, new Set(named))) {
          this.namedNone.set(file, this.passes);
          this.cannotImport.set(file, this.known.size);
        }
        reads = named.length > 0 && !this.cannotImport.has(file) ? this.imports(file, text, new Set(named)) : [];
      }
      if (reads.length === 0) continue;
      this.deferred.delete(file);
      out.push({ file, reads });
    }
    return out;
  }

  /**
   * Whether a file of the exporter's package that no pass linted (the pre-filter skipped it) may
   * use one of `names` exported by it (runner/importer-uses.ts): it imports the exporter and names
   * one of them, or may reach any (`default`, `*`). An exporter these passes cannot name (no
   * export here mattered) may have importers they never looked for.
   */
  unlintedUse(exporter: string, names: readonly string[]): boolean {
    if (!this.known.has(exporter)) return true;
    // A key of `module.exports = { mqtt: … }` is named where it is used (`{ mqtt: cfg } =`,
    // `brokers.mqtt`): a file that names only other keys of the module (`{ nats: cfg } =`) does
    // not reach it; one that names none may use the whole module (`app.set('net', all)`).
    const keys = keysOf(names);
    const others = keysOf(this.summaries.get(exporter)?.all ?? []).filter((n) => !keys.includes(n));
    const any = keys.length === 0 && keys.length < names.length;
    const pkg = this.packageRoots.of(exporter);
    for (const [file, waits] of this.deferred) {
      if (waits !== true || !file.startsWith(pkg) || this.imports(file, undefined, new Set([exporter]), 0).length === 0) continue;
      const text = any ? undefined : this.read(file);
      if (any || text === undefined) return true;
      if (keys.length === 0 ? names.some((n) => text.includes(n)) : keys.some((n) => text.includes(n)) || !others.some((n) => text.includes(n))) return true;
    }
    return false;
  }

  /** Whether an export is used by calling it (a function or class), not just by naming it. */
  private isCalled(exporter: string, name: string): boolean {
    return !!this.summaries.get(exporter)?.calls.includes(name);
  }

  private read(file: string): string | undefined {
    const r = readSourceBytes(file, this.maxFileSize(file));
    return 'skipped' in r ? undefined : decode(r.bytes);
  }

  /** The files of `targets` a file imports, directly or through barrels re-exporting them (runner/barrel-search.ts). */
  private imports(file: string, text: string | undefined, targets: ReadonlySet<string>, hops = MAX_BARREL_HOPS): string[] {
    return this.search.find(file, text, targets, hops);
  }

  /** A file's import specifiers, read once, and what they name while the known files are the same (`targets`). */
  private edges(file: string, text: string | undefined): { specs: readonly string[]; named: readonly (string | undefined)[] } {
    let specs = this.specifiers.get(file);
    if (!specs) {
      const t = text ?? this.read(file);
      this.specifiers.set(file, (specs = t === undefined ? [] : importedSpecifiers(file, t)));
    }
    let named = this.targets.get(file);
    if (!named) this.targets.set(file, (named = specs.map((spec) => this.resolveOnce(file, spec))));
    return { specs, named };
  }

  /**
   * Whether `imports(file, text, targets)` may find any, without TypeScript's pre-processor on the
   * file: its specifiers are among the string literals of its text, and one names a target only
   * through an alias (which ends with the target's alias name, so the text holds that name) or as
   * a relative path (a literal that begins with `.`) to a target or to a file leading to one.
   * Most deferred files that name an exporter (Node's tests say `Server`, which lib/_tls_wrap.js
   * exports) import nothing leading to it, and this look at their bytes proves it.
   */
  private mayImport(file: string, text: string, targets: ReadonlySet<string>): boolean {
    for (const t of targets) if (aliasNames(t).some((n) => text.includes(n))) return true;
    // A barrel an alias names (`@acme/http` for packages/http/src/index.ts): only when a quoted specifier ends with its name.
    let ends: ReadonlySet<string> | undefined;
    for (const b of this.barrels()) if (aliasNames(b).some((n) => specifierEndsWith((ends ??= specifierEnds(text)), n)) && this.leading(b, targets).length > 0) return true;
    const literals = relativeLiterals(text);
    if (literals === undefined) return true;
    const key = [...targets].sort().join('\0');
    for (const spec of literals) {
      const target = this.resolveOnce(file, spec);
      if (target === undefined) continue;
      if (targets.has(target)) return true;
      if (this.leading(target, targets, key).length > 0) return true;
    }
    return false;
  }

  /** The exports that matter, also under the names a barrel gives them (`export { makeAgent as createAgent } from './agent'`, `export { default as createClient } ...`). */
  private withBarrelRenames(exporters: Map<string, Set<string>>): Map<string, Set<string>> {
    for (const barrel of this.barrels()) {
      for (const { specifier, from, to } of this.renamesOf(barrel)) {
        const target = this.resolveOnce(barrel, specifier);
        if (target !== undefined && exporters.get(target)?.has(from)) exporters.get(target)!.add(to);
      }
    }
    return exporters;
  }

  /** A barrel's renames, read once a run (its text does not change). */
  private renamesOf(barrel: string): BarrelRename[] {
    if (!this.renames.has(barrel)) this.renames.set(barrel, barrelRenames(this.read(barrel) ?? ''));
    return this.renames.get(barrel)!;
  }
  private readonly renames = new Map<string, BarrelRename[]>();

  /** The known index files (barrels an alias may name), while the known files are the same. */
  private barrels(): ReadonlySet<string> {
    if (this.barrelFiles?.known !== this.known.size) this.barrelFiles = { known: this.known.size, files: new Set([...this.known].filter((f) => /^index\.[cm]?[jt]sx?$/.test(path.basename(f)))) };
    return this.barrelFiles.files;
  }
  private barrelFiles?: { known: number; files: Set<string> };

  /** `imports(file, undefined, targets, MAX_BARREL_HOPS - 1)`, once while the known files are the same (`leads`). */
  private leading(file: string, targets: ReadonlySet<string>, key = [...targets].sort().join('\0')): string[] {
    const memo = `${file}\0${key}`;
    let found = this.leads.get(memo);
    if (!found) this.leads.set(memo, (found = this.imports(file, undefined, targets, MAX_BARREL_HOPS - 1)));
    return found;
  }

  /** resolve, once a pass for a directory and a specifier: Node's tests share both (`'../common'`). */
  private resolveOnce(from: string, spec: string): string | undefined {
    const key = `${path.dirname(from)}\0${spec}`;
    if (this.resolved.has(key)) return this.resolved.get(key);
    const target = this.resolve(from, spec);
    this.resolved.set(key, target);
    return target;
  }

  /** The file a relative specifier names among the files linted, the way bundlers and TypeScript look. */
  private resolve(from: string, spec: string): string | undefined {
    return resolveRelative(from, spec, (c) => this.known.has(c) && !!languageOfFile(c), (d) => this.knownDirs.has(d));
  }
}

function isSubset<T>(a: ReadonlySet<T>, b: ReadonlySet<T> | undefined): boolean {
  if (!b) return a.size === 0;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
