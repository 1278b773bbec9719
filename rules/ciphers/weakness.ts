// What is weak about a suite, and how bad a whole cipher string is (TLS-FACTS 2.6).
//
// Tier 1 (insecure): no encryption, no authentication, export/DES, RC4, RC2, MD5 MAC, 3DES and
// IDEA (64-bit blocks, Sweet32), and @SECLEVEL=0. Tier 2 (not recommended): static RSA or static
// DH key exchange, finite-field DHE, CBC with HMAC-SHA1, PSK, SRP, CCM_8, SEED.
//
// A string is judged by what its elements ask for. A tier-1 suite counts when it was asked for by
// name or by a keyword aimed at it (RC4, aNULL, eNULL, EXPORT, ...), or when a broad keyword pulled
// it in and Node 20's OpenSSL would really negotiate it; a tier-2 suite counts when it was named
// (and Node's own default does not name it) or pulled in by a keyword other than the broad,
// information-level ones (HIGH, DEFAULT, AES, ECDHE, ...). That keeps `HIGH:!aNULL:!MD5` and Node's
// default at "acceptable" and makes `ALL`, `kRSA`, `RSA`, `COMPLEMENTOFDEFAULT` "weak".
import { findAlias, patternMatches, suiteBits } from './aliases.js';
import {
  NODE_DEFAULT_CIPHERS, evaluateCipherString,
  type CipherEvaluation, type ElementRef, type EnabledSuite, type EvaluateOptions, type ParsedElement,
} from './evaluate.js';
import type { CipherSuite } from './suites.js';

export { NODE_DEFAULT_CIPHERS };

/** Mozilla Server Side TLS 6.0 "intermediate", TLS 1.2 part (TLS-FACTS 2.5). */
export const MOZILLA_INTERMEDIATE_TLS12 =
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:' +
  'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305';
/** The quick-fix target for a hardened server: the TLS 1.3 suites, then Mozilla intermediate. */
export const MOZILLA_INTERMEDIATE_CIPHERS =
  'TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:' + MOZILLA_INTERMEDIATE_TLS12;

export type Tier = 1 | 2;
export type WeaknessId =
  | 'null-encryption' | 'anonymous' | 'export' | 'des' | 'rc4' | 'rc2' | 'md5' | '3des' | 'idea'
  | 'static-rsa' | 'static-dh' | 'dhe' | 'cbc-sha1' | 'psk' | 'srp' | 'ccm8' | 'seed';

export interface Weakness {
  id: WeaknessId;
  tier: Tier;
  summary: string;
}

const W: Record<WeaknessId, Weakness> = {
  'null-encryption': { id: 'null-encryption', tier: 1, summary: 'no encryption: traffic is readable by anyone on the path' },
  anonymous: { id: 'anonymous', tier: 1, summary: 'no server authentication: trivially impersonated' },
  export: { id: 'export', tier: 1, summary: '40/56-bit export cipher (FREAK/Logjam), breakable in hours' },
  des: { id: 'des', tier: 1, summary: 'single DES, 56-bit key, breakable by brute force' },
  rc4: { id: 'rc4', tier: 1, summary: 'RC4 is prohibited by RFC 7465 (keystream biases)' },
  rc2: { id: 'rc2', tier: 1, summary: 'RC2 (only ever used with 40-bit export keys)' },
  md5: { id: 'md5', tier: 1, summary: 'HMAC-MD5 record MAC (refused by OpenSSL at security level 1+)' },
  '3des': { id: '3des', tier: 1, summary: '3DES: 64-bit block, Sweet32 birthday attacks; 112-bit security' },
  idea: { id: 'idea', tier: 1, summary: 'IDEA: 64-bit block (Sweet32); removed from TLS 1.2 by RFC 5469' },
  'static-rsa': { id: 'static-rsa', tier: 2, summary: 'static RSA key exchange: no forward secrecy, ROBOT-style oracles' },
  'static-dh': { id: 'static-dh', tier: 2, summary: 'static (EC)DH key exchange: no forward secrecy' },
  dhe: { id: 'dhe', tier: 2, summary: 'finite-field DHE (RFC 9325 SHOULD NOT; weak or slow groups)' },
  'cbc-sha1': { id: 'cbc-sha1', tier: 2, summary: 'CBC with HMAC-SHA1 (MAC-then-encrypt, Lucky13-class attacks)' },
  psk: { id: 'psk', tier: 2, summary: 'pre-shared-key suite: only for deployments that provision PSKs' },
  srp: { id: 'srp', tier: 2, summary: 'SRP suite: unusual outside special deployments, no forward secrecy' },
  ccm8: { id: 'ccm8', tier: 2, summary: 'AES-CCM with a 64-bit tag' },
  seed: { id: 'seed', tier: 2, summary: 'SEED: national cipher, not in OpenSSL 3 default builds' },
};

