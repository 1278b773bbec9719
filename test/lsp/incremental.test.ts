// The editor's incremental re-parse gives what a full parse gives: random edits (fixed seed) go
// through the edit log as LSP change events, the buffer is linted from the previous tree, and
// every version's result must equal linting the text from scratch. Then the real server, fed
// ranged didChange notifications, publishes what it publishes for the same text opened whole.
// test-unit: own process (long: about 8 s of CPU, so it runs beside the short files)
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultConfig } from '../../server/src/engine/config/index.js';
import type { ParsedDocument } from '../../server/src/engine/language.js';
import { lintBuffer, lintText, type LintOptions } from '../../server/src/linter/index.js';
import { EditLog } from '../../server/src/lsp/edit-log.js';
import { open, startClient, type TestClient } from './lsp-client.js';
import { mulberry32 } from '../fuzz/rng.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The edits' random choices: a fixed seed gives the same edits everywhere. */
function rng(seed: number) {
  const next = mulberry32(seed);
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}

/** What people type near TLS code: options, values, brackets that open and close blocks, comments, strings cut in half. */
const PIECES = [
  'rejectUnauthorized: false, ', "minVersion: 'TLSv1', ", "ciphers: 'RC4-SHA:DES-CBC3-SHA', ", 'servername: host, ', "secureProtocol: 'SSLv3_method', ",
  "const tls = require('tls');\n", "import https from 'node:https';\n", 'tls.connect({ host: "db.internal", port: 5432 });\n', 'new https.Agent({ ',
  'if (process.env.DEV) {\n', '}\n', '})', '(', ')', '{', '}', ';', ',', '\n', '  ', '// tlslint-disable-next-line no-unverified-certificate\n',
  "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n", '/* ', ' */', "'", '"', '`${', 'x', 'opts', '.', '=', ' ? a : b', 'await ', 'function f(o) {\n',
];

interface Change {
  range?: { start: number; end: number };
  text: string;
}

/** One version's changes: one to three edits, each given in the text the previous one left. */
function randomVersion(r: ReturnType<typeof rng>, text: string): Change[] {
  const changes: Change[] = [];
  let t = text;
  for (let n = 1 + r.int(3); n > 0; n--) {
    const at = r.int(t.length + 1);
    const kind = r.next();
    const del = kind < 0.35 ? 0 : Math.min(t.length - at, r.int(kind < 0.8 ? 12 : 120));
    const ins = kind > 0.85 && kind < 0.9 ? '' : r.next() < 0.1 ? t.slice(r.int(t.length), r.int(t.length) + 40) : r.pick(PIECES);
    changes.push({ range: { start: at, end: at + del }, text: ins });
    t = t.slice(0, at) + ins + t.slice(at + del);
  }
  // Now and then the whole text at once, as a client without incremental sync sends it.
  if (r.next() < 0.03) return [{ text: t }];
  return changes;
}

/** LSP change events (line/character ranges) for the changes, against the document as each finds it. */
function lspEvents(doc: TextDocument, changes: Change[]): TextDocumentContentChangeEvent[] {
  const scratch = TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText());
  return changes.map((c) => {
    if (!c.range) return { text: c.text };
    const e = { range: { start: scratch.positionAt(c.range.start), end: scratch.positionAt(c.range.end) }, text: c.text };
    TextDocument.update(scratch, [e], scratch.version + 1);
    return e;
  });
}

const options: LintOptions = { config: { ...defaultConfig(), configFile: undefined, baseDir: '/' }, reportUnusedDirectives: true };

function bases(): { name: string; text: string }[] {
  const dir = path.join(ROOT, 'examples', 'src');
  const files = readdirSync(dir).filter((f) => /\.[jt]s$/.test(f)).sort();
  return files.map((f) => ({ name: f, text: readFileSync(path.join(dir, f), 'utf8') }));
}

