// Random cipher strings from OpenSSL's vocabulary (aliases, suite names in both spellings,
// operators, commands, separators) with a little garbage, and the properties of the cipher
// evaluator itself (it never throws, it is fast, and the exclusions it proposes verify) and of the
// safe fixes of no-weak-cipher's findings.
import { CIPHER_ALIASES } from '../../rules/ciphers/aliases.js';
import { evaluateCipherString, type EnabledSuite } from '../../rules/ciphers/evaluate.js';
import { TLS12_SUITES, TLS13_SUITES } from '../../rules/ciphers/suites.js';
import { assessCipherString, computeExclusions, usableAtSecurityLevel } from '../../rules/ciphers/weakness.js';
import { applyCipherEdit } from '../../rules/common/cipher-fixes.js';
import { cipherProblems, type CipherProblem } from '../../rules/common/cipher-strings.js';
import type { Rng } from './rng.js';

const ALIASES = CIPHER_ALIASES.map((a) => a.name);
const SUITES = [...TLS12_SUITES, ...TLS13_SUITES].flatMap((s) => [s.name, s.iana]);
const KEYWORDS = ['DEFAULT', 'ALL', 'HIGH', 'MEDIUM', 'LOW', 'EXPORT', 'COMPLEMENTOFDEFAULT', 'COMPLEMENTOFALL', 'SUITEB128', 'SUITEB128ONLY', 'SUITEB192', 'PROFILE=SYSTEM'];
const GARBAGE = ['', 'nonsense', 'AES+', '+', '!', '-', '@', '@STRENGTH', '@SECLEVEL=', '@SECLEVEL=99', '@SECLEVEL=-1', '@FOO', '\u00e9', '\\', "'", '"', '${x}', '\n', ' '];

function element(rng: Rng): string {
  const base = rng.weighted({ alias: 4, suite: 4, keyword: 1, combo: 2, command: 1, garbage: 1 });
  switch (base) {
    case 'alias':
      return rng.pick(ALIASES);
    case 'suite':
      return rng.pick(SUITES);
    case 'keyword':
      return rng.pick(KEYWORDS);
    case 'combo':
      return Array.from({ length: rng.range(2, 3) }, () => rng.pick(ALIASES)).join('+');
    case 'command':
      return rng.pick(['@STRENGTH', `@SECLEVEL=${rng.range(0, 5)}`, `@SECLEVEL=${rng.int(3)}`]);
    default:
      return rng.pick(GARBAGE);
  }
}

export function cipherString(rng: Rng): string {
  const parts: string[] = [];
  for (let n = rng.logInt(30); n > 0; n--) {
    const op = rng.weighted({ none: 6, '!': 3, '-': 1, '+': 1 });
    parts.push(`${op === 'none' ? '' : op}${element(rng)}`);
  }
  let sep = rng.chance(0.9) ? ':' : rng.pick([',', ' ', ';', '::']);
  return parts.map((p, i) => (i === 0 ? p : (rng.chance(0.05) ? (sep = rng.pick([':', ',', ' '])) : sep) + p)).join('');
}

/** Problems of the evaluator on one string (empty when fine). */
export function checkCipherString(s: string): string[] {
  const problems: string[] = [];
  try {
    const ev = evaluateCipherString(s);
    const assessment = assessCipherString(ev);
    const weak = assessment.suites.filter((x) => x.level === 'insecure').map((x) => x.suite);
    if (weak.length > 0) {
      const ex = computeExclusions(ev, weak);
      if (!ex.fixed.startsWith(s)) problems.push(`exclusions do not append to the string: ${JSON.stringify(ex.fixed)}`);
      if (ex.verified) {
        const again = evaluateCipherString(ex.fixed);
        // `removed` is about the TLS 1.2 list; suites named in the TLS 1.3 list are `unremovable`.
        const left = new Set(again.tls12.map((e) => e.suite.name));
        const still = ex.removed.filter((n) => left.has(n));
        if (still.length > 0) problems.push(`verified exclusions leave ${still.join(', ')} enabled`);
      }
    }
    problems.push(...checkSafeFixes(s));
  } catch (err) {
    problems.push(`cipher evaluator threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
  return problems;
}

/**
 * The safe fixes of a string's findings (rules/common/cipher-fixes.ts), checked against the
 * evaluator, not against the fix's own verification: each keeps the string valid, removes only
 * suites that were error-level findings, and none Node 20 would negotiate, keeps every other suite
 * in its order, and takes its finding's error away without making another. Empty when all hold.
 */
export function checkSafeFixes(s: string): string[] {
  const problems: string[] = [];
  const found = cipherProblems(s);
  if (!found) return problems;
  const errorSuites = new Set(found.filter((p) => p.level === 'insecure').flatMap((p) => p.suites.map((x) => x.name)));
  const errorsAt = (list: CipherProblem[] | undefined) => (list ?? []).filter((p) => p.level === 'insecure').map((p) => p.element.text);
  const before = evaluateCipherString(s);
  for (const p of found) {
    if (!p.safeFix) continue;
    const out = applyCipherEdit(s, p.safeFix);
    const what = `${JSON.stringify(s)} → ${JSON.stringify(out)} (${p.safeFix.title})`;
    if (p.level !== 'insecure') problems.push(`a safe fix on a ${p.level} finding: ${what}`);
    const after = evaluateCipherString(out);
    if (after.error) problems.push(`the fixed string is invalid (${after.error.code}): ${what}`);
    if (after.onOpenSSL3.error && !before.onOpenSSL3.error) problems.push(`the fixed string is invalid on OpenSSL 3: ${what}`);
    const lists: [string, EnabledSuite[], EnabledSuite[]][] = [
      ['TLS 1.2', before.tls12, after.tls12], ['TLS 1.3', before.tls13, after.tls13],
      ['OpenSSL 3 TLS 1.2', before.onOpenSSL3.tls12, after.onOpenSSL3.tls12], ['OpenSSL 3 TLS 1.3', before.onOpenSSL3.tls13, after.onOpenSSL3.tls13],
    ];
    for (const [name, was, now] of lists) {
      const left = new Set(now.map((e) => e.suite.name));
      const removed = was.filter((e) => !left.has(e.suite.name));
      const notError = removed.filter((e) => !errorSuites.has(e.suite.name)).map((e) => e.suite.name);
      if (notError.length) problems.push(`${name}: removes ${notError.join(', ')}, which were not error-level findings: ${what}`);
      const live = removed.filter((e) => usableAtSecurityLevel(e.suite, before.effectiveSecurityLevel) && e.suite.compiledInOpenSSL3).map((e) => e.suite.name);
      if (name.startsWith('OpenSSL 3') && live.length) problems.push(`${name}: removes ${live.join(', ')}, which Node 20 negotiates: ${what}`);
      const kept = was.filter((e) => left.has(e.suite.name)).map((e) => e.suite.name);
      if (kept.length !== now.length || kept.some((n, i) => n !== now[i].suite.name)) problems.push(`${name}: adds or reorders suites: ${what}`);
    }
    const errorsBefore = errorsAt(found);
    const errorsAfter = errorsAt(cipherProblems(out));
    const count = (list: string[], t: string) => list.filter((x) => x === t).length;
    if (count(errorsAfter, p.element.text) >= count(errorsBefore, p.element.text)) problems.push(`the error at '${p.element.text}' is still there: ${what}`);
    const fresh = errorsAfter.filter((t) => count(errorsAfter, t) > count(errorsBefore, t));
    if (fresh.length) problems.push(`new errors at ${fresh.join(', ')}: ${what}`);
  }
  return problems;
}
