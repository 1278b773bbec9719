// package.json, the CLI and the README stay in step.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { VERSION } from '../../server/src/engine/version.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('package metadata', () => {
  it('the CLI reports the package version', () => {
    assert.equal(VERSION, pkg.version);
  });

  it('ships the tlslint and tlslint-language-server bins from the bundles', () => {
    assert.equal(pkg.bin.tlslint, 'dist/cli.js');
    assert.equal(pkg.bin['tlslint-language-server'], 'dist/server.js');
  });

  it('pins typescript 6.0.x', () => {
    assert.match(pkg.devDependencies.typescript, /^6\.0\.\d+$/);
  });

  it('.ci/run runs exactly the README test command', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const ci = readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    assert.ok(readme.includes('npm ci && npm test'));
    assert.ok(readme.includes('npm ci && npm run scan'));
    assert.match(ci, /^npm ci && npm test$/m);
  });
});
