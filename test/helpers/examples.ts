// The demo app in examples/, linted as a scan of examples/ lints it (its .tlslintrc.json applied,
// unused directives reported): test/meta/examples.test.ts checks its findings, docs.test.ts their messages.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { languageOfFile } from '../../protocol/languages.js';
import { rules } from '../../rules/index.js';
import { isIgnored, loadConfigForFile } from '../../server/src/engine/config/index.js';
import type { FileResult } from '../../server/src/engine/types.js';
import { analyzeText } from './lint.js';

export const EXAMPLES = path.resolve(__dirname, '..', '..', '..', 'examples');
const ruleIds = rules.map((r) => r.meta.id);

/** The files of examples/ tlslint reads (every registered language), relative to it, sorted. */
export function exampleFiles(dir = EXAMPLES, rel = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory() && e.name !== 'node_modules') out.push(...exampleFiles(dir, child));
    else if (e.isFile() && languageOfFile(e.name)) out.push(child);
  }
  return out.sort();
}

/** Lints one file of examples/ the way a scan of examples/ does. */
export function scanExample(rel: string): FileResult {
  const file = path.join(EXAMPLES, rel);
  const config = loadConfigForFile(file, { root: EXAMPLES, ruleIds });
  assert.equal(config.configFile, path.join(EXAMPLES, '.tlslintrc.json'));
  assert.ok(!isIgnored(config, file, config.baseDir), `${rel} is ignored by the config`);
  return analyzeText(file, readFileSync(file, 'utf8'), { rules, reportUnusedDirectives: true, config });
}
