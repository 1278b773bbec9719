// The invalid cases of the rule tables (test/rules/<id>.test.ts and test/rules/python/) and their
// findings, for checks that look at all of them at once (test/meta/docs.test.ts: every message
// fits a Problems panel; test/ciphers/safe-fix.test.ts: every cipher string's safe fixes keep what
// connects). The tables are written where they are tested, in files that register node:test
// suites as they load; so a child process loads them with registration turned off, and nothing runs twice.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

export interface TableFinding {
  ruleId: string;
  messageId: string;
  severity: string;
  message: string;
  /** The case's name, or its first line. */
  caseName: string;
}

const RULES_DIR = path.join(__dirname, '..', 'rules');

/** An invalid case of a table: its rule, its name and its code without the ⟦markers⟧. */
export interface TableCase {
  ruleId: string;
  caseName: string;
  code: string;
}

/** A rule's whole table as written, the ⟦markers⟧ turned into offsets: for running it through another harness (test/eslint/). */
export interface RuleTable {
  ruleId: string;
  valid: Array<{ name: string; code: string; filename: string }>;
  invalid: Array<{ name: string; code: string; filename: string; ranges: Array<{ start: number; end: number }>; fixes: Array<{ title: string; output: string; finding: number }> }>;
}

export function tableFindings(): TableFinding[] {
  return run('findings') as TableFinding[];
}

export function tableCases(): TableCase[] {
  return run('cases') as TableCase[];
}

/** The tables of the rules named, in the order given. */
export function ruleTablesOf(ids: readonly string[]): RuleTable[] {
  return run('tables', ids) as RuleTable[];
}

function run(what: 'findings' | 'cases' | 'tables', ids: readonly string[] = []): unknown {
  const r = spawnSync(process.execPath, [__filename, what, ...ids], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`loading the rule tables failed (exit ${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** The test file (relative to test/rules/) each table was declared in. */
const FILE_OF = new Map<object, string>();

function loadTables(): typeof import('../rules/rule-tester.js') {
  // Loading a test file must not register its suites here: describe, it and the hooks do nothing.
  const nodeTest = require('node:test') as Record<string, unknown>;
  for (const k of ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach']) nodeTest[k] = () => undefined;
  const tester = require('../rules/rule-tester.js') as typeof import('../rules/rule-tester.js');
  // The JS and project-file tables, then the Python ones (test/rules/python/).
  for (const dir of [RULES_DIR, path.join(RULES_DIR, 'python')]) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.test.js')).sort()) {
      const before = tester.ruleTables.length;
      require(path.join(dir, f));
      for (const t of tester.ruleTables.slice(before)) FILE_OF.set(t, path.relative(RULES_DIR, path.join(dir, f)));
    }
  }
  return tester;
}

function cases(): TableCase[] {
  const { ruleTables, stripMarkers } = loadTables();
  return ruleTables.flatMap(({ rule, cases: c }) => c.invalid.map((x) => ({ ruleId: rule.meta.id, caseName: x.name ?? x.code.trim().split('\n')[0], code: stripMarkers(x.code).code })));
}

function collect(): TableFinding[] {
  const { ruleTables, caseFindings } = loadTables();
  const out: TableFinding[] = [];
  for (const { rule, cases } of ruleTables) {
    for (const c of cases.invalid) {
      const caseName = c.name ?? c.code.trim().split('\n')[0];
      for (const f of caseFindings(rule, c)) out.push({ ruleId: f.ruleId, messageId: f.messageId, severity: f.severity, message: f.message, caseName });
    }
  }
  return out;
}

function tables(ids: readonly string[]): RuleTable[] {
  const { ruleTables, stripMarkers, DEFAULT_FILENAME } = loadTables();
  const name = (c: { name?: string; code: string }) => c.name ?? c.code.trim().split('\n')[0];
  return ids.map((ruleId) => {
    // The rule's own table (test/rules/<id>.test.ts), not another file's few cases for it (exec strings, browsers).
    const t = ruleTables.find((x) => x.rule.meta.id === ruleId && FILE_OF.get(x) === `${ruleId}.test.js`);
    if (!t) throw new Error(`no rule table for ${ruleId}`);
    return {
      ruleId,
      valid: t.cases.valid.map((v) => (typeof v === 'string' ? { code: v } : v)).map((v) => ({ name: name(v), code: v.code, filename: v.filename ?? DEFAULT_FILENAME })),
      invalid: t.cases.invalid.map((c) => {
        const { code, ranges } = stripMarkers(c.code);
        return { name: name(c), code, filename: c.filename ?? DEFAULT_FILENAME, ranges, fixes: (c.fixes ?? []).map((f) => ({ title: f.title, output: f.output, finding: f.finding ?? 0 })) };
      }),
    };
  });
}

// The Python tables need the WebAssembly parser loaded first.
if (require.main === module) {
  void (require('../../server/src/linter/index.js') as typeof import('../../server/src/linter/index.js')).ready().then(() => {
    const what = process.argv[2];
    process.stdout.write(JSON.stringify(what === 'cases' ? cases() : what === 'tables' ? tables(process.argv.slice(3)) : collect()));
  });
}
