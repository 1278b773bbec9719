// Random cipher strings from OpenSSL's vocabulary (aliases, suite names in both spellings,
// operators, commands, separators) with a little garbage, and the properties of the cipher
// evaluator itself: it never throws, it is fast, and the exclusions it proposes verify.
import { CIPHER_ALIASES } from '../../rules/ciphers/aliases.js';
import { evaluateCipherString } from '../../rules/ciphers/evaluate.js';
import { TLS12_SUITES, TLS13_SUITES } from '../../rules/ciphers/suites.js';
import { assessCipherString, computeExclusions } from '../../rules/ciphers/weakness.js';
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
  } catch (err) {
    problems.push(`cipher evaluator threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
  return problems;
}
