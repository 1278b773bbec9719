// The import direction (ARCHITECTURE.md), checked by `npm run lint`:
//
//   protocol/            imports nothing of the project (client and server share it)
//   rules/               the rule contract, data and helpers; imports only rules/ and protocol/
//   server/src/engine/   the language-neutral core; imports only itself, rules/api.ts and protocol/
//   server/src/lang/<x>/ one language's frontend; engine, rules, protocol; never another language
//   server/src/linter/   the one entry the faces call: engine, lang, rules, protocol
//   server/src/runner/   batch work (discovery, configs, pool): linter, engine, rules, protocol
//   server/src/{cli,lsp,eslint} the faces (the ESLint plugin is the third): runner, linter,
//                        engine, rules, protocol; never each other
//   client/              the VS Code extension: protocol/ and vscode-languageclient only
//
// Nothing imports cli, lsp, eslint or client from outside them. test/ and bench/ are not checked.
const LAYER = (name) => `^server/src/${name}/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'protocol-is-a-leaf',
      comment: 'protocol/ is shared by the client bundle and the server: it imports nothing of theirs.',
      severity: 'error',
      from: { path: '^protocol/' },
      to: { path: '^(rules|server|client)/' },
    },
    {
      name: 'rules-import-rules-only',
      comment: 'Rules see the rule contract, data and helpers; the engine implements the contract.',
      severity: 'error',
      from: { path: '^rules/' },
      to: { path: '^(server|client)/' },
    },
    {
      name: 'engine-is-language-neutral',
      comment: 'The engine core never names a language nor a face: it reaches rules through rules/api.ts only.',
      severity: 'error',
      from: { path: LAYER('engine') },
      to: { path: ['^server/src/(lang|linter|runner|cli|lsp|eslint)/', '^client/', '^rules/(?!api\\.ts$)'] },
    },
    {
      name: 'languages-are-independent',
      comment: 'A language frontend uses the engine contract and rules; never another language, the entry or a face.',
      severity: 'error',
      from: { path: '^server/src/lang/([^/]+)/' },
      to: { path: ['^server/src/lang/', '^server/src/(linter|runner|cli|lsp|eslint)/', '^client/'], pathNot: ['^server/src/lang/$1/'] },
    },
    {
      name: 'registry-maps-languages-only',
      comment: 'server/src/lang/index.ts maps ids to frontends; it sits below the entry.',
      severity: 'error',
      from: { path: '^server/src/lang/index\\.ts$' },
      to: { path: ['^server/src/(linter|runner|cli|lsp|eslint)/', '^client/'] },
    },
    {
      name: 'linter-below-faces',
      comment: 'The entry serves the faces and the runner; it never imports them.',
      severity: 'error',
      from: { path: LAYER('linter') },
      to: { path: ['^server/src/(runner|cli|lsp|eslint)/', '^client/'] },
    },
    {
      name: 'runner-below-faces',
      comment: 'The batch runner serves the CLI and the workspace scan through the entry, not a frontend.',
      severity: 'error',
      from: { path: LAYER('runner') },
      to: { path: ['^server/src/(lang|cli|lsp|eslint)/', '^client/'] },
    },
    {
      name: 'faces-are-independent',
      comment: 'The CLI, the language server and the ESLint plugin share the runner and the entry, not each other; none reaches a frontend.',
      severity: 'error',
      from: { path: '^server/src/(cli|lsp|eslint)/' },
      to: { path: ['^server/src/lang/', '^client/'] },
    },
    {
      name: 'cli-not-imported',
      severity: 'error',
      from: { pathNot: ['^server/src/cli/', '^(test|bench)/'] },
      to: { path: '^server/src/cli/' },
    },
    {
      name: 'lsp-not-imported',
      severity: 'error',
      from: { pathNot: ['^server/src/lsp/', '^(test|bench)/'] },
      to: { path: '^server/src/lsp/' },
    },
    {
      name: 'eslint-not-imported',
      severity: 'error',
      from: { pathNot: ['^server/src/eslint/', '^(test|bench)/'] },
      to: { path: '^server/src/eslint/' },
    },
    {
      name: 'client-imports-protocol-only',
      comment: 'The extension bundle talks to the server over LSP; it shares constants and shapes through protocol/.',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: ['^server/', '^rules/'] },
    },
    {
      name: 'no-circular',
      comment: 'A cycle between modules makes their load order matter (and hides a layer that should exist).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|out|dist|\\.e2e|\\.bench|examples)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
