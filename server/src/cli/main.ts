// The `tlslint` command.
import { rules as catalog } from '../../../rules/index.js';
import { parseArgs, USAGE, UsageError } from './args.js';
import { runCiphersCommand } from './ciphers-command.js';
import { runLint } from './run.js';
import { VERSION } from './version.js';

export async function main(argv: readonly string[]): Promise<number> {
  const out = (t: string) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`);
  const err = (t: string) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`);
  try {
    if (argv[0] === 'ciphers') return runCiphersCommand(argv.slice(1), out);
    const options = parseArgs(argv, catalog.map((r) => r.meta.id));
    if (options.help) {
      out(USAGE);
      return 0;
    }
    if (options.version) {
      out(VERSION);
      return 0;
    }
    return await runLint(options, { cwd: process.cwd(), stdout: out, stderr: err, isTty: !!process.stdout.isTTY, version: VERSION });
  } catch (e) {
    if (e instanceof UsageError) {
      err(`tlslint: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    err(`tlslint: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 2;
  }
}

if (require.main === module) {
  // `tlslint ciphers ALL | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
