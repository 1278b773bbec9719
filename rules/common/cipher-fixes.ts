// The safe fix of a weak cipher string, independent of where the string was written: an edit of
// the string that takes out exactly the error-level suites a finding is about and changes nothing
// else. It may join fix-all on save, so it is offered only when re-evaluating the edited string
// proves that: the string stays valid, every other suite stays enabled in the same order (in the
// TLS 1.2 and the TLS 1.3 list, with the full historic suite table and with OpenSSL 3's), and no
// removed suite is one Node 20 (OpenSSL 3.0) would negotiate, so every peer that connects today
// still connects. What was only a warning (static RSA, CBC-SHA1: suites peers still use) is never
// touched: removing it changes what connects, and is a suggestion.
import { evaluateCipherString, type CipherEvaluation, type ElementRef, type EnabledSuite } from '../ciphers/evaluate.js';
import type { CipherSuite } from '../ciphers/suites.js';
import { computeExclusions, usableAtSecurityLevel } from '../ciphers/weakness.js';

/** A change to a cipher string (offsets into it) and the fix title that says what it does. */
export interface CipherStringEdit {
  start: number;
  end: number;
  text: string;
  title: string;
}

/** Past a dozen exclusions (`COMPLEMENTOFDEFAULT:HIGH` needs fifty names) the list is not one to append and read. */
const MAX_EXCLUSIONS = 12;

/** An edit of the string moved into the file: `base` is where the string's first character is. */
export function shiftedEdit(edit: { start: number; end: number; text: string }, base: number): { start: number; end: number; text: string } {
  return { start: base + edit.start, end: base + edit.end, text: edit.text };
}

export function applyCipherEdit(text: string, edit: { start: number; end: number; text: string }): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/**
 * The safe fix of an element whose `suites` are error-level: delete the element when that removes
 * exactly them (a named suite, or a keyword that enables nothing else), else append the exclusions
 * that do. Undefined when neither keeps everything else as it was.
 */
export function safeElementFix(text: string, element: ElementRef, suites: readonly CipherSuite[]): CipherStringEdit | undefined {
  const deletion = { ...removeElement(text, element), title: `Remove '${element.text}' from the cipher list` };
  if (removesExactly(text, applyCipherEdit(text, deletion), suites)) return deletion;
  return safeExclusions(text, suites);
}

/** Exclusions appended to the string that remove exactly `suites`, when they are safe (see the header). */
export function safeExclusions(text: string, suites: readonly CipherSuite[]): CipherStringEdit | undefined {
  if (suites.length === 0) return undefined;
  const res = computeExclusions(evaluateCipherString(text), suites);
  if (!res.verified || res.exclusions.length === 0 || res.exclusions.length > MAX_EXCLUSIONS) return undefined;
  const list = res.exclusions.join(':');
  const sep = text === '' || /[:, ]$/.test(text) ? '' : ':';
  const shown = res.exclusions.length <= 8 ? `'${list}'` : `${res.exclusions.length} exclusions ('${res.exclusions.slice(0, 3).join(':')}:…')`;
  const edit = { start: text.length, end: text.length, text: `${sep}${list}`, title: `Add ${shown} to exclude the weak suites` };
  return removesExactly(text, applyCipherEdit(text, edit), suites) ? edit : undefined;
}

/**
 * Whether `after` enables what `before` does minus `removed`, in the same order, in both lists and
 * on both suite tables; is a string Node accepts; and removed only suites Node 20 would not negotiate.
 */
export function removesExactly(before: string, after: string, removed: readonly CipherSuite[]): boolean {
  const names = new Set(removed.map((s) => s.name));
  const a = evaluateCipherString(before);
  const b = evaluateCipherString(after);
  if (b.error || (b.onOpenSSL3.error && !a.onOpenSSL3.error)) return false;
  if (removed.some((s) => s.compiledInOpenSSL3 && usableAtSecurityLevel(s, a.effectiveSecurityLevel))) return false;
  if (b.effectiveSecurityLevel !== a.effectiveSecurityLevel) return false;
  const same = (x: readonly EnabledSuite[], y: readonly EnabledSuite[]) => {
    const want = x.map((e) => e.suite.name).filter((n) => !names.has(n));
    return want.length === y.length && y.every((e, i) => e.suite.name === want[i]);
  };
  const lists = (ev: CipherEvaluation) => [ev.tls12, ev.tls13, ev.onOpenSSL3.tls12, ev.onOpenSSL3.tls13];
  const [before12, before13, before3_12, before3_13] = lists(a);
  const [after12, after13, after3_12, after3_13] = lists(b);
  // Every removed suite was enabled: an edit that removes fewer leaves the finding.
  const enabled = new Set([...before12, ...before13].map((e) => e.suite.name));
  return [...names].every((n) => enabled.has(n)) && same(before12, after12) && same(before13, after13) && same(before3_12, after3_12) && same(before3_13, after3_13);
}

/** Deletes one element with one separator next to it. */
export function removeElement(text: string, el: { start: number; end: number }): { start: number; end: number; text: string } {
  const isSep = (c: string | undefined) => c === ':' || c === ',' || c === ' ';
  let { start, end } = el;
  if (start > 0 && isSep(text[start - 1])) start--;
  else if (isSep(text[end])) end++;
  return { start, end, text: '' };
}
