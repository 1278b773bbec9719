// source.fixAll.tlslint: the action editor.codeActionsOnSave runs. It applies safe fixes only;
// every fix the shipped rules offer today changes what connects ("suggestion"), so over the
// wire fix-all must offer nothing for them. Whether it applies safe fixes when there are some
// is checked in-process with a made-up rule: the server runs the built-in catalog only, so a
// rule with a safe fix cannot be injected over stdio.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Rule } from '../../rules/api.js';
import { defaultConfig } from '../../server/src/engine/config/index.js';
import { fixAllAction } from '../../server/src/lsp/code-actions.js';
import type { DiagnosticData } from '../../protocol/protocol.js';
import { clientPerSuite, open, uriOf } from './lsp-client.js';

const MANY_FINDINGS = [
  "import tls from 'node:tls';",
  "import https from 'node:https';",
  "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
  "export const a = new https.Agent({ rejectUnauthorized: false, minVersion: 'TLSv1' });",
  "export const s = tls.connect({ host: 'db.example', port: 5432, checkServerIdentity: () => undefined });",
  '',
].join('\n');

describe('source.fixAll.tlslint over the wire', () => {
  const suite = clientPerSuite();

  it('advertises the kind, and offers nothing when every fix is a suggestion', async () => {
    assert.ok(suite.client.initializeResult.capabilities.codeActionProvider);
    const kinds = (suite.client.initializeResult.capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds;
    assert.ok(kinds.includes('source.fixAll.tlslint'), kinds.join());

    const uri = uriOf(suite.dir, 'many.ts');
    await open(suite.client, uri, MANY_FINDINGS);
    const p = await suite.client.diagnostics(uri, (x) => x.diagnostics.length >= 4);
    const rules = new Set(p.diagnostics.map((d) => d.code));
    assert.ok(rules.size >= 4, [...rules].join());
    const fixes = p.diagnostics.flatMap((d: Diagnostic) => (d.data as DiagnosticData).fixes);
    assert.ok(fixes.length > 0);
    assert.deepEqual([...new Set(fixes.map((f) => f.kind))], ['suggestion'], 'precondition: these findings only have suggestion fixes');

    // What VS Code sends for "source.fixAll.tlslint": "explicit", for "source.fixAll", and for "source".
    for (const only of [['source.fixAll.tlslint'], ['source.fixAll'], ['source']]) {
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const actions = (await suite.client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only, triggerKind: 2 } })) as CodeAction[];
      assert.deepEqual(actions, [], `only: ${only}`);
    }
    // Asking for quick fixes still gets them (fix-all is only offered when asked for by kind).
    const quick = (await suite.client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: p.diagnostics[0].range, context: { diagnostics: p.diagnostics } })) as CodeAction[];
    assert.ok(quick.length > 0 && quick.every((a) => a.kind === 'quickfix'));
  });
});

describe('fixAllAction with safe fixes (in-process, made-up rule)', () => {
  // Reports each double-quoted string; a safe fix switches to single quotes, a suggestion empties it.
  const quotes: Rule = {
    meta: {
      id: 'fake-quotes',
      description: 'Strings use single quotes.',
      rationale: 'Test rule.',
      category: 'deprecated',
      defaultSeverity: 'warning',
      cwe: [],
      securitySeverity: 5.3,
      messages: { double: 'Double-quoted string.' },
      fixKinds: ['safe', 'suggestion'],
      precision: 'high',
    },
    parts: { js: { needles: ['"'], check(context) {
      const visit = (node: ts.Node): void => {
        if (ts.isStringLiteral(node) && context.text[node.getStart(context.sourceFile)] === '"') {
          const start = node.getStart(context.sourceFile);
          context.report({
            messageId: 'double',
            node,
            fixes: [
              { title: 'Empty it', kind: 'suggestion', edits: [{ start, end: node.end, text: "''" }] },
              { title: 'Use single quotes', kind: 'safe', edits: [{ start, end: node.end, text: `'${node.text}'` }] },
            ],
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(context.sourceFile);
    } } },
  };
  const options = { config: { ...defaultConfig(), configFile: undefined, baseDir: process.cwd() }, rules: [quotes] };

  it('applies every safe fix, and no suggestion, as one whole-document edit of kind source.fixAll.tlslint', () => {
    const text = 'const a = "x";\nconst b = [\"y\", \'z\', "w"];\n';
    const doc = TextDocument.create('file:///w/a.ts', 'typescript', 3, text);
    const action = fixAllAction(doc, path.join(path.sep, 'w', 'a.ts'), options);
    assert.ok(action);
    assert.equal(action.kind, 'source.fixAll.tlslint');
    const edits = action.edit!.changes!['file:///w/a.ts'];
    assert.equal(TextDocument.applyEdits(doc, edits), "const a = 'x';\nconst b = ['y', 'z', 'w'];\n");
  });

  it('offers nothing when there is nothing safe to fix', () => {
    const doc = TextDocument.create('file:///w/b.ts', 'typescript', 1, "const a = 'x';\n");
    assert.equal(fixAllAction(doc, path.join(path.sep, 'w', 'b.ts'), options), undefined);
  });
});
