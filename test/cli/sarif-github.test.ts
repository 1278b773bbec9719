// SARIF as GitHub code scanning reads it: the score comes from the descriptor a result points at,
// so a finding reported lower never shows as High; the category; the rule's page as help; the
// 25,000-result limit.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { rules as catalog } from '../../rules/index.js';
import { findingSecuritySeverity, formatSarif, GITHUB_MAX_RESULTS } from '../../server/src/cli/format-sarif.js';
import type { FileResult, Finding } from '../../server/src/engine/types.js';
import { ROOT, run, spawnCli, tree } from '../helpers/cli.js';

type Json = Record<string, any>;

const CERT = "const https = require('https');\nexports.agent = new https.Agent({ rejectUnauthorized: false });\n";
const HIGH = "const tls = require('tls');\nexports.ctx = tls.createSecureContext({ ciphers: 'HIGH:!aNULL' });\n";

/** Each result with the descriptor GitHub reads for it. */
function resultsWithRules(log: Json): Array<{ result: Json; rule: Json }> {
  const run = log.runs[0];
  return run.results.map((result: Json) => {
    const rule = run.tool.driver.rules[result.ruleIndex];
    assert.equal(rule.id, result.ruleId, 'ruleId and ruleIndex agree');
    return { result, rule };
  });
}

/** GitHub's bands for security-severity. */
function band(score: string | undefined): string {
  if (score === undefined) return 'none';
  const n = Number(score);
  return n >= 9 ? 'critical' : n >= 7 ? 'high' : n >= 4 ? 'medium' : 'low';
}

describe('SARIF security-severity as GitHub reads it (from the descriptor)', () => {
  it('a finding at full level scores the rule\'s own; lowered in a test file it points at a Medium descriptor; information (with --include-info) has none', async () => {
    const dir = tree({ 'src/a.js': CERT, 'test/a.test.js': CERT, 'src/ciphers.js': HIGH, 'test/ciphers.test.js': HIGH });
    const r = await run(['--format', 'sarif', '--include-info', '.'], dir);
    const rowsOf = (stdout: string) => resultsWithRules(JSON.parse(stdout)).map(({ result, rule }) => ({
      file: result.locations[0].physicalLocation.artifactLocation.uri,
      ruleId: result.ruleId,
      level: result.level,
      score: rule.properties['security-severity'],
      resultScore: result.properties?.['security-severity'],
      ruleLevel: rule.defaultConfiguration.level,
    }));
    const rows = rowsOf(r.stdout);
    assert.deepEqual(rows, [
      { file: 'src/a.js', ruleId: 'no-unverified-certificate', level: 'error', score: '8.1', resultScore: '8.1', ruleLevel: 'error' },
      { file: 'src/ciphers.js', ruleId: 'no-weak-cipher/info', level: 'note', score: undefined, resultScore: undefined, ruleLevel: 'note' },
      { file: 'test/a.test.js', ruleId: 'no-unverified-certificate/warning', level: 'warning', score: '5.3', resultScore: '5.3', ruleLevel: 'warning' },
      { file: 'test/ciphers.test.js', ruleId: 'no-weak-cipher/info', level: 'note', score: undefined, resultScore: undefined, ruleLevel: 'note' },
    ]);
    const rules: Json[] = JSON.parse(r.stdout).runs[0].tool.driver.rules;
    assert.equal(rules.filter((x) => x.id === 'no-weak-cipher/info').length, 1, 'one lowered descriptor, however many results use it');
    // Without --include-info, information findings stay out of the SARIF (and their descriptor with them).
    const plain = await run(['--format', 'sarif', '.'], dir);
    assert.deepEqual(rowsOf(plain.stdout), rows.filter((x) => x.level !== 'note'));
    assert.ok(!JSON.parse(plain.stdout).runs[0].tool.driver.rules.some((x: Json) => x.id.endsWith('/info')));
    const lowered = rules.find((x) => x.id === 'no-unverified-certificate/warning')!;
    const base = rules.find((x) => x.id === 'no-unverified-certificate')!;
    assert.deepEqual({ ...lowered, id: base.id, name: base.name, defaultConfiguration: base.defaultConfiguration, properties: { ...lowered.properties, 'security-severity': '8.1' } }, base, 'the same rule otherwise');
  });

  it('no result below error level ever lands in GitHub\'s High or Critical band, for any rule', () => {
    for (const rule of catalog) {
      for (const severity of ['error', 'warning', 'info'] as const) {
        const f = finding(rule.meta.id, severity);
        const [{ result, rule: descriptor }] = resultsWithRules(JSON.parse(formatSarif([{ fileName: '/x/a.js', findings: [f], notes: [] }], { cwd: '/x', rules: catalog, toolVersion: '1', readText: () => 'x\n' })));
        const got = band(descriptor.properties?.['security-severity']);
        const score = findingSecuritySeverity(rule, severity);
        assert.equal(descriptor.properties?.['security-severity'], score?.toFixed(1));
        if (severity === 'error') assert.equal(got, band(rule.meta.securitySeverity.toFixed(1)), `${rule.meta.id} at error`);
        else assert.ok(severity === 'info' ? got === 'none' : got === 'medium' || got === 'low', `${rule.meta.id} at ${severity}: ${got}`);
        assert.equal(result.level, { error: 'error', warning: 'warning', info: 'note' }[severity]);
      }
    }
  });
});

