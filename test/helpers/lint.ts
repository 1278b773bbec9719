// Linting a text in tests as the rule tables want it: every rule given (the catalog by default)
// runs, whether or not the pre-filter would have let it through, and no size or minified guard
// stands in the way (the tests of those guards pass a config of their own).
import { defaultConfig } from '../../server/src/engine/config/index.js';
import type { FileResult } from '../../server/src/engine/types.js';
import { lintText, type LintOptions } from '../../server/src/linter/index.js';

const UNGUARDED = { ...defaultConfig(), testFiles: [], skipMinified: false, maxFileSize: 64 * 1024 * 1024, configFile: undefined, baseDir: process.cwd() };

/** Information findings included: the rule tables test them too. */
export function analyzeText(fileName: string, text: string, options: LintOptions = {}): FileResult {
  return lintText(fileName, text, { prefilter: false, config: UNGUARDED, includeInfo: true, ...options });
}
