// What a Python file imports, for the project model: the module names its text imports (read
// without parsing it), and the project modules a lint reads before its rules run, whose texts widen
// the rules run on the file (a `verify_ssl` key only the settings module spells out).
import type { Node } from 'web-tree-sitter';
import type { LazyPyModel } from './context.js';
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

/** Imported modules read for their texts before the rules run (about half the limit of files; the rest is for values). */
const MAX_LINKED = 12;

/**
 * The texts of the project modules the file imports names from, read now (not parsed: a value a
 * rule reads parses one).
 */
export function linkedTexts(model: LazyPyModel, session: PySession): readonly string[] {
  const m = model.get();
  let read = 0;
  for (const statement of m.index.imports) {
    if (read >= MAX_LINKED) break;
    const file = moduleFileOf(statement, session, model.doc.fileName);
    if (file && session.read(file)) read++;
  }
  return session.texts();
}

function moduleFileOf(statement: Node, session: PySession, fileName: string): string | undefined {
  const modules = session.project.modules;
  if (statement.type === 'import_statement') {
    const first = statement.childrenForFieldName('name')[0];
    const dotted = first?.type === 'aliased_import' ? first.childForFieldName('name') : first;
    return dotted ? modules.resolve(fileName, 0, dotted.text.split('.'))?.file : undefined;
  }
  const source = statement.namedChildren.some((c) => c?.type === 'wildcard_import') ? undefined : fromSource(statement);
  // `from . import settings`: the names are modules of the package, read when a value needs them.
  return source && modules.resolve(fileName, source.level, source.dotted)?.file;
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
