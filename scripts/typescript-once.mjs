// An esbuild plugin for every bundle that holds the engine (esbuild.mjs; the benchmark's editor and
// floor helpers in bench/run.mjs, so they measure what ships). Every module that imports
// typescript would otherwise get its own copy of its thousands of exports at start-up (esbuild's
// CommonJS interop); through this one module they share one. And typescript's exports object
// reads each export through a getter (typescript.js is itself a bundle), so `ts.SyntaxKind` and
// `ts.isIdentifier` in the engine's hot loops would be a function call each time: the module
// exports a copy whose properties are plain values, read once at start-up.
export const typescriptOnce = {
  name: 'typescript-once',
  setup(build) {
    build.onResolve({ filter: /^typescript$/ }, (args) => (args.namespace === 'typescript-once' ? undefined : { path: 'typescript', namespace: 'typescript-once' }));
    build.onLoad({ filter: /.*/, namespace: 'typescript-once' }, () => ({ contents: "import * as ts from 'typescript';\nexport default { ...ts.default };\n", loader: 'js', resolveDir: process.cwd() }));
  },
};
