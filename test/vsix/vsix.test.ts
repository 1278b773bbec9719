// `npm run package` builds the production bundles and a .vsix that holds only what the extension
// needs at run time. It runs in a staging copy of the repository (test/e2e/lib/package-vsix.mjs,
// shared with the UI smoke test), so rebuilding dist/ there never races the language server tests
// that start dist/server.js; a vsix built from the same inputs is reused from .e2e/vsix-cache/.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { listZip, readEntry, type ZipEntry } from './zip.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const MAX_BYTES = 5 * 1024 * 1024;
/** What the vsix holds: the bundles, the rule pages (opened offline from the editor), the images, the documents. */
const EXPECTED = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/changelog.md',
  'extension/dist/extension.js',
  'extension/dist/server.js',
  'extension/dist/tree-sitter-python.wasm',
  'extension/dist/typescript.js',
  'extension/dist/web-tree-sitter.wasm',
  'extension/dist/worker.js',
  ...readdirSync(path.join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md')).map((f) => `extension/docs/rules/${f}`),
  ...readdirSync(path.join(ROOT, 'images')).filter((f) => f.endsWith('.png')).map((f) => `extension/images/${f}`),
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

  before(async () => {
    const { packageVsix } = (await import(pathToFileURL(path.join(ROOT, 'test', 'e2e', 'lib', 'package-vsix.mjs')).href)) as { packageVsix: () => Promise<string> };
    const file = await packageVsix();
    stage = path.dirname(file);
    vsix = readFileSync(file);
    entries = listZip(vsix);
  });
  after(() => rmSync(stage, { recursive: true, force: true }));

  it('holds only the bundles, the rule pages, the images, README, CHANGELOG, LICENSE, package.json and the vsix metadata', () => {
    assert.deepEqual(entries.map((e) => e.name).sort(), [...EXPECTED].sort());
  });

  it("the Marketplace page is the user's README as written (relative images, read from the vsix), not the developers'", () => {
    const readme = entry('extension/readme.md').toString('utf8');
    assert.equal(readme, readFileSync(path.join(ROOT, 'README.vsix.md'), 'utf8'));
    for (const [, image] of readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) entry(`extension/${image}`);
  });

  it('ships every rule page as in the repository', () => {
    for (const f of readdirSync(path.join(ROOT, 'docs', 'rules')).filter((x) => x.endsWith('.md'))) {
      assert.equal(entry(`extension/docs/rules/${f}`).toString('utf8'), readFileSync(path.join(ROOT, 'docs', 'rules', f), 'utf8'), f);
    }
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
