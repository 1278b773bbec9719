// The invalid cases of the rule tables (test/rules/<id>.test.ts) and their findings, for checks
// that look at all of them at once (test/meta/docs.test.ts: every message fits a Problems panel;
// test/ciphers/safe-fix.test.ts: every cipher string's safe fixes keep what connects). The
// tables are written where they are tested, in files that register node:test suites as they load;
// so a child process loads them with registration turned off, and nothing runs twice.
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

export function tableFindings(): TableFinding[] {
  return run('findings') as TableFinding[];
}

export function tableCases(): TableCase[] {
  return run('cases') as TableCase[];
}

function run(what: 'findings' | 'cases'): unknown {
  const r = spawnSync(process.execPath, [__filename, what], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`loading the rule tables failed (exit ${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

function loadTables(): typeof import('../rules/rule-tester.js') {
  // Loading a test file must not register its suites here: describe, it and the hooks do nothing.
  const nodeTest = require('node:test') as Record<string, unknown>;
  for (const k of ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach']) nodeTest[k] = () => undefined;
  const tester = require('../rules/rule-tester.js') as typeof import('../rules/rule-tester.js');
  for (const f of readdirSync(RULES_DIR).filter((x) => x.endsWith('.test.js')).sort()) require(path.join(RULES_DIR, f));
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

if (require.main === module) process.stdout.write(JSON.stringify(process.argv[2] === 'cases' ? cases() : collect()));
