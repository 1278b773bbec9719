// What `npm pack` puts in the package (.npmignore is an allow-list): the bundles the bins, the
// ESLint plugin and package.json's main need, and the documents; no sources, tests, tools or
// source maps.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('npm pack', () => {
  it('holds exactly the bundles and the documents', () => {
    // --ignore-scripts: the prepare script would rebuild dist/ while other tests read it.
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const [pack] = JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>;
    assert.deepEqual(pack.files.map((f) => f.path).sort(), [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/cli.js',
      'dist/eslint-plugin.js',
      'dist/extension.js',
      'dist/server.js',
      'dist/worker.js',
      'package.json',
    ]);
  });
});
