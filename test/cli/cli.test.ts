// The `tlslint` command: formats, exit codes, config errors, suppressions, fixes on a copied tree.
// Its main() runs in this process with the output captured (starting node and loading TypeScript
// for each case costs more than the case); the first describe runs the built dist/cli.js as a
// user does, so the process boundary (exit code, stdout, stderr) is covered too.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { run, tree, type Ran } from '../helpers/cli.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

/** `tlslint args` in a child process, from the bundle. */
function spawnCli(args: string[], cwd: string): Ran {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const INSECURE = "const tls = require('tls');\ntls.connect({ host: '10.0.0.1', port: 443, rejectUnauthorized: false });\n";
const CLEAN = "const https = require('https');\nhttps.get('https://example.com', (res) => res.resume());\n";

describe('the built tlslint command (dist/cli.js, a child process)', () => {
  it('exits 0 on a clean tree and says so', () => {
    const dir = tree({ 'src/a.js': CLEAN });
    const r = spawnCli(['src'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /no problems/i);
  });

  it('exits 1 with error-level findings and prints file, line:col, severity, message and rule id', () => {
    const dir = tree({ 'src/a.js': INSECURE });
    const r = spawnCli(['src'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /src\/a\.js/);
    assert.match(r.stdout, /2:44\s+error\s+rejectUnauthorized: false in tls\.connect accepts any certificate, so the server can be spoofed\.\s+no-unverified-certificate/);
  });

  it('exits 2 with the message on stderr for an unknown option, and one line pointing at --help', () => {
    const r = spawnCli(['--frmat', 'json'], tree({ 'a.js': CLEAN }));
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, "tlslint: unknown option '--frmat'\nRun 'tlslint --help' for the options.\n");
  });

  it('exits 2 for a missing path with only the error: no "No problems found" after it', () => {
    const r = spawnCli(['nope'], tree({ 'a.js': CLEAN }));
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'tlslint: nope: no such file or directory\n');
    assert.equal(r.stdout, '');
  });

  it('tlslint ciphers exits 1 on an insecure list, with its usage errors on stderr', () => {
    const dir = tree({});
    assert.equal(spawnCli(['ciphers', 'RC4-SHA:ECDHE+AESGCM'], dir).code, 1);
    assert.equal(spawnCli(['ciphers', 'ECDHE+AESGCM'], dir).code, 0);
    const usage = spawnCli(['ciphers'], dir);
    assert.equal(usage.code, 2);
    assert.equal(usage.stdout, '');
    assert.match(usage.stderr, /missing the cipher string\nRun 'tlslint ciphers --help'/);
  });
});

describe('tlslint CLI', () => {
  it('prints the same as the child process does', async () => {
    const dir = tree({ 'src/a.js': INSECURE });
    assert.deepEqual(await run(['src'], dir), spawnCli(['src'], dir));
  });

  it('prints JSON with 1-based positions', async () => {
    const dir = tree({ 'a.js': INSECURE });
    const r = await run(['--format', 'json', '.'], dir);
    const json = JSON.parse(r.stdout) as { filePath: string; findings: { ruleId: string; line: number; column: number }[] }[];
    assert.equal(json.length, 1);
    assert.equal(json[0].filePath, 'a.js');
    assert.deepEqual(json[0].findings.map((f) => [f.ruleId, f.line, f.column]), [["no-unverified-certificate", 2, 44]]);
  });

  it('writes SARIF 2.1.0 with one result per finding, to --output', async () => {
    const dir = tree({ 'a.js': INSECURE, 'b.ts': "import tls from 'node:tls';\ntls.connect({ host: 'db.example', port: 5432, minVersion: 'TLSv1' });\n" });
    const r = await run(['--format', 'sarif', '--output', 'out.sarif', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    const sarif = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    const json = JSON.parse((await run(['--format', 'json', '.'], dir)).stdout) as { findings: unknown[] }[];
    assert.equal(results.length, json.reduce((n, f) => n + f.findings.length, 0));
    assert.deepEqual(results.map((x) => x.ruleId).sort(), ['no-legacy-tls-version', 'no-unverified-certificate', 'require-servername']);
    assert.ok(results.every((x) => !path.isAbsolute(x.locations[0].physicalLocation.artifactLocation.uri)));
  });

  it('exits 2 for a path that does not exist, and reports the paths that do', async () => {
    const dir = tree({ 'a.js': CLEAN, 'b.js': INSECURE });
    const r = await run(['nope'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nope: no such file or directory/);
    assert.equal(r.stdout, '');
    const some = await run(['nope', 'b.js'], dir);
    assert.equal(some.code, 2);
    assert.match(some.stdout, /b\.js\n.*no-unverified-certificate/);
    assert.equal((await run(['nope', 'a.js'], dir)).stdout, '');
  });

  it('exits 2 with a clear message for unknown options and bad --rule values', async () => {
    const dir = tree({ 'a.js': CLEAN });
    assert.match((await run(['--frmat', 'json'], dir)).stderr, /unknown option '--frmat'/);
    const bad = await run(['--rule', 'no-such-rule=error', '.'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown rule 'no-such-rule'/);
    assert.match((await run(['--rule', 'require-servername=loud', '.'], dir)).stderr, /severity must be off, info, warning or error/);
  });

  it('exits 2 and names the file and the problem for a broken .tlslintrc.json', async () => {
    const dir = tree({ 'a.js': INSECURE, '.tlslintrc.json': '{ "rules": { "no-unverified-certificate": "loud" } }' });
    const r = await run(['.'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.tlslintrc\.json/);
    assert.match(r.stderr, /loud/);
    const syntax = tree({ 'a.js': INSECURE, '.tlslintrc.json': '{ "rules": ' });
    const s = await run(['.'], syntax);
    assert.equal(s.code, 2);
    assert.match(s.stderr, /\.tlslintrc\.json:1:\d+/);
  });

  it('honours config severities, --rule overrides, --quiet and --max-warnings', async () => {
    const dir = tree({ 'a.js': INSECURE, '.tlslintrc.json': '{ "rules": { "no-unverified-certificate": "warning" } }' });
    const asWarning = await run(['.'], dir);
    assert.equal(asWarning.code, 0);
    assert.match(asWarning.stdout, /warning\s+rejectUnauthorized/);
    assert.equal((await run(['--max-warnings', '0', '.'], dir)).code, 1);
    const off = await run(['--rule', 'no-unverified-certificate=off', '--format', 'json', '.'], dir);
    assert.deepEqual(JSON.parse(off.stdout)[0].findings, []);
    const quiet = await run(['--quiet', '--format', 'json', '.'], dir);
    assert.deepEqual(JSON.parse(quiet.stdout)[0].findings, []);
  });

  it('--quiet leaves out warnings of every kind, the parse-error note too', async () => {
    const dir = tree({ 'a.ts': "import tls from 'tls';\nconst x = ;\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n", 'b.js': "const tls = require('tls');\ntls.connect({ host: 'db.example.com', port: 443 });\n" });
    const loud = await run(['.'], dir);
    assert.match(loud.stdout, /Syntax error/);
    assert.match(loud.stdout, /require-servername/);
    const quiet = await run(['--quiet', '.'], dir);
    assert.doesNotMatch(quiet.stdout, /Syntax error|require-servername|not fully checked/);
    assert.match(quiet.stdout, /✖ 1 problem \(1 error, 0 warnings\)/);
  });

  it('information findings only with --include-info, in every format', async () => {
    const dir = tree({ 'a.js': "const tls = require('tls');\ntls.createServer({ key, cert, ciphers: 'HIGH:!aNULL:!MD5' });\n" });
    const plain = await run(['.'], dir);
    assert.equal(plain.code, 0);
    assert.equal(plain.stdout, '✔ No problems found.\n');
    const withInfo = await run(['--include-info', '.'], dir);
    assert.equal(withInfo.code, 0);
    assert.match(withInfo.stdout, /info\s+'HIGH' in ciphers also enables .*no-weak-cipher\n\n✖ 1 problem \(0 errors, 0 warnings, 1 info\)/);
    const json = (args: string[]) => run(['--format', 'json', ...args, '.'], dir).then((r) => JSON.parse(r.stdout)[0]);
    assert.deepEqual((await json([])).findings, []);
    assert.deepEqual((await json(['--include-info'])).findings.map((f: { severity: string }) => f.severity), ['info']);
    assert.equal((await json(['--include-info'])).infoCount, 1);
    const sarifOf = (args: string[]) => run(['--format', 'sarif', ...args, '.'], dir).then((r) => JSON.parse(r.stdout).runs[0].results);
    assert.deepEqual(await sarifOf([]), []);
    assert.equal((await sarifOf(['--include-info'])).length, 1);
    assert.equal(JSON.parse((await run(['--format', 'json-with-metadata', '--include-info', '.'], dir)).stdout).metadata.infoCount, 1);
  });

  it('JSON carries per-file counts, json-with-metadata the totals', async () => {
    const dir = tree({ 'a.js': INSECURE, 'b.js': CLEAN });
    const r = await run(['--format', 'json-with-metadata', '.'], dir);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as { results: { filePath: string; errorCount: number; warningCount: number }[]; metadata: Record<string, number> };
    assert.deepEqual(out.results.map((f) => [f.filePath, f.errorCount, f.warningCount]), [['a.js', 1, 0], ['b.js', 0, 0]]);
    assert.deepEqual(out.metadata, { errorCount: 1, warningCount: 0, infoCount: 0, fixableCount: 0 });
    assert.deepEqual(out.results, JSON.parse((await run(['--format', 'json', '.'], dir)).stdout));
  });

  it('honours ignore globs, node_modules and .gitignore', async () => {
    const dir = tree({
      'src/a.js': INSECURE,
      'dist/bundle.js': INSECURE,
      'node_modules/x/index.js': INSECURE,
      'gen/out.js': INSECURE,
      '.gitignore': 'gen/\n',
      '.tlslintrc.json': '{ "ignore": ["dist/**"] }',
    });
    const json = JSON.parse((await run(['--format', 'json', '.'], dir)).stdout) as { filePath: string }[];
    assert.deepEqual(json.map((f) => f.filePath), ['src/a.js']);
  });

  it('reports findings in test files one level lower', async () => {
    const dir = tree({ 'test/a.test.js': INSECURE });
    const json = JSON.parse((await run(['--format', 'json', '.'], dir)).stdout) as { findings: { severity: string }[] }[];
    assert.deepEqual(json[0].findings.map((f) => f.severity), ['warning']);
  });

  it('lowers files in test folders without a config, from the working directory or the scan root', async () => {
    // No .tlslintrc.json anywhere: the default globs (test/, tests/, __tests__/, fixtures/) start at
    // the directory tlslint runs in, or at the path named when it runs elsewhere; a package.json
    // without a "tlslint" key is not a config.
    const dir = tree({ 'package.json': '{"name":"p"}', 'test/helpers/a.js': INSECURE, 'tests/b.js': INSECURE, '__tests__/c.js': INSECURE, 'src/fixtures/d.js': INSECURE, 'src/e.js': INSECURE, 'src/testing.js': INSECURE });
    const severities = (stdout: string) => Object.fromEntries((JSON.parse(stdout) as { filePath: string; findings: { severity: string }[] }[]).map((r) => [r.filePath.split(path.sep).join('/').replace(/^.*?(?=(test|tests|__tests__|src)\/)/, ''), r.findings.map((f) => f.severity).join()]).filter(([, s]) => s !== ''));
    const want = { 'test/helpers/a.js': 'warning', 'tests/b.js': 'warning', '__tests__/c.js': 'warning', 'src/fixtures/d.js': 'warning', 'src/e.js': 'error', 'src/testing.js': 'error' };
    assert.deepEqual(severities((await run(['--format', 'json', '.'], dir)).stdout), want);
    assert.deepEqual(severities((await run(['--format', 'json', dir], tree({}))).stdout), want);
    // Named from inside the test folder, the folder is still a test folder: the working directory holds it.
    assert.deepEqual(severities((await run(['--format', 'json', 'test'], dir)).stdout), { 'test/helpers/a.js': 'warning' });
  });

  it('honours suppression comments and reports unused ones on request', async () => {
    const code =
      "const tls = require('tls');\n" +
      '// tlslint-disable-next-line no-unverified-certificate -- local proxy\n' +
      "tls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n" +
      "tls.connect({ host: '10.0.0.2', rejectUnauthorized: false }); // tlslint-disable-line no-unverified-certificate\n" +
      '// tlslint-disable-next-line no-legacy-tls-version\n' +
      "const s = '// tlslint-disable-next-line no-unverified-certificate';\n" +
      "tls.connect({ host: '10.0.0.3', rejectUnauthorized: false });\n";
    const dir = tree({ 'a.js': code });
    const json = JSON.parse((await run(['--format', 'json', '.'], dir)).stdout) as { findings: { line: number }[]; notes: unknown[] }[];
    assert.deepEqual(json[0].findings.map((f) => f.line), [7]);
    const strict = await run(['--report-unused-disable-directives', '.'], dir);
    assert.equal(strict.code, 1);
    assert.match(strict.stdout, /Unused tlslint-disable-next-line directive \(no no-legacy-tls-version finding/);
    // Counted as the problems they are (errors), not as notes about files that were not fully checked.
    assert.match(strict.stdout, /✖ 2 problems \(2 errors, 0 warnings\)/);
    assert.doesNotMatch(strict.stdout, /not fully checked/);
  });

  it('--fix applies only safe fixes; --fix-suggestions applies the rest and leaves code that lints clean', async () => {
    const src = path.join(ROOT, 'examples');
    const dir = mkdtempSync(path.join(tmpdir(), 'tlslint-fix-'));
    cpSync(src, dir, { recursive: true });
    const before = readFileSync(path.join(dir, 'src', 'db.js'), 'utf8');
    const countOf = async () => (JSON.parse((await run(['--format', 'json', '.'], dir)).stdout) as { findings: unknown[] }[]).reduce((n, f) => n + f.findings.length, 0);
    const initial = await countOf();
    assert.ok(initial > 0);
    await run(['--fix', '.'], dir);
    assert.equal(readFileSync(path.join(dir, 'src', 'db.js'), 'utf8'), before, 'suggestion fixes are not applied by --fix');
    await run(['--fix-suggestions', '.'], dir);
    assert.notEqual(readFileSync(path.join(dir, 'src', 'db.js'), 'utf8'), before);
    const after = JSON.parse((await run(['--format', 'json', '.'], dir)).stdout) as { filePath: string; findings: { ruleId: string; message: string }[]; notes: { kind: string }[] }[];
    const left = after.flatMap((f) => f.findings.map((x) => `${f.filePath}: ${x.ruleId}: ${x.message}`));
    assert.ok(left.length < initial, `fixes removed nothing: ${left.join('\n')}`);
    assert.deepEqual(after.flatMap((f) => f.notes.filter((n) => n.kind === 'parse-error')), [], 'fixed files still parse');
  });

  it('reports a syntax error as a note and still checks the rest of the file', async () => {
    const dir = tree({ 'a.ts': "import tls from 'tls';\nconst x = ;\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n" });
    const r = await run(['--format', 'json', '.'], dir);
    const json = JSON.parse(r.stdout) as { findings: { ruleId: string }[]; notes: { kind: string; message: string }[] }[];
    assert.deepEqual(json[0].findings.map((f) => f.ruleId), ['no-unverified-certificate']);
    assert.equal(json[0].notes[0].kind, 'parse-error');
    assert.match(json[0].notes[0].message, /Syntax error at 2:11/);
  });

  it('skips binary files with a note', async () => {
    const dir = tree({ 'a.js': 'x\u0000y' });
    const json = JSON.parse((await run(['--format', 'json', '.'], dir)).stdout) as { notes: { kind: string; message: string }[] }[];
    assert.equal(json[0].notes[0].kind, 'skipped');
    assert.match(json[0].notes[0].message, /binary/);
  });
});

describe('tlslint on examples/', () => {
  it('SARIF holds every finding of examples/, each with a region and a fingerprint', async () => {
    const r = await run(['--format', 'sarif', 'examples/'], ROOT);
    assert.equal(r.code, 1, r.stderr);
    const sarif = JSON.parse(r.stdout);
    const results = sarif.runs[0].results as { ruleId: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
    const json = JSON.parse((await run(['--format', 'json', 'examples/'], ROOT)).stdout) as { findings: { ruleId: string }[] }[];
    // A finding reported lower points at its rule's `<id>/<severity>` descriptor (hierarchical ids, SARIF 3.27.5).
    assert.deepEqual(results.map((x) => x.ruleId.split('/')[0]).sort(), json.flatMap((f) => f.findings.map((x) => x.ruleId)).sort());
    assert.ok(results.length > 10);
    for (const res of results) {
      assert.ok(res.locations[0].physicalLocation.region.startLine >= 1);
      assert.ok(res.partialFingerprints.primaryLocationLineHash);
    }
  });
});
