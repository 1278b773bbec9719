// `npm run package` builds the production bundles and a .vsix that holds only what the extension
// needs at run time. Runs in a staging copy of the repository (sources and node_modules linked),
// so rebuilding dist/ there never races the language server tests that start dist/server.js.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { listZip, readEntry, type ZipEntry } from './zip.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const MAX_BYTES = 5 * 1024 * 1024;
const LINKED = ['client', 'server', 'rules', 'node_modules', 'esbuild.mjs'];
const COPIED = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'images/icon.png'];

const EXPECTED = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/changelog.md',
  'extension/dist/extension.js',
  'extension/dist/server.js',
  'extension/dist/worker.js',
  'extension/images/icon.png',
  'extension/package.json',
  'extension/readme.md',
];

describe('npm run package', { timeout: 300_000 }, () => {
  let stage: string;
  let vsix: Buffer;
  let entries: ZipEntry[];
  const entry = (name: string) => {
    const e = entries.find((x) => x.name === name);
    assert.ok(e, `${name} is in the vsix`);
    return readEntry(vsix, e);
  };

  before(() => {
    stage = mkdtempSync(path.join(tmpdir(), 'tlslint-vsix-'));
    for (const name of LINKED) symlinkSync(path.join(ROOT, name), path.join(stage, name));
    for (const name of COPIED) {
      mkdirSync(path.dirname(path.join(stage, name)), { recursive: true });
      copyFileSync(path.join(ROOT, name), path.join(stage, name));
    }
    const run = spawnSync('npm', ['run', 'package'], { cwd: stage, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
    assert.equal(run.status, 0, `npm run package failed:\n${run.stdout}\n${run.stderr}`);
    vsix = readFileSync(path.join(stage, 'tlslint.vsix'));
    entries = listZip(vsix);
  });
  after(() => rmSync(stage, { recursive: true, force: true }));

  it('holds only the bundles, README, CHANGELOG, LICENSE, icon, package.json and the vsix metadata', () => {
    assert.deepEqual(entries.map((e) => e.name).sort(), [...EXPECTED].sort());
  });

  it(`is under ${MAX_BYTES / 1024 / 1024} MB`, () => {
    assert.ok(vsix.length < MAX_BYTES, `${vsix.length} bytes`);
  });

  it('ships production bundles (minified, no source maps) of the client and the server', () => {
    for (const name of ['extension/dist/extension.js', 'extension/dist/server.js']) {
      const text = entry(name).toString('utf8');
      // (TypeScript, bundled in the server, mentions sourceMappingURL itself; only the tail counts.)
      assert.ok(!text.slice(-300).includes('sourceMappingURL'), `${name} links a source map`);
      const lines = text.split('\n').length;
      assert.ok(text.length / lines > 500, `${name} looks unminified: ${lines} lines for ${text.length} characters`);
    }
    const client = entry('extension/dist/extension.js').toString('utf8');
    assert.ok(client.includes('require("vscode")'), 'vscode stays external');
    assert.ok(entry('extension/dist/server.js').toString('utf8').startsWith('#!/usr/bin/env node'), 'the server bundle is executable with node');
  });

  it('carries the manifest as written, and the icon it names', () => {
    const packaged = JSON.parse(entry('extension/package.json').toString('utf8'));
    const source = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(packaged.contributes, source.contributes);
    assert.equal(packaged.main, './dist/extension.js');
    const icon = entry(`extension/${packaged.icon}`);
    assert.deepEqual([...icon.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(''), 'PNG');
    const manifest = entry('extension.vsixmanifest').toString('utf8');
    assert.match(manifest, /<Icon>extension\/images\/icon\.png<\/Icon>/);
    assert.match(manifest, /Id="tlslint" Version="[^"]+" Publisher="tlslint"/);
  });
});
