// Finds which of many ASCII byte strings occur in a text, in one pass and without a per-needle
// loop: an Aho-Corasick automaton compiled to a DFA over byte classes (bytes that no needle
// contains share class 0), so each input byte costs two table reads and a compare.
// Works on UTF-8 bytes (a file as read) and on JavaScript strings (an editor buffer) alike:
// needles are ASCII, and neither a byte >= 0x80 nor a char code >= 0x80 is part of any.
//
// Each needle belongs to groups (the rules that declared it); a scan says which groups matched.
// Specifier needles (`'tls'`, `"node:https"`) count only where a module specifier can stand:
// after `(` (require, import(), a createRequire function), after `from` or `import`, or after a
// comment or a line break (the check does not read comments backwards, so it gives up there).
// In a bundle, `["http", "https"]` is data, not an import.
// Name needles (`verify`, `ssl`) count only as a whole name where a keyword, key or attribute can
// stand (inNamePlace): `verify=`, `verify = `, `verify:`, `.verify`, `'verify'`; not in
// `verify(`, `x.verify.y`, `from m.verify import`, `self.verify_x`, `openssl` or prose.

export interface Needle {
  text: string;
  /** A quoted module specifier, checked for its place. */
  specifier: boolean;
  /** A name, checked for its place (inNamePlace). */
  name?: boolean;
  /** With `name`: counts only as a keyword argument (inNamePlace's `keywordOnly`). */
  keyword?: boolean;
  /** A module name, checked for its place (inModulePlace). */
  module?: boolean;
  groups: readonly number[];
}

import { isNameChar } from './char-codes.js';
import { decodeEscape, lastEscapeEnd } from './escapes.js';

const BACKSLASH = 92;

/** What an accepting state stands for: the groups of plain needles ending there, and the specifier needle ending there. */
interface Accept {
  plain: number[];
  specifier?: { length: number; groups: readonly number[] };
  /** Name needles ending here (one may be a suffix of another: `ssl`, `use_ssl`). */
  names?: { length: number; groups: readonly number[]; keyword?: boolean }[];
  /** Module-name needles ending here. */
  modules?: { length: number; groups: readonly number[] }[];
}

export class NeedleAutomaton {
  /** Byte -> class; 0 for bytes no needle contains (all of 0x80-0xff). */
  private readonly classOf = new Uint8Array(256);
  private readonly width: number;
  /** Row offset of the next state, indexed by row offset of the current state + class (16 bits: small and cache-friendly; 32 past 65,536 entries). */
  private readonly delta: Uint16Array | Uint32Array;
  /** States are numbered so that every accepting one comes last: a match is `state >= firstAccepting`. */
  private readonly firstAccepting: number;
  /** By (row offset - firstAccepting) / width. */
  private readonly accepts: Accept[] = [];
  /** The longest needle: a match an escape made lies within this many characters of it. */
  private readonly longest: number;
  /** How many groups have needles: once all are found, the scan can stop. */
  private readonly liveGroups: number;

