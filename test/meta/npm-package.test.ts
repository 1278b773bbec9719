// What `npm pack` puts in the package (.npmignore is an allow-list): the bundles the bins, the
// ESLint plugin and package.json's main need, the rule pages the language server reads, and the
// documents; no sources, tests, tools or source maps.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('npm pack', () => {
  it('holds exactly the bundles, the Python parser\'s WebAssembly, the rule pages and the documents', () => {
    // --ignore-scripts: the prepare script would rebuild dist/ while other tests read it.
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const [pack] = JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>;
    assert.deepEqual(pack.files.map((f) => f.path).sort(), [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      // npm packs every README* of the root, whatever .npmignore says: the vsix's page comes along.
      'README.vsix.md',
      'dist/cli.js',
      // The command's bundle, loaded by dist/cli.js through V8's code cache (server/src/runner/code-cache.ts).
      'dist/cli-main.js',
      'dist/eslint-plugin.js',
      'dist/extension.js',
      'dist/server.js',
      // The Python parser (web-tree-sitter and tree-sitter-python), read at run time.
      'dist/tree-sitter-python.wasm',
      // typescript, required from beside the bundles when they first lint JavaScript (scripts/typescript-once.mjs).
      'dist/typescript.js',
      'dist/web-tree-sitter.wasm',
      'dist/worker.js',
      ...readdirSync(path.join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => `docs/rules/${f}`),
      'package.json',
    ].sort());
  });
});
