// dist/cli.js, the `tlslint` command's first script: it sets V8's heap growth, then loads the
// command itself (dist/cli-main.js, and typescript beside it when a JavaScript file needs it)
// through V8's code cache (runner/code-cache.ts), and writes what the cache lacked when it ends.
// The order matters: a code cache is valid only under the flags it was made with.
import * as path from 'node:path';
import { boundHeapGrowth } from '../runner/heap.js';
import { useCodeCache } from '../runner/code-cache.js';

export const MAIN_BUNDLE = 'cli-main.js';

boundHeapGrowth();
const cache = useCodeCache(__dirname, [MAIN_BUNDLE, 'typescript.js']);
process.once('exit', () => {
  cache.save();
  // TLSLINT_TRACE_CODE_CACHE=1: what the cache did for each bundle (used, made or off).
  if (process.env.TLSLINT_TRACE_CODE_CACHE === '1') process.stderr.write(`tlslint code cache: ${[...cache.status].map(([b, s]) => `${b} ${s}`).join(', ')}\n`);
});
(require(path.join(__dirname, MAIN_BUNDLE)) as typeof import('./main.js')).runCli(process.argv.slice(2));
