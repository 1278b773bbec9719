// Table tests for findings across files: each case is a small project (files by relative path)
// whose expected findings are marked ⟦like this⟧ in whichever file they sit. Every file is linted
// with the project model (test/helpers/project.ts), findings placed where values are written, and
// compared by file and exact range, with their related locations ("used by https.request at
// client.ts:6"). Every fix is applied to its file; the project must still parse and have fewer
// findings of the rule.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Rule } from '../../rules/api.js';
import { applyEdits } from '../../server/src/engine/fixes.js';
import type { Finding } from '../../server/src/engine/types.js';
import { MAX_MESSAGE_LENGTH } from '../../server/src/engine/messages.js';
import { parseSourceFile } from '../../server/src/lang/js/parse.js';
import { MAX_RELATED_TEXT } from '../../server/src/lang/js/placement.js';
import { lintProject, PROJECT_ROOT } from '../helpers/project.js';
import { stripMarkers, unfilledPlaceholders } from './rule-tester.js';

export interface ProjectCase {
  name: string;
  /** Files by path relative to the project's root; invalid cases mark each expected finding ⟦…⟧. */
  files: Record<string, string>;
  /** Expected messageIds, one per finding, in file-name then position order. */
  messageIds?: string[];
  /** Substrings each message must contain, one per finding. */
  messageIncludes?: string[];
  /** Each finding's related locations as "message at file:line" (undefined: none expected). */
  related?: (string[] | undefined)[];
  fixes?: { title: string; file: string; output: string; finding?: number }[];
}

interface Located {
  file: string;
  finding: Finding;
}

function located(findings: Map<string, Finding[]>): Located[] {
  return [...findings.keys()].sort().flatMap((file) => findings.get(file)!.map((finding) => ({ file, finding })));
}

function show(texts: Record<string, string>, l: { file: string; start: number; end: number }): string {
  return `${l.file}:${l.start}-${l.end} ${JSON.stringify(texts[l.file].slice(l.start, l.end))}`;
}

export function relatedText(f: Finding): string[] | undefined {
  return f.related?.map((r) => `${r.message} at ${path.relative(PROJECT_ROOT, r.fileName)}:${r.range.start.line + 1}`);
}

function parseErrors(name: string, text: string): number {
  return (parseSourceFile(name, text) as unknown as { parseDiagnostics?: unknown[] }).parseDiagnostics?.length ?? 0;
}

export function runProjectTests(rule: Rule, cases: { valid: ProjectCase[]; invalid: ProjectCase[] }): void {
  describe(`rule ${rule.meta.id} across files`, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          const lint = lintProject(c.files, [rule]);
          assertNoErrors(lint.results);
          assert.deepEqual(located(lint.findings).map((l) => show(c.files, { file: l.file, ...l.finding })), [], 'expected no findings');
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) it(c.name, () => checkInvalid(rule, c));
    });
  });
}

function assertNoErrors(results: { notes: { kind: string; message: string }[] }[]): void {
  const errors = results.flatMap((r) => r.notes.filter((n) => n.kind === 'rule-error'));
  assert.deepEqual(errors, [], 'a rule threw');
}

function checkInvalid(rule: Rule, c: ProjectCase): void {
  const texts: Record<string, string> = {};
  const expected: { file: string; start: number; end: number }[] = [];
  for (const name of Object.keys(c.files).sort()) {
    const { code, ranges } = stripMarkers(c.files[name]);
    texts[name] = code;
    expected.push(...ranges.map((r) => ({ file: name, ...r })));
  }
  assert.ok(expected.length > 0, 'an invalid case needs at least one ⟦marked⟧ range');
  const lint = lintProject(texts, [rule]);
  assertNoErrors(lint.results);
  const found = located(lint.findings);
  assert.deepEqual(found.map((l) => show(texts, { file: l.file, ...l.finding })), expected.map((e) => show(texts, e)), 'finding ranges');
  if (c.messageIds) assert.deepEqual(found.map((l) => l.finding.messageId), c.messageIds, 'messageIds');
  c.messageIncludes?.forEach((s, i) => assert.ok(found[i].finding.message.includes(s), `message ${JSON.stringify(found[i].finding.message)} should include ${JSON.stringify(s)}`));
  if (c.related) assert.deepEqual(found.map((l) => relatedText(l.finding)), c.related, 'related locations');
  for (const l of found) assert.deepEqual(unfilledPlaceholders(l.finding.message), [], `unfilled placeholder: ${l.finding.message}`);
  // A Problems panel shows the message whole and a related location's text beside its file name.
  for (const l of found) {
    assert.ok(l.finding.message.length <= MAX_MESSAGE_LENGTH && !l.finding.message.includes('`'), `message too long or with backticks: ${l.finding.message}`);
    for (const r of l.finding.related ?? []) assert.ok(r.message.length <= MAX_RELATED_TEXT, `related location text over ${MAX_RELATED_TEXT} characters: ${r.message}`);
  }
  for (const expectedFix of c.fixes ?? []) {
    const { finding, file } = found[expectedFix.finding ?? 0];
    assert.equal(file, expectedFix.file, 'the fix is for a finding in another file');
    const fix = finding.fixes.find((x) => x.title === expectedFix.title);
    assert.ok(fix, `no fix titled ${JSON.stringify(expectedFix.title)}; offered: ${JSON.stringify(finding.fixes.map((x) => x.title))}`);
    assert.equal(applyEdits(texts[file], fix.edits), expectedFix.output, `output of fix "${expectedFix.title}"`);
  }
  // Every fix leaves its file parsing and the project with fewer findings of the rule.
  for (const { file, finding } of found) {
    for (const fix of finding.fixes) {
      const out = applyEdits(texts[file], fix.edits);
      assert.ok(parseErrors(file, out) <= parseErrors(file, texts[file]), `fix "${fix.title}" broke the syntax of ${file}:\n${out}`);
      const after = located(lintProject({ ...texts, [file]: out }, [rule]).findings);
      assert.ok(after.length < found.length, `fix "${fix.title}" left ${after.length} finding(s) of ${found.length}:\n${out}`);
    }
  }
}
