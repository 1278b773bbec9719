// The floor a linter that parses every file cannot go below: tlslint's own file discovery, then
// for every file it would lint, read it and `ts.createSourceFile` (typescript 6.0.3, no parent
// pointers, no analysis); with `walk`, also visit every node once. Bundled and run by
// bench/run.mjs: `node floor.js parse|walk <dir>`; prints one JSON object.
import { readFileSync, statSync } from 'node:fs';
import ts from 'typescript';
import { scriptKindOf } from '../server/src/lang/js/parse.js';
import { discoverFiles } from '../server/src/runner/discover.js';
import { DEFAULT_MAX_FILE_SIZE } from '../server/src/engine/file-guards.js';

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
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, scriptKindOf(file));
    if (mode === 'walk') {
      // Iterative: deeply nested files must not overflow the stack.
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
  }
  if (mode === 'list') process.stdout.write(`${list.join('\n')}\n`);
  else process.stdout.write(`${JSON.stringify({ files, bytes, nodes })}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
