// `tlslint --stdin --stdin-filename <path>`: lints the text of standard input as the file at
// <path> would be linted (its directory's .tlslintrc.json, its ignore globs, its language), for
// editors and hooks that hold a buffer not yet saved. Nothing is written; the report is the usual
// one (`--format json` gives one entry, with the path given).
// With the project model (unless --no-project), a path inside the current directory (what a plain
// `tlslint` run would scan) is linted as the editor lints an open buffer: its imports of the
// project's files are read from disk, the standard input text stands for the path's own copy, and
// the file is checked whatever the pre-filter says of its text (it may only call a helper). As in
// a scan of one file, findings placed in the files it imports are not shown: one entry, this file.
import * as path from 'node:path';
import { ConfigError, isIgnored, type ResolvedConfig } from '../engine/config/index.js';
import { maxFileSizeOf } from '../engine/file-guards.js';
import { diskProject, type ProjectFiles } from '../engine/project.js';
import type { FileResult } from '../engine/types.js';
import { lintText } from '../linter/index.js';
import { judgeByPackageImporters } from '../runner/package-importers.js';
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
  options: CiOptions & { rules: Record<string, SeveritySetting>; reportUnusedDirectives: boolean; includeInfo: boolean; project?: boolean },
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
  const project = options.project ? stdinProject(cwd, fileName, text, maxFileSizeOf(config)) : undefined;
  const lintOptions = { config, overrides: options.rules, reportUnusedDirectives: options.reportUnusedDirectives, includeInfo: options.includeInfo };
  const linted = lintText(fileName, text, project ? { ...lintOptions, project, importer: true } : lintOptions);
  // Exported options are judged by the package's importers, as the editor judges them.
  const judged = project ? judgeByPackageImporters(linted, { roots: [path.resolve(cwd)], project, lint: (f, t) => lintText(f, t, { ...lintOptions, config: configOr(configs.for(f), config), project, importer: true }) }).result : linted;
  // Findings placed in the files it imports (`elsewhere`) are left out: the report is this file's.
  const { elsewhere: _placed, ...result } = judged;
  return { fileName, text, result };
}

function configOr(c: ResolvedConfig | ConfigError, fallback: ResolvedConfig): ResolvedConfig {
  return c instanceof ConfigError ? fallback : c;
}

/** The current directory's files with standard input as the file's text, when the file is inside it. */
function stdinProject(cwd: string, fileName: string, text: string, maxFileSize: number): ProjectFiles | undefined {
  const root = path.resolve(cwd);
  const rel = path.relative(root, fileName);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return diskProject({ roots: [root], maxFileSize, overlay: (f) => (f === fileName ? text : undefined) });
}

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
