// The cipher-string keywords of openssl-ciphers(1), as the bitmask matchers of OpenSSL 3.0's
// ssl/ssl_ciph.c `cipher_aliases[]` (read at github.com/kiyolee/openssl3-win-build
// ssl/ssl_ciph.c @ 43ae44cc31427e8ec8704896ca9fe17b42df8da0, a 3.x tree; checked against the
// local `openssl ciphers` of OpenSSL 3.0.19 by test/ciphers/openssl-diff.test.ts).
//
// Bit values are OpenSSL's own (ssl/ssl_local.h) where OpenSSL has the bit; the bits for classes
// that only 1.0.2 had (static DH/ECDH, Kerberos, export) are ours, above OpenSSL's range, so that
// the legacy suites in suites.ts can be matched by the 1.0.2 keywords without changing what any
// 3.0 keyword matches.
import type { Authentication, CipherSuite, Encryption, KeyExchange, Mac, Protocol } from './suites.js';

export const MKEY: Readonly<Record<KeyExchange, number>> = {
  kRSA: 0x1, kDHE: 0x2, kECDHE: 0x4, kPSK: 0x8, kSRP: 0x20, kRSAPSK: 0x40, kECDHEPSK: 0x80,
  kDHEPSK: 0x100, kANY: 0,
  kDHr: 0x1000, kDHd: 0x2000, kECDHr: 0x4000, kECDHe: 0x8000, kKRB5: 0x10000,
};
export const AUTH: Readonly<Record<Authentication, number>> = {
  aRSA: 0x1, aDSS: 0x2, aNULL: 0x4, aECDSA: 0x8, aPSK: 0x10, aSRP: 0x40, aANY: 0,
  aDH: 0x1000, aECDH: 0x2000, aKRB5: 0x4000,
};
export const ENC: Readonly<Record<Encryption, number>> = {
  DES: 0x1, '3DES': 0x2, RC4: 0x4, RC2: 0x8, IDEA: 0x10, eNULL: 0x20, AES128: 0x40, AES256: 0x80,
  CAMELLIA128: 0x100, CAMELLIA256: 0x200, SEED: 0x800, AES128GCM: 0x1000, AES256GCM: 0x2000,
  AES128CCM: 0x4000, AES256CCM: 0x8000, AES128CCM8: 0x10000, AES256CCM8: 0x20000,
  CHACHA20POLY1305: 0x80000, ARIA128GCM: 0x100000, ARIA256GCM: 0x200000,
};
export const MAC: Readonly<Record<Mac, number>> = { MD5: 0x1, SHA1: 0x2, SHA256: 0x10, SHA384: 0x20, AEAD: 0x40 };
export const VERSION: Readonly<Record<Protocol, number>> = { SSLv3: 0x300, TLSv1: 0x301, 'TLSv1.2': 0x303, 'TLSv1.3': 0x304 };

/** algo_strength bits. EXP40/EXP56 are 1.0.2's export classes, kept inside the strength mask. */
export const STRENGTH = {
  NONE: 0x1, LOW: 0x2, MEDIUM: 0x4, HIGH: 0x8, FIPS: 0x10, NOT_DEFAULT: 0x20, EXP40: 0x40, EXP56: 0x80,
} as const;
export const STRONG_MASK = 0x1f | STRENGTH.EXP40 | STRENGTH.EXP56;
export const DEFAULT_MASK = STRENGTH.NOT_DEFAULT;

const E = ENC;
const AESGCM = E.AES128GCM | E.AES256GCM;
const AESCCM = E.AES128CCM | E.AES256CCM | E.AES128CCM8 | E.AES256CCM8;
export const ENC_GROUP = {
  AESGCM,
  AESCCM,
  AES: E.AES128 | E.AES256 | AESGCM | AESCCM,
  CAMELLIA: E.CAMELLIA128 | E.CAMELLIA256,
  CHACHA20: E.CHACHA20POLY1305,
  ARIA: E.ARIA128GCM | E.ARIA256GCM,
  CBC: E.DES | E['3DES'] | E.RC2 | E.IDEA | E.AES128 | E.AES256 | E.CAMELLIA128 | E.CAMELLIA256 | E.SEED,
} as const;
const PSK = MKEY.kPSK | MKEY.kRSAPSK | MKEY.kECDHEPSK | MKEY.kDHEPSK;
const ALL_BITS = 0xffffffff;
const not = (bits: number): number => (ALL_BITS & ~bits) >>> 0;

/** One SSL_CIPHER's algorithm fields, as the rule engine compares them. */
export interface SuiteBits {
  mkey: number;
  auth: number;
  enc: number;
  mac: number;
  minTls: number;
  strength: number;
}

export function suiteBits(s: CipherSuite): SuiteBits {
  let strength = STRENGTH[s.strength];
  if (s.fips) strength |= STRENGTH.FIPS;
  if (!s.isDefault) strength |= STRENGTH.NOT_DEFAULT;
  return { mkey: MKEY[s.kx], auth: AUTH[s.auth], enc: ENC[s.enc], mac: MAC[s.mac], minTls: VERSION[s.protocol], strength };
}

