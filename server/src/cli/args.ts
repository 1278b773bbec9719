// Command-line arguments of `tlslint [paths...]`.
import { ALWAYS_SKIPPED_DIRS, LANGUAGES } from '../../../protocol/languages.js';
import { PROJECT_FILE_LANGUAGES } from '../../../protocol/project-files.js';
import { availableParallelism } from 'node:os';
import type { SeveritySetting } from '../../../rules/api.js';
import { CI_USAGE, checkCiOptions, defaultCiOptions, parseCiOption, type CiOptions } from './ci-options.js';
import { UsageError } from './usage-error.js';

export { UsageError };

export type Format = 'text' | 'json' | 'json-with-metadata' | 'sarif';
const FORMATS: readonly Format[] = ['text', 'json', 'json-with-metadata', 'sarif'];

export interface CliOptions extends CiOptions {
  paths: string[];
  format: Format;
  output?: string;
  fix: 'none' | 'safe' | 'all';
  config?: string;
  rules: Record<string, SeveritySetting>;
  maxWarnings?: number;
  quiet: boolean;
  reportUnusedDirectives: boolean;
  /** Report information findings too (off: they need no change). */
  includeInfo: boolean;
  color?: boolean;
  /** Files linted at once, each in a worker thread; 1 lints in the main thread. */
  jobs: number;
  help: boolean;
  version: boolean;
}

/** After a usage error: where the options are, not all of them. */
export const HELP_HINT = "Run 'tlslint --help' for the options.";

/** The languages of code, named with their extensions; project files are named by what they are. */
const CODE_LANGUAGES = LANGUAGES.filter((l) => !(PROJECT_FILE_LANGUAGES as readonly unknown[]).includes(l));

export const USAGE = `Usage: tlslint [options] [paths...]
       tlslint ciphers '<cipher string>' [--json]

Finds unsafe TLS usage in ${CODE_LANGUAGES.map((l) => `${l.name} (${l.extensions.join(' ')})`).join(' and ')} files, and in the project files around them (${PROJECT_FILE_LANGUAGES.map((l) => l.name).join(', ')}).
Paths default to the current directory; ${ALWAYS_SKIPPED_DIRS.filter((d) => d !== '.git').join(', ')} and .gitignore'd files are skipped.

Options:
  --format FORMAT            text (default), json, json-with-metadata (json plus totals) or sarif
  -o, --output FILE          Write the report to FILE instead of standard output
  --fix                      Apply safe fixes (they keep what connects)
  --fix-suggestions          Apply every fix, including ones that change what connects
  -c, --config FILE          Use this .tlslintrc.json (or package.json) instead of looking one up
  --rule ID=SEVERITY         Set a rule's severity: off, info, warning or error (repeatable)
  --max-warnings N           Exit with 1 when there are more than N warnings
  --quiet                    Report errors only (findings and notes)
  --include-info             Report information findings too (they need no change)
  --report-unused-disable-directives
                             Report tlslint-disable comments that suppress nothing
  -j, --jobs N               Lint N files at once in worker threads (default: the
                             number of CPU cores minus one, at least 1)
  --color, --no-color        Force or disable colours in text output
  -h, --help                 Show this help
  -v, --version              Show the version

${CI_USAGE}

Exit codes: 0 no error-level findings, 1 error-level findings (or too many warnings),
2 usage, configuration or internal error.`;

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

/** One core stays free for discovery, output and the rest of the machine. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

export function parseArgs(argv: readonly string[], ruleIds: readonly string[]): CliOptions {
  const o: CliOptions = { paths: [], format: 'text', fix: 'none', rules: {}, quiet: false, reportUnusedDirectives: false, includeInfo: false, jobs: defaultJobs(), help: false, version: false, ...defaultCiOptions() };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('-')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const arg = eq > 0 ? raw.slice(0, eq) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : undefined;
    const take = (): string => inline ?? value(i++, arg);
    switch (arg) {
      case '--format': {
        const f = take();
        if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format must be ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS[FORMATS.length - 1]}, not '${f}'`);
        o.format = f as Format;
        break;
      }
      case '-o':
      case '--output':
        o.output = take();
        break;
      case '--fix':
        if (o.fix === 'none') o.fix = 'safe';
        break;
      case '--fix-suggestions':
        o.fix = 'all';
        break;
      case '-c':
      case '--config':
        o.config = take();
        break;
      case '--rule': {
        const spec = take();
        const m = /^([\w-]+)\s*[=:]\s*(\w+)$/.exec(spec);
        if (!m) throw new UsageError(`--rule takes ID=SEVERITY, not '${spec}'`);
        if (!ruleIds.includes(m[1])) throw new UsageError(`--rule: unknown rule '${m[1]}' (rules: ${ruleIds.join(', ')})`);
        if (!SEVERITIES.has(m[2])) throw new UsageError(`--rule ${m[1]}: severity must be off, info, warning or error, not '${m[2]}'`);
        o.rules[m[1]] = m[2] as SeveritySetting;
        break;
      }
      case '--max-warnings': {
        const n = take();
        if (!/^\d+$/.test(n)) throw new UsageError(`--max-warnings takes a whole number, not '${n}'`);
        o.maxWarnings = Number(n);
        break;
      }
      case '-j':
      case '--jobs': {
        const n = take();
        if (!/^[1-9]\d*$/.test(n)) throw new UsageError(`--jobs takes a whole number of at least 1, not '${n}'`);
        o.jobs = Number(n);
        break;
      }
      case '--quiet':
        o.quiet = true;
        break;
      case '--include-info':
        o.includeInfo = true;
        break;
      case '--report-unused-disable-directives':
        o.reportUnusedDirectives = true;
        break;
      case '--color':
        o.color = true;
        break;
      case '--no-color':
        o.color = false;
        break;
      case '-h':
      case '--help':
        o.help = true;
        break;
      case '-v':
      case '--version':
        o.version = true;
        break;
      default:
        if (parseCiOption(o, arg, take)) break;
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
        o.paths.push(raw);
    }
  }
  checkCiOptions(o);
  return o;
}