export function weaknessInfo(id: WeaknessId): Weakness {
  return W[id];
}

const CBC = new Set(['DES', '3DES', 'RC2', 'IDEA', 'SEED', 'AES128', 'AES256', 'CAMELLIA128', 'CAMELLIA256']);

export function suiteWeaknesses(s: CipherSuite): Weakness[] {
  const out: WeaknessId[] = [];
  if (s.enc === 'eNULL') out.push('null-encryption');
  if (s.auth === 'aNULL') out.push('anonymous');
  if (s.strength === 'EXP40' || s.strength === 'EXP56') out.push('export');
  if (s.enc === 'DES') out.push('des');
  if (s.enc === 'RC4') out.push('rc4');
  if (s.enc === 'RC2') out.push('rc2');
  if (s.mac === 'MD5') out.push('md5');
  if (s.enc === '3DES') out.push('3des');
  if (s.enc === 'IDEA') out.push('idea');
  if (s.kx === 'kRSA' || s.kx === 'kRSAPSK') out.push('static-rsa');
  if (['kDHr', 'kDHd', 'kECDHr', 'kECDHe'].includes(s.kx)) out.push('static-dh');
  if (s.kx === 'kDHE' || s.kx === 'kDHEPSK') out.push('dhe');
  if (CBC.has(s.enc) && s.mac === 'SHA1') out.push('cbc-sha1');
  if (s.kx.endsWith('PSK')) out.push('psk');
  if (s.kx === 'kSRP') out.push('srp');
  if (s.enc.endsWith('CCM8')) out.push('ccm8');
  if (s.enc === 'SEED') out.push('seed');
  return out.map((id) => W[id]);
}

/**
 * OpenSSL 3.0's ssl_security_default_callback for SSL_SECOP_CIPHER_*: can this suite be negotiated
 * at `level`? (What `openssl ciphers -s` keeps, PSK/SRP callbacks aside.)
 */
export function usableAtSecurityLevel(s: CipherSuite, level: number): boolean {
  if (level <= 0) return true;
  const minbits = [80, 112, 128, 192, 256][Math.min(level, 5) - 1]!;
  if (s.strengthBits < minbits || s.auth === 'aNULL' || s.mac === 'MD5') return false;
  if (minbits > 160 && s.mac === 'SHA1') return false;
  if (level >= 2 && s.enc === 'RC4') return false; // 1.1.1's rule; 3.0 has no RC4 to refuse
  const fs = ['kDHE', 'kECDHE', 'kDHEPSK', 'kECDHEPSK'];
  return !(level >= 3 && s.protocol !== 'TLSv1.3' && !fs.includes(s.kx));
}

export function suiteTier(s: CipherSuite): Tier | undefined {
  const ws = suiteWeaknesses(s);
  return ws.length === 0 ? undefined : ws.some((w) => w.tier === 1) ? 1 : 2;
}

