// What no-weak-cipher reports about one cipher string, independent of where it was written:
// the problems (per element of the string), the words for the message, and the exclusions that
// remove exactly the reported suites. The cipher knowledge itself is in rules/ciphers/.
import { evaluateCipherString, type ElementRef } from '../ciphers/evaluate.js';
import type { CipherSuite } from '../ciphers/suites.js';
import {
  assessCipherString, isNodeDefaultLike, computeExclusions, suiteWeaknesses, usableAtSecurityLevel, type CipherAssessment,
  type FindingLevel, type SuiteAssessment, type WeaknessId,
} from '../ciphers/weakness.js';

export type ProblemLevel = FindingLevel;

export interface CipherProblem {
  /** 'seclevel0' is the `@SECLEVEL=0` element itself; 'suites' a suite name or keyword that enables weak suites. */
  kind: 'suites' | 'seclevel0';
  level: ProblemLevel;
  /** The span of the string this problem is about. */
  element: ElementRef;
  /** The weak suites it enables that earn it its level, in OpenSSL's preference order. */
  suites: CipherSuite[];
  /** `!X` elements that remove exactly `suites` and keep the rest in order (absent: none that leave a usable string). */
  exclusions?: string[];
  /** The suites in words: "RC4-SHA", "21 weak suites such as …". */
  suitesText: string;
  /** Their weaknesses in words: "RC4 and HMAC-MD5". */
  why: string;
}

const RANK: Record<ProblemLevel, number> = { insecure: 3, weak: 2, info: 1 };

