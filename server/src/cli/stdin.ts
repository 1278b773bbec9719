// `tlslint --stdin --stdin-filename <path>`: lints the text of standard input as the file at
// <path> would be linted (its directory's .tlslintrc.json, its ignore globs, its language), for
// editors and hooks that hold a buffer not yet saved. Nothing is written; the report is the usual
// one (`--format json` gives one entry, with the path given).
import * as path from 'node:path';
import { ConfigError, isIgnored } from '../engine/config/index.js';
import type { FileResult } from '../engine/types.js';
import { lintText } from '../linter/index.js';
import type { DirectoryConfigs } from '../runner/configs.js';
import type { CiOptions } from './ci-options.js';
import type { SeveritySetting } from '../../../rules/api.js';

/** The name linted when --stdin-filename is not given: JavaScript in the current directory. */
export const DEFAULT_STDIN_FILENAME = 'stdin.js';

export interface StdinLint {
  /** The one result, or the configuration error of the path's directory. */
  result: FileResult | ConfigError;
  fileName: string;
  /** The text as linted (without a byte order mark), for fingerprints. */
  text: string;
}

export async function lintStdin(
  options: CiOptions & { rules: Record<string, SeveritySetting>; reportUnusedDirectives: boolean; includeInfo: boolean },
  cwd: string,
  configs: DirectoryConfigs,
  readStdin: () => Promise<string> = readProcessStdin,
): Promise<StdinLint> {
  const fileName = path.resolve(cwd, options.stdinFilename ?? DEFAULT_STDIN_FILENAME);
  const raw = await readStdin();
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const config = configs.for(fileName);
  if (config instanceof ConfigError) return { result: config, fileName, text };
  if (isIgnored(config, fileName, config.baseDir)) {
    return { fileName, text, result: { fileName, findings: [], notes: [{ kind: 'skipped', severity: 'info', message: 'skipped: ignored by the configuration (ignore in .tlslintrc.json)' }] } };
  }
  return { fileName, text, result: lintText(fileName, text, { config, overrides: options.rules, reportUnusedDirectives: options.reportUnusedDirectives, includeInfo: options.includeInfo }) };
}

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
