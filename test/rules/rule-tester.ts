// Table tests for rules. Expected ranges are marked inline with ⟦ and ⟧; every fix of every
// finding is applied, the output re-parsed and re-linted: it must parse at least as well as the
// input and have fewer findings of the rule.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import ts from 'typescript';
import type { Rule } from '../../rules/api.js';
import { analyzeText } from '../helpers/lint.js';
import { languageOfFile } from '../../protocol/languages.js';
import { parseSourceFile as parse } from '../../server/src/lang/js/parse.js';
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
  /** Each finding's related places in the same file as "message at line N" (1-based), one list per marker. */
  related?: string[][];
  /**
   * A key whose emptied `key: {}` a fix of this case may leave behind, and why (pg's `ssl: {}`
   * keeps TLS on): otherwise a fix leaves no empty `key: {}` and no `if (…) {}`.
   */
  keepsEmpty?: { key: string; why: string };
}

/** The file name of a case that names none: TypeScript. */
export const DEFAULT_FILENAME = 'file.ts';

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

export function lint(rule: Rule, code: string, filename = DEFAULT_FILENAME): Finding[] {
  const result = analyzeText(filename, code, { rules: [rule] });
  const errors = result.notes.filter((n) => n.kind === 'rule-error');
  assert.deepEqual(errors, [], `rule ${rule.meta.id} threw`);
  return result.findings;
}

/** Syntax errors of the file's own language (TypeScript's for code; Python's; JSON, YAML, shell for project files). */
function parseErrors(code: string, filename: string): number {
  const doc = parseForEdits(filename, code);
  assert.ok(doc, `${filename} does not parse at all:\n${code}`);
  try {
    return doc.syntaxProblems.length;
  } finally {
    releaseDocument(doc);
  }
}

function show(code: string, f: { start: number; end: number }): string {
  return `${f.start}-${f.end} ${JSON.stringify(code.slice(f.start, f.end))}`;
}

export interface RuleCases {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

/** Every table given to runRuleTests in this process, in order (test/helpers/table-findings.ts reads them). */
export const ruleTables: { rule: Rule; cases: RuleCases }[] = [];

/** The findings of one invalid case, linted as its test lints them. */
export function caseFindings(rule: Rule, c: InvalidCase): Finding[] {
  return lint(rule, stripMarkers(c.code).code, c.filename ?? DEFAULT_FILENAME);
}

/** `defaults.filename` names the cases that name none (`x.py` for a Python table). */
export function runRuleTests(rule: Rule, given: RuleCases, defaults: { filename?: string } = {}): void {
  const cases: RuleCases = defaults.filename === undefined ? given : {
    valid: given.valid.map((c) => (typeof c === 'string' ? { code: c, filename: defaults.filename } : { ...c, filename: c.filename ?? defaults.filename })),
    invalid: given.invalid.map((c) => ({ ...c, filename: c.filename ?? defaults.filename })),
  };
  ruleTables.push({ rule, cases });
  describe(`rule ${rule.meta.id}`, () => {
    // Parsers that load asynchronously (Python's WebAssembly) are set up once.
    before(() => ready());
    describe('valid', () => {
      cases.valid.forEach((c, i) => {
        const vc = typeof c === 'string' ? { code: c } : c;
        it(vc.name ?? `valid #${i + 1}: ${vc.code.trim().split('\n')[0].slice(0, 70)}`, () => {
          const findings = lint(rule, vc.code, vc.filename);
          assert.deepEqual(findings.map((f) => show(vc.code, f)), [], 'expected no findings');
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, i) => {
        it(c.name ?? `invalid #${i + 1}: ${c.code.trim().split('\n')[0].slice(0, 70)}`, () => checkInvalid(rule, c));
      });
    });
  });
}

function checkInvalid(rule: Rule, c: InvalidCase): void {
  const filename = c.filename ?? DEFAULT_FILENAME;
  const { code, ranges } = stripMarkers(c.code);
  assert.ok(ranges.length > 0, 'an invalid case needs at least one ⟦marked⟧ range');
  const findings = lint(rule, code, filename);
  assert.deepEqual(findings.map((f) => show(code, f)), ranges.map((r) => show(code, r)), 'finding ranges');
  if (c.messageIds) assert.deepEqual(findings.map((f) => f.messageId), c.messageIds, 'messageIds');
  if (c.severities) assert.deepEqual(findings.map((f) => f.severity), c.severities, 'severities');
  if (c.related) assert.deepEqual(findings.map((f) => (f.related ?? []).map((r) => `${r.message} at line ${r.range.start.line + 1}`)), c.related, 'related places');
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
  // Every fix, listed or not, must leave code that parses and no longer has that finding: fewer
  // findings, or a milder one where it was (a safe fix of `MEDIUM` takes out its 3DES suites, an
  // error, and leaves its SEED suites, a warning).
  const before = parseErrors(code, filename);
  for (const f of findings) {
    for (const fix of f.fixes) {
      const out = applyEdits(code, fix.edits);
      assert.ok(parseErrors(out, filename) <= before, `fix "${fix.title}" broke the syntax:\n${out}`);
      const after = lint(rule, out, filename);
      assert.ok(after.length < findings.length || weight(after) < weight(findings), `fix "${fix.title}" left ${after.length} finding(s) of ${findings.length}:\n${out}`);
      assert.ok(untidy(out, filename, c.keepsEmpty?.key) <= untidy(code, filename, c.keepsEmpty?.key), `fix "${fix.title}" left an empty \`key: {}\` or \`if (…) {}\` behind:\n${out}`);
    }
  }
}

/**
 * What a removal must not leave behind: properties whose value is an empty `{}`, and `if`
 * statements with nothing left in a branch (`if (c) {}`, `if (c) x(); else ;`).
 */
export function untidy(code: string, filename = DEFAULT_FILENAME, allowedKey?: string): number {
  // Only code has object literals and if statements; project files are checked by re-linting alone.
  if (languageOfFile(filename)?.id !== 'js') return 0;
  const sf = parse(filename, code);
  const empty = (s: ts.Statement | undefined) => !!s && (ts.isEmptyStatement(s) || (ts.isBlock(s) && /^\{\s*\}$/.test(s.getText(sf))));
  let n = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && !(ts.isIdentifier(node.name) && node.name.text === allowedKey)) {
      let v: ts.Expression = node.initializer;
      while (ts.isParenthesizedExpression(v)) v = v.expression;
      if (ts.isObjectLiteralExpression(v) && /^\{\s*\}$/.test(v.getText(sf))) n++;
    } else if (ts.isIfStatement(node) && ((empty(node.thenStatement) && !node.elseStatement) || empty(node.elseStatement))) {
      n++;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return n;
}

const SEVERITY_WEIGHT: Record<string, number> = { error: 3, warning: 2, info: 1 };

function weight(findings: readonly Finding[]): number {
  return findings.reduce((n, f) => n + SEVERITY_WEIGHT[f.severity], 0);
}
