// The package a file's importers are looked for in (runner/importers.ts): imports rarely cross
// packages, so a tree of many packages is not read again for one package's exports.
import { type Dirent, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from './workspaces.js';

export class PackageRoots {
  /** Each directory passed on the way up, with the package it is in. */
  private readonly byDir = new Map<string, string>();

  constructor(private readonly roots: readonly string[]) {}

  /**
   * The directory a file's importers are looked for in: its package (the nearest directory with
   * a package.json inside the roots), else, when the root holds packages side by side, its
   * top-level directory under the root (a tree unpacked there without a package.json, Node's
   * sources beside npm packages, is one package: its exports are not near every package beside
   * it), else its root (`tlslint src`: src/lib and src/app are one project).
   */
  of(file: string): string {
    const root = this.roots.filter((r) => file.startsWith(r + path.sep)).sort((a, b) => b.length - a.length)[0];
    let dir = path.dirname(file);
    const passed: string[] = [];
    let found: string | undefined;
    while (root && dir.startsWith(root)) {
      const known = this.byDir.get(dir);
      if (known) {
        found = known;
        break;
      }
      passed.push(dir);
      if (existsSync(path.join(dir, 'package.json'))) {
        found = (workspaceRoot(dir, root) ?? dir) + path.sep;
        break;
      }
      if (dir === root) break;
      dir = path.dirname(dir);
    }
    if (found) for (const d of passed) this.byDir.set(d, found);
    else if (root && this.holdsPackages(root)) {
      const top = path.relative(root, path.dirname(file)).split(path.sep)[0];
      found = top ? path.join(root, top) + path.sep : root + path.sep;
      for (const d of passed) if (d !== root) this.byDir.set(d, found); // the root holds several
    } else {
      found = root ? root + path.sep : path.dirname(file) + path.sep;
      for (const d of passed) this.byDir.set(d, found);
    }
    return found;
  }

  /** Whether a top-level directory of a root is a package (a package.json in it): the root holds packages side by side. */
  private holdsPackages(root: string): boolean {
    let yes = this.packagesIn.get(root);
    if (yes === undefined) {
      let entries: Dirent[] = [];
      try {
        entries = readdirSync(root, { withFileTypes: true });
      } catch {} // unreadable: no packages beside
      this.packagesIn.set(root, (yes = entries.some((e) => e.isDirectory() && existsSync(path.join(root, e.name, 'package.json')))));
    }
    return yes;
  }
  private readonly packagesIn = new Map<string, boolean>();
}
