// The findings of every invalid case of the rule tables (test/rules/<id>.test.ts), for checks that
// look at all of them at once (test/meta/docs.test.ts: every message fits a Problems panel). The
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

export function tableFindings(): TableFinding[] {
  const r = spawnSync(process.execPath, [__filename], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`loading the rule tables failed (exit ${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout) as TableFinding[];
}

function collect(): TableFinding[] {
  // Loading a test file must not register its suites here: describe, it and the hooks do nothing.
  const nodeTest = require('node:test') as Record<string, unknown>;
  for (const k of ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach']) nodeTest[k] = () => undefined;
  const { ruleTables, caseFindings } = require('../rules/rule-tester.js') as typeof import('../rules/rule-tester.js');
  for (const f of readdirSync(RULES_DIR).filter((x) => x.endsWith('.test.js')).sort()) require(path.join(RULES_DIR, f));
  const out: TableFinding[] = [];
  for (const { rule, cases } of ruleTables) {
    for (const c of cases.invalid) {
      const caseName = c.name ?? c.code.trim().split('\n')[0];
      for (const f of caseFindings(rule, c)) out.push({ ruleId: f.ruleId, messageId: f.messageId, severity: f.severity, message: f.message, caseName });
    }
  }
  return out;
}

if (require.main === module) process.stdout.write(JSON.stringify(collect()));