/** Keywords that select a tier-1 property: what they enable was asked for. */
const TIER1_KEYWORDS = new Set([
  'eNULL', 'NULL', 'COMPLEMENTOFALL', 'aNULL', 'ADH', 'AECDH', 'EXP', 'EXPORT', 'EXPORT40', 'EXPORT56',
  'LOW', 'MEDIUM', 'DES', '3DES', 'RC4', 'RC2', 'IDEA', 'MD5',
]);
/** Broad keywords whose tier-2 side effects are information only (Node's default uses HIGH). */
const INFO_KEYWORDS = new Set([
  'HIGH', 'DEFAULT', 'FIPS', 'AES', 'AES128', 'AES256', 'AESGCM', 'AESCCM', 'CHACHA20', 'ECDHE', 'EECDH',
  'kECDHE', 'kEECDH', 'ECDH', 'aRSA', 'aECDSA', 'ECDSA', 'TLSv1.2', 'SHA256', 'SHA384', 'ARIA', 'ARIAGCM',
  'ARIA128', 'ARIA256', 'CAMELLIA', 'CAMELLIA128', 'CAMELLIA256', 'SUITEB128', 'SUITEB128ONLY', 'SUITEB128C2', 'SUITEB192',
]);

export type Verdict = 'insecure' | 'weak' | 'acceptable' | 'strong' | 'empty';
export type FindingLevel = 'insecure' | 'weak' | 'info';

export interface SuiteAssessment {
  suite: CipherSuite;
  list: 'tls12' | 'tls13';
  origin: ElementRef | null;
  weaknesses: Weakness[];
  /** How much this suite weighs in the verdict, given how it was enabled. */
  level?: FindingLevel;
}

/** Weak suites grouped by the element that enabled them: what a lint rule reports. */
export interface ElementFinding {
  element: ElementRef;
  level: FindingLevel;
  tier: Tier;
  weaknesses: WeaknessId[];
  suites: string[];
}

export interface CipherAssessment {
  verdict: Verdict;
  evaluation: CipherEvaluation;
  suites: SuiteAssessment[];
  findings: ElementFinding[];
  /** The `@SECLEVEL=0` element, a tier-1 finding of its own. */
  securityLevelZero?: ElementRef;
}

function levelFor(e: EnabledSuite, weaknesses: Weakness[], el: ParsedElement | undefined, secLevel: number, nodeDefault: boolean): FindingLevel | undefined {
  if (weaknesses.length === 0) return undefined;
  const parts = el?.parts ?? [];
  const named = el?.kind === 'suite';
  const tier1 = weaknesses.some((w) => w.tier === 1);
  if (tier1) {
    if (named || parts.some((p) => TIER1_KEYWORDS.has(p))) return 'insecure';
    if (e.suite.compiledInOpenSSL3 && usableAtSecurityLevel(e.suite, secLevel)) return 'insecure';
  }
  // A tier-2 suite named explicitly is a warning, except in Node's own default list, which names
  // DHE and CBC suites itself and is never more than information.
  if (named) return nodeDefault ? 'info' : 'weak';
  if (el === undefined || parts.every((p) => INFO_KEYWORDS.has(p))) return 'info';
  return 'weak';
}

const STRONG_ENC = new Set(['AES128GCM', 'AES256GCM', 'CHACHA20POLY1305']);

