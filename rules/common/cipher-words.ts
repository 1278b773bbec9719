// What a cipher string enables, in the few words a Problems panel shows: "RC4, prohibited by RFC
// 7465", "21 weak suites (anonymous, export, RC4 and more)". Which suites are weak and why is in
// rules/ciphers/; the full story (every suite, OpenSSL builds) is `tlslint ciphers` and the docs.
import type { CipherSuite } from '../ciphers/suites.js';
import { suiteWeaknesses, usableAtSecurityLevel, type FindingLevel, type WeaknessId } from '../ciphers/weakness.js';

/** How a weakness is named in a list of several. */
const SHORT: Record<WeaknessId, string> = {
  'null-encryption': 'NULL encryption', anonymous: 'anonymous', export: 'export', des: 'DES', rc4: 'RC4', rc2: 'RC2', md5: 'MD5',
  '3des': '3DES', idea: 'IDEA', 'static-rsa': 'static RSA', 'static-dh': 'static DH', dhe: 'finite-field DHE', 'cbc-sha1': 'CBC-SHA1',
  psk: 'PSK', srp: 'SRP', ccm8: 'CCM-8', seed: 'SEED',
};
/** How it is named when it is the only one. */
const LONG: Record<WeaknessId, string> = {
  'null-encryption': 'NULL encryption (none at all)',
  anonymous: 'unauthenticated key exchange (aNULL)',
  export: 'export-grade keys, breakable in hours',
  des: 'single DES, a 56-bit key',
  rc4: 'RC4, prohibited by RFC 7465',
  rc2: 'RC2 with 40-bit export keys',
  md5: 'HMAC-MD5 record MACs',
  '3des': '3DES, open to Sweet32',
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

/** Worst first: the order weaknesses are named in. */
const ORDER: WeaknessId[] = [
  'null-encryption', 'anonymous', 'export', 'des', 'rc4', 'rc2', 'md5', '3des', 'idea',
  'static-rsa', 'static-dh', 'dhe', 'cbc-sha1', 'psk', 'srp', 'ccm8', 'seed',
];

/** Past this many weaknesses the rest are "and more". */
const MAX_NAMED = 2;

/** Whether Node 20's OpenSSL 3.0 would really negotiate the suite (it is built in and allowed at the level). */
function live(s: CipherSuite, securityLevel: number): boolean {
  return s.compiledInOpenSSL3 && usableAtSecurityLevel(s, securityLevel);
}

/**
 * What an element enables, for "… enables {it}": its weaknesses when it names the one suite
 * ("RC4, prohibited by RFC 7465"), else the suites and their weaknesses ("RC4-SHA and RC4-MD5
 * (RC4 and MD5)", "21 weak suites (anonymous, export, RC4 and more)").
 */
export function describeEnabled(suites: readonly CipherSuite[], level: FindingLevel, securityLevel = 1, element?: string): string {
  if (suites.length === 1 && suites[0].name === element) return describeWeaknesses(level, suites, securityLevel);
  const what = suites.length <= 2 ? joinWords(suites.map((s) => s.name)) : `${suites.length} ${level === 'info' ? '' : 'weak '}suites`;
  return `${what} (${describeWeaknesses(level, suites, securityLevel, true)})`;
}

/**
 * Why the suites are a problem at this level: the tier-1 weaknesses of insecure
 * suites; for weaker levels the weaknesses of the suites Node 20 would negotiate (or, when it
 * would negotiate none of them, those of the rest, "on older OpenSSL builds only").
 */
export function describeWeaknesses(level: FindingLevel, suites: readonly CipherSuite[], securityLevel = 1, short = false): string {
  // Most common first (what `RC4` enables is first of all RC4), then worst first.
  const ids = (list: readonly CipherSuite[], tier?: number): WeaknessId[] => {
    const count = new Map<WeaknessId, number>();
    for (const s of list) for (const w of suiteWeaknesses(s)) if (tier === undefined || w.tier === tier) count.set(w.id, (count.get(w.id) ?? 0) + 1);
    return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || ORDER.indexOf(a) - ORDER.indexOf(b));
  };
  const words = (list: readonly WeaknessId[]) => wordsFor(list, short);
  if (level === 'insecure') return words(ids(suites, 1));
  const now = ids(suites.filter((s) => live(s, securityLevel)));
  return now.length > 0 ? words(now) : `${words(ids(suites))}, on older OpenSSL builds only`;
}

/** One weakness in its long words (unless `short`: inside parentheses), several by their short names. */
function wordsFor(list: readonly WeaknessId[], short: boolean): string {
  if (list.length === 1 && !short) return LONG[list[0]];
  const named = list.slice(0, MAX_NAMED).map((id) => SHORT[id]);
  return list.length > MAX_NAMED ? `${named.join(', ')} and more` : joinWords(named);
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** A cipher string for a message: quoted, and shortened when long. */
export function preview(text: string): string {
  return `'${text.length > 32 ? `${text.slice(0, 31)}…` : text}'`;
}
