// Hovering a finding brings the "why" of its rule into the editor, read from the rule page that
// ships beside the server (docs/rules/), with the page's relative links made absolute.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { docsUrl } from '../../protocol/docs.js';
import { rules } from '../../rules/index.js';
import { whyParagraph } from '../../server/src/lsp/rule-docs.js';
import { makeWorkspace, open, startClient, uriOf, type TestClient } from './lsp-client.js';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const TEXT = "import tls from 'node:tls';\nexport const s = tls.connect({ host: 'ledger.example', port: 443 });\n";
const RULE = 'require-servername';

describe('whyParagraph (every rule page)', () => {
  for (const { meta } of rules) {
    it(`${meta.id}: the first paragraph under "Why it matters", on one line, links absolute`, () => {
      const page = readFileSync(path.join(ROOT, 'docs', 'rules', `${meta.id}.md`), 'utf8');
      const why = whyParagraph(page, meta.id);
      assert.ok(why && why.length > 80, `${meta.id}: ${why}`);
      assert.ok(!why.includes('\n'));
      assert.ok(page.replace(/\s+/g, ' ').includes(why.slice(0, 40)), 'taken from the page');
      for (const [, target] of why.matchAll(/\]\(([^)]*)\)/g)) assert.match(target, /^https?:\/\//, `${meta.id}: link ${target}`);
    });
  }

  it('makes sibling pages and anchors absolute and leaves web links alone', () => {
    const md = '# x\n\n## Why it matters\n\nSee [a](other-rule.md), [b](#refs), [c](https://e.example/p).\nNext line.\n\nSecond paragraph.\n';
    assert.equal(whyParagraph(md, 'this-rule'), `See [a](${docsUrl('other-rule')}), [b](${docsUrl('this-rule')}#refs), [c](https://e.example/p). Next line.`);
    assert.equal(whyParagraph('# x\n\n## Examples\n\ntext\n', 'x'), undefined);
  });
});

describe('hover over the wire', () => {
  let dir: string;
  let markdown: TestClient;
  let plain: TestClient;
  before(async () => {
    dir = makeWorkspace({});
    const caps = (format: string[]) => ({ workspace: { configuration: true }, textDocument: { hover: { contentFormat: format } } });
    markdown = await startClient({ rootPath: dir, capabilities: caps(['markdown', 'plaintext']) });
    plain = await startClient({ rootPath: dir, capabilities: caps(['plaintext']) });
  });
  after(async () => {
    await markdown.stop();
    await plain.stop();
  });

  async function hover(client: TestClient, line: number, character: number): Promise<Hover | null> {
    const uri = uriOf(dir, 'a.ts');
    await open(client, uri, TEXT);
    await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === RULE));
    return client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  it('on a finding: the rule, its description, why it matters and the page, over the finding\'s range', async () => {
    const h = await hover(markdown, 1, 20);
    assert.ok(h);
    const contents = h.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    const why = whyParagraph(readFileSync(path.join(ROOT, 'docs', 'rules', `${RULE}.md`), 'utf8'), RULE)!;
    const description = rules.find((r) => r.meta.id === RULE)!.meta.description;
    assert.equal(contents.value, `**tlslint: ${RULE}**: ${description}\n\n${why}\n\n[Documentation for ${RULE}](${docsUrl(RULE)})`);
    assert.equal(h.range!.start.line, 1);
  });

  it('plain text for a client without markdown, and nothing off the findings', async () => {
    const h = await hover(plain, 1, 20);
    const value = (h!.contents as MarkupContent).value;
    assert.equal((h!.contents as MarkupContent).kind, 'plaintext');
    assert.ok(value.startsWith(`tlslint ${RULE}: `) && value.endsWith(`Documentation: ${docsUrl(RULE)}`), value);
    assert.doesNotMatch(value, /\]\(|\*\*/, 'no markdown syntax');
    assert.equal(await hover(plain, 0, 3), null);
  });
});
