// The GitHub Action (action.yml) run step by step on fixture repositories (step-runner.ts): the
// real build check, scan and gate steps in bash with the built CLI; only the upload-sarif step is
// replaced, by a mock that checks the file it is given. Then the summary helpers on their own.
// test-unit: own process (runs the action's bash steps and the CLI several times)
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { git, repo, ROOT } from '../helpers/cli.js';
import { evaluateExpression, runAction, type UsesMock } from './step-runner.js';

const UPLOAD = 'github/codeql-action/upload-sarif@v4';
const ERROR = "const https = require('https');\nexports.agent = new https.Agent({ rejectUnauthorized: false });\n";
const WARNING = "const tls = require('tls');\nexports.open = () => tls.connect({ host: 'db.internal', port: 5432 });\n";

/** The upload mock: records what it was given and checks it is SARIF that code scanning takes. */
function uploads(): { mock: UsesMock; calls: Array<Record<string, string>> } {
  const calls: Array<Record<string, string>> = [];
  return {
    calls,
    mock: (inputs) => {
      calls.push(inputs);
      const log = JSON.parse(readFileSync(inputs.sarif_file, 'utf8'));
      assert.equal(log.version, '2.1.0');
      assert.equal(log.runs.length, 1);
      return { outcome: 'success' };
    },
  };
}

function action(workspace: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  const upload = uploads();
  const run = runAction(ROOT, { inputs, workspace, uses: { [UPLOAD]: upload.mock }, env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'abc123', ...env } });
  return { ...run, uploads: upload.calls };
}