export function worse(a: ProblemLevel, b: ProblemLevel): ProblemLevel {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * The problems of a cipher string, or undefined when it is not one Node would accept (it throws,
 * so nothing is negotiated) or names nothing OpenSSL knows (`'aes-256-cbc'` in a UI config).
 */
export function cipherProblems(text: string): CipherProblem[] | undefined {
  // Finding the fewest exclusions is a search (tens of milliseconds for `ALL`); a language server
  // re-lints the same strings at every keystroke.
  if (CACHE.has(text)) return CACHE.get(text);
  const problems = computeProblems(text);
  if (CACHE.size >= 256) CACHE.delete(CACHE.keys().next().value!);
  CACHE.set(text, problems);
  return problems;
}

const CACHE = new Map<string, CipherProblem[] | undefined>();

function computeProblems(text: string): CipherProblem[] | undefined {
  if (!isCipherString(text)) return undefined;
  const actual = assessCipherString(text);
  // `@SECLEVEL=0` is reported on its own; the suites it makes negotiable are judged as at level 1,
  // so that removing it (its fix) leaves every element at the level it has without it. The
  // replacement keeps every offset.
  const as = actual.securityLevelZero ? assessCipherString(text.replace(/@SECLEVEL=0/g, '@SECLEVEL=1')) : actual;
  const out: CipherProblem[] = [];
  const quiet = isNodeDefaultLike(text);
  const fix = stringFix(as);
  const level = as.evaluation.effectiveSecurityLevel;
  for (const f of as.findings) {
    if (quiet && f.level === 'info') continue;
    const own = as.suites.filter((s) => s.origin?.start === f.element.start);
    const suites = own.filter((s) => s.level === f.level).map((s) => s.suite);
    // The fix is offered where it removes every reported suite of the element (`MEDIUM`: its
    // 3DES and its SEED suites), so that what is left of the element is at most information.
    const covered = fix && own.every((s) => (s.level !== 'insecure' && s.level !== 'weak') || fix.removed.has(s.suite.name));
    out.push({
      kind: 'suites', level: f.level, element: f.element, suites, ...(covered && f.level !== 'info' ? { exclusions: fix.exclusions } : {}),
      suitesText: describeSuites(suites, f.level, level), why: describeWeaknesses(f.level, suites, level),
    });
  }
  if (actual.securityLevelZero) out.push({ kind: 'seclevel0', level: 'insecure', element: actual.securityLevelZero, suites: [], suitesText: '', why: '' });
  return out.sort((x, y) => x.element.start - y.element.start);
}

/** Node would accept the string and at least one element means something to OpenSSL. */
export function isCipherString(text: string): boolean {
  const ev = evaluateCipherString(text);
  return !ev.error && ev.elements.some((el) => el.kind !== 'unknown' && el.kind !== 'no-match');
}

/** Whether the string is the insecure kind: a tier-1 suite is asked for, or `@SECLEVEL=0` (for "Apply safe TLS settings"). */
export function isInsecureCipherString(text: string): boolean {
  return cipherProblems(text)?.some((p) => p.level === 'insecure') ?? false;
}


/**
 * One set of exclusions for the whole string: for every reported suite, else (when removing the
 * warnings too would leave no TLS 1.2 suite) for the insecure ones. None when even that empties
 * the string: Node would throw ERR_SSL_NO_CIPHER_MATCH. Tier-1 suites that are not reported
 * (`HIGH`'s anonymous ones, which OpenSSL 3 refuses anyway) may go too when that takes fewer
 * exclusions: `HIGH:aNULL` gets `!aNULL`, not nine suite names.
 */
function stringFix(as: CipherAssessment): { exclusions: string[]; removed: Set<string> } | undefined {
  const tls12 = as.suites.filter((s) => s.list === 'tls12');
  const tier1 = (s: SuiteAssessment) => s.weaknesses.some((w) => w.tier === 1);
  for (const levels of [['insecure', 'weak'], ['insecure']]) {
    const reported = tls12.filter((s) => levels.includes(s.level ?? ''));
    if (reported.length === 0) continue;
    const exact = tryExclusions(as, reported.map((s) => s.suite));
    if (exact && exact.exclusions.length === 1) return exact;
    const wider = tryExclusions(as, tls12.filter((s) => levels.includes(s.level ?? '') || tier1(s)).map((s) => s.suite));
    if (exact && wider) return wider.exclusions.length < exact.exclusions.length ? wider : exact;
    if (exact ?? wider) return exact ?? wider;
  }
  return undefined;
}

const MAX_EXCLUSIONS = 12;

function tryExclusions(as: CipherAssessment, wanted: CipherSuite[]): { exclusions: string[]; removed: Set<string> } | undefined {
  const res = computeExclusions(as.evaluation, wanted);
  // Past a dozen exclusions (`COMPLEMENTOFDEFAULT:HIGH` needs fifty suite names) the list is no
  // longer something to append and read: replacing it is the fix.
  if (!res.verified || res.exclusions.length === 0 || res.exclusions.length > MAX_EXCLUSIONS) return undefined;
  const after = evaluateCipherString(res.fixed);
  if (after.error || (after.onOpenSSL3.error && !as.evaluation.onOpenSSL3.error)) return undefined;
  return { exclusions: res.exclusions, removed: new Set(res.removed) };
}

// ---------------------------------------------------------------------------------------------
// Words for messages.

/** How a weakness is named in a list of several. */
const SHORT: Record<WeaknessId, string> = {
  'null-encryption': 'NULL encryption', anonymous: 'anonymous', export: 'export', des: 'DES', rc4: 'RC4', rc2: 'RC2', md5: 'MD5',
  '3des': '3DES', idea: 'IDEA', 'static-rsa': 'static RSA', 'static-dh': 'static DH', dhe: 'finite-field DHE', 'cbc-sha1': 'CBC-SHA1',
  psk: 'PSK', srp: 'SRP', ccm8: 'CCM-8', seed: 'SEED',
};
/** How it is named when it is one of at most two. */
const LONG: Record<WeaknessId, string> = {
  'null-encryption': 'no encryption at all (NULL)',
  anonymous: 'no server authentication (anonymous)',
  export: 'export-grade keys, breakable in hours',
  des: 'single DES, a 56-bit key',
  rc4: 'RC4, prohibited by RFC 7465',
  rc2: 'RC2 with 40-bit export keys',
  md5: 'an HMAC-MD5 record MAC',
  '3des': '3DES, a 64-bit block cipher open to Sweet32',
  idea: 'IDEA, a 64-bit block cipher',
  'static-rsa': 'static RSA key exchange (no forward secrecy)',
  'static-dh': 'static DH key exchange (no forward secrecy)',
  dhe: 'finite-field DHE',
  'cbc-sha1': 'CBC with HMAC-SHA1',
  psk: 'pre-shared keys',
  srp: 'SRP',
  ccm8: 'a 64-bit CCM-8 tag',
  seed: 'SEED',
};

/** Whether Node 20's OpenSSL 3.0 would really negotiate the suite (it is built in and allowed at the level). */
function live(s: CipherSuite, securityLevel: number): boolean {
  return s.compiledInOpenSSL3 && usableAtSecurityLevel(s, securityLevel);
}

/**
 * "RC4-SHA", "RC4-SHA and RC4-MD5", "21 weak suites such as ECDHE-RSA-RC4-SHA, RC4-SHA and
 * ADH-RC4-MD5": the examples are ones Node 20 would negotiate, one per kind of weakness.
 */
export function describeSuites(suites: readonly CipherSuite[], level: ProblemLevel, securityLevel = 1): string {
  if (suites.length <= 3) return joinWords(suites.map((s) => s.name));
  const picked: CipherSuite[] = [];
  // Kerberos and the 56-bit export drafts were never common: examples from them help no one.
  const count = (s: CipherSuite) => suiteWeaknesses(s).length + (s.origin === 'v102krb5' || s.origin === 'v098exp' ? 10 : 0);
  for (const pool of [suites.filter((s) => live(s, securityLevel)), suites.filter((s) => !live(s, securityLevel))]) {
    for (const id of ORDER) {
      // The plainest example of each weakness: AES128-SHA for static RSA rather than RSA-PSK-….
      const s = pool.filter((x) => !picked.includes(x) && suiteWeaknesses(x).some((w) => w.id === id)).sort((a, b) => count(a) - count(b))[0];
      if (s && picked.length < 3) picked.push(s);
    }
  }
  return `${suites.length} ${level === 'info' ? '' : 'weak '}suites such as ${joinWords(picked.map((s) => s.name))}`;
}

/** Why the suites are a problem at this level: the weaknesses that earn it, worst first. */
export function describeWeaknesses(level: ProblemLevel, suites: readonly CipherSuite[], securityLevel = 1): string {
  const ids = (list: readonly CipherSuite[], tier?: number): WeaknessId[] => {
    const out = new Set<WeaknessId>();
    for (const s of list) for (const w of suiteWeaknesses(s)) if (tier === undefined || w.tier === tier) out.add(w.id);
    return [...out].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  };
  const words = (list: WeaknessId[]): string => joinWords(list.map((id) => (list.length <= 2 ? LONG : SHORT)[id]));
  if (level === 'insecure') return words(ids(suites, 1));
  const now = ids(suites.filter((s) => live(s, securityLevel)));
  // Suites Node 20's OpenSSL lacks or refuses still state the intent; named apart, briefly.
  const later = ids(suites.filter((s) => !live(s, securityLevel))).filter((id) => !now.includes(id));
  if (now.length === 0) return `${words(later)} (with older OpenSSL builds or a lower security level)`;
  return later.length === 0 ? words(now) : `${words(now)}; with older OpenSSL builds also ${joinWords(later.map((id) => SHORT[id]))}`;
}

/**
 * The weaknesses in a few words for a short message: "3DES", "static RSA, finite-field DHE and
 * CBC-SHA1", at most `max` of them (worst first) and "and more" past that; insecure findings name
 * their tier-1 weaknesses only, others those of the suites current OpenSSL would negotiate.
 */
export function weaknessNames(level: ProblemLevel, suites: readonly CipherSuite[], max = 3, securityLevel = 1): string {
  const pool = level === 'insecure' ? suites : suites.filter((s) => live(s, securityLevel)).length > 0 ? suites.filter((s) => live(s, securityLevel)) : suites;
  const ids = new Set<WeaknessId>();
  for (const s of pool) for (const w of suiteWeaknesses(s)) if (level !== 'insecure' || w.tier === 1) ids.add(w.id);
  const sorted = [...ids].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)).map((id) => SHORT[id]);
  return sorted.length <= max ? joinWords(sorted) : `${sorted.slice(0, max).join(', ')} and more`;
}

