import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  discoverFiles,
  isSourceFile,
  SKIP_DECLARATION,
  SKIP_DIR_SYMLINK,
  SKIP_IGNORED,
  SKIP_NOT_FOUND,
  SKIP_NOT_SOURCE,
  SKIP_OUTSIDE_ROOTS,
  SKIP_SYMLINK_LOOP,
  type DiscoverOptions,
} from '../../server/src/runner/discover.js';

let tmp: string;
let project: string;

function write(rel: string, text = '') {
  const file = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

async function run(paths: string[], options: Partial<DiscoverOptions> = {}) {
  const skipped: Array<[string, string]> = [];
  const files: string[] = [];
  for await (const f of discoverFiles(paths, { cwd: project, onSkip: (p, r) => skipped.push([rel(p), r]), ...options })) {
    files.push(rel(f));
  }
  return { files, skipped };
}

/** Relative to the project, forward slashes, so expectations read the same on every platform. */
function rel(p: string): string {
  return path.relative(project, p).split(path.sep).join('/');
}

before(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tlslint-discover-')));
  project = path.join(tmp, 'project');
  for (const f of ['a.js', 'b.jsx', 'c.mjs', 'd.cjs', 'e.ts', 'f.tsx', 'g.mts', 'h.cts']) write(`project/src/${f}`);
  for (const f of ['types.d.ts', 'm.d.mts', 'c.d.cts', 'styles.d.css.ts', 'readme.md', 'data.json', 'noext']) write(`project/src/${f}`);
  write('project/Z.ts');
  write('project/node_modules/dep/index.js');
  write('project/src/node_modules/nested/index.js');
  write('project/.git/hooks/x.js');
  write('project/.gitignore', 'build/\n*.gen.ts\n/top-only.ts\n');
  write('project/build/out.js');
  write('project/top-only.ts');
  write('project/src/top-only.ts');
  write('project/src/x.gen.ts');
  write('project/lib/.gitignore', '*.js\n!keep.js\n');
  write('project/lib/drop.js');
  write('project/lib/keep.js');
  write('project/lib/sub/drop2.js');
  write('project/lib/sub/ok.ts');
  write('project/lib/sub/.gitignore', '!drop2.js\n');
  write('project/.hidden/h.ts');
  write('outside/secret.js');
  write('outside/dir/inner.js');
  fs.symlinkSync(path.join(tmp, 'outside/secret.js'), path.join(project, 'link-out.js'));
  fs.symlinkSync(path.join(project, 'src/a.js'), path.join(project, 'link-in.js'));
  fs.symlinkSync(path.join(tmp, 'outside/dir'), path.join(project, 'linked-dir'));
  fs.symlinkSync(project, path.join(project, 'src/loop'));
  fs.symlinkSync(path.join(project, 'self.js'), path.join(project, 'self.js'));
  fs.symlinkSync(path.join(project, 'gone.js'), path.join(project, 'broken.js'));
});

