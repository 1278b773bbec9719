// What a cipher string enables, computed the way OpenSSL 3.0's ssl_create_cipher_list()
// (ssl/ssl_ciph.c) does it, step by step, and the way Node splits its `ciphers` option
// (lib/internal/tls/secure-context.js processCiphers, Node 20). No OpenSSL is needed at run time.
//
// By default the whole historic suite table is used, so `RC4-SHA` is reported as enabled by
// intent even though OpenSSL 3 no longer has it; `onOpenSSL3` and `compiledOnly` give what a
// default OpenSSL 3.0 build (Node 20's) really ends up with.
import { CIPHER_ALIASES, DEFAULT_CIPHER_LIST, DEFAULT_MASK, ENC, STRONG_MASK, SUITEB_PREFIXES, suiteBits, type SuiteBits } from './aliases.js';
import { ADD, CipherOrder, DEL, KILL, ORD, SPECIAL, ZERO, preorder, type Pattern } from './cipher-order.js';
import {
  DEFAULT_TLS13_SUITE_NAMES, LEGACY_SUITE_NAMES, NODE_DEFAULT_CIPHERS, TLS12_SUITES, TLS13_SUITES, type CipherSuite,
} from './suites.js';

export { NODE_DEFAULT_CIPHERS };

/** A span of the input string (offsets into the string passed to evaluateCipherString). */
export interface ElementRef { text: string; start: number; end: number }

export type RuleOp = 'add' | 'kill' | 'delete' | 'order' | 'command';

export interface ParsedElement extends ElementRef {
  list: 'tls12' | 'tls13';
  op: RuleOp;
  parts: string[]; // the names joined by '+'
  /** How OpenSSL read it; `unknown` and `no-match` elements are silently ignored. */
  kind: 'suite' | 'keyword' | 'unknown' | 'no-match' | 'command' | 'default' | 'suiteb';
  legacy?: boolean; // a 1.0.2-only keyword or suite, unknown to OpenSSL 3
}

export interface EnabledSuite {
  suite: CipherSuite;
  origin: ElementRef | null; // the element that (last) enabled it; null: OpenSSL's default TLS 1.3 list
}

export interface EvaluationError {
  code: 'ERR_SSL_INVALID_COMMAND' | 'ERR_SSL_NO_CIPHER_MATCH' | 'ERR_INVALID_ARG_VALUE';
  message: string;
  list: 'tls12' | 'tls13' | 'both';
  element?: ElementRef;
}

export interface CipherEvaluation {
  input: string;
  tls12: EnabledSuite[]; // TLS 1.0–1.2 suites in OpenSSL's preference order
  /** The TLS 1.3 list. OpenSSL 3.0 also takes TLS 1.2 IANA names there; they then lead the TLS 1.2 preference too. */
  tls13: EnabledSuite[];
  tls13Source: 'default' | 'explicit';
  securityLevel?: number; // the last @SECLEVEL=n of the string
  effectiveSecurityLevel: number; // securityLevel, else the option, else 1 (Node 20)
  usesDefault: boolean;
  suiteB?: '128only' | '128c2' | '128' | '192';
  tls13Only: boolean; // Node raises the minimum protocol to TLS 1.3 (only TLS_ elements)
  tls12Empty: boolean; // no TLS 1.2 suite at all: Node throws ERR_SSL_NO_CIPHER_MATCH unless TLS 1.3-only
  error?: EvaluationError; // why Node (or SSL_CTX_set_cipher_list) rejects the string
  /** The same string on a default OpenSSL 3.0 build (Node 18+), where the legacy suites are gone. */
  onOpenSSL3: { tls12: EnabledSuite[]; tls13: EnabledSuite[]; error?: EvaluationError };
  elements: ParsedElement[];
}

export interface EvaluateOptions {
  securityLevel?: number; // the context's level when the string sets none (Node 20: 1, Node 24.5+: 2)
  compiledOnly?: boolean; // only suites an OpenSSL 3.0 build has: 3.0's result exactly
  node?: boolean; // apply Node's routing of TLS_/!TLS_ elements to the TLS 1.3 list (default true)
}

const OPS: Record<number, RuleOp> = { [ADD]: 'add', [KILL]: 'kill', [DEL]: 'delete', [ORD]: 'order', [SPECIAL]: 'command' };
const isSep = (c: string | undefined): boolean => c === ':' || c === ' ' || c === ';' || c === ',';
const isNameChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9.=-]/.test(c);
interface LookupEntry { bits: SuiteBits; suite?: CipherSuite; legacy: boolean }
// Ciphers libssl 3.0 disables at load time because the default provider lacks them.
const DISABLED_ENC_OPENSSL3 = ENC.DES | ENC.RC4 | ENC.RC2 | ENC.IDEA | ENC.SEED;

