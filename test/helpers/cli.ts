// Running the `tlslint` command in tests: in this process with the output captured (starting node
// and loading TypeScript for each case costs more than the case), on a scratch tree of files.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../server/src/cli/main.js';

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `tlslint args` in this process. */
export async function run(args: string[], cwd: string): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false });
  return { code, stdout, stderr };
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