  constructor(needles: readonly Needle[], readonly groupCount: number) {
    if (needles.length === 0) throw new Error('NeedleAutomaton needs at least one needle');
    this.longest = Math.max(...needles.map((n) => n.text.length));
    this.liveGroups = new Set(needles.flatMap((n) => n.groups)).size;
    let classes = 1;
    for (const { text } of needles) {
      if (text.length === 0 || !/^[\x01-\x7f]+$/.test(text)) throw new Error(`needle ${JSON.stringify(text)} must be non-empty ASCII`);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (this.classOf[c] === 0) this.classOf[c] = classes++;
      }
    }
    const w = (this.width = classes);
    // The trie: goto[state * w + class], -1 where there is no edge; a typed array doubled as the
    // states grow (pushing a row of -1 per state cost half of a first build, before the code is optimised).
    let goto = new Int32Array(w * 256).fill(-1);
    const own: Accept[] = [{ plain: [] }];
    for (const n of needles) {
      let s = 0;
      for (let i = 0; i < n.text.length; i++) {
        const c = this.classOf[n.text.charCodeAt(i)];
        let t = goto[s * w + c];
        if (t === -1) {
          t = own.length;
          own.push({ plain: [] });
          if ((t + 1) * w > goto.length) {
            const grown = new Int32Array(goto.length * 2).fill(-1);
            grown.set(goto);
            goto = grown;
          }
          goto[s * w + c] = t;
        }
        s = t;
      }
      // No specifier is a suffix of another (each opens with its quote, which it does not contain), so one ends per state.
      if (n.name) (own[s].names ??= []).push({ length: n.text.length, groups: n.groups, keyword: n.keyword });
      else if (n.module) (own[s].modules ??= []).push({ length: n.text.length, groups: n.groups });
      else if (n.specifier) own[s].specifier = { length: n.text.length, groups: [...(own[s].specifier?.groups ?? []), ...n.groups] };
      else own[s].plain.push(...n.groups);
    }
    // Breadth first: failure links, what each state accepts through them, the full transitions.
    const states = own.length;
    const fail = new Int32Array(states);
    const next = new Int32Array(states * w);
    const order: number[] = [];
    for (let c = 0; c < w; c++) {
      const t = goto[c];
      next[c] = t === -1 ? 0 : t;
      if (t !== -1) order.push(t);
    }
    for (let q = 0; q < order.length; q++) {
      const s = order[q];
      const f = own[fail[s]];
      const names = [...(own[s].names ?? []), ...(f.names ?? [])];
      const modules = [...(own[s].modules ?? []), ...(f.modules ?? [])];
      own[s] = { plain: [...new Set([...own[s].plain, ...f.plain])], specifier: own[s].specifier ?? f.specifier, names: names.length > 0 ? names : undefined, modules: modules.length > 0 ? modules : undefined };
      for (let c = 0; c < w; c++) {
        const t = goto[s * w + c];
        if (t === -1) next[s * w + c] = next[fail[s] * w + c];
        else {
          fail[t] = next[fail[s] * w + c];
          next[s * w + c] = t;
          order.push(t);
        }
      }
    }
    // Renumber: non-accepting states first, so one compare tells a match.
    const accepting = (s: number) => own[s].plain.length > 0 || own[s].specifier !== undefined || own[s].names !== undefined || own[s].modules !== undefined;
    if (accepting(0)) throw new Error('the start state cannot accept');
    const renumber = new Int32Array(states);
    let id = 0;
    for (let s = 0; s < states; s++) if (!accepting(s)) renumber[s] = id++;
    this.firstAccepting = id * w;
    for (let s = 0; s < states; s++) {
      if (!accepting(s)) continue;
      renumber[s] = id++;
      this.accepts.push(own[s]);
    }
    this.delta = states * w <= 0x10000 ? new Uint16Array(states * w) : new Uint32Array(states * w);
    for (let s = 0; s < states; s++) {
      const row = renumber[s] * w;
      for (let c = 0; c < w; c++) this.delta[row + c] = renumber[next[s * w + c]] * w;
    }
  }

  /**
   * Which groups have a needle in the input: `found[g]` is 1. Reads the text as written, then (if
   * it has a backslash and some group is still missing) with its escape sequences decoded:
   * `'\x74ls'`, `'\u{74}ls'`, `reject\u0055nauthorized`, `'t\<newline>ls'`. Outside strings that
   * decodes too much (regular expressions, comments), which can only add matches.
   */
  groupsIn(input: Uint8Array | string): Uint8Array {
    const found = new Uint8Array(this.groupCount);
    const missing = this.scanPlain(input, found);
    if (missing > 0) this.scanDecoded(input, found, missing);
    return found;
  }

  /** Marks the groups of a match; returns how many were new. */
  private mark(groups: readonly number[], found: Uint8Array): number {
    let added = 0;
    for (const g of groups) {
      if (found[g] === 0) {
        found[g] = 1;
        added++;
      }
    }
    return added;
  }

  /** The plain pass; returns how many groups are still missing. Two loops, so each stays monomorphic. */
  private scanPlain(input: Uint8Array | string, found: Uint8Array): number {
    const { delta, classOf, firstAccepting } = this;
    let missing = this.liveGroups;
    let s = 0;
    if (typeof input === 'string') {
      for (let i = 0, n = input.length; i < n; i++) {
        const x = input.charCodeAt(i);
        s = delta[s + (x < 128 ? classOf[x] : 0)];
        if (s >= firstAccepting && (missing -= this.matched(s, i, input, found)) === 0) return 0;
      }
    } else {
      for (let i = 0, n = input.length; i < n; i++) {
        s = delta[s + classOf[input[i]]];
        if (s >= firstAccepting && (missing -= this.matched(s, i, input, found)) === 0) return 0;
      }
    }
    return missing;
  }

  private matched(state: number, end: number, input: Uint8Array | string, found: Uint8Array): number {
    const a = this.accepts[(state - this.firstAccepting) / this.width];
    let added = a.plain.length > 0 ? this.mark(a.plain, found) : 0;
    const sp = a.specifier;
    if (!sp && !a.names && !a.modules) return added;
    const at = typeof input === 'string' ? (k: number) => input.charCodeAt(k) : (k: number) => input[k];
    if (sp && inSpecifierPlace(end - sp.length + 1, at)) added += this.mark(sp.groups, found);
    if (a.names) for (const nm of a.names) if (inNamePlace(end - nm.length + 1, end + 1, input.length, at, nm.keyword)) added += this.mark(nm.groups, found);
    if (a.modules) for (const m of a.modules) if (inModulePlace(end - m.length + 1, end + 1, input.length, at)) added += this.mark(m.groups, found);
    return added;
  }

  /**
   * The decoding pass runs after the plain one, so a match counts only if an escape made it
   * (specifiers are then taken wherever they are: the place check reads raw text). Such a match
   * lies within `longest` characters of a backslash, so only those windows are read: from
   * `longest` before a backslash to `longest` after the last escape of a run.
   */
  private scanDecoded(input: Uint8Array | string, found: Uint8Array, missing: number): void {
    const { delta, classOf, firstAccepting, width, longest } = this;
    const bytes = typeof input !== 'string';
    const n = input.length;
    const at = bytes ? (k: number) => (input as Uint8Array)[k] : (k: number) => (input as string).charCodeAt(k);
    const nextBackslash = bytes ? (from: number) => (input as Uint8Array).indexOf(BACKSLASH, from) : (from: number) => (input as string).indexOf('\\', from);
    let i = 0;
    for (let bs = nextBackslash(0); bs >= 0; bs = nextBackslash(i)) {
      const end = this.inertEscapesEnd(bs, n, bytes, at, nextBackslash);
      if (end >= 0) {
        i = end;
        continue;
      }
      // A fresh window, `longest` before the backslash: no escape sequence lies in between (it
      // would have kept the last window open up to here), so decoding can restart there.
      i = Math.max(0, bs - longest);
      let s = 0;
      /** Index in the window's decoded text of the next character, and of the last one an escape made. */
      let j = 0;
      let escaped = -1;
      let until = bs + longest;
      for (; i < n && i <= until; i++) {
        let x = at(i);
        if (x === BACKSLASH && i + 1 < n) {
          x = decodeEscape(bytes, i + 1, n, at);
          i = lastEscapeEnd() - 1;
          escaped = j;
          until = lastEscapeEnd() + longest;
          if (x < 0) continue;
        }
        s = delta[s + (x < 128 ? classOf[x] : 0)];
        if (s >= firstAccepting) {
          const a = this.accepts[(s - firstAccepting) / width];
          if (a.plain.length > 0) missing -= this.mark(a.plain, found);
          if (a.specifier && escaped > j - a.specifier.length) missing -= this.mark(a.specifier.groups, found);
          // A name an escape made (`'\x76erify'`) is taken wherever it is, as a specifier is.
          if (a.names) for (const nm of a.names) if (escaped > j - nm.length) missing -= this.mark(nm.groups, found);
          if (a.modules) for (const m of a.modules) if (escaped > j - m.length) missing -= this.mark(m.groups, found);
          if (missing === 0) return;
        }
        j++;
      }
    }
  }

  /**
   * Where the window opened by the backslash at `bs` would end, when decoding it can add no match:
   * each escape sequence of its run (those within `longest` of the last one's end, as the window
   * reads them) stands for a character no needle holds (`\n`, `\\`, `\t`, `\xff`). Such a
   * character cuts every match (no needle spans it), so every match in the decoded window lies in
   * text written plainly, which the plain pass has read: its plain needles are found already, and
   * the others count in the window only with an escaped character inside them. -1 when some
   * escape makes a needle's character or joins lines (`t\<newline>ls`), or a needle holds `\`:
   * the window is read.
   */
  private inertEscapesEnd(bs: number, n: number, bytes: boolean, at: (k: number) => number, nextBackslash: (from: number) => number): number {
    const { classOf, longest } = this;
    if (classOf[BACKSLASH] !== 0) return -1;
    for (let p = bs; ; ) {
      // A backslash that ends the text is read as itself (class 0, as just checked).
      let end = p + 1;
      if (p + 1 < n) {
        const x = decodeEscape(bytes, p + 1, n, at);
        end = lastEscapeEnd();
        if (x < 0 || (x < 128 && classOf[x] !== 0)) return -1;
      }
      const next = nextBackslash(end);
      if (next < 0 || next > end + longest) return Math.min(n, end + longest + 1);
      p = next;
    }
  }
}