interface RuleRun {
  list: CipherOrder;
  lookup: Map<string, LookupEntry>;
  elements: ParsedElement[];
  secLevel?: number;
  error?: EvaluationError;
}

/**
 * ssl_cipher_process_rulestr, character for character. `span(a, b)` maps a range of `text` to the
 * caller's string (null when the text is not the caller's, e.g. the expansion of DEFAULT).
 */
function processRules(run: RuleRun, text: string, span: (a: number, b: number) => ElementRef | null, fixedOrigin?: ElementRef): boolean {
  let l = 0, retval = true;
  const fail = (message: string, a: number, b: number): void => {
    run.error ??= { code: 'ERR_SSL_INVALID_COMMAND', message, list: 'tls12', element: fixedOrigin ?? span(a, b) ?? undefined };
  };
  for (;;) {
    let ch = text[l];
    if (ch === undefined) break;
    const start = l;
    const rule = ch === '-' ? DEL : ch === '+' ? ORD : ch === '!' ? KILL : ch === '@' ? SPECIAL : ADD;
    if (rule !== ADD) l++;
    if (isSep(ch)) { l++; continue; }
    const p: Pattern = { ...ZERO };
    const parts: string[] = [];
    let found = false, name = '', legacy = false, suitePart = false;
    for (;;) {
      const bufStart = l;
      while (isNameChar(text[l])) l++;
      if (l === bufStart) {
        fail(`invalid command: '${text[l] ?? ''}' cannot start a cipher name`, start, l + 1);
        return false;
      }
      name = text.slice(bufStart, l);
      parts.push(name);
      if (rule === SPECIAL) { found = false; break; }
      ch = text[l];
      const multi = ch === '+';
      if (multi) l++;
      const e = run.lookup.get(name);
      found = e !== undefined;
      if (!e) break;
      legacy ||= e.legacy;
      suitePart ||= e.suite !== undefined;
      if (!combine(p, e)) { found = false; break; }
      if (!multi) break;
    }
    const el = span(start, l);
    const kind: ParsedElement['kind'] = rule === SPECIAL ? 'command' : !found ? (run.lookup.has(parts[parts.length - 1]!) ? 'no-match' : 'unknown') : suitePart ? 'suite' : 'keyword';
    if (el) run.elements.push({ ...el, list: 'tls12', op: OPS[rule]!, parts, kind, ...(legacy ? { legacy } : {}) });
    if (rule === SPECIAL) {
      let ok = false;
      if (name === 'STRENGTH') { run.list.strengthSort(); ok = true; }
      else if (name.length === 10 && name.startsWith('SECLEVEL=')) {
        const level = name.charCodeAt(9) - 48;
        if (level >= 0 && level <= 5) { run.secLevel = level; ok = true; }
      }
      if (!ok) { retval = false; fail(`invalid command: @${name}`, start, l); }
      while (text[l] !== undefined && !isSep(text[l])) l++;
    } else if (found) {
      run.list.apply(p, rule, -1, fixedOrigin ?? el);
    } else {
      while (text[l] !== undefined && !isSep(text[l])) l++;
    }
    if (text[l] === undefined) break;
  }
  return retval;
}

/** The AND-combination of one `+` part into the pattern; false when it cannot match anything. */
function combine(p: Pattern, e: LookupEntry): boolean {
  const b = e.bits;
  for (const k of ['mkey', 'auth', 'enc', 'mac'] as const) {
    if (b[k] === 0) continue;
    if (p[k] !== 0) { p[k] = (p[k] & b[k]) >>> 0; if (p[k] === 0) return false; } else p[k] = b[k];
  }
  if (b.strength & STRONG_MASK) {
    if (p.strength & STRONG_MASK) {
      p.strength &= (b.strength & STRONG_MASK) | ~STRONG_MASK;
      if (!(p.strength & STRONG_MASK)) return false;
    } else p.strength = b.strength & STRONG_MASK; // OpenSSL assigns here, dropping a DEFAULT bit.
  }
  if (b.strength & DEFAULT_MASK) {
    if (p.strength & DEFAULT_MASK) {
      p.strength &= (b.strength & DEFAULT_MASK) | ~DEFAULT_MASK;
      if (!(p.strength & DEFAULT_MASK)) return false;
    } else p.strength |= b.strength & DEFAULT_MASK;
  }
  if (e.suite) p.cipherId = e.suite.id; // an explicit suite's version is not part of the pattern
  else if (b.minTls) {
    if (p.minTls !== 0 && p.minTls !== b.minTls) return false;
    p.minTls = b.minTls;
  }
  return true;
}