const ORDER: WeaknessId[] = [
  'null-encryption', 'anonymous', 'export', 'des', 'rc4', 'rc2', 'md5', '3des', 'idea',
  'static-rsa', 'static-dh', 'dhe', 'cbc-sha1', 'psk', 'srp', 'ccm8', 'seed',
];

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** A cipher string for a message: quoted, and shortened when long. */
export function preview(text: string): string {
  return `'${text.length > 48 ? `${text.slice(0, 47)}…` : text}'`;
}

// ---------------------------------------------------------------------------------------------
// `--tls-cipher-list=<list>` inside a command line (NODE_OPTIONS, execArgv, spawn arguments).

const FLAG = '--tls-cipher-list=';

/** The cipher list of a `--tls-cipher-list=` flag in a command-line string, with its offsets in the string. */
export function cipherListFlag(commandLine: string): { value: string; start: number; flagStart: number; end: number } | undefined {
  const at = commandLine.indexOf(FLAG);
  if (at < 0 || (at > 0 && !/\s/.test(commandLine[at - 1]!))) return undefined;
  let start = at + FLAG.length;
  let end = start;
  const quote = commandLine[start] === '"' || commandLine[start] === "'" ? commandLine[start] : undefined;
  if (quote) {
    start++;
    end = commandLine.indexOf(quote, start);
    if (end < 0) return undefined;
  } else {
    while (end < commandLine.length && !/\s/.test(commandLine[end]!)) end++;
  }
  return { value: commandLine.slice(start, end), start, flagStart: at, end: quote ? end + 1 : end };
}
