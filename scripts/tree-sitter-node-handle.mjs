// An esbuild plugin for every bundle that parses Python (esbuild.mjs; the benchmark's helpers in
// bench/run.mjs, so they measure what ships). web-tree-sitter's `Node` keeps its WebAssembly
// handle as an indexed property, `this[0]`: V8 gives an object's first indexed property an element
// store of 17 slots, so every Node is 274 bytes of heap instead of 129. A Python file's model holds
// tens of thousands of Nodes while it is analysed, and every scavenge copies them: the element
// stores were about half the bytes the garbage collector moved. The plugin renames the handle to a
// named property in the three places the runtime touches it (the class field, the constructor's
// store, marshalNode's read: the only code that reads a Node's `[0]`). Each text must be found
// exactly once, else the build fails: a new web-tree-sitter version gets read again, not half
// patched. Node's public API is unchanged (the handle is internal); the tests run the unpatched
// library from node_modules, so both spellings are exercised (test/meta/tree-sitter-node-handle.test.ts).
import { readFileSync } from 'node:fs';

/**
 * The edits (web-tree-sitter.cjs 0.27.2). A text with `after` is the first one after that text and
 * before the next `constructor(` (the Node class's own field); the others must be unique in the file.
 */
export const EDITS = [
  { after: 'var Node = class {', from: '[0] = 0;', to: '_handle = 0;' },
  { from: 'this[0] = other;', to: 'this._handle = other;' },
  { from: 'C.setValue(address, node[0], "i32");', to: 'C.setValue(address, node._handle, "i32");' },
];

const stale = (what) => new Error(`tree-sitter-node-handle: ${what} in web-tree-sitter (a new version? read its src/node.ts and update scripts/tree-sitter-node-handle.mjs)`);

/** The source with the Node handle renamed; throws when a text is missing or not where expected. */
export function renameNodeHandle(source) {
  let out = source;
  for (const { after, from, to } of EDITS) {
    let at;
    if (after) {
      const start = out.indexOf(after);
      if (start < 0 || out.indexOf(after, start + 1) !== -1) throw stale(`'${after}' is not there exactly once`);
      at = out.indexOf(from, start);
      const ctor = out.indexOf('constructor(', start);
      if (at < 0 || ctor < 0 || at > ctor) throw stale(`'${from}' is not a field of '${after}'`);
    } else {
      at = out.indexOf(from);
      if (at < 0 || out.indexOf(from, at + 1) !== -1) throw stale(`'${from}' is not there exactly once`);
    }
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}

export const treeSitterNodeHandle = {
  name: 'tree-sitter-node-handle',
  setup(build) {
    build.onLoad({ filter: /[\\/]web-tree-sitter[\\/]web-tree-sitter\.cjs$/ }, (args) => ({ contents: renameNodeHandle(readFileSync(args.path, 'utf8')), loader: 'js' }));
  },
};