function buildLookup(suites: readonly CipherSuite[], compiledOnly: boolean): Map<string, LookupEntry> {
  const m = new Map<string, LookupEntry>();
  for (const s of suites) m.set(s.name, { bits: suiteBits(s), suite: s, legacy: !s.compiledInOpenSSL3 });
  if (!compiledOnly) {
    for (const [old, now] of Object.entries(LEGACY_SUITE_NAMES)) {
      const e = m.get(now);
      if (e) m.set(old, e);
    }
  }
  for (const al of CIPHER_ALIASES) {
    if (m.has(al.name)) continue;
    if (compiledOnly && (al.since !== '3.0' || (al.enc !== 0 && (al.enc & ~DISABLED_ENC_OPENSSL3) === 0))) continue;
    m.set(al.name, { bits: al, legacy: al.since !== '3.0' });
  }
  return m;
}

interface Split { tls12: string; tls12Map: number[]; tls13: { text: string; start: number }[]; node: boolean }

/** Node's processCiphers: split on ':', route `TLS_`/`!TLS_` elements, re-join the rest. */
function splitForNode(input: string, node: boolean): Split {
  if (!node) return { tls12: input, tls12Map: Array.from({ length: input.length }, (_, i) => i), tls13: [], node };
  const tls12: string[] = [], map: number[] = [], tls13: { text: string; start: number }[] = [];
  let pos = 0;
  for (const piece of input.split(':')) {
    if (piece.length > 0) {
      if (piece.startsWith('TLS_') || piece.startsWith('!TLS_')) tls13.push({ text: piece, start: pos });
      else {
        if (tls12.length > 0) map.push(-1);
        tls12.push(piece);
        for (let i = 0; i < piece.length; i++) map.push(pos + i);
      }
    }
    pos += piece.length + 1;
  }
  return { tls12: tls12.join(':'), tls12Map: map, tls13, node };
}

function runTls12(split: Split, compiledOnly: boolean, input: string): RuleRun & { usesDefault: boolean; suiteB?: CipherEvaluation['suiteB'] } {
  const suites = compiledOnly ? TLS12_SUITES.filter((s) => s.compiledInOpenSSL3) : TLS12_SUITES;
  const run: RuleRun = { list: new CipherOrder(suites), lookup: buildLookup(suites, compiledOnly), elements: [] };
  const span = (a: number, b: number): ElementRef | null => {
    const m = split.tls12Map;
    while (a < b && m[a] === -1) a++;
    if (a >= b) return null;
    const start = m[a]!, end = m[b - 1]! + 1;
    return { text: input.slice(start, end), start, end };
  };
  const text = split.tls12;
  const mark = (len: number, kind: 'default' | 'suiteb'): ElementRef | undefined => {
    const origin = span(0, len);
    if (origin) run.elements.push({ ...origin, list: 'tls12', op: 'add', parts: [text.slice(0, len)], kind });
    return origin ?? undefined;
  };
  preorder(run.list);
  const sb = SUITEB_PREFIXES.find((x) => text.startsWith(x.prefix));
  if (sb) {
    // check_suiteb_cipher_list: a Suite B keyword replaces the whole rule string.
    processRules(run, sb.rules, () => null, mark(sb.prefix.length, 'suiteb'));
    return { ...run, usesDefault: false, suiteB: sb.mode };
  }
  let ok = true, rest = 0;
  const usesDefault = text.startsWith('DEFAULT');
  if (usesDefault) {
    ok = processRules(run, DEFAULT_CIPHER_LIST, () => null, mark(7, 'default'));
    rest = text[7] === ':' ? 8 : 7;
  }
  if (ok && rest < text.length) processRules(run, text.slice(rest), (a, b) => span(a + rest, b + rest));
  return { ...run, usesDefault };
}

