// Running the `tlslint` command in tests: in this process with the output captured (starting node
// and loading TypeScript for each case costs more than the case), or the built dist/cli.js in a
// child process; on scratch trees of files, and git repositories of them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../server/src/cli/main.js';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `tlslint args` in this process; `stdin` is what --stdin reads. */
export async function run(args: string[], cwd: string, stdin?: string): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false, readStdin: async () => stdin ?? '' });
  return { code, stdout, stderr };
}

/** `tlslint args` in a child process, from the bundle (`cli` another copy of it). */
export function spawnCli(args: string[], cwd: string, options: { input?: string; cli?: string } = {}): Ran {
  const r = spawnSync(process.execPath, [options.cli ?? CLI, ...args], { cwd, encoding: 'utf8', input: options.input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A scratch directory holding `files` (relative path → text or bytes). */
export function tree(files: Record<string, string | Buffer>, prefix = 'tlslint-cli-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** `git args` in `cwd`, failing the test on an error; a fixed identity so commits need no user config. */
export function git(cwd: string, ...args: string[]): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd };
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** A git repository holding `files` in one commit on branch main. */
export function repo(files: Record<string, string>): string {
  const dir = tree(files, 'tlslint-git-');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'first');
  return dir;
}

export interface JsonFile {
  filePath: string;
  findings: Array<{ ruleId: string; severity: string; line: number; column: number; message: string }>;
  notes: Array<{ kind: string; ruleId: string | null; message: string }>;
  errorCount: number;
  warningCount: number;
}

/** (file, line, rule) of every finding of a JSON report, sorted. */
export function findingKeys(json: string): string[] {
  return (JSON.parse(json) as JsonFile[]).flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line}:${x.ruleId}`)).sort();
}
