// tlslint never executes workspace code: configs are JSON read as data, source is parsed and never
// required, and nothing from the workspace (scripts, config-like modules, a node_modules that
// shadows a dependency) runs. Every trap below writes a file when it runs; none may appear after
// the CLI (lint and fix) and the language server (open, fix, scan) went over the workspace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { run, SCAN_WORKSPACE, startServer, workspace } from './sandbox.js';

const INSECURE = "tls.connect({ host: '10.0.0.1', rejectUnauthorized: false });";

describe('no workspace code is executed', () => {
  const tripped = mkdtempSync(path.join(tmpdir(), 'tlslint-tripped-'));
  const trap = (name: string) => `require('fs').writeFileSync(${JSON.stringify(path.join(tripped, name))}, 'ran');\nconst tls = require('tls');\n${INSECURE}\n`;
  const esmTrap = (name: string) => `import { writeFileSync } from 'fs';\nimport tls from 'tls';\nwriteFileSync(${JSON.stringify(path.join(tripped, name))}, 'ran');\n${INSECURE}\n`;
  const shellTrap = (name: string) => `node -e "require('fs').writeFileSync('${path.join(tripped, name)}', 'ran')"`;
  const files: Record<string, string> = {
    'package.json': JSON.stringify({
      name: 'hostile',
      main: 'main.js',
      scripts: Object.fromEntries(['preinstall', 'install', 'postinstall', 'prepare', 'pretest', 'test', 'lint', 'tlslint', 'start'].map((s) => [s, shellTrap(`script-${s}`)])),
      bin: { tlslint: 'main.js' },
      tlslint: { rules: { 'require-servername': 'off' } },
    }),
    'main.js': trap('main'),
    '.tlslintrc.js': trap('tlslintrc-js'),
    '.tlslintrc.cjs': trap('tlslintrc-cjs'),
    '.tlslintrc.mjs': esmTrap('tlslintrc-mjs'),
    '.tlslintrc.ts': esmTrap('tlslintrc-ts'),
    'tlslint.config.js': trap('config-js'),
    'tlslint.config.mjs': esmTrap('config-mjs'),
    'tlslint.config.ts': esmTrap('config-ts'),
    'src/app.js': `require('./payload');\nimport('./payload.mjs');\nrequire(\`\${process.cwd()}/main.js\`);\n${trap('app')}`,
    'src/payload.js': trap('payload'),
    'src/payload.mjs': esmTrap('payload-mjs'),
    'src/$(touch pwned)`id`;.js': trap('odd-name'),
    'src/--help.js': trap('dash-name'),
    // A node_modules that shadows what tlslint uses (skipped by discovery, never resolved).
    'node_modules/typescript/package.json': JSON.stringify({ name: 'typescript', main: 'index.js' }),
    'node_modules/typescript/index.js': trap('shadow-typescript'),
    'node_modules/tls/index.js': trap('shadow-tls'),
    'node_modules/.bin/tlslint': `#!/bin/sh\n${shellTrap('bin-tlslint')}\n`,
    '.npmrc': `node-options=--require ${path.join('..', 'main.js')}\n`,
  };
  const dir = workspace(files);
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(tripped, { recursive: true, force: true });
  });
  const sprung = () => readdirSync(tripped);

  it('the CLI lints and fixes the workspace without running any of it', () => {
    const lint = run(['--format', 'json', '.'], { cwd: dir });
    assert.equal(lint.status, 1, lint.stderr);
    const report = JSON.parse(lint.stdout) as { filePath: string; findings: { ruleId: string }[] }[];
    // The trap files are source like any other: parsed, reported, never run.
    assert.ok(report.some((f) => f.filePath === 'tlslint.config.js' && f.findings.some((x) => x.ruleId === 'no-unverified-certificate')));
    assert.ok(report.some((f) => f.filePath === 'src/$(touch pwned)`id`;.js'));
    assert.ok(!report.some((f) => f.filePath.startsWith('node_modules/')));
    const fix = run(['--fix-suggestions', '.'], { cwd: dir });
    assert.notEqual(fix.status, 2, fix.stderr);
    assert.ok(!readFileSync(path.join(dir, 'main.js'), 'utf8').includes('rejectUnauthorized: false'), 'fixes were written');
    assert.deepEqual(sprung(), []);
  });

  it('a .tlslintrc.json with unexpected keys (extends, plugins) is an error, and loads nothing', () => {
    const other = workspace({
      '.tlslintrc.json': JSON.stringify({ extends: './tlslint.config.js', plugins: ['./plugin.js'], parser: './plugin.js', rules: {} }),
      'tlslint.config.js': trap('extends'),
      'plugin.js': trap('plugin'),
      'src/a.js': `const tls = require('tls');\n${INSECURE}\n`,
    });
    try {
      const r = run(['.'], { cwd: other });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /unknown keys "extends", "plugins", "parser"/);
      assert.deepEqual(sprung(), []);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('the language server opens, fixes and scans the workspace without running any of it', async () => {
    const server = await startServer(dir);
    try {
      for (const name of ['tlslint.config.js', '.tlslintrc.cjs', 'src/app.js']) {
        const uri = pathToFileURL(path.join(dir, name)).toString();
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text: trap(`opened-${name}`) } });
        const d = await server.waitFor(uri, (p) => p.diagnostics.length > 0);
        await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.diagnostics[0].range, context: { diagnostics: d.diagnostics } });
        await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.diagnostics[0].range, context: { diagnostics: [], only: ['source.fixAll.tlslint'] } });
      }
      const summary = (await server.connection.sendRequest('workspace/executeCommand', { command: SCAN_WORKSPACE, arguments: [{}] })) as { files: number };
      assert.ok(summary.files >= 10);
    } finally {
      assert.equal(await server.stop(), 0, server.stderr());
    }
    assert.deepEqual(sprung(), []);
  });

  it('a trap that runs leaves its mark, so the checks above can fail', () => {
    // It throws after marking (tls.connect without a port): only the mark matters.
    spawnSync(process.execPath, [path.join(dir, 'src', 'payload.js')], { encoding: 'utf8' });
    assert.deepEqual(sprung(), ['payload']);
    rmSync(path.join(tripped, 'payload'));
  });
});
