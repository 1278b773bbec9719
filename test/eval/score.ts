// The scorer of the Python evaluation sets: the built CLI runs over a set (cwd = the set, so
// paths are the set's), and each finding of a counted rule either meets an expected
// `file:line:rule` or is a false positive. The sets differ only in where their expectations
// live: trailing `# expect:` marks (test/eval/python/) or an answer key (test/eval/python-blind/).
// As the JS outside sets (test/cli/project-eval.test.ts), a set is scored twice: strictly (a
// finding meets an expectation on its own line only) and leniently (also on a line the finding
// names as a related place: where its value is written, the call that uses it, the optional
// STARTTLS of a login), since the two places are one problem and a key written from the outside
// may name either.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rules as catalog } from '../../rules/index.js';

const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

export interface JsonFile {
  filePath: string;
  findings: { ruleId: string; line: number; message: string; related?: { filePath: string; line: number; message: string }[] }[];
  notes: { kind: string; message: string }[];
}

export interface Score {
  files: number;
  found: number;
  total: number;
  recall: number;
  missed: string[];
  falsePositives: string[];
  /** Findings on a line the key calls debatable (`# debatable <file>:<line> -- why`): neither a match nor a false positive. */
  onDebatable: string[];
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

/**
 * `expect <file>:<line> <rule> …` lines of an answer key → `file:line:rule` counts, less those a
 * `wrong <file>:<line> <rule> -- why` line (the tester's judgement after the run) takes back.
 */
export function keyExpectations(keyPath: string, rules: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  const wrong: string[] = [];
  readFileSync(keyPath, 'utf8').split('\n').forEach((line, i) => {
    const m = /^(expect|wrong)\s+(\S+:\d+)\s+(\S+)/.exec(line);
    if (!m) return;
    assert.ok(rules.has(m[3]), `${path.basename(keyPath)}:${i + 1}: unknown rule ${m[3]}`);
    const key = `${m[2]}:${m[3]}`;
    if (m[1] === 'wrong') wrong.push(key);
    else out.set(key, (out.get(key) ?? 0) + 1);
  });
  // (Older keys replaced the expect line itself: a wrong line may take back nothing.)
  for (const key of wrong) {
    const n = out.get(key) ?? 0;
    if (n === 1) out.delete(key);
    else if (n > 1) out.set(key, n - 1);
  }
  return out;
}

/** The `file:line` places of a key's `# debatable <file>:<line> -- why` lines (the testers' form). */
export function keyDebatable(keyPath: string): Set<string> {
  return new Set([...readFileSync(keyPath, 'utf8').matchAll(/^#\s*debatable\s+(\S+:\d+)\s/gm)].map((m) => m[1]));
}

/**
 * Matches findings of `rules` against the expected `file:line:rule` counts. Several findings of
 * one rule on an expected line (each weak suite of one cipher string) meet as many expectations
 * as the key has there; the others are the same problem told in parts, not false positives (the
 * outside testers scored so).
 */
export function score(results: JsonFile[], expected: ReadonlyMap<string, number>, rules: ReadonlySet<string>, lenient = false, debatable: ReadonlySet<string> = new Set()): Score {
  const left = new Map(expected);
  const falsePositives: string[] = [];
  const onDebatable: string[] = [];
  let found = 0;
  for (const file of results) {
    for (const f of file.findings) {
      if (!rules.has(f.ruleId)) continue;
      const key = `${file.filePath}:${f.line}:${f.ruleId}`;
      const keys = lenient ? [key, ...(f.related ?? []).map((r) => `${r.filePath}:${r.line}:${f.ruleId}`)] : [key];
      const hit = keys.find((k) => (left.get(k) ?? 0) > 0);
      if (hit) {
        left.set(hit, left.get(hit)! - 1);
        found++;
      } else if (keys.some((k) => expected.has(k))) continue;
      else if (debatable.has(`${file.filePath}:${f.line}`)) onDebatable.push(`${key}: ${f.message}`);
      else falsePositives.push(`${key}: ${f.message}`);
    }
  }
  const total = [...expected.values()].reduce((a, b) => a + b, 0);
  const missed = [...left].filter(([, n]) => n > 0).map(([k, n]) => (n > 1 ? `${k} (×${n})` : k));
  return { files: results.length, found, total, recall: found / total, missed, falsePositives, onDebatable };
}

/** One diagnostic line with the figures, then one per miss and per false positive. */
export function report(name: string, s: Score, diagnostic: (msg: string) => void): void {
  diagnostic(`${name}: ${s.files} files, ${s.found}/${s.total} expected findings (recall ${(s.recall * 100).toFixed(1)} %), ${s.falsePositives.length} false positive(s), ${s.onDebatable.length} on debatable lines (not counted)`);
  for (const m of s.missed) diagnostic(`missed: ${m}`);
  for (const fp of s.falsePositives) diagnostic(`false positive: ${fp}`);
  for (const d of s.onDebatable) diagnostic(`on a debatable line: ${d}`);
}

/** Every rule: a blind set counts them all, so a finding of any rule the key does not expect is a false positive. */
export const ALL_RULES: ReadonlySet<string> = new Set(catalog.map((r) => r.meta.id));

export interface Bar {
  recall: number;
  falsePositives: number;
}

/**
 * Runs the CLI over a set with an answer key (answers.txt) and holds it to a bar: strictly, and
 * when `lenientBar` is given also leniently (both figures printed, the lenient ones first).
 */
export function assertKeyedSet(dir: string, name: string, bar: Bar, diagnostic: (msg: string) => void, lenientBar?: Bar): void {
  const results = runCli(dir);
  const expected = keyExpectations(path.join(dir, 'answers.txt'), ALL_RULES);
  const debatable = keyDebatable(path.join(dir, 'answers.txt'));
  if (lenientBar) {
    const loose = score(results, expected, ALL_RULES, true, debatable);
    report(`${name} (a finding also meets a key on its related places)`, loose, diagnostic);
    holds(loose, lenientBar, 'lenient');
  }
  const s = score(results, expected, ALL_RULES, false, debatable);
  report(lenientBar ? `${name} (strictly on the finding's own line)` : name, s, diagnostic);
  holds(s, bar, lenientBar ? 'strict' : '');
}

function holds(s: Score, bar: Bar, how: string): void {
  const label = how ? `${how}: ` : '';
  assert.ok(s.recall >= bar.recall, `${label}recall ${(s.recall * 100).toFixed(1)} % < ${(bar.recall * 100).toFixed(0)} %; missed:\n${s.missed.join('\n')}`);
  assert.ok(s.falsePositives.length <= bar.falsePositives, `${label}${s.falsePositives.length} false positives:\n${s.falsePositives.join('\n')}`);
}