after(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('discoverFiles', () => {
  test('walks the tree: extensions, .d.ts, node_modules, .git, gitignore, symlinks, sorted', async () => {
    const { files, skipped } = await run(['.']);
    assert.deepEqual(files, [
      '.hidden/h.ts',
      'Z.ts',
      'lib/keep.js',
      'lib/sub/drop2.js', // re-included by the nested .gitignore
      'lib/sub/ok.ts',
      'src/a.js',
      'src/b.jsx',
      'src/c.mjs',
      'src/d.cjs',
      'src/e.ts',
      'src/f.tsx',
      'src/g.mts',
      'src/h.cts',
      'src/top-only.ts', // "/top-only.ts" is anchored to the root .gitignore
    ]);
    assert.deepEqual(skipped.sort(), [
      ['broken.js', 'broken symbolic link'],
      ['link-out.js', SKIP_OUTSIDE_ROOTS],
      ['linked-dir', SKIP_DIR_SYMLINK],
      ['self.js', SKIP_SYMLINK_LOOP],
      ['src/loop', SKIP_DIR_SYMLINK],
    ]);
  });

  test('a link inside the tree is left to its target; a link named explicitly is scanned, once', async () => {
    const { files } = await run(['link-in.js', 'src']);
    assert.equal(files[0], 'link-in.js');
    assert.ok(!files.includes('src/a.js'), 'the target was already scanned through the link');
  });

  test('each file once, even when arguments overlap', async () => {
    const { files } = await run(['src', 'src/e.ts', '.']);
    assert.equal(files.length, new Set(files).size);
    assert.equal(files[0], 'src/a.js');
  });

  test('explicit files: scanned even when gitignored; unusual extensions and declarations reported', async () => {
    const { files, skipped } = await run(['build/out.js', 'src/readme.md', 'src/types.d.ts', 'src/x.gen.ts']);
    assert.deepEqual(files, ['build/out.js', 'src/x.gen.ts']);
    assert.deepEqual(skipped, [
      ['src/readme.md', SKIP_NOT_SOURCE],
      ['src/types.d.ts', SKIP_DECLARATION],
    ]);
  });

  test('nonexistent paths are reported and the rest still scanned', async () => {
    const { files, skipped } = await run(['nope', 'src/nope.ts', 'Z.ts']);
    assert.deepEqual(files, ['Z.ts']);
    assert.deepEqual(skipped, [
      ['nope', SKIP_NOT_FOUND],
      ['src/nope.ts', SKIP_NOT_FOUND],
    ]);
  });

  test('the ignore callback prunes directories and drops files, explicit files included', async () => {
    const seen: string[] = [];
    const ignore = (abs: string) => {
      seen.push(rel(abs));
      return rel(abs) === 'src' || rel(abs).endsWith('keep.js');
    };
    const { files } = await run(['.'], { ignore });
    assert.deepEqual(files, ['.hidden/h.ts', 'Z.ts', 'lib/sub/drop2.js', 'lib/sub/ok.ts']);
    assert.ok(!seen.some((p) => p.startsWith('src/')), 'nothing below an ignored directory is visited');
    const explicit = await run(['lib/keep.js'], { ignore });
    assert.deepEqual(explicit.files, []);
    assert.deepEqual(explicit.skipped, [['lib/keep.js', SKIP_IGNORED]]);
  });

  test('an explicitly named directory inside node_modules is scanned', async () => {
    assert.deepEqual((await run(['node_modules/dep'])).files, ['node_modules/dep/index.js']);
  });

  test('no paths means the current directory', async () => {
    assert.deepEqual((await run([])).files, (await run(['.'])).files);
  });

  test('streams: the first file arrives before the walk is done', async () => {
    const iterator = discoverFiles(['.'], { cwd: project });
    const first = await iterator.next();
    assert.equal(rel(first.value as string), '.hidden/h.ts');
    await iterator.return(undefined);
  });
});

test('isSourceFile', () => {
  for (const f of ['a.js', 'a.jsx', 'a.mjs', 'a.cjs', 'a.ts', 'a.tsx', 'a.mts', 'a.cts', 'a.d.js', 'food.ts', 'x.d/y.ts']) assert.ok(isSourceFile(f), f);
  for (const f of ['a.d.ts', 'a.d.mts', 'a.d.cts', 'a.d.css.ts', 'a.json', 'a.md', 'a.tsbuildinfo', 'ts']) assert.ok(!isSourceFile(f), f);
});

test('project files: found by name and pattern, never in node_modules or .git', async () => {
  const root = path.join(tmp, 'files');
  for (const f of ['package.json', 'src/package.json', '.npmrc', '.yarnrc', '.yarnrc.yml', '.env', '.env.production', '.env.example', 'Dockerfile', 'Dockerfile.dev', 'api.Dockerfile', 'Containerfile', 'compose.yaml', '.github/workflows/ci.yml', '.gitlab-ci.yml', 'k8s/deploy.yaml', 'ecosystem.config.json', 'ecosystem.config.js']) write(`files/${f}`);
  for (const f of ['tsconfig.json', 'data.json', '.envrc', 'env.txt', 'node_modules/dep/package.json', 'node_modules/dep/.npmrc', '.git/config.yml', 'Dockerfile.d.ts']) write(`files/${f}`);
  write('files/.env.js');
  const files: string[] = [];
  for await (const f of discoverFiles(['.'], { cwd: root })) files.push(path.relative(root, f).split(path.sep).join('/'));
  assert.deepEqual(files, [
    '.env', '.env.example', '.env.js', '.env.production', '.github/workflows/ci.yml', '.gitlab-ci.yml', '.npmrc', '.yarnrc', '.yarnrc.yml',
    'Containerfile', 'Dockerfile', 'Dockerfile.dev', 'api.Dockerfile', 'compose.yaml', 'ecosystem.config.js', 'ecosystem.config.json', 'k8s/deploy.yaml', 'package.json', 'src/package.json',
  ]);
});
