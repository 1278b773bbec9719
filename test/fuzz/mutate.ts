// Mutations of seed files: token deletion and duplication, splicing across files, random bytes,
// truncation, line-ending and minification changes, and deep nesting around a piece of the file.
import ts from 'typescript';
import { pyTokens } from './py-tokens.js';
import type { Rng } from './rng.js';

/** Which tokenizer a mutation cuts with: TypeScript's scanner, or py-tokens.ts. */
export type Lang = 'js' | 'python';

export interface Token {
  start: number;
  end: number;
  trivia: boolean;
}

const tokenCache = new Map<string, Token[]>();

/** Tokens by TypeScript's scanner (no parser context, so regexes and template tails are approximate). */
export function tokens(text: string, lang: Lang = 'js'): Token[] {
  const key = lang === 'js' ? text : `py\0${text}`;
  const hit = tokenCache.get(key);
  if (hit) return hit;
  if (lang === 'python') return remember(key, pyTokens(text));
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const out: Token[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    const start = scanner.getTokenStart();
    const end = scanner.getTokenEnd();
    if (end <= start) break;
    out.push({ start, end, trivia: kind >= ts.SyntaxKind.FirstTriviaToken && kind <= ts.SyntaxKind.LastTriviaToken });
  }
  return remember(key, out);
}

function remember(key: string, toks: Token[]): Token[] {
  if (tokenCache.size > 5000) tokenCache.clear();
  tokenCache.set(key, toks);
  return toks;
}

function codeTokens(text: string, lang: Lang = 'js'): Token[] {
  return tokens(text, lang).filter((t) => !t.trivia);
}

/** A token boundary (an offset where a token starts), or the end. */
function boundary(rng: Rng, text: string, lang: Lang = 'js'): number {
  const toks = codeTokens(text, lang);
  return toks.length === 0 ? rng.int(text.length + 1) : rng.chance(0.05) ? text.length : rng.pick(toks).start;
}

export function deleteTokens(rng: Rng, text: string, lang: Lang = 'js'): string {
  const toks = codeTokens(text, lang);
  if (toks.length === 0) return text;
  const i = rng.int(toks.length);
  const n = rng.chance(0.7) ? 1 : rng.range(2, 6);
  const j = Math.min(toks.length - 1, i + n - 1);
  return text.slice(0, toks[i].start) + text.slice(toks[j].end);
}

export function duplicateTokens(rng: Rng, text: string, lang: Lang = 'js'): string {
  const toks = codeTokens(text, lang);
  if (toks.length === 0) return text + text;
  const i = rng.int(toks.length);
  const j = Math.min(toks.length - 1, i + rng.int(rng.chance(0.5) ? 3 : 12));
  const span = text.slice(toks[i].start, toks[j].end);
  const times = rng.chance(0.9) ? 1 : rng.logInt(200);
  return text.slice(0, toks[j].end) + span.repeat(times) + text.slice(toks[j].end);
}

/** The beginning of one file up to a token, then the rest of another from a token on. */
export function splice(rng: Rng, a: string, b: string, lang: Lang = 'js'): string {
  return a.slice(0, boundary(rng, a, lang)) + b.slice(boundary(rng, b, lang));
}

/** A run of tokens from another file dropped in at a token boundary. */
export function insertFrom(rng: Rng, a: string, b: string, lang: Lang = 'js'): string {
  const toks = codeTokens(b, lang);
  if (toks.length === 0) return a;
  const i = rng.int(toks.length);
  const j = Math.min(toks.length - 1, i + rng.int(20));
  const at = boundary(rng, a, lang);
  return a.slice(0, at) + b.slice(toks[i].start, toks[j].end) + a.slice(at);
}

/** Replaces one token with a token from another file. */
export function swapToken(rng: Rng, a: string, b: string, lang: Lang = 'js'): string {
  const ta = codeTokens(a, lang);
  const tb = codeTokens(b, lang);
  if (ta.length === 0 || tb.length === 0) return a;
  const x = rng.pick(ta);
  const y = rng.pick(tb);
  return a.slice(0, x.start) + b.slice(y.start, y.end) + a.slice(x.end);
}

