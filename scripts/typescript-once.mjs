// An esbuild plugin for every bundle that holds the engine (esbuild.mjs; the benchmark's editor and
// floor helpers in bench/run.mjs, so they measure what ships). Every module that imports
// typescript gets the same object through it, and that object:
// - holds typescript's enums (SyntaxKind, …) as data, and loads typescript itself only when one of
//   its functions is first read: `tlslint` on a tree whose files the pre-filter clears,
//   `tlslint ciphers` and `--version` never pay the 0.3 s typescript takes to load
//   (TLSLINT_TRACE_TS_LOAD=1 prints what loaded it);
// - then holds typescript's exports as plain values: typescript's own exports object reads each
//   through a getter (typescript.js is itself a bundle), a function call on every `ts.SyntaxKind`
//   and `ts.is…` of the engine's hot loops.
import { createRequire } from 'node:module';

export const typescriptOnce = {
  name: 'typescript-once',
  setup(build) {
    build.onResolve({ filter: /^typescript$/ }, (args) => (args.namespace === 'typescript-once' ? undefined : { path: 'typescript', namespace: 'typescript-once' }));
    build.onLoad({ filter: /.*/, namespace: 'typescript-once' }, () => {
      // The export names, read at build time from the typescript the bundle is built with, and
      // its enums (SyntaxKind, ScriptKind, …: objects of numbers and names) as data, which the
      // engine's modules read when they load without loading typescript for them.
      const real = createRequire(`${process.cwd()}/`)('typescript');
      const names = Object.keys(real);
      const isEnum = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'number' || typeof x === 'string');
      const enums = Object.fromEntries(names.filter((n) => isEnum(real[n])).map((n) => [n, real[n]]));
      const contents = `const NAMES = ${JSON.stringify(names.filter((n) => !(n in enums)))};
const ts = ${JSON.stringify(enums)};
let loaded = false;
function load() {
  if (loaded) return;
  loaded = true;
  if (process.env.TLSLINT_TRACE_TS_LOAD === '1') process.stderr.write('typescript loaded by:' + new Error().stack.split('\\n').slice(3, 9).join('\\n') + '\\n');
  const real = require('typescript');
  for (const name of NAMES) Object.defineProperty(ts, name, { value: real[name], enumerable: true, writable: false, configurable: false });
}
for (const name of NAMES) {
  Object.defineProperty(ts, name, { enumerable: true, configurable: true, get() { load(); return ts[name]; } });
}
export default ts;
`;
      return { contents, loader: 'js', resolveDir: process.cwd() };
    });
  },
};

// For the bundles that ship (esbuild.mjs): typescript itself is not in them but in
// dist/typescript.js beside them, which typescript-once's object requires on the first function
// read. V8 compiles every script it loads: typescript was 9 of the CLI's 15 MB, about 0.1 s of
// CPU and 35 MB of memory on each start (the CLI, the server, every worker) of a run that never
// reads a JavaScript file. List it before typescriptOnce.
export const TYPESCRIPT_BESIDE = 'typescript.js';
export const typescriptBeside = {
  name: 'typescript-beside',
  setup(build) {
    build.onResolve({ filter: /^typescript$/ }, (args) => (args.namespace === 'typescript-once' ? { path: `./${TYPESCRIPT_BESIDE}`, external: true } : undefined));
  },
};
