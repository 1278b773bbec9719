#!/usr/bin/env node
// The unit and protocol layer of `npm test`: every out/test/**/*.test.js (not the helpers beside
// them, which `node --test out/test/` would also start as test files), run by node's test runner
// with more files at once than cores: most of them wait on the CLI or the server they start.
//   node scripts/test-unit.mjs [--concurrency N] [node --test options…]
// The tests' temporary trees (up to 100,000 files) go to a folder of their own on a RAM file system
// (/dev/shm) when there is one: creating a small file on this machine's ext4 costs about 0.35 ms of
// system time, on tmpfs 0.01 ms. TLSLINT_TEST_TMPDIR names another parent; the folder is removed after.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMarker } from './test-unit-marker.mjs';
import { ensureTools } from './tools.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'out', 'test');
const args = process.argv.slice(2);
const at = args.indexOf('--concurrency');
const concurrency = at >= 0 ? Number(args.splice(at, 2)[1]) : Math.max(2, (os.availableParallelism?.() ?? os.cpus().length) + 1);

// A test file says in a `// test-unit: own process (why)` line of its header comment that it runs
// in a process of its own (scripts/test-unit-marker.mjs); a line of another form stops the run.
// Files that only call functions (rules, meta, client, engine, ciphers) and say nothing share a
// process: starting node and loading TypeScript costs about 0.4 s of CPU, more than most of them
// take. (Starting the long files first was measured not to pay: 57.7 s against 60.1 s.)
const SHARED = /^(rules|meta|client|engine|ciphers)\//;
const GROUPS = 2;
const all = readdirSync(dir, { recursive: true })
  .map((f) => String(f).split(path.sep).join('/'))
  .filter((f) => f.endsWith('.test.js'))
  .map((f) => ({ f, own: ownProcess(path.join(dir, f)) }))
  .sort((a, b) => (a.f < b.f ? -1 : 1));
if (all.length === 0) {
  console.error(`test-unit: no *.test.js under ${path.relative(root, dir)}; run tsc -p tsconfig.json first`);
  process.exit(1);
}
// ESLint 10 and 9 and typescript-eslint's parser for test/eslint/ (tools/eslint/, installed from its
// lock file the first time; here, before the test files start, since two installs must not race).
try {
  ensureTools('eslint', (m) => console.log(`test-unit: ${m}`));
} catch (err) {
  console.error(`test-unit: ${err.message}`);
  process.exit(1);
}
const shared = all.filter((t) => SHARED.test(t.f) && !t.own).map((t) => t.f);
const reporter = args.some((a) => a.startsWith('--test-reporter')) ? [] : ['--test-reporter=spec'];
const tmp = mkdtempSync(path.join(tmpParent(), 'tlslint-test-'));
try {
  // Each group is a file that loads its share of the shared files, one after the other.
  const groups = Array.from({ length: GROUPS }, (_, g) => {
    const file = path.join(tmp, `shared-${g + 1}-of-${GROUPS}.test.js`);
    const members = shared.filter((_, i) => i % GROUPS === g);
    writeFileSync(file, `// ${members.length} test files of out/test/ in one process (scripts/test-unit.mjs)\n${members.map((f) => `require(${JSON.stringify(path.join(dir, f))});\n`).join('')}`);
    return file;
  });
  const files = [...all.filter((t) => !shared.includes(t.f)).map((t) => path.join(dir, t.f)), ...groups];
  const r = spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...reporter, ...args, ...files], { stdio: 'inherit', cwd: root, env: { ...process.env, TMPDIR: tmp } });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

/** Whether the `// test-unit:` line in a compiled test file's first lines asks for its own process (scripts/test-unit-marker.mjs). */
function ownProcess(file) {
  const marker = readMarker(readFileSync(file, 'utf8').slice(0, 2000));
  if (marker?.invalid) {
    console.error(`test-unit: ${path.relative(root, file)}: cannot read ${JSON.stringify(marker.invalid)}`);
    process.exit(1);
  }
  return marker?.own ?? false;
}

/** TLSLINT_TEST_TMPDIR, else /dev/shm if it is a writable tmpfs, else the usual temporary folder. */
function tmpParent() {
  if (process.env.TLSLINT_TEST_TMPDIR) return process.env.TLSLINT_TEST_TMPDIR;
  const TMPFS_MAGIC = 0x01021994;
  try {
    accessSync('/dev/shm', constants.W_OK);
    if (statfsSync('/dev/shm').type === TMPFS_MAGIC) return '/dev/shm';
  } catch {
    // no /dev/shm (macOS, Windows) or not writable
  }
  return os.tmpdir();
}
