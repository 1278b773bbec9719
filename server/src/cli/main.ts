// The `tlslint` command.
import { rules as catalog } from '../../../rules/index.js';
import { HELP_HINT, parseArgs, USAGE, UsageError } from './args.js';
import { runCiphersCommand } from './ciphers-command.js';
import { runLint, type RunIo } from './run.js';
import { VERSION } from '../engine/version.js';
import { boundHeapGrowth } from '../runner/heap.js';

/** Where the command reads and writes; the process's own unless a test gives another. */
export type CliIo = Omit<RunIo, 'version'>;

const processIo = (): CliIo => ({
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTty: !!process.stdout.isTTY,
});

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const out = (t: string) => io.stdout(t.endsWith('\n') ? t : `${t}\n`);
  const err = (t: string) => io.stderr(t.endsWith('\n') ? t : `${t}\n`);
  try {
    if (argv[0] === 'ciphers') return runCiphersCommand(argv.slice(1), out, err);
    const options = parseArgs(argv, catalog.map((r) => r.meta.id));
    if (options.help) {
      out(USAGE);
      return 0;
    }
    if (options.version) {
      out(VERSION);
      return 0;
    }
    return await runLint(options, { cwd: io.cwd, stdout: out, stderr: err, isTty: io.isTty, version: VERSION, readStdin: io.readStdin });
  } catch (e) {
    if (e instanceof UsageError) {
      err(`tlslint: ${e.message}\n${HELP_HINT}`);
      return 2;
    }
    err(`tlslint: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 2;
  }
}

/** The command as a process runs it: exit code set when done, a closed pipe not an error. */
export function runCli(argv: readonly string[]): Promise<void> {
  // `tlslint ciphers ALL | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}

// Run directly (the TypeScript output, out/): dist/cli.js is launch.ts, which calls runCli itself.
if (require.main === module) {
  boundHeapGrowth();
  void runCli(process.argv.slice(2));
}
