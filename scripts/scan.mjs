// `npm run scan [-- paths/options]`: runs the built CLI, on examples/ when no path is given.
// Findings are the expected result of a scan, so exit code 1 (findings) becomes 0 here with a
// reminder; CI should call `npx tlslint` directly to fail on findings.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('tlslint is not built yet: run `npm ci` (or `npm run build`) first.');
  process.exit(2);
}
const args = process.argv.slice(2);
const hasPath = args.some((a, i) => !a.startsWith('-') && !['--format', '-o', '--output', '-c', '--config', '--rule', '--max-warnings'].includes(args[i - 1]));
if (!hasPath) args.push(path.join(root, 'examples'));
const r = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
if (r.status === 1) {
  console.error('\n(tlslint exits with 1 when it finds error-level problems; `npx tlslint` keeps that exit code for CI.)');
  process.exit(0);
}
process.exit(r.status ?? 2);