function runTls13(split: Split, compiledOnly: boolean): { suites: EnabledSuite[]; source: 'default' | 'explicit'; elements: ParsedElement[]; error?: EvaluationError } {
  if (split.tls13.length === 0) {
    const suites = DEFAULT_TLS13_SUITE_NAMES.map((n) => ({ suite: TLS13_SUITES.find((s) => s.name === n)!, origin: null }));
    return { suites, source: 'default', elements: [] };
  }
  // SSL_CTX_set_ciphersuites: CONF_parse_list(':', strip blanks), ssl3_get_cipher_by_std_name.
  const table = [...TLS13_SUITES, ...TLS12_SUITES.filter((s) => !compiledOnly || s.origin === 'v3' || s.origin === 'v3legacy')];
  const suites: EnabledSuite[] = [], elements: ParsedElement[] = [];
  for (const piece of split.tls13) {
    const lead = piece.text.length - piece.text.trimStart().length;
    const name = piece.text.trim();
    const origin = { text: name, start: piece.start + lead, end: piece.start + lead + name.length };
    const suite = table.find((s) => s.iana === name);
    elements.push({ ...origin, list: 'tls13', op: 'add', parts: [name], kind: suite ? 'suite' : 'unknown' });
    if (suite && !suites.some((e) => e.suite === suite)) suites.push({ suite, origin });
  }
  if (suites.length === 0) {
    const message = 'no TLS 1.3 cipher suite matches (OpenSSL ignores negated "!TLS_" names)';
    return { suites, source: 'explicit', elements, error: { code: 'ERR_SSL_NO_CIPHER_MATCH', list: 'tls13', message, element: elements[0]! } };
  }
  // create_cipher_list drops TLS 1.3-list entries whose cipher the library disabled.
  const kept = compiledOnly ? suites.filter((e) => (ENC[e.suite.enc] & DISABLED_ENC_OPENSSL3) === 0) : suites;
  return { suites: kept, source: 'explicit', elements };
}

type Core = Omit<CipherEvaluation, 'onOpenSSL3'>;

function evaluateCore(str: string, compiledOnly: boolean, node: boolean, level: number | undefined): Core {
  const split = splitForNode(str, node);
  const t13 = runTls13(split, compiledOnly);
  const t12 = runTls12(split, compiledOnly, str);
  const tls12 = t12.error ? [] : t12.list.active();
  // SSL_CTX_set_cipher_list counts TLS 1.2 suites in the final list, which starts with the TLS 1.3
  // list: a TLS 1.2 IANA name routed there by Node keeps an otherwise empty string alive.
  const tls12Empty = tls12.length === 0 && t13.suites.every((e) => e.suite.protocol === 'TLSv1.3');
  let error: EvaluationError | undefined;
  if (node && split.tls12 === '' && split.tls13.length === 0) {
    error = { code: 'ERR_INVALID_ARG_VALUE', list: 'both', message: 'the string names no cipher suites at all' };
  } else {
    // Node calls setCipherSuites before setCiphers, so a TLS 1.3 failure is the one thrown.
    error = t13.error ?? t12.error;
    if (!error && tls12Empty && (split.tls12 !== '' || !node)) {
      error = { code: 'ERR_SSL_NO_CIPHER_MATCH', list: 'tls12', message: 'no TLS 1.2 cipher suite matches' };
    }
  }
  const securityLevel = t12.secLevel;
  return {
    input: str, tls12, tls13: t13.suites, tls13Source: t13.source,
    ...(securityLevel !== undefined ? { securityLevel } : {}),
    effectiveSecurityLevel: securityLevel ?? level ?? 1,
    usesDefault: t12.usesDefault,
    ...(t12.suiteB ? { suiteB: t12.suiteB } : {}),
    tls13Only: node && split.tls12 === '' && split.tls13.length > 0,
    tls12Empty,
    ...(error ? { error } : {}),
    elements: [...t12.elements, ...t13.elements].sort((x, y) => x.start - y.start),
  };
}

export function evaluateCipherString(str: string, opts: EvaluateOptions = {}): CipherEvaluation {
  const compiledOnly = opts.compiledOnly ?? false;
  const node = opts.node ?? true;
  if (node && str === '') {
    // Node reads `ciphers: ''` as "use tls.DEFAULT_CIPHERS"; nothing in the input enabled anything.
    const ev = evaluateCipherString(NODE_DEFAULT_CIPHERS, opts);
    const anon = (l: EnabledSuite[]): EnabledSuite[] => l.map((e) => ({ suite: e.suite, origin: null }));
    return {
      ...ev, input: str, tls12: anon(ev.tls12), tls13: anon(ev.tls13), elements: [],
      onOpenSSL3: { ...ev.onOpenSSL3, tls12: anon(ev.onOpenSSL3.tls12), tls13: anon(ev.onOpenSSL3.tls13) },
    };
  }
  const core = evaluateCore(str, compiledOnly, node, opts.securityLevel);
  const o3 = compiledOnly ? core : evaluateCore(str, true, node, opts.securityLevel);
  return { ...core, onOpenSSL3: { tls12: o3.tls12, tls13: o3.tls13, ...(o3.error ? { error: o3.error } : {}) } };
}
