// The quick-fix menu beyond each finding's own fixes: "Disable <id> for this line" and "… for the
// entire file" with a `-- reason` the user types over (a snippet tab stop where the client takes
// snippet edits, plain text elsewhere), and "Fix all safe tlslint problems" (resolved lazily where
// the client resolves code actions, computed at once elsewhere).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { escapeSnippet } from '../../server/src/lsp/code-actions.js';
import { makeWorkspace, open, startClient, uriOf, type TestClient } from './lsp-client.js';

const RULE = 'no-tls-key-logging';
const TEXT = [
  "import tls from 'node:tls';",
  '',
  'export function connect() {',
  "  return tls.connect({ host: 'h.example', servername: 'h.example', port: 443, enableTrace: true });",
  '}',
  '',
].join('\n');
const FIXED = TEXT.replace(', enableTrace: true', '');

const BASE = { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true } };
const VSCODE_LIKE = {
  ...BASE,
  workspace: { ...BASE.workspace, workspaceEdit: { documentChanges: true, snippetEditSupport: true } },
  textDocument: { codeAction: { resolveSupport: { properties: ['edit', 'command'] }, dataSupport: true } },
};

interface SnippetEdit {
  range: TextEdit['range'];
  snippet: { kind: 'snippet'; value: string };
}

/** A snippet's text as inserted when the user keeps every placeholder: `${1:reason}` → "reason", `\$` → "$". */
function expandSnippet(value: string): string {
  return value.replace(/\$\{\d+:([^}]*)\}|\\([$}\\])/g, (_, placeholder: string | undefined, escaped: string | undefined) => placeholder ?? escaped!);
}

const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x.ts', 'typescript', 1, text), edits);

describe('quick-fix menu', () => {
  let dir: string;
  const clients: Record<'plain' | 'vscode', TestClient> = {} as never;
  before(async () => {
    dir = makeWorkspace({});
    clients.plain = await startClient({ rootPath: dir, capabilities: BASE });
    clients.vscode = await startClient({ rootPath: dir, capabilities: VSCODE_LIKE });
  });
  after(async () => {
    await clients.plain.stop();
    await clients.vscode.stop();
  });

  async function menu(client: TestClient, name: string, text = TEXT): Promise<{ uri: string; actions: CodeAction[]; diagnostics: Diagnostic[] }> {
    const uri = uriOf(dir, name);
    await open(client, uri, text);
    const p = await client.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === RULE));
    const diag = p.diagnostics.find((d) => d.code === RULE)!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag] } })) as CodeAction[];
    return { uri, actions, diagnostics: p.diagnostics };
  }

  it('offers the fixes, disable for the line and for the file, the documentation, then fix-all, in that order', async () => {
    const { actions } = await menu(clients.plain, 'order.ts');
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Remove enableTrace', 'Apply safe TLS settings to these options', `Disable ${RULE} for this line`, `Disable ${RULE} for the entire file`, `Show documentation for ${RULE}`, 'Fix all safe tlslint problems'],
    );
    assert.ok(actions.every((a) => a.kind === 'quickfix'));
    assert.equal(actions.find((a) => a.title.startsWith('Fix all'))!.isPreferred, undefined, 'fix-all is never the preferred fix');
  });

  it('without snippet support, the disable comments end in a plain "-- reason" and silence the finding once applied', async () => {
    const { uri, actions } = await menu(clients.plain, 'plain.ts');
    const line = actions.find((a) => a.title === `Disable ${RULE} for this line`)!;
    const file = actions.find((a) => a.title === `Disable ${RULE} for the entire file`)!;
    assert.equal(line.edit?.documentChanges, undefined, 'plain text edits for a client without snippet support');
    const byLine = apply(TEXT, line.edit!.changes![uri]);
    assert.equal(byLine.split('\n')[3], `  // tlslint-disable-next-line ${RULE} -- reason`);
    const byFile = apply(TEXT, file.edit!.changes![uri]);
    assert.equal(byFile.split('\n')[0], `/* tlslint-disable ${RULE} -- reason */`);
    for (const [version, text] of [[2, byLine], [3, byFile]] as const) {
      await clients.plain.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
      const p = await clients.plain.diagnostics(uri, (x) => x.version === version);
      assert.deepEqual(p.diagnostics.map((d) => d.code), [], text);
    }
  });

  it('with snippet support, the reason is a tab stop in a versioned snippet edit; the comment itself is escaped', async () => {
    const jsx = [
      "import tls from 'node:tls';",
      'export const App = () => (',
      '  <div>',
      "    {String(tls.connect({ host: 'h.example', servername: 'h.example', port: 443, enableTrace: true }))}",
      '  </div>',
      ');',
      '',
    ].join('\n');
    const { uri, actions } = await menu(clients.vscode, 'snippet.tsx', jsx);
    const line = actions.find((a) => a.title === `Disable ${RULE} for this line`)!;
    const [change] = line.edit!.documentChanges as TextDocumentEdit[];
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    const edit = change.edits[0] as unknown as SnippetEdit;
    assert.deepEqual(edit.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } });
    // Inside JSX children the comment is `{/* … */}`: its closing brace must not end anything in the snippet.
    assert.equal(edit.snippet.value, `    {/* tlslint-disable-next-line ${RULE} -- \${1:reason} */\\}\n`);
    assert.equal(expandSnippet(edit.snippet.value), `    {/* tlslint-disable-next-line ${RULE} -- reason */}\n`);
  });

  it('escapes $, } and \\ for snippets', () => {
    assert.equal(escapeSnippet('a $1 ${x} \\ }'), 'a \\$1 \\${x\\} \\\\ \\}');
  });

  it('fix-all is resolved when chosen where the client resolves actions, and fixes the document', async () => {
    const { uri, actions } = await menu(clients.vscode, 'resolve.ts');
    const fixAll = actions.find((a) => a.title === 'Fix all safe tlslint problems')!;
    assert.equal(fixAll.edit, undefined, 'no edit computed for the menu');
    const resolved = (await clients.vscode.connection.sendRequest('codeAction/resolve', fixAll)) as CodeAction;
    assert.equal(apply(TEXT, resolved.edit!.changes![uri]), FIXED);
    // A resolve for a version that is gone gives no edit.
    await clients.vscode.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `// moved\n${TEXT}` }] });
    await clients.vscode.diagnostics(uri, (x) => x.version === 2);
    const stale = (await clients.vscode.connection.sendRequest('codeAction/resolve', fixAll)) as CodeAction;
    assert.equal(stale.edit, undefined);
  });

  it('fix-all carries its edit where the client does not resolve, and is not offered without a safe fix', async () => {
    const { uri, actions } = await menu(clients.plain, 'eager.ts');
    const fixAll = actions.find((a) => a.title === 'Fix all safe tlslint problems')!;
    assert.equal(apply(TEXT, fixAll.edit!.changes![uri]), FIXED);

    const onlySuggestions = "import tls from 'node:tls';\nexport const s = tls.connect({ host: '10.0.0.1', rejectUnauthorized: false });\n";
    const u2 = uriOf(dir, 'suggestions.ts');
    await open(clients.plain, u2, onlySuggestions);
    const p = await clients.plain.diagnostics(u2, (x) => x.diagnostics.length > 0);
    const titles = ((await clients.plain.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: u2 }, range: p.diagnostics[0].range, context: { diagnostics: p.diagnostics } })) as CodeAction[]).map((a) => a.title);
    assert.ok(titles.includes('Disable no-unverified-certificate for the entire file'), titles.join('\n'));
    assert.ok(!titles.includes('Fix all safe tlslint problems'), titles.join('\n'));
  });
});
