// One analysis per file for all of tlslint's ESLint rules: ESLint runs each rule's create() on
// the same text one after the other, so the first computes the engine's result (the same entry,
// lintText, every face calls) and the others find it here, keyed on the file and its exact text.
// A fix pass gives a new text, hence a new analysis.
//
// The file's .tlslintrc.json applies as on the command line (rules turned off, ignore globs,
// test-file lowering, size limits); ESLint's own configuration decides which rules run and how
// severe they are. Information findings are kept here, for every rule: each rule leaves them out
// unless its own options ask for them (rules.ts, through the linter's visibleResult).
import { ConfigError, isIgnored, type ResolvedConfig } from '../engine/config/index.js';
import type { FileResult } from '../engine/types.js';
import { lintText } from '../linter/index.js';
import { DirectoryConfigs } from '../runner/configs.js';

/** Files kept: ESLint lints a file's rules one after another, so a few suffice. */
const KEPT = 8;
/**
 * Configs are looked up again after this long: a long-lived ESLint (an editor's server) sees an
 * edited .tlslintrc.json, while a run over a tree looks each directory up about once.
 */
const CONFIG_TTL_MS = 2000;

let configs = new DirectoryConfigs();
let configsSince = Date.now();
const recent = new Map<string, { text: string; result: FileResult | ConfigError }>();

function configFor(physicalFile: string): ResolvedConfig | ConfigError {
  if (Date.now() - configsSince > CONFIG_TTL_MS) {
    configs = new DirectoryConfigs();
    configsSince = Date.now();
  }
  return configs.for(physicalFile);
}

/**
 * The engine's result for `text`, linted as `fileName` (the name ESLint gives it: a code block of
 * a Markdown file has a virtual one) with the config of `physicalFile`.
 */
export function analyse(fileName: string, physicalFile: string, text: string): FileResult | ConfigError {
  const key = `${physicalFile}\0${fileName}`;
  const known = recent.get(key);
  if (known && known.text === text) return known.result;
  const config = configFor(physicalFile);
  let result: FileResult | ConfigError;
  if (config instanceof ConfigError) result = config;
  else if (isIgnored(config, physicalFile, config.baseDir)) result = { fileName, findings: [], notes: [] };
  else result = lintText(fileName, text, { config, includeInfo: true });
  recent.delete(key);
  recent.set(key, { text, result });
  if (recent.size > KEPT) recent.delete(recent.keys().next().value!);
  return result;
}