/** Classify a cipher string (or an evaluation of one) as a whole and per element. */
export function assessCipherString(input: string | CipherEvaluation, opts: EvaluateOptions = {}): CipherAssessment {
  const ev = typeof input === 'string' ? evaluateCipherString(input, opts) : input;
  const byStart = new Map(ev.elements.map((el) => [el.start, el] as const));
  const nodeDefault = isNodeDefaultLike(ev.input);
  const suites: SuiteAssessment[] = [];
  for (const [list, entries] of [['tls12', ev.tls12], ['tls13', ev.tls13]] as const) {
    for (const e of entries) {
      const weaknesses = suiteWeaknesses(e.suite);
      const el = e.origin ? byStart.get(e.origin.start) : undefined;
      const level = levelFor(e, weaknesses, el, ev.effectiveSecurityLevel, nodeDefault);
      suites.push({ suite: e.suite, list, origin: e.origin, weaknesses, ...(level ? { level } : {}) });
    }
  }
  const findings = new Map<number, ElementFinding>();
  const rank: Record<FindingLevel, number> = { insecure: 3, weak: 2, info: 1 };
  for (const s of suites) {
    if (!s.level || !s.origin) continue;
    const f = findings.get(s.origin.start) ?? { element: s.origin, level: s.level, tier: 2 as Tier, weaknesses: [], suites: [] };
    if (rank[s.level] > rank[f.level]) f.level = s.level;
    for (const w of s.weaknesses) {
      if (!f.weaknesses.includes(w.id)) f.weaknesses.push(w.id);
      if (w.tier === 1) f.tier = 1;
    }
    f.suites.push(s.suite.name);
    findings.set(s.origin.start, f);
  }
  const seclevel0 = ev.elements.find((el) => el.kind === 'command' && el.parts[0] === 'SECLEVEL=0');
  const levels = new Set(suites.map((s) => s.level));
  let verdict: Verdict;
  if (ev.error) verdict = 'empty';
  else if (ev.securityLevel === 0 || levels.has('insecure')) verdict = 'insecure';
  else if (levels.has('weak')) verdict = 'weak';
  else if (suites.every((s) => s.weaknesses.length === 0)
    && ev.tls12.every((e) => e.suite.kx === 'kECDHE' && e.suite.auth !== 'aNULL' && STRONG_ENC.has(e.suite.enc))) verdict = 'strong';
  else verdict = 'acceptable';
  return {
    verdict, evaluation: ev, suites,
    findings: [...findings.values()].sort((x, y) => x.element.start - y.element.start),
    ...(seclevel0 && ev.securityLevel === 0 ? { securityLevelZero: { text: seclevel0.text, start: seclevel0.start, end: seclevel0.end } } : {}),
  };
}

/** Exclusion keywords tried, most readable first; `!NAME` covers whatever they cannot. */
const EXCLUSIONS = [
  'aNULL', 'eNULL', 'EXPORT', 'DES', 'LOW', 'RC4', 'RC2', '3DES', 'IDEA', 'MD5', 'SEED', 'PSK', 'SRP',
  'kRSA', 'kDH', 'kECDH', 'kKRB5', 'kDHE', 'DHE', 'SHA1', 'AESCCM8', 'DSS', 'CAMELLIA', 'ARIA', 'MEDIUM',
];

export interface ExclusionResult {
  /** Elements to append, e.g. ['!aNULL', '!RC4']. */
  exclusions: string[];
  /** The input with the exclusions appended. */
  fixed: string;
  /** Suites the exclusions remove (all the requested TLS 1.2 ones). */
  removed: string[];
  /** Requested suites a TLS 1.2 exclusion cannot remove (they are in the TLS 1.3 list). */
  unremovable: string[];
  /** Re-evaluating `fixed` removed exactly `removed` and kept every other suite in order. */
  verified: boolean;
}

