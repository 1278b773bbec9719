// Table tests for rules. Expected ranges are marked inline with ⟦ and ⟧; every fix of every
// finding is applied, the output re-parsed and re-linted: it must parse at least as well as the
// input and have fewer findings of the rule.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Rule } from '../../rules/api.js';
import { analyzeText } from '../helpers/lint.js';
import { applyEdits } from '../../server/src/engine/fixes.js';
import { parseForEdits, ready, releaseDocument } from '../../server/src/linter/index.js';
import type { Finding } from '../../server/src/engine/types.js';

export interface ValidCase {
  code: string;
  filename?: string;
  name?: string;
}

export interface ExpectedFix {
  /** The fix's exact title. */
  title: string;
  /** The whole file after applying it. */
  output: string;
  /** Which finding (by marker order) offers it; 0 by default. */
  finding?: number;
}

export interface InvalidCase {
  /** Code with every expected finding's range marked ⟦like this⟧. */
  code: string;
  filename?: string;
  name?: string;
  /** Expected messageIds, one per marker, in order. */
  messageIds?: string[];
  /** Expected severities, one per marker, in order. */
  severities?: string[];
  /** Substrings the messages must contain, one per marker. */
  messageIncludes?: string[];
  fixes?: ExpectedFix[];
}

const OPEN = '⟦';
const CLOSE = '⟧';

export function stripMarkers(marked: string): { code: string; ranges: { start: number; end: number }[] } {
  let code = '';
  const ranges: { start: number; end: number }[] = [];
  const open: number[] = [];
  for (const ch of marked) {
    if (ch === OPEN) open.push(code.length);
    else if (ch === CLOSE) {
      const start = open.pop();
      assert.ok(start !== undefined, `unbalanced ${CLOSE} in test code`);
      ranges.push({ start, end: code.length });
    } else code += ch;
  }
  assert.equal(open.length, 0, `unbalanced ${OPEN} in test code`);
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  return { code, ranges };
}

/**
 * `{name}` placeholders left in a formatted message. A `${name}` is not one: it is a template
 * literal hole in source text the message quotes (a condition such as `` `${mode}` === 'old' ``).
 */
export function unfilledPlaceholders(message: string): string[] {
  return [...message.matchAll(/(?<!\$)\{\w+\}/g)].map((m) => m[0]);
}

export function lint(rule: Rule, code: string, filename = 'file.ts'): Finding[] {
  const result = analyzeText(filename, code, { rules: [rule] });
  const errors = result.notes.filter((n) => n.kind === 'rule-error');
  assert.deepEqual(errors, [], `rule ${rule.meta.id} threw`);
  return result.findings;
}

/** Syntax errors of a text, from its language's parser (a file name ending in .py is Python). */
function parseErrors(code: string, filename: string): number {
  const doc = parseForEdits(filename, code);
  assert.ok(doc, `${filename} did not parse`);
  try {
    return doc.syntaxProblems.length;
  } finally {
    releaseDocument(doc);
  }
}

function show(code: string, f: { start: number; end: number }): string {
  return `${f.start}-${f.end} ${JSON.stringify(code.slice(f.start, f.end))}`;
}

/** `defaults.filename` names the cases that name none (`x.py` for a Python table). */
export function runRuleTests(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }, defaults: { filename?: string } = {}): void {
  describe(`rule ${rule.meta.id}`, () => {
    // Parsers that load asynchronously (Python's WebAssembly) are set up once.
    before(() => ready());
    describe('valid', () => {
      cases.valid.forEach((c, i) => {
        const vc = typeof c === 'string' ? { code: c, filename: defaults.filename } : { ...c, filename: c.filename ?? defaults.filename };
        it(vc.name ?? `valid #${i + 1}: ${vc.code.trim().split('\n')[0].slice(0, 70)}`, () => {
          const findings = lint(rule, vc.code, vc.filename);
          assert.deepEqual(findings.map((f) => show(vc.code, f)), [], 'expected no findings');
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, i) => {
        it(c.name ?? `invalid #${i + 1}: ${c.code.trim().split('\n')[0].slice(0, 70)}`, () => checkInvalid(rule, { ...c, filename: c.filename ?? defaults.filename }));
      });
    });
  });
}

function checkInvalid(rule: Rule, c: InvalidCase): void {
  const filename = c.filename ?? 'file.ts';
  const { code, ranges } = stripMarkers(c.code);
  assert.ok(ranges.length > 0, 'an invalid case needs at least one ⟦marked⟧ range');
  const findings = lint(rule, code, filename);
  assert.deepEqual(findings.map((f) => show(code, f)), ranges.map((r) => show(code, r)), 'finding ranges');
  if (c.messageIds) assert.deepEqual(findings.map((f) => f.messageId), c.messageIds, 'messageIds');
  if (c.severities) assert.deepEqual(findings.map((f) => f.severity), c.severities, 'severities');
  c.messageIncludes?.forEach((s, i) => assert.ok(findings[i].message.includes(s), `message ${JSON.stringify(findings[i].message)} should include ${JSON.stringify(s)}`));
  for (const f of findings) {
    assert.deepEqual(unfilledPlaceholders(f.message), [], `message has an unfilled placeholder: ${f.message}`);
  }
  for (const expected of c.fixes ?? []) {
    const finding = findings[expected.finding ?? 0];
    const fix = finding.fixes.find((x) => x.title === expected.title);
    assert.ok(fix, `no fix titled ${JSON.stringify(expected.title)}; offered: ${JSON.stringify(finding.fixes.map((x) => x.title))}`);
    assert.equal(applyEdits(code, fix.edits), expected.output, `output of fix "${expected.title}"`);
  }
  // Every fix, listed or not, must leave code that parses and no longer has that finding.
  const before = parseErrors(code, filename);
  for (const f of findings) {
    for (const fix of f.fixes) {
      const out = applyEdits(code, fix.edits);
      assert.ok(parseErrors(out, filename) <= before, `fix "${fix.title}" broke the syntax:\n${out}`);
      const after = lint(rule, out, filename);
      assert.ok(after.length < findings.length, `fix "${fix.title}" left ${after.length} finding(s) of ${findings.length}:\n${out}`);
    }
  }
}
