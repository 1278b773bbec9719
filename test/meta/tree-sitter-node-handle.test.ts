// The esbuild plugin that renames web-tree-sitter's Node handle (scripts/tree-sitter-node-handle.mjs):
// the patched runtime parses and reads nodes as the original does, its Nodes hold no indexed
// property (no element store), every bundle that parses Python is built with it, and a
// web-tree-sitter whose text moved fails the build instead of being half patched.
// test-unit: own process (it initialises web-tree-sitter's runtime, patched and not: a second init replaces the runtime a shared process's parser uses)
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const RUNTIME = path.join(ROOT, 'node_modules', 'web-tree-sitter', 'web-tree-sitter.cjs');

type Plugin = { renameNodeHandle(source: string): string; EDITS: { from: string; to: string }[] };
const plugin = async (): Promise<Plugin> => (await import(pathToFileURL(path.join(ROOT, 'scripts', 'tree-sitter-node-handle.mjs')).href)) as Plugin;

interface TS {
  Parser: { init(o?: object): Promise<void>; new (): { setLanguage(l: unknown): void; parse(t: string): { rootNode: TSNode; delete(): void } } };
  Language: { load(p: string): Promise<unknown> };
}
interface TSNode {
  type: string;
  text: string;
  startIndex: number;
  endIndex: number;
  parent: TSNode | null;
  namedChild(i: number): TSNode | null;
  childForFieldName(f: string): TSNode | null;
  descendantsOfType(t: string): TSNode[];
}

/** What a few reads through the runtime give, node by node (each read marshals the node back into WebAssembly). */
async function readThrough(runtime: TS): Promise<{ facts: string[]; indexed: boolean }> {
  await runtime.Parser.init({ locateFile: () => require.resolve('web-tree-sitter/web-tree-sitter.wasm') });
  const parser = new runtime.Parser();
  parser.setLanguage(await runtime.Language.load(require.resolve('tree-sitter-python/tree-sitter-python.wasm')));
  const tree = parser.parse('import ssl\nctx = ssl.create_default_context()\nctx.check_hostname = False\n');
  try {
    const facts: string[] = [];
    let indexed = false;
    for (const call of tree.rootNode.descendantsOfType('call')) {
      const fn = call.childForFieldName('function')!;
      const attr = fn.childForFieldName('attribute')!;
      facts.push(`${call.type} ${fn.text} ${attr.text} ${attr.startIndex}-${attr.endIndex} ${attr.parent!.parent!.type} ${call.parent!.childForFieldName('left')!.text}`);
      indexed ||= Object.keys(call).includes('0');
    }
    const write = tree.rootNode.namedChild(2)!.namedChild(0)!;
    facts.push(`${write.type} ${write.childForFieldName('left')!.childForFieldName('object')!.text} ${write.childForFieldName('right')!.type}`);
    return { facts, indexed };
  } finally {
    tree.delete();
  }
}

describe('tree-sitter-node-handle (esbuild plugin)', () => {
  it('gives nodes a named handle that reads the tree as the original runtime does', async () => {
    const { renameNodeHandle } = await plugin();
    const source = readFileSync(RUNTIME, 'utf8');
    const patched = renameNodeHandle(source);
    assert.notEqual(patched, source);
    const dir = mkdtempSync(path.join(tmpdir(), 'tlslint-node-handle-'));
    try {
      const file = path.join(dir, 'web-tree-sitter.cjs');
      writeFileSync(file, patched);
      const original = await readThrough(require(RUNTIME) as TS);
      const renamed = await readThrough(require(file) as TS);
      assert.deepEqual(renamed.facts, original.facts);
      assert.deepEqual(renamed.facts, ['call ssl.create_default_context create_default_context 21-43 call ctx', 'assignment ctx false']);
      // The point of the plugin: no indexed property, so no element store, on a patched Node.
      assert.equal(original.indexed, true, 'the original runtime keeps the handle at [0] (negative control)');
      assert.equal(renamed.indexed, false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails instead of half patching a runtime whose text moved', async () => {
    const { renameNodeHandle, EDITS } = await plugin();
    const source = readFileSync(RUNTIME, 'utf8');
    for (const edit of EDITS) {
      assert.throws(() => renameNodeHandle(source.split(edit.from).join('/* moved */')), /tree-sitter-node-handle: .*update scripts\/tree-sitter-node-handle\.mjs/, edit.from);
    }
    // Twice the marshalling read: ambiguous.
    const twice = source.replace(EDITS[2].from, `${EDITS[2].from}\n${EDITS[2].from}`);
    assert.throws(() => renameNodeHandle(twice), /exactly once/);
  });

  it('is in every bundle that parses Python', () => {
    assert.match(readFileSync(path.join(ROOT, 'esbuild.mjs'), 'utf8'), /plugins: \[typescriptBeside, typescriptOnce, treeSitterNodeHandle\]/);
    assert.match(readFileSync(path.join(ROOT, 'bench', 'run.mjs'), 'utf8'), /plugins: \[typescriptOnce, treeSitterNodeHandle\]/);
    for (const bundle of ['cli-main.js', 'server.js', 'worker.js']) {
      const text = readFileSync(path.join(ROOT, 'dist', bundle), 'utf8');
      assert.ok(text.includes('C.setValue(address, node._handle, "i32");'), `${bundle} reads the renamed handle`);
      assert.ok(!text.includes('C.setValue(address, node[0], "i32");'), bundle);
    }
  });
});
