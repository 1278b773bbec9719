// Fixes inside a cipher string, the same in every language: exclusions appended after it (the
// safe fix, from cipherProblems' `exclusions`) and one element taken out (`@SECLEVEL=0`).
import type { Fix, TextEdit } from '../api.js';

/** `!X` elements after the string remove exactly the weak suites; the rest keeps its order. `at` is the offset of the string's end. */
export function appendExclusionsFix(text: string, exclusions: readonly string[], at: number): Fix {
  const sep = text === '' || /[:, ]$/.test(text) ? '' : ':';
  const list = exclusions.join(':');
  const shown = exclusions.length <= 8 ? `'${list}'` : `${exclusions.length} exclusions ('${exclusions.slice(0, 3).join(':')}:…')`;
  return { title: `Add ${shown} to exclude the weak suites`, kind: 'safe', edits: [{ start: at, end: at, text: `${sep}${list}` }] };
}

/** Deletes one element of the string (`base` is the offset of its first character) with one separator next to it. */
export function removeCipherElement(text: string, el: { start: number; end: number }, base: number): TextEdit {
  const isSep = (c: string | undefined) => c === ':' || c === ',' || c === ' ';
  let { start, end } = el;
  if (start > 0 && isSep(text[start - 1])) start--;
  else if (isSep(text[end])) end++;
  return { start: base + start, end: base + end, text: '' };
}