/** Whether the code before position `quote` (the opening quote) can be `require(`, `from`, `import`. */
function inSpecifierPlace(quote: number, at: (k: number) => number): boolean {
  let k = quote - 1;
  for (; k >= 0; k--) {
    const c = at(k);
    if (c === 10 || c === 13 || c >= 128) return true; // a line comment may end here; other Unicode space
    if (c !== 32 && c !== 9 && c !== 11 && c !== 12) break;
  }
  if (k < 0) return false;
  const c = at(k);
  if (c === 40 || c === 47) return true; // `(`, or the end of a comment
  const word = (w: string) => k >= w.length - 1 && [...w].every((ch, i) => at(k - (w.length - 1) + i) === ch.charCodeAt(0));
  return word('from') || word('import');
}

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 11 || c === 12;

/**
 * Whether the name at [start, end) stands where a keyword, key or attribute can: a whole name
 * (no name character either side; a non-ASCII one counts as a boundary, which can only let more
 * through) that is a whole quoted string (`'verify'`), or comes before `=` (not `==`) or `:`
 * (`verify=`, `verify = `, `verify: bool = False`, `verify := `), or after `.` (`s . verify`, a
 * tuple target `s.verify, x = …`, `s.\` and the name on the next line) unless a call, a further
 * attribute or `import` follows (`self.verify(…)`, `x.ssl.options`, `from m.verify import f`).
 * Blanks, line breaks, `\` continuations and `#` comments are skipped after it (a call's
 * arguments may span lines), blanks before it. With `keywordOnly`, only `name=` not after `.`
 * counts (a keyword argument, or a parameter's default, which the text cannot tell apart).
 */