describe('SARIF run details', () => {
  it('--sarif-category sets automationDetails.id as upload-sarif\'s category would', async () => {
    const dir = tree({ 'a.js': CERT });
    const sarifRun = JSON.parse((await run(['--format', 'sarif', '--sarif-category', 'tlslint/frontend', '.'], dir)).stdout).runs[0];
    assert.deepEqual(sarifRun.automationDetails, { id: 'tlslint/frontend/' });
    const none = JSON.parse((await run(['--format', 'sarif', '.'], dir)).stdout).runs[0];
    assert.equal(none.automationDetails, undefined);
  });

  it('help.markdown is the rule\'s page (why, examples, fix) with links that work outside the repository', async () => {
    const rules: Json[] = JSON.parse((await run(['--format', 'sarif', '.'], tree({}))).stdout).runs[0].tool.driver.rules;
    for (const rule of rules) {
      const md: string = rule.help.markdown;
      assert.ok(md.startsWith(`# ${rule.id}\n`), rule.id);
      for (const section of ['## Why it matters', '## Examples', '## How to fix']) assert.ok(md.includes(section), `${rule.id}: ${section}`);
      assert.match(md, /```(js|ts) bad\n/);
      assert.doesNotMatch(md, /\]\([a-z0-9-]+\.md[)#]/, `${rule.id}: a relative link to a sibling page`);
    }
    const cert = rules.find((r) => r.id === 'no-unverified-certificate')!.help.markdown;
    assert.match(cert, /\]\(https:\/\/github\.com\/tlslint\/tlslint\/blob\/main\/docs\/rules\/no-global-tls-bypass\.md\)/);
  });

  it('the built command carries the pages: a copy of it far from docs/ still has them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tlslint-bundle-'));
    for (const f of ['cli.js', 'cli-main.js', 'worker.js', 'typescript.js']) copyFileSync(path.join(ROOT, 'dist', f), path.join(dir, f));
    const r = spawnCli(['--format', 'sarif', '.'], tree({ 'a.js': CERT }), { cli: path.join(dir, 'cli.js') });
    assert.equal(r.code, 1, r.stderr);
    const rule = JSON.parse(r.stdout).runs[0].tool.driver.rules.find((x: Json) => x.id === 'no-weak-cipher');
    assert.match(rule.help.markdown, /^# no-weak-cipher\n[\s\S]*## Why it matters[\s\S]*```js bad/);
  });
});

describe('GitHub\'s 25,000 results per run', () => {
  it('keeps the most severe results up to the limit, in order, and says so in a notification and a warning', () => {
    const file: FileResult = { fileName: '/x/a.js', findings: [], notes: [] };
    const severities = ['warning', 'info', 'error', 'warning', 'error', 'info'] as const;
    severities.forEach((s, i) => file.findings.push(finding('no-weak-cipher', s, i * 10)));
    const warnings: string[] = [];
    const log = JSON.parse(formatSarif([file], { cwd: '/x', rules: catalog, toolVersion: '1', readText: () => 'x'.repeat(100), maxResults: 3, warn: (m) => warnings.push(m) }));
    const run = log.runs[0];
    assert.deepEqual(run.results.map((r: Json) => [r.level, r.locations[0].physicalLocation.region.startColumn]), [['warning', 1], ['error', 21], ['error', 41]]);
    const note = run.invocations[0].toolExecutionNotifications.at(-1);
    assert.equal(note.properties.kind, 'results-capped');
    assert.match(note.message.text, /tlslint found 6 results; GitHub code scanning rejects a run of more than 3, so only the 3 most severe are included/);
    assert.deepEqual(warnings, [note.message.text]);
    assert.equal(GITHUB_MAX_RESULTS, 25_000);
  });

  it('under the limit nothing is cut and nothing is said', () => {
    const file: FileResult = { fileName: '/x/a.js', findings: [finding('no-weak-cipher', 'error')], notes: [] };
    const warnings: string[] = [];
    const run = JSON.parse(formatSarif([file], { cwd: '/x', rules: catalog, toolVersion: '1', readText: () => 'x', warn: (m) => warnings.push(m) })).runs[0];
    assert.equal(run.results.length, 1);
    assert.equal(run.invocations[0].toolExecutionNotifications, undefined);
    assert.deepEqual(warnings, []);
  });
});

function finding(ruleId: string, severity: Finding['severity'], at = 0): Finding {
  return {
    ruleId,
    messageId: 'x',
    message: `${ruleId} at ${severity}`,
    severity,
    start: at,
    end: at + 1,
    range: { start: { line: 0, character: at }, end: { line: 0, character: at + 1 } },
    fixes: [],
  };
}
