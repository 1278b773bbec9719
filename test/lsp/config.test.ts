// Settings and configuration files change what open documents show, without reopening them.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { changeSettings, makeWorkspace, open, startClient, uriOf, type TestClient } from './lsp-client.js';

const INSECURE = "import tls from 'node:tls';\ntls.connect({ host: '10.0.0.1', port: 443, rejectUnauthorized: false });\n";
const RULE = 'no-unverified-certificate';
const severities = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.map((d) => `${d.code}:${d.severity}`);

describe('configuration changes re-lint open documents', () => {
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = makeWorkspace({ 'package.json': '{"name":"ws"}\n', 'src/a.ts': INSECURE, 'on-save/b.ts': '', 'on-type/c.ts': '' });
    client = await startClient({ rootPath: dir });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a rule set to off in the settings removes its findings; warning changes their severity', async () => {
    const uri = uriOf(dir, 'src/a.ts');
    await open(client, uri, INSECURE);
    assert.deepEqual(severities(await client.diagnostics(uri, (p) => p.diagnostics.length > 0)), [`${RULE}:1`]);

    await changeSettings(client, { rules: { [RULE]: 'off' } });
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);

    await changeSettings(client, { rules: { [RULE]: 'warning' } });
    assert.deepEqual(severities(await client.diagnostics(uri, (p) => p.diagnostics.length > 0)), [`${RULE}:2`]);

    await changeSettings(client, { rules: { [RULE]: 'default' } });
    await client.diagnostics(uri, (p) => severities(p).join() === `${RULE}:1`);
  });

  it('a .tlslintrc.json change notified with didChangeWatchedFiles re-lints', async () => {
    const uri = uriOf(dir, 'src/a.ts');
    await open(client, uri, INSECURE);
    await client.diagnostics(uri, (p) => severities(p).join() === `${RULE}:1`);
    const rc = path.join(dir, '.tlslintrc.json');
    writeFileSync(rc, JSON.stringify({ rules: { [RULE]: 'warning' } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(dir, '.tlslintrc.json'), type: 1 }] });
    await client.diagnostics(uri, (p) => severities(p).join() === `${RULE}:2`);

    // The "tlslint" key of package.json configures too, when there is no .tlslintrc.json.
    rmSync(rc);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'ws', tlslint: { rules: { [RULE]: 'off' } } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: uriOf(dir, '.tlslintrc.json'), type: 3 },
        { uri: uriOf(dir, 'package.json'), type: 2 },
      ],
    });
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);

    writeFileSync(path.join(dir, 'package.json'), '{"name":"ws"}\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(dir, 'package.json'), type: 2 }] });
    await client.diagnostics(uri, (p) => severities(p).join() === `${RULE}:1`);
  });

  it('information findings show only with tlslint.includeInfo', async () => {
    const uri = uriOf(dir, 'src/a.ts');
    await open(client, uri, INSECURE);
    await client.diagnostics(uri, (p) => severities(p).join() === `${RULE}:1`);
    await changeSettings(client, { rules: { [RULE]: 'info' } });
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    await changeSettings(client, { rules: { [RULE]: 'info' }, includeInfo: true });
    await client.diagnostics(uri, (p) => severities(p).join() === `${RULE}:3`);
    await changeSettings(client, {});
    await client.diagnostics(uri, (p) => severities(p).join() === `${RULE}:1`);
  });

  it('tlslint.enable = false clears the diagnostics; true brings them back', async () => {
    const uri = uriOf(dir, 'src/a.ts');
    await open(client, uri, INSECURE);
    await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    await changeSettings(client, { enable: false });
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    await changeSettings(client, { enable: true });
    await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
  });

  it('run: onSave lints on open and save, not while typing', async () => {
    // Settings per folder: on-save/ lints on save; on-type/ is the control that proves a
    // change was processed (both debounce the same way, and b changes first).
    await changeSettings(client, (scope) => (scope?.includes('/on-save/') ? { run: 'onSave' } : { run: 'onType' }));
    const b = uriOf(dir, 'on-save/b.ts');
    const c = uriOf(dir, 'on-type/c.ts');
    await open(client, b, 'export {};\n');
    await open(client, c, 'export {};\n');
    await client.diagnostics(b, (p) => p.version === 1);
    await client.diagnostics(c, (p) => p.version === 1);

    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: b, version: 2 }, contentChanges: [{ text: INSECURE }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: c, version: 2 }, contentChanges: [{ text: INSECURE }] });
    await client.diagnostics(c, (p) => p.version === 2 && p.diagnostics.length === 1);
    assert.equal(client.latest(b)?.version, 1, 'typing in an onSave folder must not lint');

    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: b } });
    const saved = await client.diagnostics(b, (p) => p.version === 2);
    assert.deepEqual(severities(saved), [`${RULE}:1`]);
  });
});
