// Disable comments inside JSX children must be JSX expressions: `{/* … */}`. A `//` line there
// would be rendered as text. The quick fix writes the JSX form and the engine honours it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clientPerSuite, open, uriOf } from './lsp-client.js';

const RULE = 'no-unverified-certificate';
const lines = (...l: string[]) => l.join('\n') + '\n';
const APP = lines(
  "import https from 'node:https';",
  'export const App = () => (',
  '  <div>',
  '    {String(new https.Agent({ rejectUnauthorized: false }))}',
  '  </div>',
  ');',
);

describe('disable comments in JSX children', () => {
  const suite = clientPerSuite();

  it('the "Disable … for this line" fix inserts {/* tlslint-disable-next-line … */} and silences the finding', async () => {
    const uri = uriOf(suite.dir, 'App.tsx');
    await open(suite.client, uri, APP, 'typescriptreact');
    const p = await suite.client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.range.start.line]), [[RULE, 3]]);
    const actions = (await suite.client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: p.diagnostics[0].range, context: { diagnostics: p.diagnostics } })) as CodeAction[];
    const disable = actions.find((a) => a.title === `Disable ${RULE} for this line`);
    assert.ok(disable, actions.map((a) => a.title).join('\n'));
    const doc = TextDocument.create(uri, 'typescriptreact', 1, APP);
    const fixed = TextDocument.applyEdits(doc, disable.edit!.changes![uri]);
    assert.equal(fixed.split('\n')[3], `    {/* tlslint-disable-next-line ${RULE} -- reason */}`);
    await suite.client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await suite.client.diagnostics(uri, (x) => x.version === 2);
    assert.deepEqual(after.diagnostics, []);
  });

  it('a hand-written {/* tlslint-disable-next-line … -- reason */} in .jsx children is honoured; one for another rule is not', async () => {
    const suppressed = lines(
      "const https = require('https');",
      'export function App() {',
      '  return (',
      '    <section>',
      `      {/* tlslint-disable-next-line ${RULE} -- local dev proxy */}`,
      '      <p>{String(new https.Agent({ rejectUnauthorized: false }))}</p>',
      '      {/* tlslint-disable-next-line require-servername */}',
      '      <p>{String(new https.Agent({ rejectUnauthorized: false }))}</p>',
      '    </section>',
      '  );',
      '}',
    );
    const uri = uriOf(suite.dir, 'App.jsx');
    await open(suite.client, uri, suppressed, 'javascriptreact');
    const p = await suite.client.diagnostics(uri, (x) => x.diagnostics.length > 0);
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.range.start.line]), [[RULE, 7]]);
  });
});