export interface CipherAlias extends SuiteBits {
  name: string;
  /** '3.0' = in OpenSSL 3.0's table; '1.0.2' = a keyword 1.1.0 removed (unknown to OpenSSL 3). */
  since: '3.0' | '1.0.2';
}

function a(name: string, f: Partial<SuiteBits>, since: CipherAlias['since'] = '3.0'): CipherAlias {
  return { name, mkey: 0, auth: 0, enc: 0, mac: 0, minTls: 0, strength: 0, ...f, since };
}

/** In OpenSSL's table order (first match wins when names repeat). GOST keywords are omitted with the GOST suites. */
export const CIPHER_ALIASES: readonly CipherAlias[] = [
  a('ALL', { enc: not(E.eNULL) }),
  a('COMPLEMENTOFALL', { enc: E.eNULL }),
  // "does *not* include ciphersuites not found in ALL" is OpenSSL's own caveat.
  a('COMPLEMENTOFDEFAULT', { strength: STRENGTH.NOT_DEFAULT }),
  a('kRSA', { mkey: MKEY.kRSA }),
  a('kEDH', { mkey: MKEY.kDHE }),
  a('kDHE', { mkey: MKEY.kDHE }),
  a('DH', { mkey: MKEY.kDHE }),
  a('kEECDH', { mkey: MKEY.kECDHE }),
  a('kECDHE', { mkey: MKEY.kECDHE }),
  a('ECDH', { mkey: MKEY.kECDHE }),
  a('kPSK', { mkey: MKEY.kPSK }),
  a('kRSAPSK', { mkey: MKEY.kRSAPSK }),
  a('kECDHEPSK', { mkey: MKEY.kECDHEPSK }),
  a('kDHEPSK', { mkey: MKEY.kDHEPSK }),
  a('kSRP', { mkey: MKEY.kSRP }),
  a('aRSA', { auth: AUTH.aRSA }),
  a('aDSS', { auth: AUTH.aDSS }),
  a('DSS', { auth: AUTH.aDSS }),
  a('aNULL', { auth: AUTH.aNULL }),
  a('aECDSA', { auth: AUTH.aECDSA }),
  a('ECDSA', { auth: AUTH.aECDSA }),
  a('aPSK', { auth: AUTH.aPSK }),
  a('aSRP', { auth: AUTH.aSRP }),
  a('EDH', { mkey: MKEY.kDHE, auth: not(AUTH.aNULL) }),
  a('DHE', { mkey: MKEY.kDHE, auth: not(AUTH.aNULL) }),
  a('EECDH', { mkey: MKEY.kECDHE, auth: not(AUTH.aNULL) }),
  a('ECDHE', { mkey: MKEY.kECDHE, auth: not(AUTH.aNULL) }),
  a('NULL', { enc: E.eNULL }),
  a('RSA', { mkey: MKEY.kRSA, auth: AUTH.aRSA }),
  a('ADH', { mkey: MKEY.kDHE, auth: AUTH.aNULL }),
  a('AECDH', { mkey: MKEY.kECDHE, auth: AUTH.aNULL }),
  a('PSK', { mkey: PSK }),
  a('SRP', { mkey: MKEY.kSRP }),
  a('3DES', { enc: E['3DES'] }),
  a('RC4', { enc: E.RC4 }),
  a('RC2', { enc: E.RC2 }),
  a('IDEA', { enc: E.IDEA }),
  a('SEED', { enc: E.SEED }),
  a('eNULL', { enc: E.eNULL }),
  a('AES128', { enc: E.AES128 | E.AES128GCM | E.AES128CCM | E.AES128CCM8 }),
  a('AES256', { enc: E.AES256 | E.AES256GCM | E.AES256CCM | E.AES256CCM8 }),
  a('AES', { enc: ENC_GROUP.AES }),
  a('AESGCM', { enc: AESGCM }),
  a('AESCCM', { enc: AESCCM }),
  a('AESCCM8', { enc: E.AES128CCM8 | E.AES256CCM8 }),
  a('CAMELLIA128', { enc: E.CAMELLIA128 }),
  a('CAMELLIA256', { enc: E.CAMELLIA256 }),
  a('CAMELLIA', { enc: ENC_GROUP.CAMELLIA }),
  a('CHACHA20', { enc: ENC_GROUP.CHACHA20 }),
  a('ARIA', { enc: ENC_GROUP.ARIA }),
  a('ARIAGCM', { enc: ENC_GROUP.ARIA }),
  a('ARIA128', { enc: E.ARIA128GCM }),
  a('ARIA256', { enc: E.ARIA256GCM }),
  a('CBC', { enc: ENC_GROUP.CBC }),
  a('MD5', { mac: MAC.MD5 }),
  a('SHA1', { mac: MAC.SHA1 }),
  a('SHA', { mac: MAC.SHA1 }),
  a('SHA256', { mac: MAC.SHA256 }),
  a('SHA384', { mac: MAC.SHA384 }),
  a('SSLv3', { minTls: VERSION.SSLv3 }),
  a('TLSv1', { minTls: VERSION.TLSv1 }),
  a('TLSv1.0', { minTls: VERSION.TLSv1 }),
  a('TLSv1.2', { minTls: VERSION['TLSv1.2'] }),
  a('LOW', { strength: STRENGTH.LOW }),
  a('MEDIUM', { strength: STRENGTH.MEDIUM }),
  a('HIGH', { strength: STRENGTH.HIGH }),
  a('FIPS', { enc: not(E.eNULL), strength: STRENGTH.FIPS }),
  // 3.0 keeps the old "EDH-" names as aliases still marked HIGH, which the MEDIUM 3DES suites fail.
  a('EDH-DSS-DES-CBC3-SHA', { mkey: MKEY.kDHE, auth: AUTH.aDSS, enc: E['3DES'], mac: MAC.SHA1, strength: STRENGTH.HIGH | STRENGTH.FIPS }),
  a('EDH-RSA-DES-CBC3-SHA', { mkey: MKEY.kDHE, auth: AUTH.aRSA, enc: E['3DES'], mac: MAC.SHA1, strength: STRENGTH.HIGH | STRENGTH.FIPS }),

  // 1.0.2's keywords for classes 1.1.0 removed (OpenSSL 1.0.2 ssl/ssl_ciph.c cipher_aliases[]).
  a('EXP', { strength: STRENGTH.EXP40 | STRENGTH.EXP56 }, '1.0.2'),
  a('EXPORT', { strength: STRENGTH.EXP40 | STRENGTH.EXP56 }, '1.0.2'),
  a('EXPORT40', { strength: STRENGTH.EXP40 }, '1.0.2'),
  a('EXPORT56', { strength: STRENGTH.EXP56 }, '1.0.2'),
  a('DES', { enc: E.DES }, '1.0.2'),
  a('kDHr', { mkey: MKEY.kDHr }, '1.0.2'),
  a('kDHd', { mkey: MKEY.kDHd }, '1.0.2'),
  a('kDH', { mkey: MKEY.kDHr | MKEY.kDHd }, '1.0.2'),
  a('aDH', { auth: AUTH.aDH }, '1.0.2'),
  a('kECDHr', { mkey: MKEY.kECDHr }, '1.0.2'),
  a('kECDHe', { mkey: MKEY.kECDHe }, '1.0.2'),
  a('kECDH', { mkey: MKEY.kECDHr | MKEY.kECDHe }, '1.0.2'),
  a('aECDH', { auth: AUTH.aECDH }, '1.0.2'),
  a('kKRB5', { mkey: MKEY.kKRB5 }, '1.0.2'),
  a('aKRB5', { auth: AUTH.aKRB5 }, '1.0.2'),
  a('KRB5', { mkey: MKEY.kKRB5, auth: AUTH.aKRB5 }, '1.0.2'),
];