describe('incremental re-parse', () => {
  for (const [i, base] of bases().entries()) {
    it(`gives a full parse's result after each of 60 random edits to examples/src/${base.name}`, () => {
      const r = rng(0x7157 + i);
      const log = new EditLog();
      const uri = `file:///work/${base.name}`;
      const fileName = `/work/${base.name}`;
      let doc = log.configuration().create(uri, base.name.endsWith('.ts') ? 'typescript' : 'javascript', 1, base.text);
      let parsed: ParsedDocument | undefined = lintBuffer(fileName, base.text, options).document;
      log.restart(uri, 1);
      let reparsed = 0;
      for (let v = 2; v <= 61; v++) {
        const changes = randomVersion(r, doc.getText());
        doc = log.configuration().update(doc, lspEvents(doc, changes), v);
        const text = doc.getText();
        const edits = log.editsSince(uri, v - 1);
        const out = lintBuffer(fileName, text, options, parsed && edits ? { document: parsed, edits } : undefined);
        if (parsed && edits) reparsed++;
        assert.deepEqual(out.result, lintText(fileName, text, options), `version ${v}:\n${text}`);
        if (out.document) assert.equal(out.document.text, text);
        parsed = out.document;
        log.restart(uri, v);
      }
      assert.ok(reparsed > 30, `only ${reparsed} versions were re-parsed incrementally`);
    });
  }
});

describe('incremental re-parse and message snippets', () => {
  it('quotes the current text in conditions after an edit above them (nodes moved from the old tree)', () => {
    const text = "const tls = require('tls');\ntls.connect({ host: 'a.example', servername: 'a.example', rejectUnauthorized: process.env.ALLOW_SELF_SIGNED ? false : true });\n";
    const fileName = '/work/cond.js';
    let parsed = lintBuffer(fileName, text, options).document!;
    let current = text;
    for (const insert of ['// a comment that moves everything below\n', 'const unrelated = 1;\n', '\n\n']) {
      const next = insert + current;
      const out = lintBuffer(fileName, next, options, { document: parsed, edits: [{ start: 0, end: 0, newLength: insert.length }] });
      assert.deepEqual(out.result, lintText(fileName, next, options));
      assert.match(out.result.findings[0].message, /\(when ALLOW_SELF_SIGNED is truthy\)/);
      parsed = out.document!;
      current = next;
    }
  });
});

describe('language server with ranged edits', () => {
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tlslint-incremental-'));
    client = await startClient({ rootPath: dir });
  });
  after(() => client.stop());

  it('publishes for each version what it publishes for the same text opened whole', async () => {
    const base = readFileSync(path.join(ROOT, 'examples', 'src', 'dev-proxy.js'), 'utf8');
    const edited = pathToFileURL(path.join(dir, 'edited.js')).toString();
    const r = rng(42);
    let doc = TextDocument.create(edited, 'javascript', 1, base);
    await open(client, edited, base, 'javascript');
    await client.diagnostics(edited, (p) => p.version === 1);
    for (let v = 2; v <= 16; v++) {
      const events = lspEvents(doc, randomVersion(r, doc.getText()));
      doc = TextDocument.update(doc, events, v);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: edited, version: v }, contentChanges: events });
      const got = await client.diagnostics(edited, (p) => p.version === v);
      const fresh = pathToFileURL(path.join(dir, `fresh${v}.js`)).toString();
      await open(client, fresh, doc.getText(), 'javascript');
      const expected = await client.diagnostics(fresh, (p) => p.version === 1);
      // data.version names the document version the fixes are for: v here, 1 for the fresh copy.
      const unversioned = (ds: typeof got.diagnostics) => ds.map((d) => ({ ...d, data: d.data ? { ...(d.data as object), version: null } : undefined }));
      assert.deepEqual(unversioned(got.diagnostics), unversioned(expected.diagnostics), `version ${v}:\n${doc.getText()}`);
    }
  });
});
