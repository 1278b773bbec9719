// What a file's text says of the specifiers it may import and the exports it may use, read without
// parsing it (the importer passes' byte checks): its relative string literals, the names an alias
// may give a file, and the exported names it names or calls.
import path from 'node:path';
import { BACKTICK, CR, DOT, DOUBLE_QUOTE, LF, QUOTE } from '../engine/char-codes.js';

/** A longer literal is read as any specifier (PATH_MAX on Linux). */
const MAX_SPECIFIER = 4096;

/**
 * The values of a text's string literals that begin with `.` (a relative specifier's does), read
 * from its bytes: every quote followed by a dot opens one, up to the same quote (or the line's end
 * for `'` and `"`), so those of comments and regular expressions come too. Undefined when one holds
 * a backslash (an escape: its value is not its bytes).
 */
export function relativeLiterals(text: string): string[] | undefined {
  const out: string[] = [];
  const open = /['"`]\./g;
  for (let m; (m = open.exec(text)); ) {
    const quote = text[m.index];
    const start = m.index + 1;
    let end = text.indexOf(quote, start);
    if (end === -1) end = text.length;
    let literal = text.slice(start, Math.min(end, start + MAX_SPECIFIER + 1));
    if (quote !== '`') {
      const line = literal.search(/[\r\n]/);
      if (line !== -1) literal = literal.slice(0, line);
    }
    if (literal.length > MAX_SPECIFIER || literal.includes('\\')) return undefined;
    out.push(literal);
    open.lastIndex = start;
  }
  return out;
}

const aliasNamesOf = new Map<string, readonly string[]>();

/**
 * Names an alias may end with for a file: `config/tls` for config/tls.ts, `config` for config/index.ts.
 * Asked for each barrel and exporter again for every deferred text, so kept per path.
 */
export function aliasNames(file: string): readonly string[] {
  let names = aliasNamesOf.get(file);
  if (!names) aliasNamesOf.set(file, (names = namesOf(file)));
  return names;
}

function namesOf(file: string): string[] {
  const stem = path.basename(file).replace(/\.[cm]?[jt]sx?$/, '');
  const dir = path.basename(path.dirname(file));
  if (stem !== 'index') return [stem, `${dir}/${stem}`];
  // packages/http/src/index.ts: a workspace's `@acme/http` names the package's directory.
  const pkg = path.basename(path.dirname(path.dirname(file)));
  return (dir === 'src' || dir === 'lib') && pkg ? [dir, pkg] : [dir];
}

/** The files a `paths` alias may name by each name it may end with (aliasNames), for the files asked about. */
export class AliasTargets {
  private readonly byAlias = new Map<string, string[]>();
  private readonly aliased = new Set<string>();
  /** What each set of targets answered, by specifier; a set here has all its files in `byAlias` (the sets asked about are not changed once made). */
  private readonly answers = new WeakMap<ReadonlySet<string>, Map<string, readonly string[]>>();

  /** The targets a bare specifier may name through an alias: it is one of their alias names, or ends with `/` and one. */
  of(written: string, targets: ReadonlySet<string>): readonly string[] {
    const spec = withoutScriptExtension(written);
    // The known barrels' set is asked about for every bare specifier (`'fs'`, `'assert'`) of every
    // file searched: each set's answers are kept (what the index holds for a set's files is
    // complete once the set was asked about; the files added later are not in it).
    let answers = this.answers.get(targets);
    if (!answers) {
      for (const t of targets) {
        if (this.aliased.has(t)) continue;
        this.aliased.add(t);
        for (const n of aliasNames(t)) this.byAlias.set(n, [...(this.byAlias.get(n) ?? []), t]);
      }
      this.answers.set(targets, (answers = new Map()));
    }
    const known = answers.get(spec);
    if (known) return known;
    const out: string[] = [];
    const add = (name: string) => {
      for (const t of this.byAlias.get(name) ?? []) if (targets.has(t)) out.push(t);
    };
    add(spec);
    // `@core`, `#config`, `~lib`: an alias of one file often puts a sigil before its name.
    if (/^[@#~$][\w-]/.test(spec) && !spec.includes('/')) add(spec.slice(1));
    for (let slash = spec.indexOf('/'); slash !== -1; slash = spec.indexOf('/', slash + 1)) add(spec.slice(slash + 1));
    answers.set(spec, out);
    return out;
  }
}

/**
 * What a quoted bare specifier of a text (not `./x`) may end with: each literal on one line that
 * does not begin with `.`, and each part of it after a `/` (`'@acme/http'` gives `@acme/http` and
 * `http`). A name is a specifier's end (`specifierEndsWith`) when the set holds it. Read once per
 * text: each barrel's names were looked for in the whole text, for every deferred text.
 * Every quote counts as a literal's closing quote with the same quote before it on its line, as a
 * search from each name back to its quote reads them (`'a' + 'b'` gives `a`, ` + ` and `b`).
 */
export function specifierEnds(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  // The last of each quote on the current line (-1: none since the line began).
  let single = -1;
  let double = -1;
  let backtick = -1;
  for (let c = 0, n = text.length; c < n; c++) {
    const code = text.charCodeAt(c);
    if (code === LF || code === CR) {
      single = double = backtick = -1;
      continue;
    }
    let open: number;
    if (code === QUOTE) {
      open = single;
      single = c;
    } else if (code === DOUBLE_QUOTE) {
      open = double;
      double = c;
    } else if (code === BACKTICK) {
      open = backtick;
      backtick = c;
    } else continue;
    if (open < 0 || text.charCodeAt(open + 1) === DOT) continue;
    const literal = text.slice(open + 1, c);
    addEnds(out, literal);
    // NodeNext's `'~/http/dispatcher.js'` names src/http/dispatcher.ts: its name without the extension too.
    const bare = withoutScriptExtension(literal);
    if (bare !== literal) addEnds(out, bare);
  }
  return out;
}

function addEnds(out: Set<string>, literal: string): void {
  out.add(literal);
  for (let slash = literal.indexOf('/'); slash !== -1; slash = literal.indexOf('/', slash + 1)) out.add(literal.slice(slash + 1));
}

/** `x.js`, `x.mjs`, `x.tsx` → `x`: a specifier may name a TypeScript file by its output's name. */
function withoutScriptExtension(spec: string): string {
  return spec.replace(/\.[cm]?[jt]sx?$/, '');
}

/** Whether a quoted bare specifier ends with `/name` or is `name` (`ends`: specifierEnds of the text). */
export function specifierEndsWith(ends: ReadonlySet<string>, name: string): boolean {
  // A name with a quote or a line break (or none: a file called `.ts`) ends no literal.
  return name.length > 0 && !/[\r\n'"`]/.test(name) && ends.has(name);
}


/**
 * The exporters of `near` one of whose names (`exporters`) a text uses: calls it when it is a
 * function or class (`isCalled`), else names it. Exporters share names (`connect`, `Server`): each
 * name is looked for once in the text, and its call once.
 */
export function exportersNamed(text: string, near: readonly string[], exporters: ReadonlyMap<string, ReadonlySet<string>>, isCalled: (exporter: string, name: string) => boolean): string[] {
  const named = new Map<string, boolean>();
  const called = new Map<string, boolean>();
  const uses = (exporter: string, name: string): boolean => {
    let found = named.get(name);
    if (found === undefined) named.set(name, (found = name.length >= 3 && text.includes(name)));
    if (!found || !isCalled(exporter, name)) return found;
    let call = called.get(name);
    if (call === undefined) called.set(name, (call = callPattern(name).test(text) || renamesOf(text, name).some((local) => callPattern(local).test(text))));
    return call;
  };
  return near.filter((f) => {
    for (const n of exporters.get(f)!) if (uses(f, n)) return true;
    return false;
  });
}

export interface BarrelRename {
  specifier: string;
  from: string;
  to: string;
}

/** A barrel's `export { a as b } from 'spec'` renames (`export { default as createClient } from './client'` too). */
export function barrelRenames(text: string): BarrelRename[] {
  const out: BarrelRename[] = [];
  if (!text.includes(' as ')) return out;
  for (const m of text.matchAll(/export\s*\{([^}]*)\}\s*from\s*(['"])([^'"]+)\2/g)) {
    for (const r of m[1].matchAll(/([\w$]+)\s+as\s+([\w$]+)/g)) out.push({ specifier: m[3], from: r[1], to: r[2] });
  }
  return out;
}

/** The local names an import or re-export gives `name` (`import { makeAgent as createAgent }`, `export { makeAgent as createAgent }`). */
function renamesOf(text: string, name: string): string[] {
  if (!text.includes(' as ')) return [];
  const out: string[] = [];
  for (const m of text.matchAll(new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$')}\\s+as\\s+([\\w$]+)`, 'g'))) out.push(m[1]);
  return out;
}

const callPatterns = new Map<string, RegExp>();

/** The pattern of a call of a name (`name(`, `name<T>(`, `extends Name`), not of a longer name ending with it. */
function callPattern(name: string): RegExp {
  let call = callPatterns.get(name);
  // A subclass calls its base's constructor (`extends BaseAPI`, with or without its own).
  if (!call) callPatterns.set(name, (call = new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$')}\\s*(?:<[^()]*>)?\\(|\\bextends\\s+${name.replace(/[$]/g, '\\$')}(?![\\w$])`)));
  return call;
}

/** Ways a relative specifier names a file: as written, `.js` for `.ts`, without an extension, a directory's index. */
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/**
 * The file a relative specifier names among known files, the way bundlers and TypeScript look;
 * the candidates in the order they are tried, each built only when the one before is not known.
 */
export function resolveRelative(from: string, spec: string, known: (file: string) => boolean, knownDir: (dir: string) => boolean): string | undefined {
  if (!(spec === '.' || spec === '..' || spec.startsWith('./') || spec.startsWith('../'))) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  if (known(base)) return base;
  const asTs = base.replace(/\.([cm]?)js(x?)$/, '.$1ts$2');
  if (known(asTs)) return asTs;
  for (const e of EXTENSIONS) if (known(base + e)) return base + e;
  if (!knownDir(base)) return undefined;
  for (const e of EXTENSIONS) {
    const index = path.join(base, `index${e}`);
    if (known(index)) return index;
  }
  return undefined;
}