const INTERESTING = [
  '(', ')', '[', ']', '{', '}', '<', '>', '/>', '</', "'", '"', '`', '${', '/', '/*', '*/', '//', '\\', '\\u', '\\u{', ';', ',', '.', '...', '?.', '??',
  '=', '=>', '!', '#', '@', ':', '?', '\n', '\r', '\r\n', '\t', '\u2028', '\u2029', '\u00a0', '\ufeff', '\u0000', '\ud800', '\udc00', '\ud83d\ude00',
  'é', '\u200d', '\u202e', '0x', '1e', 'n', '<!--', '-->', '#!', 'import', 'require', 'tls', 'rejectUnauthorized', 'false', 'true', 'null', 'undefined',
];

function randomChunk(rng: Rng, interesting: readonly string[]): string {
  switch (rng.int(4)) {
    case 0:
      return rng.pick(interesting);
    case 1:
      return String.fromCharCode(rng.int(256));
    case 2:
      return String.fromCharCode(rng.int(0x10000));
    default: {
      let s = '';
      for (let i = rng.range(1, 8); i > 0; i--) s += String.fromCharCode(rng.chance(0.8) ? rng.range(32, 126) : rng.int(0x10000));
      return s;
    }
  }
}

/** Inserts, replaces or deletes a few random characters anywhere (not only at token boundaries). */
export function randomBytes(rng: Rng, text: string, interesting: readonly string[] = INTERESTING): string {
  let out = text;
  for (let n = rng.range(1, 4); n > 0; n--) {
    const at = rng.int(out.length + 1);
    const op = rng.int(3);
    if (op === 0) out = out.slice(0, at) + randomChunk(rng, interesting) + out.slice(at);
    else if (op === 1) out = out.slice(0, at) + randomChunk(rng, interesting) + out.slice(at + rng.range(1, 4));
    else out = out.slice(0, at) + out.slice(at + rng.range(1, 8));
  }
  return out;
}

export function truncate(rng: Rng, text: string): string {
  return text.slice(0, rng.int(text.length + 1));
}

export function lineEndings(rng: Rng, text: string): string {
  return text.replace(/\r?\n/g, rng.pick(['\r\n', '\r', '\u2028', '\n\n', ' ']));
}

/** Squeezes whitespace out the way a minifier would (without caring whether it still parses). */
export function minify(_rng: Rng, text: string): string {
  return text.replace(/\/\/[^\n]*\n/g, '\n').replace(/\s*\n\s*/g, ';').replace(/\s+/g, ' ');
}

/** Deep nesting of many kinds; `n` levels around `inner`. */
export const NESTINGS: Record<string, (n: number, inner: string) => string> = {
  parens: (n, x) => `${'('.repeat(n)}${x}${')'.repeat(n)}`,
  arrays: (n, x) => `${'['.repeat(n)}${x}${']'.repeat(n)}`,
  objects: (n, x) => `${'{a:'.repeat(n)}${x}${'}'.repeat(n)}`,
  calls: (n, x) => `${'f('.repeat(n)}${x}${')'.repeat(n)}`,
  callChain: (n, x) => `(${x})${'()'.repeat(n)}`,
  memberChain: (n, x) => `(${x})${'.a'.repeat(n)}`,
  optionalChain: (n, x) => `(${x})${'?.a'.repeat(n)}`,
  elementChain: (n, x) => `(${x})${"['a']".repeat(n)}`,
  comma: (n, x) => `(${'a, '.repeat(n)}${x})`,
  plus: (n, x) => `${"'a' + ".repeat(n)}${x}`,
  or: (n, x) => `${'a || '.repeat(n)}${x}`,
  nullish: (n, x) => `${x}${' ?? a'.repeat(n)}`,
  ternary: (n, x) => `${'a ? b : '.repeat(n)}${x}`,
  assign: (n, x) => `${'a = '.repeat(n)}${x}`,
  not: (n, x) => `${'!'.repeat(n)}(${x})`,
  typeofs: (n, x) => `${'typeof '.repeat(n)}(${x})`,
  awaits: (n, x) => `${'await '.repeat(n)}(${x})`,
  news: (n, x) => `${'new '.repeat(n)}a(${x})`,
  arrows: (n, x) => `${'(a) => '.repeat(n)}(${x})`,
  template: (n, x) => `${'`${'.repeat(n)}${x}${'}`'.repeat(n)}`,
  asCasts: (n, x) => `(${x})${' as any'.repeat(n)}`,
  nonNull: (n, x) => `(${x})${'!'.repeat(n)}`,
  spreads: (n, x) => `${'{...'.repeat(n)}${x}${'}'.repeat(n)}`,
  thenChain: (n, x) => `(${x})${'.then(a => a)'.repeat(n)}`,
};