/** The smallest set of `!` elements whose appending removes exactly `weak` (default: every suite of tier ≤ maxTier). */
export function computeExclusions(
  ev: CipherEvaluation,
  weak?: readonly CipherSuite[],
  opts: { maxTier?: Tier; evaluate?: EvaluateOptions } = {},
): ExclusionResult {
  const maxTier = opts.maxTier ?? 1;
  const want = weak ?? [...ev.tls12, ...ev.tls13].map((e) => e.suite).filter((s) => (suiteTier(s) ?? 9) <= maxTier);
  const wanted = new Set(want.map((s) => s.name));
  const enabled = ev.tls12.map((e) => e.suite);
  const targets = enabled.filter((s) => wanted.has(s.name));
  const unremovable = ev.tls13.filter((e) => wanted.has(e.suite.name)).map((e) => e.suite.name);
  const covers = (kw: string): CipherSuite[] => {
    const al = findAlias(kw);
    return al ? enabled.filter((s) => patternMatches(al, suiteBits(s))) : [];
  };
  // Every target can be excluded by name; keywords are tried first and win ties (readability).
  const candidates = [
    ...EXCLUSIONS.map((kw) => ({ kw, hits: covers(kw) })).filter((c) => c.hits.length > 0 && c.hits.every((s) => wanted.has(s.name))),
    ...targets.map((s) => ({ kw: s.name, hits: [s] })),
  ];
  const chosen = minimalCover(targets, candidates);
  const exclusions = chosen.map((c) => `!${c.kw}`);
  const base = ev.input === '' ? NODE_DEFAULT_CIPHERS : ev.input; // Node reads '' as its default list
  const fixed = exclusions.length === 0 ? base : `${base}${base.endsWith(':') ? '' : ':'}${exclusions.join(':')}`;
  let verified = !ev.error;
  if (verified && exclusions.length > 0) {
    const after = evaluateCipherString(fixed, opts.evaluate).tls12.map((e) => e.suite.name);
    const expected = enabled.filter((s) => !wanted.has(s.name)).map((s) => s.name);
    verified = after.length === expected.length && after.every((n, i) => n === expected[i]);
  }
  return { exclusions, fixed, removed: targets.map((s) => s.name), unremovable, verified };
}

interface Candidate { kw: string; hits: CipherSuite[] }

/**
 * The fewest candidates whose hits cover every target (exact: branch on the target with the fewest
 * covering candidates, bounded by the best cover so far). Sizes are tiny: a few dozen candidates.
 */
function minimalCover(targets: readonly CipherSuite[], candidates: readonly Candidate[]): Candidate[] {
  // Indexes and sets computed once: recomputing them at every step made `ALL` take 100–300 ms.
  const index = new Map(candidates.map((c, i) => [c, i]));
  const hitSets = candidates.map((c) => new Set(c.hits));
  const coveredBy = new Map(targets.map((t) => [t, candidates.filter((_, i) => hitSets[i].has(t))]));
  const cost = (cs: readonly Candidate[]): number => cs.length * 1e6 + cs.reduce((n, c) => n + index.get(c)!, 0);
  let best: Candidate[] = targets.map((t) => candidates.find((c) => c.kw === t.name)!);
  let bestCost = cost(best);
  // The search is exponential in the worst case; past this many steps the best cover found so far
  // is kept (still a cover, maybe one exclusion longer), so no cipher string can hang the linter.
  let steps = MAX_COVER_STEPS;
  const search = (chosen: Candidate[], uncovered: CipherSuite[]): void => {
    if (steps-- <= 0) return;
    const c0 = cost(chosen);
    if (c0 >= bestCost) return;
    if (uncovered.length === 0) {
      best = [...chosen];
      bestCost = c0;
      return;
    }
    let pivot: Candidate[] | undefined;
    for (const t of uncovered) {
      const options = coveredBy.get(t)!;
      if (!pivot || options.length < pivot.length) pivot = options;
    }
    for (const c of pivot!) {
      const hits = hitSets[index.get(c)!];
      search([...chosen, c], uncovered.filter((t) => !hits.has(t)));
    }
  };
  search([], [...targets]);
  return best.sort((x, y) => index.get(x)! - index.get(y)!);
}

const MAX_COVER_STEPS = 20_000;

/**
 * Node's default list, or that list with only elements appended that cannot add a suite
 * (`!X`, `-X`, `+X`, `@STRENGTH`, `@SECLEVEL=n`, which is reported on its own): named tier-2
 * suites in it are information, as in Node's default itself.
 */
export function isNodeDefaultLike(text: string): boolean {
  if (text === NODE_DEFAULT_CIPHERS) return true;
  if (!text.startsWith(NODE_DEFAULT_CIPHERS + ':')) return false;
  return text.slice(NODE_DEFAULT_CIPHERS.length + 1).split(':').every((el) => el === '' || /^([!+-][A-Za-z0-9.+_-]+|@STRENGTH|@SECLEVEL=\d)$/.test(el));
}
