// ESLint 9 with eslint-plugin-sonarjs, its TLS rules only, for bench/run.mjs. Only JavaScript
// files: neither package brings a TypeScript parser, so .ts files are left to tlslint (which
// makes ESLint's share of the work smaller, never larger).
import sonarjs from 'eslint-plugin-sonarjs';

export default [
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx'],
    plugins: { sonarjs },
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      'sonarjs/unverified-certificate': 'error',
      'sonarjs/unverified-hostname': 'error',
      'sonarjs/weak-ssl': 'error',
    },
  },
];
