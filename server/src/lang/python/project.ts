// The project's Python files as the project model sees them: the module resolver (modules.ts) and
// each read file's tree, kept by content (a file whose text changed is parsed again; about 256 KB
// of source is kept, least recently used first). Values are never kept here: each lint builds its
// own models over these trees (session.ts), so a result never depends on which file came first.
import type { Tree } from 'web-tree-sitter';
import type { ProjectFiles } from '../../engine/project.js';
import { pyDocument, type PyDocument } from './document.js';
import { PyModules } from './modules.js';
import { parseTree } from './parser.js';

/** Source kept parsed between lints, in characters. */
const KEPT_SOURCE = 256 * 1024;

export class PyProject {
  readonly modules: PyModules;
  private readonly parsed = new Map<string, PyDocument>();
  /** Trees replaced or evicted while a lint may still read them: deleted at the next release(). */
  private readonly retired: Tree[] = [];

  constructor(readonly files: ProjectFiles) {
    this.modules = new PyModules(files);
    // A batch run's project files are dropped when the next run begins: their trees go with them.
    freeing.register(this, { parsed: this.parsed, retired: this.retired });
  }

  /** The parsed document of a project file's text (the same one while its text stays the same). */
  document(fileName: string, text: string): PyDocument {
    const known = this.parsed.get(fileName);
    if (known && known.text === text) {
      // Most recently used last.
      this.parsed.delete(fileName);
      this.parsed.set(fileName, known);
      return known;
    }
    if (known) {
      this.parsed.delete(fileName);
      this.retired.push(known.tree);
    }
    const doc = pyDocument(fileName, text, parseTree(text));
    this.parsed.set(fileName, doc);
    return doc;
  }

  /** Called when a lint is done with the trees: evicts past the limit, frees what was retired. */
  release(): void {
    let size = 0;
    for (const d of this.parsed.values()) size += d.text.length;
    for (const [name, d] of this.parsed) {
      if (size <= KEPT_SOURCE) break;
      this.parsed.delete(name);
      this.retired.push(d.tree);
      size -= d.text.length;
    }
    for (const t of this.retired.splice(0)) t.delete();
  }
}

const freeing = new FinalizationRegistry<{ parsed: Map<string, PyDocument>; retired: Tree[] }>((held) => {
  for (const d of held.parsed.values()) d.tree.delete();
  for (const t of held.retired) t.delete();
});

const projects = new WeakMap<ProjectFiles, PyProject>();

/** One PyProject per set of project files (the CLI's run, the editor's workspace). */
export function pyProjectOf(files: ProjectFiles): PyProject {
  let p = projects.get(files);
  if (!p) projects.set(files, (p = new PyProject(files)));
  return p;
}
