// What a configuration says (`.tlslintrc.json` or package.json's "tlslint" key), its defaults,
// and the error a configuration that cannot be used raises.
import type { SeveritySetting } from '../../../../rules/api.js';

export interface TlslintConfig {
  rules: Record<string, SeveritySetting>;
  ignore: string[];
  testFiles: string[];
  testFileSeverity: 'lower' | 'same';
  /** Files larger than this many bytes are skipped with a note; absent: DEFAULT_MAX_FILE_SIZE (file-guards.ts). */
  maxFileSize?: number;
  /** Whether minified bundles are skipped with a note; absent: true. */
  skipMinified?: boolean;
  /** Python settings: the lowest version the code runs on ("3.8"), from this key or pyproject.toml's requires-python. */
  python?: PythonSettings;
}

export interface PythonSettings {
  version?: string;
  /** Where the version came from, for messages (`requires-python ">=3.8"`); absent when from this key. */
  source?: string;
}

export interface ResolvedConfig extends TlslintConfig {
  /** Absolute path of the file the settings came from; undefined when only defaults apply. */
  configFile: string | undefined;
  /** The directory `ignore` and `testFiles` globs are relative to: pass it as `root` below. */
  baseDir: string;
}

/** Per-directory lookup results; share one per scan (or per workspace folder) and drop it when a config changes. */

export const CONFIG_FILE_NAME = '.tlslintrc.json';

export const DEFAULT_TEST_FILES: readonly string[] = [
  '**/*.test.*', '**/*.spec.*', '**/test/**', '**/tests/**', '**/__tests__/**', '**/__mocks__/**', '**/e2e/**', '**/fixtures/**',
  // pytest and unittest conventions
  '**/test_*.py', '**/*_test.py', '**/conftest.py',
];

/** Where a validation problem is: the JSON path of the offending entry, and whether its key or its value is wrong. */
export interface ConfigLocation {
  path: readonly (string | number)[];
  target: 'key' | 'value';
}

/**
 * A config that cannot be used. `message` names the file and every problem; line/column (1-based)
 * only for JSON syntax errors; `locations` (one per problem, when known) for validation errors,
 * which the editor turns into positions (config/locate.ts).
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
    readonly line?: number,
    readonly column?: number,
    readonly locations: readonly (ConfigLocation | undefined)[] = [],
  ) {
    const where = line === undefined ? file : `${file}:${line}:${column}`;
    super(problems.length === 1 ? `${where}: ${problems[0]}` : `${where}:\n  ${problems.join('\n  ')}`);
  }
}

export function defaultConfig(): TlslintConfig {
  return { rules: {}, ignore: [], testFiles: [...DEFAULT_TEST_FILES], testFileSeverity: 'lower' };
}

