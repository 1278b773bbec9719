// --stdin --stdin-filename <path>: the text of standard input, linted with the config of <path>,
// reported as the other files are (JSON: one entry named by the path, as editors expect).
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BARREL_SERVICE, EDITED_FINDING, MAIN_EDITED, MAIN_ON_DISK } from '../helpers/barrel-service.js';
import { run, spawnCli, tree, type JsonFile } from '../helpers/cli.js';

const INSECURE = "const tls = require('tls');\ntls.connect({ host: 'db.internal', servername: 'db.internal', rejectUnauthorized: false });\n";

const shown = (out: string) => (JSON.parse(out) as JsonFile[]).flatMap((f) => f.findings.map((x) => `${x.line}:${x.column} ${x.ruleId}`));

describe('--stdin', () => {
  it("uses the project model for a path inside the current directory: the neighbours from disk, standard input for the file", async () => {
    const dir = tree(BARREL_SERVICE);
    // On disk main.ts is safe; the text on standard input calls createClient({ insecure: true }).
    const edited = await run(['--stdin', '--stdin-filename', 'src/main.ts', '--format', 'json'], dir, MAIN_EDITED);
    assert.equal(edited.code, 1, edited.stderr);
    assert.deepEqual(shown(edited.stdout), [EDITED_FINDING]);
    // And the other way round: disk unsafe, standard input safe.
    const unsafeDisk = tree({ ...BARREL_SERVICE, 'src/main.ts': MAIN_EDITED });
    const safe = await run(['--stdin', '--stdin-filename', path.join(unsafeDisk, 'src/main.ts'), '--format', 'json'], unsafeDisk, MAIN_ON_DISK);
    assert.equal(safe.code, 0);
    assert.deepEqual(shown(safe.stdout), []);
  });

  it('checks the file alone with --no-project, or when the path is outside the current directory', async () => {
    const dir = tree(BARREL_SERVICE);
    const alone = await run(['--stdin', '--stdin-filename', 'src/main.ts', '--no-project', '--format', 'json'], dir, MAIN_EDITED);
    assert.deepEqual([alone.code, shown(alone.stdout)], [0, []]);
    const outside = await run(['--stdin', '--stdin-filename', path.join(dir, 'src/main.ts'), '--format', 'json'], path.join(dir, 'src/lib'), MAIN_EDITED);
    assert.deepEqual([outside.code, shown(outside.stdout)], [0, []]);
  });

  it('reports only the named file: a finding its text places in an imported file is left out', async () => {
    const dir = tree({ 'package.json': '{}', 'src/config.ts': 'export const tlsOptions = { rejectUnauthorized: false };\n' });
    const r = await run(['--stdin', '--stdin-filename', 'src/client.ts', '--format', 'json'], dir, "import https from 'node:https';\nimport { tlsOptions } from './config';\nhttps.request('https://a', tlsOptions);\n");
    const out = JSON.parse(r.stdout) as JsonFile[];
    assert.deepEqual([r.code, out.length, out[0].filePath, out[0].findings], [0, 1, 'src/client.ts', []]);
  });

  it('lints standard input as the named file, in JSON, through the built command', () => {
    const dir = tree({ 'src/.keep': '' });
    const r = spawnCli(['--stdin', '--stdin-filename', 'src/client.js', '--format', 'json'], dir, { input: INSECURE });
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as JsonFile[];
    assert.equal(out.length, 1);
    assert.equal(out[0].filePath, 'src/client.js');
    assert.deepEqual(out[0].findings.map((f) => [f.ruleId, f.severity, f.line]), [['no-unverified-certificate', 'error', 2]]);
  });

  it('applies the config of the path: its rules, its test-file lowering, its ignore globs', async () => {
    const dir = tree({
      'off/.tlslintrc.json': '{ "rules": { "no-unverified-certificate": "off" } }',
      '.tlslintrc.json': '{ "ignore": ["vendor/**"] }',
    });
    const off = await run(['--stdin', '--stdin-filename', 'off/a.js', '--format', 'json'], dir, INSECURE);
    assert.equal(off.code, 0);
    assert.deepEqual((JSON.parse(off.stdout) as JsonFile[])[0].findings, []);
    const test = await run(['--stdin', '--stdin-filename', 'test/a.test.js', '--format', 'json'], dir, INSECURE);
    assert.equal(test.code, 0, 'lowered to a warning in a test file');
    assert.deepEqual((JSON.parse(test.stdout) as JsonFile[])[0].findings.map((f) => f.severity), ['warning']);
    const ignored = await run(['--stdin', '--stdin-filename', 'vendor/a.js', '--format', 'json'], dir, INSECURE);
    assert.equal(ignored.code, 0);
    const [entry] = JSON.parse(ignored.stdout) as JsonFile[];
    assert.deepEqual(entry.findings, []);
    assert.match(entry.notes[0].message, /ignored by the configuration/);
  });

  it('shows information findings only with --include-info, as for files', async () => {
    const dir = tree({});
    const high = "require('tls').createSecureContext({ ciphers: 'HIGH:!aNULL' });\n";
    const plain = await run(['--stdin', '--format', 'json'], dir, high);
    assert.deepEqual((JSON.parse(plain.stdout) as JsonFile[])[0].findings, []);
    const info = await run(['--stdin', '--include-info', '--format', 'json'], dir, high);
    assert.deepEqual((JSON.parse(info.stdout) as JsonFile[])[0].findings.map((f) => [f.ruleId, f.severity]), [['no-weak-cipher', 'info']]);
  });

  it('reads TypeScript by the name, JavaScript without one; a name tlslint does not read gets a note', async () => {
    const dir = tree({});
    const ts = await run(['--stdin', '--stdin-filename', 'a.ts', '--format', 'json'], dir, `const o: import('tls').ConnectionOptions = { rejectUnauthorized: false };\nrequire('tls').connect(o as any);\n`);
    assert.deepEqual((JSON.parse(ts.stdout) as JsonFile[])[0].findings.map((f) => f.ruleId), ['no-unverified-certificate']);
    const unnamed = await run(['--stdin', '--format', 'json'], dir, INSECURE);
    assert.equal((JSON.parse(unnamed.stdout) as JsonFile[])[0].filePath, 'stdin.js');
    const other = await run(['--stdin', '--stdin-filename', 'notes.txt', '--format', 'json'], dir, INSECURE);
    assert.equal(other.code, 0);
    assert.match((JSON.parse(other.stdout) as JsonFile[])[0].notes[0].message, /not a file tlslint reads/);
  });

  it('a byte order mark is not part of the text (positions as in the file)', async () => {
    const r = await run(['--stdin', '--stdin-filename', 'a.js', '--format', 'json'], tree({}), `\ufeff${INSECURE}`);
    const [f] = (JSON.parse(r.stdout) as JsonFile[])[0].findings;
    assert.deepEqual([f.line, f.column], [2, 63]);
  });

  it('goes with --baseline: the fingerprints are of the text read', async () => {
    const dir = tree({ 'a.js': INSECURE });
    await run(['--write-baseline', 'base.json', 'a.js'], dir);
    const same = await run(['--stdin', '--stdin-filename', 'a.js', '--baseline', 'base.json', '--format', 'json'], dir, `// unsaved edit\n${INSECURE}`);
    assert.equal(same.code, 0, same.stdout);
    const edited = await run(['--stdin', '--stdin-filename', path.join(dir, 'a.js'), '--baseline', 'base.json', '--format', 'json'], dir, INSECURE.replace('host:', 'port: 5432, host:'));
    assert.equal(edited.code, 1);
  });

  it('a broken config of the path is exit 2; paths, --fix and --changed-since do not go with it', async () => {
    const dir = tree({ 'bad/.tlslintrc.json': '{ "rules": ' });
    const broken = await run(['--stdin', '--stdin-filename', 'bad/a.js'], dir, INSECURE);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /configuration error: .*bad\/\.tlslintrc\.json/);
    for (const [args, message] of [
      [['--stdin', 'src'], /--stdin lints standard input; it takes no paths \(got 'src'\)/],
      [['--stdin', '--fix'], /--fix cannot write standard input back/],
      [['--stdin', '--changed-since', 'HEAD'], /--changed-since .* does not go with --stdin/],
      [['--stdin-filename', 'a.js'], /--stdin-filename goes with --stdin/],
    ] as const) {
      const r = await run([...args], dir, INSECURE);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
  });
});
