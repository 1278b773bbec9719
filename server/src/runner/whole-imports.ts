// The modules a text binds whole and uses whole, read from its bytes (the importer passes' check
// of a file the pre-filter skipped): `const DEFAULTS = require('./ci-defaults')` then
// `Object.entries(DEFAULTS)` uses every export the module has, though the text names none of them.
// A binding only ever read by member (`common.mustCall()`, Node's tests over `../common`) names what
// it uses, which the check by name finds: it does not count, so a tree of such files is not read
// again for every export of the module they share.

import { aliasNames, relativeLiterals } from './specifier-text.js';

/** How a text binds a module whole: its namespace (`require`, `import * as`, `import x =`) or its default import. */
export type WholeForm = 'namespace' | 'default';

export interface WholeImport {
  specifier: string;
  form: WholeForm;
}

const NAME = '[A-Za-z_$][\\w$]*';
const SPEC = `(['"\`])([^'"\`\\r\\n]+)\\2`;

/** Each form of binding a module whole: the local name is group 1, the specifier group 3. */
const BINDINGS: { form: WholeForm; pattern: RegExp }[] = [
  // `const cfg = require('./x')`, `= await import('./x')` (not `require('./x').y`)
  { form: 'namespace', pattern: new RegExp(`\\b(?:const|let|var)\\s+(${NAME})\\s*(?::[^=;\\r\\n]+)?=\\s*(?:require\\s*\\(|(?:await\\s+)?import\\s*\\()\\s*${SPEC}\\s*\\)(?!\\s*(?:\\?\\.|[.[]))`, 'g') },
  // `import * as cfg from './x'`, `import def, * as cfg from './x'`
  { form: 'namespace', pattern: new RegExp(`\\bimport\\s+(?:${NAME}\\s*,\\s*)?\\*\\s*as\\s+(${NAME})\\s+from\\s*${SPEC}`, 'g') },
  // TypeScript's `import cfg = require('./x')`
  { form: 'namespace', pattern: new RegExp(`\\bimport\\s+(${NAME})\\s*=\\s*require\\s*\\(\\s*${SPEC}\\s*\\)`, 'g') },
  // `import cfg from './x'`, `import cfg, { y } from './x'` (`import type` names a type)
  { form: 'default', pattern: new RegExp(`\\bimport\\s+(?!type\\s)(${NAME})\\s*(?:,\\s*(?:\\{[^}]*\\}|\\*\\s*as\\s+${NAME})\\s*)?from\\s*${SPEC}`, 'g') },
];

/**
 * The modules a text binds to a name it uses other than by reading a member of it: spread
 * (`...cfg`), passed (`Object.entries(cfg)`, `f(cfg)`), indexed (`cfg[key]`), called. Comments
 * and strings count as code (it decides only what to read; the lint of the file is exact).
 */
export function wholeImports(text: string, wanted: (w: WholeImport) => boolean = () => true): WholeImport[] {
  if (!text.includes('require') && !text.includes('import')) return [];
  const out: WholeImport[] = [];
  for (const { form, pattern } of BINDINGS) {
    for (const m of text.matchAll(pattern)) {
      const w = { specifier: m[3], form };
      // Each use is looked for in the whole text: only for the modules asked about (a bundle may require thousands).
      if (wanted(w) && usedWhole(text, m[1], m.index, m.index + m[0].length)) out.push(w);
    }
  }
  return out;
}

/** Whether `name` occurs outside [from, to) other than as a member read (`name.x`, `name?.x`) or a member of something else (`a.name`). */
function usedWhole(text: string, name: string, from: number, to: number): boolean {
  const escaped = name.replace(/\$/g, '\\$');
  const occurrence = new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`, 'g');
  for (const m of text.matchAll(occurrence)) {
    const at = m.index;
    if (at >= from && at < to) continue;
    if (text[at - 1] === '.' && text.slice(at - 3, at) !== '...') continue;
    const after = text.slice(at + name.length, at + name.length + 64).replace(/^\s+/, '');
    if (after.startsWith('?.') || (after.startsWith('.') && !after.startsWith('..'))) continue;
    return true;
  }
  return false;
}

/** How the importer passes look a specifier up among the files linted. */
export interface WholeLookup {
  /** The file a relative specifier names. */
  relative(spec: string): string | undefined;
  /** The files of `targets` a bare specifier may name through a `paths` alias. */
  aliased(spec: string, targets: ReadonlySet<string>): readonly string[];
  /** Whether a file's module object is its `module.exports` (a default import is then the whole module). */
  isCommonJs(file: string): boolean;
}

/**
 * The exporters among `candidates` that a text binds whole and uses whole (wholeImports): its
 * namespace, or its default import of a CommonJS module. Only the module the specifier names: a
 * file it imports is not what it exports (Node's test/common/index.js imports lib/ files to use them).
 */
export function exportersUsedWhole(text: string, candidates: readonly string[], look: WholeLookup): string[] {
  if (candidates.length === 0) return [];
  const set = new Set(candidates);
  if (!mayName(text, set, look)) return [];
  const found = new Set<string>();
  const named = ({ specifier, form }: WholeImport): string[] => {
    const target = look.relative(specifier);
    const files = target !== undefined ? [target] : specifier.startsWith('.') ? [] : look.aliased(specifier, set);
    return files.filter((f) => set.has(f) && (form === 'namespace' || look.isCommonJs(f)));
  };
  for (const w of wholeImports(text, (w) => named(w).length > 0)) for (const f of named(w)) found.add(f);
  return candidates.filter((f) => found.has(f));
}

/**
 * Whether a text may hold a specifier naming one of `files`, by its bytes: a relative literal that
 * names one, or an alias name of one (what `look.aliased` matches a bare specifier by ends with it).
 * Most deferred texts hold none, and the bindings' patterns are not run over them.
 */
function mayName(text: string, files: ReadonlySet<string>, look: WholeLookup): boolean {
  for (const f of files) if (aliasNames(f).some((n) => text.includes(n))) return true;
  const literals = relativeLiterals(text);
  if (literals === undefined) return true;
  for (const spec of literals) {
    const target = look.relative(spec);
    if (target !== undefined && files.has(target)) return true;
  }
  return false;
}
