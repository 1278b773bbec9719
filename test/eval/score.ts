// The scorer of the Python evaluation sets: the built CLI runs over a set (cwd = the set, so
// paths are the set's), and each finding of a counted rule either meets an expected
// `file:line:rule` or is a false positive. The sets differ only in where their expectations
// live: trailing `# expect:` marks (test/eval/python/) or an answer key (test/eval/python-blind/).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rules as catalog } from '../../rules/index.js';

const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

export interface JsonFile {
  filePath: string;
  findings: { ruleId: string; line: number; message: string }[];
  notes: { kind: string; message: string }[];
}

export interface Score {
  files: number;
  found: number;
  total: number;
  recall: number;
  missed: string[];
  falsePositives: string[];
}

/** Runs `tlslint --format json .` in `dir`; asserts every file parsed and every rule ran. */
export function runCli(dir: string): JsonFile[] {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, `tlslint exited ${r.status}: ${r.stderr}`);
  const results = JSON.parse(r.stdout) as JsonFile[];
  const notes = results.flatMap((f) => f.notes.map((n) => `${f.filePath}: ${n.kind}: ${n.message}`));
  assert.deepEqual(notes, [], 'every file parses and every rule runs');
  return results;
}

/** `expect <file>:<line> <rule> …` lines of an answer key → `file:line:rule` counts. */
export function keyExpectations(keyPath: string, rules: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  readFileSync(keyPath, 'utf8').split('\n').forEach((line, i) => {
    const m = /^expect\s+(\S+:\d+)\s+(\S+)/.exec(line);
    if (!m) return;
    assert.ok(rules.has(m[2]), `${path.basename(keyPath)}:${i + 1}: unknown rule ${m[2]}`);
    const key = `${m[1]}:${m[2]}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  });
  return out;
}

/**
 * Matches findings of `rules` against the expected `file:line:rule` counts. Several findings of
 * one rule on an expected line (each weak suite of one cipher string) meet as many expectations
 * as the key has there; the others are the same problem told in parts, not false positives (the
 * outside testers scored so).
 */
export function score(results: JsonFile[], expected: ReadonlyMap<string, number>, rules: ReadonlySet<string>): Score {
  const left = new Map(expected);
  const falsePositives: string[] = [];
  let found = 0;
  for (const file of results) {
    for (const f of file.findings) {
      if (!rules.has(f.ruleId)) continue;
      const key = `${file.filePath}:${f.line}:${f.ruleId}`;
      const n = left.get(key) ?? 0;
      if (n > 0) {
        left.set(key, n - 1);
        found++;
      } else if (!expected.has(key)) falsePositives.push(`${key}: ${f.message}`);
    }
  }
  const total = [...expected.values()].reduce((a, b) => a + b, 0);
  const missed = [...left].filter(([, n]) => n > 0).map(([k, n]) => (n > 1 ? `${k} (×${n})` : k));
  return { files: results.length, found, total, recall: found / total, missed, falsePositives };
}

/** One diagnostic line with the figures, then one per miss and per false positive. */
export function report(name: string, s: Score, diagnostic: (msg: string) => void): void {
  diagnostic(`${name}: ${s.files} files, ${s.found}/${s.total} expected findings (recall ${(s.recall * 100).toFixed(1)} %), ${s.falsePositives.length} false positive(s)`);
  for (const m of s.missed) diagnostic(`missed: ${m}`);
  for (const fp of s.falsePositives) diagnostic(`false positive: ${fp}`);
}

/** Every rule: a blind set counts them all, so a finding of any rule the key does not expect is a false positive. */
export const ALL_RULES: ReadonlySet<string> = new Set(catalog.map((r) => r.meta.id));

/** Runs the CLI over a set with an answer key (answers.txt) and holds it to a bar. */
export function assertKeyedSet(dir: string, name: string, bar: { recall: number; falsePositives: number }, diagnostic: (msg: string) => void): void {
  const s = score(runCli(dir), keyExpectations(path.join(dir, 'answers.txt'), ALL_RULES), ALL_RULES);
  report(name, s, diagnostic);
  assert.ok(s.recall >= bar.recall, `recall ${(s.recall * 100).toFixed(1)} % < ${(bar.recall * 100).toFixed(0)} %; missed:\n${s.missed.join('\n')}`);
  assert.ok(s.falsePositives.length <= bar.falsePositives, `${s.falsePositives.length} false positives:\n${s.falsePositives.join('\n')}`);
}
