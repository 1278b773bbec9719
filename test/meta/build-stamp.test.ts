// scripts/build-stamp.mjs: npm test skips a build only when the sources and the outputs are
// exactly those of the last build it recorded.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

interface BuildStamp {
  inputsHash(root: string): string;
  buildIsCurrent(root: string, inputs: string, step: 'bundles' | 'compiled'): boolean;
  recordBuild(root: string, inputs: string, step: 'bundles' | 'compiled'): void;
}

const ROOT = path.resolve(__dirname, '..', '..', '..');
const load = () => import(pathToFileURL(path.join(ROOT, 'scripts', 'build-stamp.mjs')).href) as Promise<BuildStamp>;

describe('build stamps (scripts/build-stamp.mjs)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'tlslint-stamp-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  };
  write('rules/a.ts', 'export const a = 1;\n');
  write('package-lock.json', '{}\n');
  for (const f of ['dist/cli.js', 'dist/cli-main.js', 'dist/worker.js', 'dist/server.js', 'dist/extension.js', 'dist/eslint-plugin.js', 'dist/web-tree-sitter.wasm', 'dist/tree-sitter-python.wasm']) write(f, '// bundle\n');

  it('is current only for the inputs and the outputs it recorded', async () => {
    const { inputsHash, buildIsCurrent, recordBuild } = await load();
    const inputs = inputsHash(root);
    assert.equal(buildIsCurrent(root, inputs, 'bundles'), false, 'nothing recorded yet');
    recordBuild(root, inputs, 'bundles');
    assert.equal(buildIsCurrent(root, inputs, 'bundles'), true);
    assert.equal(buildIsCurrent(root, inputs, 'compiled'), false, 'each step has its own stamp');

    // Touching a source without changing it keeps the stamp; changing it does not.
    utimesSync(path.join(root, 'rules/a.ts'), new Date(), new Date(Date.now() + 5000));
    assert.equal(inputsHash(root), inputs);
    write('rules/a.ts', 'export const a = 2;\n');
    assert.notEqual(inputsHash(root), inputs);
    assert.equal(buildIsCurrent(root, inputsHash(root), 'bundles'), false);
    write('rules/a.ts', 'export const a = 1;\n');
    assert.equal(buildIsCurrent(root, inputsHash(root), 'bundles'), true, 'the same sources again');

    // An output rebuilt (npm run package) or deleted since means a build.
    write('dist/server.js', '// a production bundle\n');
    assert.equal(buildIsCurrent(root, inputs, 'bundles'), false);
    recordBuild(root, inputs, 'bundles');
    rmSync(path.join(root, 'dist/worker.js'));
    assert.equal(buildIsCurrent(root, inputs, 'bundles'), false);
  });
});
