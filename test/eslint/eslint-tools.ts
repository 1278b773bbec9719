// ESLint for the plugin's tests: ESLint 10 and 9 and typescript-eslint's parser, from tools/eslint/
// (installed from its lock file by scripts/test-unit.mjs, or `node scripts/tools.mjs eslint`).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
const TOOLS = path.join(ROOT, 'tools', 'eslint');

/** ESLint's own types are not installed at the root. */
export type Any = any;

function load(name: string): Any {
  if (!existsSync(path.join(TOOLS, 'node_modules', name))) {
    throw new Error(`${name} is not installed in tools/eslint: run \`node scripts/tools.mjs eslint\` (scripts/test-unit.mjs does it before the unit layer)`);
  }
  return createRequire(path.join(TOOLS, 'package.json'))(name);
}

/** The ESLint versions the plugin supports, by major. */
export const ESLINTS: ReadonlyArray<{ major: number; eslint: Any }> = [
  { major: 10, eslint: load('eslint') },
  { major: 9, eslint: load('eslint-v9') },
];

export const tsParser: Any = load('@typescript-eslint/parser');
