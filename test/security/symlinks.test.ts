// tlslint never follows a symbolic link out of the scanned roots: links to directories are not
// entered, links to files outside are reported and not read, loops and broken links are notes.
// Neither the CLI (lint and fix) nor the language server's scan touches anything outside.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { run, SCAN_WORKSPACE, startServer, workspace } from './sandbox.js';

const INSECURE = "const tls = require('tls');\ntls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n";

describe('symbolic links out of the scanned roots', () => {
  const outside = workspace({ 'secret.js': INSECURE, 'lib/deep.js': INSECURE, '.tlslintrc.json': '{"rules": {}}' }, 'tlslint-outside-');
  const root = workspace({ 'src/inside.js': INSECURE }, 'tlslint-root-');
  mkdirSync(path.join(root, 'links'));
  symlinkSync(path.join(outside, 'lib'), path.join(root, 'links', 'lib'));
  symlinkSync(outside, path.join(root, 'links', 'everything'));
  symlinkSync(path.join(outside, 'secret.js'), path.join(root, 'links', 'secret.js'));
  symlinkSync(path.join(root, 'links'), path.join(root, 'links', 'loop'));
  symlinkSync(path.join(root, 'links', 'self.js'), path.join(root, 'links', 'self.js'));
  symlinkSync(path.join(root, 'missing.js'), path.join(root, 'links', 'broken.js'));
  symlinkSync(path.join(root, 'src', 'inside.js'), path.join(root, 'links', 'alias.js'));
  const before = new Map(['secret.js', 'lib/deep.js'].map((f) => [f, { text: readFileSync(path.join(outside, f), 'utf8'), mtimeMs: statSync(path.join(outside, f)).mtimeMs }]));
  after(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  const outsideUntouched = () => {
    for (const [f, was] of before) {
      assert.equal(readFileSync(path.join(outside, f), 'utf8'), was.text, f);
      assert.equal(statSync(path.join(outside, f)).mtimeMs, was.mtimeMs, f);
    }
  };

  it('the CLI reports only files inside, and fixes only those', () => {
    const r = run(['--format', 'json', '.'], { cwd: root });
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout) as { filePath: string }[];
    assert.deepEqual(report.map((f) => f.filePath), ['src/inside.js']);
    const fixed = run(['--fix-suggestions', '.'], { cwd: root });
    assert.notEqual(fixed.status, 2, fixed.stderr);
    assert.ok(!readFileSync(path.join(root, 'src', 'inside.js'), 'utf8').includes('rejectUnauthorized: false'));
    outsideUntouched();
  });

  it('a folder holding only links (out, in, looping, broken) gives nothing to scan', () => {
    const r = run(['--format', 'json', 'links'], { cwd: root });
    assert.equal(r.status, 0, r.stderr);
    // links/alias.js leads to src/inside.js, outside this root too: not followed either.
    assert.deepEqual(JSON.parse(r.stdout), []);
    outsideUntouched();
  });

  it("the language server's workspace scan publishes nothing outside the folder", async () => {
    const server = await startServer(root);
    try {
      const summary = (await server.connection.sendRequest('workspace/executeCommand', { command: SCAN_WORKSPACE, arguments: [{}] })) as { files: number };
      assert.equal(summary.files, 1);
      for (const uri of server.diagnostics.keys()) {
        const file = fileURLToPath(uri);
        assert.ok(file.startsWith(root + path.sep) && !file.includes(`${path.sep}links${path.sep}`), `published for ${file}`);
      }
    } finally {
      assert.equal(await server.stop(), 0, server.stderr());
    }
    outsideUntouched();
  });
});