export function inNamePlace(start: number, end: number, n: number, at: (k: number) => number, keywordOnly = false): boolean {
  const before = start > 0 ? at(start - 1) : 10;
  const after = end < n ? at(end) : 10;
  if (isNameChar(before) || isNameChar(after)) return false;
  if (!keywordOnly && (before === 39 || before === 34) && after === before) return true;
  let k = end;
  for (; k < n; k++) {
    const c = at(k);
    if (c === 35) while (k + 1 < n && at(k + 1) !== 10 && at(k + 1) !== 13) k++;
    else if (!isBlank(c) && c !== 10 && c !== 13 && c !== BACKSLASH) break;
  }
  const next = k < n ? at(k) : -1;
  const assigned = next === 61 && (k + 1 >= n || at(k + 1) !== 61);
  // A keyword argument: `name=` not after `.` (`self.fingerprint = …` assigns an attribute).
  if (keywordOnly) {
    for (k = start - 1; k >= 0 && isBlank(at(k)); k--);
    return assigned && (k < 0 || at(k) !== 46);
  }
  if (next === 58 || assigned) return true;
  // A call (`self.verify(…)`), a path read through it (`x.ssl.options`, prose's `http.ssl.keystore`)
  // or a module path (`from zope.interface.verify import …`): none writes or passes the name.
  if (next === 40 || next === 46 || isWordAt(k, 'import', n, at)) return false;
  // Anything else counts only as an attribute: after `.`, also on the line after it (`s.\`
  // continued); a name first on a line after prose or code (`    verify the server …`) does not.
  for (k = start - 1; k >= 0 && (isBlank(at(k)) || at(k) === 10 || at(k) === 13 || at(k) === BACKSLASH); k--);
  return k >= 0 && at(k) === 46;
}

/**
 * Whether the module name at [start, end) stands where an import can name it: a whole name (a
 * dotted path may follow: `OpenSSL.SSL`) after `import`, `from`, `,` or `(` (`import os,
 * OpenSSL`), or first on its line (a `\` continuation may end before it). Blanks before it are
 * skipped; prose (`# OpenSSL not present`, `"OpenSSL 3"`) does not count.
 */
export function inModulePlace(start: number, end: number, n: number, at: (k: number) => number): boolean {
  if ((start > 0 && isNameChar(at(start - 1))) || (end < n && isNameChar(at(end)))) return false;
  let k = start - 1;
  for (; k >= 0 && isBlank(at(k)); k--);
  if (k < 0) return true;
  const c = at(k);
  if (c === 10 || c === 13 || c === 44 || c === 40) return true;
  const word = (w: string) => k >= w.length - 1 && (k - w.length < 0 || !isNameChar(at(k - w.length))) && [...w].every((ch, i) => at(k - (w.length - 1) + i) === ch.charCodeAt(0));
  return word('import') || word('from');
}

/** Whether the whole word `w` stands at position k. */
function isWordAt(k: number, w: string, n: number, at: (k: number) => number): boolean {
  if (k + w.length > n || (k + w.length < n && isNameChar(at(k + w.length)))) return false;
  for (let i = 0; i < w.length; i++) if (at(k + i) !== w.charCodeAt(i)) return false;
  return true;
}
