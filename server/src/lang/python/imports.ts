// What a Python file imports, for the project model: the module names its text imports (read
// without parsing it), and the project modules a lint reads before its rules run, whose texts widen
// the rules run on the file (a `verify_ssl` key only the settings module spells out).
import type { Node, Tree } from 'web-tree-sitter';
import type { LazyPyModel, PyModel } from './context.js';
import { isLibraryRoot, isProjectCandidate } from './modules.js';
import type { Scope } from './scope.js';
import type { PySession } from './session.js';

/** The modules a text imports (`.config`, `..a.b`, `pkg.settings`), found by their statements' shape. */
export function importedSpecifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import\b|import[ \t]+([\w.]+(?:[ \t]*,[ \t]*[\w.]+)*))/gm)) {
    if (m[1]) out.push(m[1]);
    else out.push(...m[2].split(',').map((s) => s.trim()));
  }
  return out;
}

/** The longest argument list whose text is searched for the imported names, in characters. */
const MAX_SEARCHED = 2048;

/**
 * The texts of the project modules whose values reach the arguments of the file's calls into the
 * libraries the tables know (`requests.get(url, **REQUEST_OPTIONS)`, `ctx.set_ciphers(tls.CIPHERS)`),
 * read now by evaluating those arguments, as the rules will: only modules whose values can matter,
 * and only arguments that read a name the file imports from its project; `readMore` reads the
 * other modules the rules will (the callees of outside-callers.ts).
 */
export function linkedTexts(model: LazyPyModel, session: PySession, readMore?: (model: PyModel) => void): readonly string[] {
  // A file that imports nothing of its project's needs no model for it (the rules may need none).
  if (!importedSpecifiers(model.doc.text).some((s) => s.startsWith('.') || isProjectCandidate(s.split('.', 1)[0]))) return [];
  const m = model.get();
  const imported = projectImports(m.index.root);
  // `from .settings import *`: any name the module does not bind may come from there.
  const starred = starImports(m.doc.tree).length > 0;
  if (imported.size === 0 && !starred) return session.texts();
  const reads = (root: string | undefined) => !!root && (names.includes(root) || (starred && !m.index.root.bindings.has(root)));
  // Also names assigned an instance of an imported class (`cfg = cfg or KafkaConfig()`): its class body's defaults are read there.
  const names = [...imported, ...madeFromImports(m.doc.tree, imported)];
  const text = model.doc.text;
  for (const call of m.calls) {
    // An argument reading an imported name holds it in its text: the others' nodes are not read.
    // Only a short list is searched: nested calls hold each other's text (a search per call of
    // 50,000 nested calls would be quadratic), and a long list's nodes are read as before.
    const start = call.args.startIndex;
    const end = call.args.endIndex;
    // (With a star import, any name may be imported: every argument is read.)
    if (!starred && end - start <= MAX_SEARCHED) {
      const args = text.slice(start, end);
      if (!names.some((n) => args.includes(n))) continue;
    }
    for (const a of call.args.namedChildren) {
      let v = a?.type === 'keyword_argument' ? a.childForFieldName('value') : a;
      if (v?.type === 'dictionary_splat' || v?.type === 'list_splat') v = v.namedChild(0);
      // The callee's name last: naming a call costs its resolution.
      if (v && reads(rootName(v)) && isLibraryRoot(call.name?.split('.', 1)[0] ?? '')) m.values.valueOf(v);
    }
  }
  // The modules whose functions the file calls (outside-callers.ts): their sinks run here.
  readMore?.(m);
  return session.texts();
}

/** Names the file assigns a call of an imported name (`cfg = KafkaConfig()`, `cfg = cfg or KafkaConfig()`). */
function madeFromImports(tree: Tree, imported: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const a of tree.rootNode.descendantsOfType('assignment')) {
    const left = a?.childForFieldName('left');
    const callee = /\b([A-Za-z_]\w*)\s*\(\s*\)\s*$/.exec(a?.childForFieldName('right')?.text.slice(-80) ?? '')?.[1];
    if (left?.type === 'identifier' && callee && imported.has(callee) && !imported.has(left.text)) out.push(left.text);
  }
  return out;
}

/** The names the module binds by importing what may be the project's own modules (relative imports, names no library has). */
function projectImports(module: Scope): Set<string> {
  const out = new Set<string>();
  for (const [name, list] of module.bindings) {
    if (list.some((b) => b.kind === 'import' && (b.imported === undefined || isProjectCandidate(b.imported.split('.', 1)[0])))) out.add(name);
  }
  return out;
}

/** `config` of `config.OPTS["tls"]`; the name itself. */
function rootName(node: Node): string | undefined {
  let n: Node | null = node;
  for (let i = 0; n && i < 4 && (n.type === 'attribute' || n.type === 'subscript'); i++) n = n.childForFieldName(n.type === 'attribute' ? 'object' : 'value');
  return n?.type === 'identifier' ? n.text : undefined;
}

/** The module a `from … import` statement names: its leading dots and its dotted name. */
export function fromSource(statement: Node): { level: number; dotted: string[] } | undefined {
  const moduleNode = statement.childForFieldName('module_name');
  if (!moduleNode) return undefined;
  const relative = moduleNode.type === 'relative_import';
  const prefix = relative ? moduleNode.namedChildren.find((c) => c?.type === 'import_prefix')?.text ?? '' : '';
  const dotted = relative ? moduleNode.namedChildren.find((c) => c?.type === 'dotted_name')?.text : moduleNode.text;
  return { level: prefix.length, dotted: dotted ? dotted.split('.') : [] };
}

const starsByTree = new WeakMap<Tree, Node[]>();

/** The module-level `from … import *` statements of a file, in order. */
export function starImports(tree: Tree): Node[] {
  let out = starsByTree.get(tree);
  if (!out) starsByTree.set(tree, (out = tree.rootNode.namedChildren.filter((c): c is Node => c?.type === 'import_from_statement' && c.namedChildren.some((x) => x?.type === 'wildcard_import'))));
  return out;
}
