// The floor a linter that parses every file cannot go below: tlslint's own file discovery, then
// for every file it would lint, read it and parse it with the parser tlslint uses, no analysis:
// tree-sitter's Python grammar on web-tree-sitter for `.py` (loaded as tlslint loads it,
// server/src/lang/python/parser.ts), `ts.createSourceFile` (no parent pointers) for every other
// file; with `walk`, also visit every node once. Bundled and run by bench/run.mjs:
// `node floor.js parse|walk|list <dir>`; prints one JSON object (list: one path a line).
import { readFileSync, statSync } from 'node:fs';
import ts from 'typescript';
import { scriptKindOf } from '../server/src/lang/js/parse.js';
import { initParser, parseTree } from '../server/src/lang/python/parser.js';
import { languageOfFile } from '../protocol/languages.js';
import { discoverFiles } from '../server/src/runner/discover.js';
import { DEFAULT_MAX_FILE_SIZE } from '../server/src/engine/file-guards.js';

/** Parses a Python file and deletes its tree (it lives in WebAssembly memory); counts its nodes when walking. */
function python(text: string, walk: boolean): number {
  const tree = parseTree(text);
  let nodes = 0;
  if (walk) {
    // A cursor, as the walk of every node tlslint could do: no Node object per visit.
    const cursor = tree.walk();
    for (let down = true; ; ) {
      if (down) nodes++;
      if (down && cursor.gotoFirstChild()) continue;
      if (cursor.gotoNextSibling()) {
        down = true;
        continue;
      }
      if (!cursor.gotoParent()) break;
      down = false;
    }
    cursor.delete();
  }
  tree.delete();
  return nodes;
}

/** Parses a JS/TS file; counts its nodes when walking (iterative: deep nesting must not overflow the stack). */
function script(file: string, text: string, walk: boolean): number {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, scriptKindOf(file));
  let nodes = 0;
  if (walk) {
    const stack: ts.Node[] = [sf];
    const push = (n: ts.Node) => {
      stack.push(n);
    };
    while (stack.length > 0) {
      const n = stack.pop()!;
      nodes++;
      ts.forEachChild(n, push);
    }
  }
  return nodes;
}

async function main(): Promise<void> {
  const [mode, dir] = process.argv.slice(2);
  if ((mode !== 'parse' && mode !== 'walk' && mode !== 'list') || !dir) throw new Error('usage: floor.js parse|walk|list <dir>');
  let files = 0;
  let bytes = 0;
  let nodes = 0;
  const list: string[] = [];
  for await (const file of discoverFiles([dir], { cwd: process.cwd() })) {
    if (statSync(file).size > DEFAULT_MAX_FILE_SIZE) continue;
    if (mode === 'list') {
      list.push(file);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    files++;
    bytes += Buffer.byteLength(text);
    if (languageOfFile(file)?.id === 'python') {
      await initParser();
      nodes += python(text, mode === 'walk');
    } else nodes += script(file, text, mode === 'walk');
  }
  if (mode === 'list') process.stdout.write(`${list.join('\n')}\n`);
  else process.stdout.write(`${JSON.stringify({ files, bytes, nodes })}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
