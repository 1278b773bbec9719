// The project's Python files as the project model sees them: the module resolver (modules.ts) and
// each read file's tree and scopes, kept by content (a file whose text changed is parsed again; about 512 KB
// of source is kept, least recently used first). Values are never kept here: each lint builds its
// own models over these trees (session.ts), so a result never depends on which file came first.
import type { Tree } from 'web-tree-sitter';
import type { ProjectFiles } from '../../engine/project.js';
import { pyDocument, type PyDocument } from './document.js';
import { PyModules } from './modules.js';
import { parseTree } from './parser.js';
import { buildScopes } from './scope-build.js';
import type { ScopeIndex } from './scope.js';

/** Source kept parsed between lints, in characters. */
const KEPT_SOURCE = 512 * 1024;

export class PyProject {
  readonly modules: PyModules;
  private readonly kept = new Map<string, { document: PyDocument; index: ScopeIndex }>();
  /** Trees replaced or evicted while a lint may still read them: deleted at the next release(). */
  private readonly retired: Tree[] = [];

  constructor(readonly files: ProjectFiles) {
    this.modules = new PyModules(files);
    // A batch run's project files are dropped when the next run begins: their trees go with them.
    freeing.register(this, { kept: this.kept, retired: this.retired });
  }

  /** A project file's text parsed, with its scopes (the same ones while its text stays the same). */
  parsed(fileName: string, text: string): { document: PyDocument; index: ScopeIndex } {
    const known = this.kept.get(fileName);
    if (known && known.document.text === text) {
      // Most recently used last.
      this.kept.delete(fileName);
      this.kept.set(fileName, known);
      return known;
    }
    if (known) {
      this.kept.delete(fileName);
      this.retired.push(known.document.tree);
    }
    const tree = parseTree(text);
    const entry = { document: pyDocument(fileName, text, tree), index: buildScopes(tree) };
    this.kept.set(fileName, entry);
    return entry;
  }

  /** Called when a lint is done with the trees: evicts past the limit, frees what was retired. */
  release(): void {
    let size = 0;
    for (const k of this.kept.values()) size += k.document.text.length;
    for (const [name, k] of this.kept) {
      if (size <= KEPT_SOURCE) break;
      this.kept.delete(name);
      this.retired.push(k.document.tree);
      size -= k.document.text.length;
    }
    for (const t of this.retired.splice(0)) t.delete();
  }
}

const freeing = new FinalizationRegistry<{ kept: Map<string, { document: PyDocument }>; retired: Tree[] }>((held) => {
  for (const k of held.kept.values()) k.document.tree.delete();
  for (const t of held.retired) t.delete();
});

const projects = new WeakMap<ProjectFiles, PyProject>();

/** One PyProject per set of project files (the CLI's run, the editor's workspace). */
export function pyProjectOf(files: ProjectFiles): PyProject {
  let p = projects.get(files);
  if (!p) projects.set(files, (p = new PyProject(files)));
  return p;
}
