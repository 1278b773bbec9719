// Which of the project's own files a Python import names, read only through ProjectFiles (inside
// the roots, never site-packages or a virtual environment). Relative imports (`from . import x`,
// `from ..a.b import c`) count from the importing file's package; absolute ones (`import pkg.tls`,
// `from pkg import settings`) from the directory above the file's top package (where Python is
// run from), or failing that from an enclosing directory or its `src/` (a src layout). A package is
// a directory with `__init__.py`, or without one (a namespace package) once a module of it is
// found. The standard library and the libraries the sink tables know are never project modules.
import path from 'node:path';
import { PY_LIBRARIES } from '../../../../rules/data/python/index.js';
import { ALIASES, RETURNS } from '../../../../rules/data/python/types.js';
import type { ProjectFiles } from '../../engine/project.js';
import { STDLIB_MODULES } from './stdlib-modules.js';

/** A module of the project: its file (none for a namespace package) and, for a package, its directory. */
export interface PyModuleRef {
  file?: string;
  dir?: string;
}

/** Enclosing directories an absolute import is looked for in, above the file's top package. */
const MAX_ANCESTORS = 4;

export class PyModules {
  constructor(private readonly files: ProjectFiles) {}

  /** The module `dotted` names in `fromFile`, with `level` leading dots (0: absolute). */
  resolve(fromFile: string, level: number, dotted: readonly string[]): PyModuleRef | undefined {
    if (level > 0) {
      let base = path.dirname(fromFile);
      for (let i = 1; i < level; i++) base = path.dirname(base);
      if (dotted.length === 0) return this.packageAt(base) ?? (this.files.directoryExists(base) ? { dir: base } : undefined);
      return this.walk(base, dotted);
    }
    if (dotted.length === 0 || !isProjectCandidate(dotted[0])) return undefined;
    for (const dir of this.searchDirs(fromFile)) {
      const found = this.walk(dir, dotted);
      if (found) return found;
    }
    return undefined;
  }

  /** A submodule `name` of a package (`from pkg import settings` when the package does not bind it). */
  submodule(pkg: PyModuleRef, name: string): PyModuleRef | undefined {
    return pkg.dir ? this.walk(pkg.dir, [name]) : undefined;
  }

  /** Follows `a.b.c` from `dir`: each part a package (or namespace directory), the last one a module. */
  private walk(dir: string, dotted: readonly string[]): PyModuleRef | undefined {
    let at = dir;
    for (let i = 0; i < dotted.length; i++) {
      const last = i === dotted.length - 1;
      const next = path.join(at, dotted[i]);
      if (last) {
        const file = `${next}.py`;
        if (this.files.fileExists(file)) return { file };
        return this.packageAt(next) ?? (this.files.directoryExists(next) ? { dir: next } : undefined);
      }
      if (!this.files.directoryExists(next)) return undefined;
      at = next;
    }
    return undefined;
  }

  private packageAt(dir: string): PyModuleRef | undefined {
    const init = path.join(dir, '__init__.py');
    return this.files.fileExists(init) ? { file: init, dir } : undefined;
  }

  /**
   * Where Python would look for an absolute import: above the file's top package first, then
   * each enclosing directory the model may read (a few), with its `src/`.
   */
  private searchDirs(fromFile: string): string[] {
    let top = path.dirname(fromFile);
    while (this.files.fileExists(path.join(top, '__init__.py')) && path.dirname(top) !== top) top = path.dirname(top);
    const out = [top];
    for (let d = top, i = 0; i < MAX_ANCESTORS; i++) {
      const src = path.join(d, 'src');
      if (src !== fromFile && this.files.directoryExists(src)) out.push(src);
      const up = path.dirname(d);
      if (up === d || !this.files.allows(up)) break;
      out.push((d = up));
    }
    return out;
  }
}

let libraryRoots: Set<string> | undefined;

/** Whether an absolute import's first name may be the project's own: not the standard library or a library the tables know. */
export function isProjectCandidate(first: string): boolean {
  return !STDLIB_MODULES.has(first) && !isLibraryRoot(first);
}

/** Whether a top-level module name is a library the sink tables know (`requests`, `ssl`, `OpenSSL`…). */
export function isLibraryRoot(first: string): boolean {
  if (!libraryRoots) {
    libraryRoots = new Set([...Object.keys(RETURNS), ...Object.keys(ALIASES)].map((n) => n.split('.')[0]));
    const visit = (v: unknown): void => {
      if (typeof v === 'string') {
        const m = /^([A-Za-z_]\w*)\.\w/.exec(v);
        if (m) libraryRoots!.add(m[1]);
      } else if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object') Object.values(v).forEach(visit);
    };
    visit(PY_LIBRARIES);
    libraryRoots.add('OpenSSL');
  }
  return libraryRoots.has(first);
}
