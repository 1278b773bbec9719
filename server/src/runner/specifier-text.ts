// What a file's text says of the specifiers it may import and the exports it may use, read without
// parsing it (the importer passes' byte checks): its relative string literals, the names an alias
// may give a file, and the exported names it names or calls.
import path from 'node:path';

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

/** Names an alias may end with for a file: `config/tls` for config/tls.ts, `config` for config/index.ts. */
export function aliasNames(file: string): string[] {
  const stem = path.basename(file).replace(/\.[cm]?[jt]sx?$/, '');
  const dir = path.basename(path.dirname(file));
  if (stem !== 'index') return [stem, `${dir}/${stem}`];
  // packages/http/src/index.ts: a workspace's `@acme/http` names the package's directory.
  const pkg = path.basename(path.dirname(path.dirname(file)));
  return (dir === 'src' || dir === 'lib') && pkg ? [dir, pkg] : [dir];
}

/** Whether a quoted bare specifier of the text (not `./x`) ends with `/name` or is `name` (`'@acme/http'` for `http`). */
export function specifierEndsWith(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
    const quote = text[i + name.length];
    if (quote !== "'" && quote !== '"' && quote !== '`') continue;
    const open = text.lastIndexOf(quote, i - 1);
    const literal = open === -1 ? '' : text.slice(open + 1, i + name.length);
    if (open !== -1 && !/[\r\n]/.test(literal) && !literal.startsWith('.') && (literal === name || literal.endsWith(`/${name}`))) return true;
  }
  return false;
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
    if (call === undefined) called.set(name, (call = callPattern(name).test(text)));
    return call;
  };
  return near.filter((f) => {
    for (const n of exporters.get(f)!) if (uses(f, n)) return true;
    return false;
  });
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