export const STATEMENT_NESTINGS: Record<string, (n: number, inner: string) => string> = {
  blocks: (n, x) => `${'{'.repeat(n)}${x}${'}'.repeat(n)}`,
  ifs: (n, x) => `${'if (a) '.repeat(n)}{${x}}`,
  elseIfs: (n, x) => `if (a) {}${' else if (a) {}'.repeat(n)} else {${x}}`,
  functions: (n, x) => `${'function f() {'.repeat(n)}${x}${'}'.repeat(n)}`,
  labels: (n, x) => `${'l: '.repeat(n)}{${x}}`,
  statements: (n, x) => `${'a();\n'.repeat(n)}${x}`,
  declarations: (n, x) => `${Array.from({ length: n }, (_, i) => `const v${i} = v${i - 1};`).join('\n')}\n${x}`,
  jsx: (n, x) => `const el = ${'<a>'.repeat(n)}{${x}}${'</a>'.repeat(n)};`,
  types: (n, x) => `let t: ${'Array<'.repeat(n)}string${'>'.repeat(n)};\n${x}`,
};

/** Nestings around an expression (one token) and around the whole text. */
export interface Nestings {
  expression: Record<string, (n: number, inner: string) => string>;
  statement: Record<string, (n: number, inner: string) => string>;
}

/**
 * Wraps a piece of the file (an expression-ish token span, or a statement) in `n` levels of one
 * kind of nesting, `n` up to `maxDepth` but the result no longer than `maxChars`. Past a quarter
 * of a megabyte the time goes to parsing plain volume (about 1 s of CPU per 500 KB of
 * `a();\n` lines), which is what the large-file figures measure, not what this generator is after;
 * 100,000 levels of brackets or calls still fit.
 */
export function deepNest(rng: Rng, text: string, maxDepth: number, maxChars = 256 * 1024, lang: Lang = 'js', nestings: Nestings = { expression: NESTINGS, statement: STATEMENT_NESTINGS }): { text: string; kind: string; depth: number } {
  const toks = codeTokens(text, lang);
  const statement = rng.chance(0.5) || toks.length < 3;
  const table = statement ? nestings.statement : nestings.expression;
  const kind = rng.pick(Object.keys(table));
  const wrap = table[kind];
  const perLevel = Math.max(1, wrap(10, 'x').length - wrap(0, 'x').length) / 10;
  let depth = Math.max(1, Math.min(rng.logInt(maxDepth), Math.floor((maxChars - text.length) / perLevel)));
  // Python's indented blocks cost more per level the deeper they go: halve until the file fits.
  if (lang === 'python') while (depth > 1 && (statement ? wrap(depth, text) : wrap(depth, 'x')).length > maxChars) depth >>= 1;
  if (statement) return { text: wrap(depth, text), kind, depth };
  // Around one token, usually a value such as `false` or a string, so the sink still sees it.
  const t = rng.pick(toks);
  return { text: text.slice(0, t.start) + wrap(depth, text.slice(t.start, t.end)) + text.slice(t.end), kind, depth };
}

/** One to four mutations in a row (one most often), and how each was made, for every language's inputs. */
export function mutateSeveral(rng: Rng, text: string, once: (text: string) => { text: string; how: string }): { text: string; how: string } {
  const hows: string[] = [];
  for (let n = rng.chance(0.6) ? 1 : rng.range(2, 4); n > 0; n--) {
    const r = once(text);
    text = r.text;
    hows.push(r.how);
  }
  return { text, how: hows.join('+') };
}