describe('the tlslint GitHub Action, its steps run against fixture repositories', () => {
  it('scans, uploads the SARIF with its category, writes the summary and fails the job on an error', () => {
    const dir = repo({ 'src/a.js': ERROR, 'src/b.js': WARNING });
    const run = action(dir);
    assert.deepEqual(run.steps.map((s) => [s.name, s.outcome]), [['Build tlslint', 'success'], ['Scan', 'success'], ['Upload SARIF to code scanning', 'success'], ['Fail on findings', 'failure']]);
    assert.equal(run.outcome, 'failure');
    assert.deepEqual([run.outputs.findings, run.outputs.errors, run.outputs.warnings], ['2', '1', '1']);
    assert.equal(run.uploads.length, 1);
    assert.equal(run.uploads[0].sarif_file, run.outputs['sarif-file']);
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8'));
    assert.deepEqual(sarif.runs[0].automationDetails, { id: 'tlslint/' });
    assert.match(run.summary, /^## tlslint: 2 findings \(1 error, 1 warning, 0 info\)$/m);
    assert.match(run.summary, /^\| `no-unverified-certificate` \| 1 \| 0 \| 0 \|$/m);
    assert.match(run.summary, /^\| error \| `no-unverified-certificate` \| \[src\/a\.js:2\]\(https:\/\/github\.com\/acme\/shop\/blob\/abc123\/src\/a\.js#L2\) \| rejectUnauthorized: false/m);
    const scan = run.steps.find((s) => s.name === 'Scan')!.stdout;
    assert.match(scan, /^::error file=src\/a\.js,line=2,col=\d+,title=tlslint no-unverified-certificate::rejectUnauthorized: false/m);
    assert.match(scan, /^::warning file=src\/b\.js,line=2,/m);
    assert.match(run.steps.at(-1)!.stdout, /tlslint reported 1 error-level finding or worse \(fail-on: error\)/);
  });

  it('fail-on decides the job: warning fails on a warning, error does not, none never does', () => {
    const dir = repo({ 'src/b.js': WARNING });
    assert.equal(action(dir).outcome, 'success');
    assert.equal(action(dir, { 'fail-on': 'warning' }).outcome, 'failure');
    const none = action(repo({ 'a.js': ERROR }), { 'fail-on': 'none' });
    assert.equal(none.outcome, 'success');
    assert.equal(none.steps.at(-1)!.outcome, 'skipped');
  });

  it('with a baseline and changed-since, only the pull request\'s new finding is reported and uploaded', () => {
    const dir = repo({ 'src/a.js': ERROR, 'src/b.js': WARNING, 'src/c.js': ERROR });
    writeFileSync(path.join(dir, '.keep'), '');
    const baseline = action(dir, { 'upload-sarif': 'false' });
    assert.equal(baseline.outputs.findings, '3');
    // The team records today's findings once, on main.
    const cli = path.join(ROOT, 'dist', 'cli.js');
    git(dir, 'config', 'user.email', 't@example.com');
    require('node:child_process').execFileSync(process.execPath, [cli, '--write-baseline', 'tlslint-baseline.json', 'src'], { cwd: dir, stdio: 'ignore' });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'tlslint baseline');
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFileSync(path.join(dir, 'src/a.js'), `// moved down\n${ERROR}exports.legacy = require('tls').connect({ host: 'x.example', servername: 'x.example', maxVersion: 'TLSv1.1' });\n`);
    git(dir, 'commit', '-qam', 'feature');
    const run = action(dir, { baseline: 'tlslint-baseline.json', 'changed-since': 'main', category: 'tlslint-pr' });
    assert.equal(run.outputs.findings, '1');
    assert.equal(run.outcome, 'failure');
    const results = JSON.parse(readFileSync(run.uploads[0].sarif_file, 'utf8')).runs[0].results;
    assert.deepEqual(results.map((r: { ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) => [r.ruleId, r.locations[0].physicalLocation.region.startLine]), [['no-legacy-tls-version', 4]]);
    assert.match(run.summary, /Scope: only findings not in `tlslint-baseline\.json`; only lines changed since `main`\./);
    assert.match(readFileSync(run.uploads[0].sarif_file, 'utf8'), /"id": "tlslint-pr\/"/);
  });

  it('upload-sarif: false skips the upload; a clean tree passes with an empty summary table', () => {
    const run = action(repo({ 'a.js': "require('https').get('https://example.com');\n" }), { 'upload-sarif': 'false' });
    assert.equal(run.outcome, 'success');
    assert.equal(run.uploads.length, 0);
    assert.equal(run.steps.find((s) => s.name === 'Upload SARIF to code scanning')!.outcome, 'skipped');
    assert.match(run.summary, /^## tlslint: no findings$/m);
    assert.equal(run.outputs.findings, '0');
  });

  it('a bad input or a ref that does not exist fails the job with the reason, and nothing is uploaded', () => {
    const dir = repo({ 'a.js': ERROR });
    const badFailOn = action(dir, { 'fail-on': 'sometimes' });
    assert.equal(badFailOn.outcome, 'failure');
    assert.match(badFailOn.summary, /fail-on must be one of error, warning, info, none, not 'sometimes'/);
    assert.equal(badFailOn.uploads.length, 0);
    const badRef = action(dir, { 'changed-since': 'origin/nope' });
    assert.equal(badRef.outcome, 'failure');
    assert.match(badRef.summary, /unknown git ref 'origin\/nope'/);
    assert.equal(badRef.uploads.length, 0);
  });

  it('a failing upload fails the job, after the summary was written', () => {
    const dir = repo({ 'src/b.js': WARNING });
    const run = runAction(ROOT, { inputs: {}, workspace: dir, uses: { [UPLOAD]: () => ({ outcome: 'failure' }) } });
    assert.equal(run.outcome, 'failure');
    assert.match(run.summary, /1 finding/);
    assert.ok(existsSync(run.outputs['sarif-file']));
  });
});

describe('the step runner\'s expressions', () => {
  const ctx = { inputs: { 'upload-sarif': 'true', empty: '' }, steps: { scan: { outputs: { 'sarif-file': '/x.sarif' } } } };
  const fns = { always: () => true, success: () => false, failure: () => true };
  const cases: Array<[string, unknown]> = [
    ["always() && inputs.upload-sarif == 'true' && steps.scan.outputs.sarif-file != ''", true],
    ["inputs.upload-sarif == 'TRUE'", true],
    ["inputs.upload-sarif == 'false' || inputs.empty", ''],
    ['!success() && (failure())', true],
    ["steps.missing.outputs.x == ''", true],
  ];
  for (const [text, want] of cases) it(text, () => assert.equal(evaluateExpression(text, ctx, fns), want));
});
