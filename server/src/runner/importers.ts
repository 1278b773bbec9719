// The project model's importer passes. The first pass lints what the pre-filter lets through; a
// file it skips but that imports the project's own files is only noted (deferred). Each file
// linted tells which of its exports matter (their declarations hold TLS settings: `makeAgent`,
// `tlsOptions`). The next pass lints the deferred files of the same package that name one of
// them (`index.ts` calling `createClient({ insecure: true })` holds no TLS word itself), and so on
// along a chain of such files. A tree where nothing exports TLS settings costs nothing more.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readSourceBytes } from '../engine/read.js';
import type { FileResult } from '../engine/types.js';

/** Passes after the first: a chain of files each calling the one before (index → client → agent). */
export const MAX_IMPORTER_PASSES = 4;

export class ImporterPasses {
  private readonly deferred = new Set<string>();
  private exporters = new Map<string, Set<string>>();
  private readonly packageRoots = new Map<string, string>();
  private passes = 0;

  constructor(
    private readonly roots: readonly string[],
    private readonly maxFileSize: (file: string) => number,
  ) {}

  /** Takes a file's result (of any pass): a deferred file to consider, or exports that matter. */
  add(result: FileResult): void {
    if (result.deferred) this.deferred.add(result.fileName);
    const names = result.exports?.names;
    if (!names?.length) return;
    const region = this.packageRoot(result.fileName);
    let set = this.exporters.get(region);
    if (!set) this.exporters.set(region, (set = new Set()));
    for (const n of names) if (n.length >= 3) set.add(n);
  }

  /** The deferred files the next pass lints, sorted; empty when there is no next pass. */
  next(): string[] {
    if (this.exporters.size === 0 || this.passes >= MAX_IMPORTER_PASSES) return [];
    this.passes++;
    const exporters = this.exporters;
    this.exporters = new Map();
    const out: string[] = [];
    for (const file of [...this.deferred].sort()) {
      const names = [...exporters].filter(([region]) => file.startsWith(region)).flatMap(([, n]) => [...n]);
      if (names.length === 0) continue;
      const read = readSourceBytes(file, this.maxFileSize(file));
      if ('skipped' in read || !names.some((n) => read.bytes.includes(n))) continue;
      this.deferred.delete(file);
      out.push(file);
    }
    return out;
  }

  /**
   * The directory a file's importers are looked for in: its package (the nearest directory with
   * a package.json inside the roots), else its root. Imports rarely cross packages, and a tree of
   * many packages (a node_modules-like corpus) need not be read again for one package's exports.
   */
  private packageRoot(file: string): string {
    const root = this.roots.filter((r) => file.startsWith(r + path.sep)).sort((a, b) => b.length - a.length)[0];
    let dir = path.dirname(file);
    const passed: string[] = [];
    let found: string | undefined;
    while (root && dir.startsWith(root)) {
      const known = this.packageRoots.get(dir);
      if (known) {
        found = known;
        break;
      }
      passed.push(dir);
      if (existsSync(path.join(dir, 'package.json'))) {
        found = dir + path.sep;
        break;
      }
      if (dir === root) break;
      dir = path.dirname(dir);
    }
    found ??= root ? root + path.sep : path.dirname(file) + path.sep;
    for (const d of passed) this.packageRoots.set(d, found);
    return found;
  }
}
