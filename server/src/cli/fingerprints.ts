// The fingerprint of a finding, shared by SARIF (partialFingerprints.primaryLocationLineHash, which
// GitHub code scanning matches alerts by) and the baseline (--baseline), so that a finding GitHub
// sees as the same alert is the same baseline entry.
//
// GitHub's own `hash:occurrence` form: a hash of the rule and the trimmed text of the finding's
// line, plus which occurrence of that pair in the file this is. Moving code up or down keeps the
// fingerprint; editing the flagged line makes it a new one, which it is.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Finding } from '../engine/types.js';

/** One fingerprint per finding, in the order given (callers pass findings sorted by position). */
export function fingerprints(findings: readonly Finding[], text: string): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.ruleId}\0${lineAt(text, f.start).trim()}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return `${createHash('sha256').update(key).digest('hex').slice(0, 16)}:${occurrence}`;
  });
}

/**
 * The fingerprints of a file's findings, reading its text with `readText`; undefined when there
 * are none or the file cannot be read (it changed or went away since it was linted).
 */
export function fingerprintsOfFile(findings: readonly Finding[], fileName: string, readText: (f: string) => string): string[] | undefined {
  if (findings.length === 0) return undefined;
  let text: string;
  try {
    text = readText(fileName);
  } catch {
    return undefined;
  }
  return fingerprints(findings, text);
}

/** A file's text as the engine saw it: without a byte order mark, so offsets agree. */
export function readSourceText(fileName: string): string {
  const text = readFileSync(fileName, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** By offset rather than by range.line, so it cannot disagree with how the engine counted lines. */
function lineAt(text: string, offset: number): string {
  let start = Math.min(Math.max(offset, 0), text.length);
  while (start > 0 && !LINE_BREAK.test(text[start - 1])) start--;
  let end = start;
  while (end < text.length && !LINE_BREAK.test(text[end])) end++;
  return text.slice(start, end);
}