/**
 * Keywords OpenSSL handles before alias lookup: DEFAULT (only at the very start of the string) and
 * the Suite B prefixes, which replace the whole string (ssl_ciph.c check_suiteb_cipher_list).
 */
export const DEFAULT_CIPHER_LIST = 'ALL:!COMPLEMENTOFDEFAULT:!eNULL';
export const SUITEB_PREFIXES: readonly { prefix: string; rules: string; mode: '128only' | '128c2' | '128' | '192' }[] = [
  { prefix: 'SUITEB128ONLY', rules: 'ECDHE-ECDSA-AES128-GCM-SHA256', mode: '128only' },
  { prefix: 'SUITEB128C2', rules: 'ECDHE-ECDSA-AES256-GCM-SHA384', mode: '128c2' },
  { prefix: 'SUITEB128', rules: 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384', mode: '128' },
  { prefix: 'SUITEB192', rules: 'ECDHE-ECDSA-AES256-GCM-SHA384', mode: '192' },
];

/** ssl_cipher_apply_rule's selection test for a pattern without a cipher id. */
export function patternMatches(p: SuiteBits, s: SuiteBits): boolean {
  if (p.mkey !== 0 && (p.mkey & s.mkey) === 0) return false;
  if (p.auth !== 0 && (p.auth & s.auth) === 0) return false;
  if (p.enc !== 0 && (p.enc & s.enc) === 0) return false;
  if (p.mac !== 0 && (p.mac & s.mac) === 0) return false;
  if (p.minTls !== 0 && p.minTls !== s.minTls) return false;
  if ((p.strength & STRONG_MASK) !== 0 && (p.strength & STRONG_MASK & s.strength) === 0) return false;
  if ((p.strength & DEFAULT_MASK) !== 0 && (p.strength & DEFAULT_MASK & s.strength) === 0) return false;
  return true;
}

const byName = new Map<string, CipherAlias>();
for (const al of CIPHER_ALIASES) if (!byName.has(al.name)) byName.set(al.name, al);

export function findAlias(name: string): CipherAlias | undefined {
  return byName.get(name);
}

/** The keywords (of OpenSSL 3.0, plus the 1.0.2 ones) whose selection includes this suite. */
export function aliasMembership(s: CipherSuite): string[] {
  const bits = suiteBits(s);
  return CIPHER_ALIASES.filter((al) => patternMatches(al, bits)).map((al) => al.name);
}
