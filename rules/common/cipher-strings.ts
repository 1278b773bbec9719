// What no-weak-cipher reports about one cipher string, independent of where it was written:
// the problems (per element of the string), the words for the message, and the safe fix of each
// error-level one. The cipher knowledge itself is in rules/ciphers/.
import { evaluateCipherString, type ElementRef } from '../ciphers/evaluate.js';
import type { CipherSuite } from '../ciphers/suites.js';
import { assessCipherString, isNodeDefaultLike, type FindingLevel } from '../ciphers/weakness.js';
import { safeElementFix, type CipherStringEdit } from './cipher-fixes.js';
import { describeEnabled } from './cipher-words.js';

export type ProblemLevel = FindingLevel;

export interface CipherProblem {
  /** 'seclevel0' is the `@SECLEVEL=0` element itself; 'suites' a suite name or keyword that enables weak suites. */
  kind: 'suites' | 'seclevel0';
  level: ProblemLevel;
  /** The span of the string this problem is about. */
  element: ElementRef;
  /** The weak suites it enables that earn it its level, in OpenSSL's preference order. */
  suites: CipherSuite[];
  /** What it enables, in words: "RC4, prohibited by RFC 7465", "21 weak suites (anonymous, export, RC4 and more)". */
  enables: string;
  /** For an error-level problem: the edit of the string that removes exactly its suites (cipher-fixes.ts). */
  safeFix?: CipherStringEdit;
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
  const level = as.evaluation.effectiveSecurityLevel;
  for (const f of as.findings) {
    if (quiet && f.level === 'info') continue;
    const suites = as.suites.filter((s) => s.origin?.start === f.element.start && s.level === f.level).map((s) => s.suite);
    const safeFix = f.level === 'insecure' ? safeElementFix(text, f.element, suites) : undefined;
    out.push({ kind: 'suites', level: f.level, element: f.element, suites, enables: describeEnabled(suites, f.level, level, f.element.text), ...(safeFix ? { safeFix } : {}) });
  }
  if (actual.securityLevelZero) out.push({ kind: 'seclevel0', level: 'insecure', element: actual.securityLevelZero, suites: [], enables: '' });
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
