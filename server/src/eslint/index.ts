// The ESLint plugin (`tlslint/eslint-plugin`, dist/eslint-plugin.js), for flat config, ESLint 9
// and 10: one rule per tlslint rule (rules.ts) and two configs.
//
//   import tlslint from 'tlslint/eslint-plugin';
//   export default [tlslint.configs.recommended];
//
// - `recommended`: every rule at its default severity on the JavaScript/TypeScript files tlslint
//   reads; TypeScript files need the TypeScript parser the project already uses (typescript-eslint).
// - `standalone`: the same, plus a parser for TypeScript files that only gets them through ESLint
//   (text-parser.ts), for a project whose ESLint parses no TypeScript otherwise.
import { LANGUAGES } from '../../../protocol/languages.js';
import { rules as catalog } from '../../../rules/index.js';
import type { Severity } from '../../../rules/api.js';
import { VERSION } from '../engine/version.js';
import { eslintRule, type EslintRule } from './rules.js';
import { textParser } from './text-parser.js';

const JS = LANGUAGES.find((l) => l.id === 'js')!;
const FILES = JS.extensions.map((e) => `**/*${e}`);
const TS_FILES = JS.extensions.filter((e) => e.includes('ts')).map((e) => `**/*${e}`);
/** Declaration files (protocol/languages.ts excludes them): the rules skip them too. */
const DECLARATIONS = ['**/*.d.ts', '**/*.d.mts', '**/*.d.cts', '**/*.d.*.ts'];

const SEVERITY: Record<Severity, 'error' | 'warn'> = { error: 'error', warning: 'warn', info: 'warn' };

interface FlatConfig {
  name: string;
  files: string[];
  ignores: string[];
  plugins?: Record<string, Plugin>;
  rules?: Record<string, 'error' | 'warn'>;
  languageOptions?: { parser: typeof textParser };
}

interface Plugin {
  meta: { name: string; version: string };
  rules: Record<string, EslintRule>;
  configs: Record<'recommended' | 'standalone', FlatConfig | FlatConfig[]>;
}

const plugin: Plugin = {
  meta: { name: 'tlslint', version: VERSION },
  rules: Object.fromEntries(catalog.map((r) => [r.meta.id, eslintRule(r)])),
  configs: {} as Plugin['configs'],
};

const recommended: FlatConfig = {
  name: 'tlslint/recommended',
  files: FILES,
  ignores: DECLARATIONS,
  plugins: { tlslint: plugin },
  rules: Object.fromEntries(catalog.map((r) => [`tlslint/${r.meta.id}`, SEVERITY[r.meta.defaultSeverity]])),
};

plugin.configs.recommended = recommended;
plugin.configs.standalone = [recommended, { name: 'tlslint/standalone-typescript', files: TS_FILES, ignores: DECLARATIONS, languageOptions: { parser: textParser } }];

export = plugin;
