#!/usr/bin/env node
// The unit and protocol layer of `npm test`: every out/test/**/*.test.js (not the helpers beside
// them, which `node --test out/test/` would also start as test files), run by node's test runner
// with more files at once than cores: most of them wait on the CLI or the server they start.
//   node scripts/test-unit.mjs [--concurrency N] [node --test options…]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'out', 'test');
const args = process.argv.slice(2);
const at = args.indexOf('--concurrency');
const concurrency = at >= 0 ? Number(args.splice(at, 2)[1]) : Math.max(2, (os.availableParallelism?.() ?? os.cpus().length) + 1);

// The longest files start first, so they run beside the many short ones instead of after them.
const LONGEST_FIRST = ['fuzz/fuzz.test.js', 'cli/cli.test.js', 'security/scale.test.js', 'lsp/robustness-server.test.js', 'cli/jobs.test.js', 'engine/prefilter-soundness.test.js', 'security/no-network.test.js'];
const rank = (f) => (LONGEST_FIRST.includes(f) ? LONGEST_FIRST.indexOf(f) : LONGEST_FIRST.length);
const files = readdirSync(dir, { recursive: true })
  .map((f) => String(f).split(path.sep).join('/'))
  .filter((f) => f.endsWith('.test.js'))
  .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))
  .map((f) => path.join(dir, f));
if (files.length === 0) {
  console.error(`test-unit: no *.test.js under ${path.relative(root, dir)}; run tsc -p tsconfig.json first`);
  process.exit(1);
}
const reporter = args.some((a) => a.startsWith('--test-reporter')) ? [] : ['--test-reporter=spec'];
const r = spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...reporter, ...args, ...files], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);
