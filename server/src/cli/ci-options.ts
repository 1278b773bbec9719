// The options for CI, hooks and editors beyond a plain scan (args.ts calls in here for them):
// only what is new (--baseline, --changed-since), standard input (--stdin), the result cache
// (--cache) and the SARIF category.
import { UsageError } from './usage-error.js';

export interface CiOptions {
  /** --baseline FILE: report only findings not recorded in it. */
  baseline?: string;
  /** --write-baseline FILE: record today's findings (then report as with --baseline FILE). */
  writeBaseline?: string;
  /** --report-unused-baseline: entries of the baseline no finding matched are reported (exit 1). */
  reportUnusedBaseline: boolean;
  /** --prune-baseline: rewrite the --baseline file without the entries no finding matched. */
  pruneBaseline: boolean;
  /** --changed-since REF: report only findings on lines changed since REF (git, read-only). */
  changedSince?: string;
  /** --stdin: lint standard input instead of files. */
  stdin: boolean;
  /** --stdin-filename PATH: the path the text of standard input is linted as (config, language). */
  stdinFilename?: string;
  /** --cache: reuse the results of files unchanged since the last run. */
  cache: boolean;
  /** --cache-location FILE: where the cache is kept (default .tlslintcache). */
  cacheLocation?: string;
  /** --sarif-category NAME: the SARIF run's automationDetails.id. */
  sarifCategory?: string;
}

export const DEFAULT_CACHE_LOCATION = '.tlslintcache';

export function defaultCiOptions(): CiOptions {
  return { reportUnusedBaseline: false, pruneBaseline: false, stdin: false, cache: false };
}

export const CI_USAGE = `Only what is new, CI and editors:
  --baseline FILE            Report only findings not recorded in FILE
  --write-baseline FILE      Record today's findings in FILE (nothing is reported as new)
  --report-unused-baseline   Report baseline entries no finding matches any more (exit 1)
  --prune-baseline           Remove those entries from the --baseline file
  --changed-since REF        Report only findings on lines changed since the git REF
  --stdin                    Lint standard input (with --stdin-filename PATH: its config
                             and language); paths are not allowed
  --cache                    Reuse results of files unchanged since the last run
  --cache-location FILE      Where the cache is kept (default: ${DEFAULT_CACHE_LOCATION})
  --sarif-category NAME      The SARIF run's category (automationDetails.id)`;

/**
 * Takes `arg` if it is one of these options (`value()` reads its value); false when it is not
 * one of them.
 */
export function parseCiOption(o: CiOptions, arg: string, value: () => string): boolean {
  switch (arg) {
    case '--baseline':
      o.baseline = value();
      return true;
    case '--write-baseline':
      o.writeBaseline = value();
      return true;
    case '--report-unused-baseline':
      o.reportUnusedBaseline = true;
      return true;
    case '--prune-baseline':
      o.pruneBaseline = true;
      return true;
    case '--changed-since':
      o.changedSince = value();
      return true;
    case '--stdin':
      o.stdin = true;
      return true;
    case '--stdin-filename':
      o.stdinFilename = value();
      return true;
    case '--cache':
      o.cache = true;
      return true;
    case '--cache-location':
      o.cacheLocation = value();
      o.cache = true;
      return true;
    case '--sarif-category':
      o.sarifCategory = value();
      return true;
    default:
      return false;
  }
}

/** What cannot go together, once every argument is read. */
export function checkCiOptions(o: CiOptions & { paths: string[]; fix: string }): void {
  if ((o.reportUnusedBaseline || o.pruneBaseline) && !o.baseline) {
    throw new UsageError(`${o.pruneBaseline ? '--prune-baseline' : '--report-unused-baseline'} needs --baseline FILE`);
  }
  if (o.baseline && o.writeBaseline) throw new UsageError('--baseline and --write-baseline do not go together: --write-baseline records every finding of today');
  if (o.stdinFilename !== undefined && !o.stdin) throw new UsageError('--stdin-filename goes with --stdin');
  if (!o.stdin) return;
  if (o.paths.length > 0) throw new UsageError(`--stdin lints standard input; it takes no paths (got '${o.paths[0]}')`);
  if (o.fix !== 'none') throw new UsageError('--fix cannot write standard input back; lint the file instead');
  if (o.changedSince) throw new UsageError('--changed-since compares files on disk with git; it does not go with --stdin');
}
