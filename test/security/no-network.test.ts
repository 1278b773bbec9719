// tlslint makes no network calls: the CLI and the language server run in a network namespace of
// their own (no interface but a loopback that is down) and give the same results as with network,
// while a preload records every attempt to connect or resolve a name: there must be none.
// Without `unshare --net` these tests fail; they never skip.
// test-unit: own process (long: about 6 s of CPU, so it runs beside the short files)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { assertUnshareWorks, networkRecorder, REPO, run, SCAN_WORKSPACE, startServer } from './sandbox.js';

const EXAMPLES = path.join(REPO, 'examples');

describe('no network access', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tlslint-nonet-'));
  const recorder = networkRecorder(dir);
  before(() => assertUnshareWorks());
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the CLI reports examples/ the same without network, and tries no connection', () => {
    for (const format of ['json', 'sarif', 'text']) {
      const open = run(['--format', format, '.'], { cwd: EXAMPLES });
      const closed = run(['--format', format, '.'], { cwd: EXAMPLES, isolated: true, preload: recorder.preload });
      assert.equal(closed.stderr, open.stderr, format);
      assert.equal(closed.stdout, open.stdout, format);
      assert.equal(closed.status, open.status, format);
      assert.equal(closed.status, 1, 'examples/ has error-level findings');
    }
    // Several worker threads (they inherit the preload) on the same tree.
    const jobs = run(['--format', 'json', '--jobs', '2', '.'], { cwd: EXAMPLES, isolated: true, preload: recorder.preload });
    assert.equal(jobs.status, 1, jobs.stderr);
    assert.deepEqual(recorder.attempts(), []);
  });

  it('the language server lints, fixes and scans over stdio without network, and tries no connection', async () => {
    const expected = JSON.parse(run(['--format', 'json', '.'], { cwd: EXAMPLES }).stdout) as { filePath: string; findings: unknown[] }[];
    const server = await startServer(EXAMPLES, { isolated: true, preload: recorder.preload });
    try {
      const file = path.join(EXAMPLES, 'src', 'db.js');
      const uri = pathToFileURL(file).toString();
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text: readFileSync(file, 'utf8') } });
      const published = await server.waitFor(uri, (p) => p.diagnostics.length > 0);
      const inCli = expected.find((f) => f.filePath === 'src/db.js')!.findings.length;
      assert.equal(published.diagnostics.filter((d) => d.source === 'tlslint' && d.code).length, inCli);
      const actions = (await server.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: published.diagnostics[0].range,
        context: { diagnostics: published.diagnostics },
      })) as unknown[];
      assert.ok(actions.length > 0);
      const summary = (await server.connection.sendRequest('workspace/executeCommand', { command: SCAN_WORKSPACE, arguments: [{}] })) as { files: number; findings: number };
      assert.equal(summary.files, expected.length);
      assert.equal(summary.findings, expected.reduce((n, f) => n + f.findings.length, 0));
    } finally {
      assert.equal(await server.stop(), 0, server.stderr());
    }
    assert.deepEqual(recorder.attempts(), []);
  });

  it('the recorder itself works: a connection attempt under it is logged', () => {
    const probe = path.join(dir, 'probe.js');
    writeFileSync(probe, "try { require('https').get('https://example.com'); } catch {}\n");
    const r = spawnSync(process.execPath, ['--require', recorder.preload, probe], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(recorder.attempts(), ['https.get']);
    writeFileSync(recorder.log, '');
  });
});
