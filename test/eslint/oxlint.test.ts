// oxlint's JS-plugin loader (`jsPlugins` in .oxlintrc.json) with the same dist/eslint-plugin.js,
// when oxlint is there: `npm run bench` installs it into .bench/tools (bench/run.mjs). Then on a
// copy of examples/: the CLI's (file, line, rule) set, safe fixes with --fix, suggestions with
// --fix-suggestions, eslint-disable and oxlint-disable comments.
// test-unit: own process (starts oxlint, which lints with its own threads)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cliJsKeys } from './cli-keys.js';
import { ROOT } from './eslint-tools.js';

const OXLINT = path.join(ROOT, '.bench', 'tools', 'node_modules', '.bin', 'oxlint');
const PLUGIN = path.join(ROOT, 'dist', 'eslint-plugin.js');
const skip = existsSync(OXLINT) ? false : 'oxlint is not installed (npm run bench installs it into .bench/tools)';

/** A copy of examples/ with an .oxlintrc.json that enables the plugin's recommended rules only. */
function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tlslint-oxlint-'));
  for (const name of ['src', 'test', '.tlslintrc.json']) cpSync(path.join(ROOT, 'examples', name), path.join(dir, name), { recursive: true });
  const { rules } = require(PLUGIN).configs.recommended;
  writeFileSync(path.join(dir, '.oxlintrc.json'), JSON.stringify({ plugins: [], categories: { correctness: 'off' }, jsPlugins: [PLUGIN], rules }));
  return dir;
}

function oxlint(dir: string, ...args: string[]) {
  return spawnSync(OXLINT, args, { cwd: dir, encoding: 'utf8' });
}

describe('oxlint with jsPlugins: dist/eslint-plugin.js', { skip }, () => {
  it('finds on examples/ what the CLI finds, TypeScript files included', async () => {
    const dir = project();
    const r = oxlint(dir, '-f', 'json', '.');
    assert.equal(r.status, 1, r.stderr);
    const diagnostics = JSON.parse(r.stdout).diagnostics as Array<{ code: string; filename: string; labels: Array<{ span: { line: number } }> }>;
    const got = diagnostics.map((d) => `${d.filename}:${d.labels[0].span.line}:${d.code.replace(/^tlslint\((.*)\)$/, '$1')}`).sort();
    const want = await cliJsKeys(dir);
    assert.ok(want.some((k) => k.includes('.ts:')));
    assert.deepEqual(got, want);
  });

  it('--fix applies the safe fix, --fix-suggestions a suggestion; eslint-disable and oxlint-disable comments work', () => {
    const dir = project();
    const weak = "require('tls').createSecureContext({ ciphers: 'RC4-SHA:ECDHE-RSA-AES128-GCM-SHA256' });\n";
    writeFileSync(path.join(dir, 'src', 'fix.js'), weak);
    oxlint(dir, '--fix', 'src/fix.js');
    assert.equal(readFileSync(path.join(dir, 'src', 'fix.js'), 'utf8'), "require('tls').createSecureContext({ ciphers: 'ECDHE-RSA-AES128-GCM-SHA256' });\n");
    writeFileSync(path.join(dir, 'src', 'suggest.js'), "require('https').get({ host: 'a.example', rejectUnauthorized: false });\n");
    oxlint(dir, '--fix', 'src/suggest.js');
    assert.match(readFileSync(path.join(dir, 'src', 'suggest.js'), 'utf8'), /rejectUnauthorized: false/, '--fix leaves suggestions alone');
    oxlint(dir, '--fix-suggestions', 'src/suggest.js');
    assert.equal(readFileSync(path.join(dir, 'src', 'suggest.js'), 'utf8'), "require('https').get({ host: 'a.example' });\n");
    writeFileSync(path.join(dir, 'src', 'disabled.ts'), `// eslint-disable-next-line tlslint/no-weak-cipher\n${weak}// oxlint-disable-next-line tlslint/no-weak-cipher\n${weak}${weak}`);
    const r = oxlint(dir, '-f', 'json', 'src/disabled.ts');
    assert.deepEqual(JSON.parse(r.stdout).diagnostics.map((d: { labels: Array<{ span: { line: number } }> }) => d.labels[0].span.line), [5]);
  });
});
