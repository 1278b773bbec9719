// A broken .tlslintrc.json takes no finding away: its problems are diagnostics on the file itself
// (at the line and column of a syntax error, at the key or value of a validation problem), files
// under it are linted with the last valid configuration read from it (else the defaults), and the
// status notification lists it until it is fixed or deleted.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { StatusParams } from '../../protocol/protocol.js';
import { makeWorkspace, open, startClient, uriOf, type TestClient } from './lsp-client.js';

const SOURCE = "import tls from 'node:tls';\nexport const s = tls.connect({ host: 'ledger.example', port: 443, rejectUnauthorized: false });\n";
const VALID = '{\n  "rules": { "require-servername": "off" }\n}\n';
const codes = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.map((d) => `${d.code}:${d.severity}`).sort();
const message = (d: Diagnostic) => String(d.message);
const where = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

describe('a broken configuration file', () => {
  let dir: string;
  let client: TestClient;
  const rc = () => path.join(dir, '.tlslintrc.json');
  const rcUri = () => uriOf(dir, '.tlslintrc.json');
  const changed = (file: string, type = 2) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(dir, path.relative(dir, file)), type }] });
  const statuses = () => client.events.filter((e) => e.type === 'notification' && e.method === 'tlslint/status').map((e) => (e as { params: StatusParams }).params);

  before(async () => {
    dir = makeWorkspace({ '.tlslintrc.json': VALID, 'src/a.ts': SOURCE, 'fresh/b.ts': SOURCE });
    client = await startClient({ rootPath: dir });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a syntax error: one diagnostic at its line and column; the open file keeps its findings under the last valid configuration', async () => {
    const a = uriOf(dir, 'src/a.ts');
    await open(client, a, SOURCE);
    assert.deepEqual(codes(await client.diagnostics(a, (p) => p.diagnostics.length > 0)), ['no-unverified-certificate:1'], 'require-servername is off in the valid file');

    const broken = '{\n  "rules": { "require-servername": "off", }\n}\n';
    writeFileSync(rc(), broken);
    const published = client.published.length;
    await changed(rc());
    const config = await client.diagnostics(rcUri(), (p) => p.diagnostics.length > 0);
    assert.equal(config.diagnostics.length, 1);
    const [d] = config.diagnostics;
    const comma = broken.split('\n')[1].indexOf(', }');
    assert.equal(where(d), `1:${comma}-1:${comma + 1}`, 'on the trailing comma');
    assert.equal(d.severity, 1);
    assert.equal(d.source, 'tlslint');
    assert.equal(message(d), 'Invalid JSON: trailing commas are not allowed in JSON. tlslint uses the last valid configuration until this is fixed.');

    // a.ts was linted again, with the configuration that was valid: still no require-servername.
    const again = await client.diagnostics(a, (p) => client.published.indexOf(p) >= published);
    assert.deepEqual(codes(again), ['no-unverified-certificate:1']);
    assert.ok(again.diagnostics.every((x) => !/configuration/i.test(message(x))), 'no configuration error on the source file');
    const last = await waitForStatus(client, 0, (s) => (s.configErrors ?? []).length > 0);
    assert.deepEqual(last.configErrors, [rc()]);
  });

  it('validation problems: one diagnostic each, at the key or the value it is about', async () => {
    const text = '{\n  "rules": {\n    "require-servername": "of",\n    "no-such-rule": "off"\n  },\n  "maxFileSize": -1\n}\n';
    writeFileSync(rc(), text);
    await changed(rc());
    const p = await client.diagnostics(rcUri(), (x) => x.diagnostics.length === 3);
    const at = (needle: string) => {
      const line = text.split('\n').findIndex((l) => l.includes(needle));
      const col = text.split('\n')[line].indexOf(needle);
      return `${line}:${col}-${line}:${col + needle.length}`;
    };
    assert.deepEqual(
      p.diagnostics.map((d) => [where(d), message(d).replace(/ tlslint uses the last valid configuration until this is fixed\.$/, '')]),
      [
        [at('"no-such-rule"'), `rules: unknown rule "no-such-rule" (valid rule ids: ${d(p, 'valid rule ids: ')}.`],
        [at('"of"'), 'rules.require-servername: expected "off", "info", "warning" or "error", got "of".'],
        [at('-1'), 'maxFileSize: expected a whole number of bytes from 1 to 67108864 (64 MB), got -1.'],
      ],
    );
  });

  it('fixing the file clears its diagnostics and the status; its new settings apply', async () => {
    const since = client.events.length;
    writeFileSync(rc(), '{ "rules": { "require-servername": "error" } }\n');
    await changed(rc());
    await client.diagnostics(rcUri(), (p) => p.diagnostics.length === 0);
    await client.diagnostics(uriOf(dir, 'src/a.ts'), (p) => codes(p).join() === 'no-unverified-certificate:1,require-servername:1');
    await waitForStatus(client, since, (s) => s.configErrors === undefined);
  });

  it('is reported without any open document under it, falls back to the defaults when it was never valid, and deleting it clears it', async () => {
    const sub = path.join(dir, 'fresh', '.tlslintrc.json');
    mkdirSync(path.dirname(sub), { recursive: true });
    writeFileSync(sub, '{ "rules": [] }');
    await changed(sub, 1);
    const subUri = uriOf(dir, 'fresh/.tlslintrc.json');
    const p = await client.diagnostics(subUri, (x) => x.diagnostics.length === 1);
    assert.equal(message(p.diagnostics[0]), 'rules: expected an object mapping rule ids to severities, got an array. tlslint uses the defaults until this is fixed.');
    assert.equal(where(p.diagnostics[0]), '0:11-0:13', 'on the array');

    const b = uriOf(dir, 'fresh/b.ts');
    await open(client, b, SOURCE);
    assert.deepEqual(codes(await client.diagnostics(b, (x) => x.diagnostics.length === 2)), ['no-unverified-certificate:1', 'require-servername:2'], 'the defaults');

    const since = client.events.length;
    rmSync(sub);
    await changed(sub, 3);
    await client.diagnostics(subUri, (x) => x.diagnostics.length === 0);
    await waitForStatus(client, since, (s) => s.configErrors === undefined);
    assert.equal(statuses().at(-1)!.configErrors, undefined, 'no broken file left');
  });
});

/** The part of a message after `prefix` up to its closing parenthesis, so long lists need not be repeated. */
function d(p: { diagnostics: Diagnostic[] }, prefix: string): string {
  const m = p.diagnostics.map((x) => message(x)).find((x) => x.includes(prefix))!;
  return `${m.slice(m.indexOf(prefix) + prefix.length, m.indexOf(')', m.indexOf(prefix)))})`;
}

/** The first status notification from event `since` on that `accept` takes. */
async function waitForStatus(client: TestClient, since: number, accept: (s: StatusParams) => boolean): Promise<StatusParams> {
  const e = await client.event((x) => client.events.indexOf(x) >= since && x.type === 'notification' && x.method === 'tlslint/status' && accept((x as { params: StatusParams }).params));
  return (e as { params: StatusParams }).params;
}
