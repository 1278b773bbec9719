// The Python parser: tree-sitter's Python grammar on the web-tree-sitter runtime, both WebAssembly
// shipped beside the bundles (esbuild.mjs copies them into dist/). It recovers from syntax errors,
// gives offsets in UTF-16 code units for a JS string (as LSP counts), and re-parses an edited text
// from the previous tree. Trees live in WebAssembly memory: whoever drops one deletes it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Edit, Language, Parser, type Tree } from 'web-tree-sitter';

export const RUNTIME_WASM = 'web-tree-sitter.wasm';
export const GRAMMAR_WASM = 'tree-sitter-python.wasm';

let parser: Parser | undefined;
let loading: Promise<void> | undefined;
/** Why the parser could not be loaded (a .wasm missing beside a copied bundle), for the Python files' notes. */
let failure: string | undefined;

/**
 * Where a .wasm file is: beside the running bundle (dist/, the vsix), else in node_modules (the
 * tests run the TypeScript output, out/, where the packages are installed).
 */
export function wasmPath(name: string): string {
  const beside = path.join(__dirname, name);
  if (fs.existsSync(beside)) return beside;
  return name === RUNTIME_WASM ? require.resolve('web-tree-sitter/web-tree-sitter.wasm') : require.resolve(`tree-sitter-python/${GRAMMAR_WASM}`);
}

/** Loads the runtime and the grammar once; later calls share the first. */
export function initParser(): Promise<void> {
  return (loading ??= (async () => {
    try {
      const options = { locateFile: (name: string) => wasmPath(name) };
      await Parser.init(options);
      fastInt32Access(options);
      // The grammar's bytes, not its path: given a path, web-tree-sitter reads it through a dynamic
      // import() of fs/promises, which a script compiled through V8's code cache cannot make
      // (runner/code-cache.ts).
      const language = await Language.load(fs.readFileSync(wasmPath(GRAMMAR_WASM)));
      const p = new Parser();
      p.setLanguage(language);
      parser = p;
    } catch (err) {
      // JavaScript and the project files are still linted; each Python file gets a note saying why not.
      failure = err instanceof Error ? err.message.split('\n')[0] : String(err);
    }
  })());
}

/**
 * The runtime's module is the options object Parser.init was given (Emscripten's `Module =
 * moduleArg`). Every node property read goes through its generic setValue/getValue (a node is five
 * i32 writes there, five reads back), each a switch on the type's name and a DataView call: about a
 * tenth of a Python run's CPU. On a little-endian host an i32 at `ptr` is HEAP32[ptr >> 2], the
 * very cell the DataView reads (it aligns the same way); other types and hosts keep the originals.
 */
function fastInt32Access(module: object): void {
  const m = module as { setValue?: (ptr: number, value: number, type?: string) => void; getValue?: (ptr: number, type?: string) => number; HEAP32?: Int32Array };
  const { setValue, getValue } = m;
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  // Another caller's Parser.init came first: the module is its object, not this one.
  if (!littleEndian || typeof setValue !== 'function' || typeof getValue !== 'function' || !(m.HEAP32 instanceof Int32Array)) return;
  // HEAP32 is read on each call: the runtime replaces it when WebAssembly memory grows.
  m.setValue = (ptr, value, type) => {
    if (type === 'i32') m.HEAP32![ptr >> 2] = value;
    else setValue(ptr, value, type);
  };
  m.getValue = (ptr, type) => (type === 'i32' ? m.HEAP32![ptr >> 2] : getValue(ptr, type));
}

function ready(): Parser {
  if (!parser) throw new Error(failure ? `the Python parser could not be loaded (${failure})` : 'the Python parser is not loaded yet (await ready() from the linter first)');
  return parser;
}

/** Parses a whole text. */
export function parseTree(text: string): Tree {
  const tree = ready().parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

/**
 * Parses `text` re-using `old`, the tree of `oldText`. The edit is the one range where the texts
 * differ (common prefix and suffix), whatever steps the editor took: the result is the same, and
 * several changes in one notification need no intermediate texts. `old` is deleted.
 */
export function reparseTree(old: Tree, oldText: string, text: string): Tree {
  if (oldText === text) return old;
  let start = 0;
  const min = Math.min(oldText.length, text.length);
  while (start < min && oldText.charCodeAt(start) === text.charCodeAt(start)) start++;
  let oldEnd = oldText.length;
  let newEnd = text.length;
  while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === text.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  old.edit(new Edit({ startIndex: start, oldEndIndex: oldEnd, newEndIndex: newEnd, startPosition: pointAt(oldText, start), oldEndPosition: pointAt(oldText, oldEnd), newEndPosition: pointAt(text, newEnd) }));
  try {
    const tree = ready().parse(text, old);
    if (!tree) throw new Error('tree-sitter returned no tree');
    return tree;
  } finally {
    old.delete();
  }
}

/** Row and UTF-16 column of an offset (tree-sitter counts columns in code units for a JS string). */
function pointAt(text: string, offset: number): { row: number; column: number } {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}
