// The import direction of ARCHITECTURE.md is a checked rule (.dependency-cruiser.cjs, run by
// `npm run lint` and by npm test): the project passes it, and each kind of bad import fails it.
// The bad imports are written into a scratch tree laid out like the project, checked with the
// project's own rule file.
// test-unit: own process (long: about 6 s of CPU, so it runs beside the short files)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DEPCRUISE = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

function cruise(cwd: string, dirs: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [DEPCRUISE, ...dirs, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** A scratch tree: the project's rule file and tsconfig, and `files` (path → source). */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tlslint-layers-'));
  copyFileSync(path.join(ROOT, '.dependency-cruiser.cjs'), path.join(dir, '.dependency-cruiser.cjs'));
  copyFileSync(path.join(ROOT, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('layering (dependency-cruiser)', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('the project passes', () => {
    const r = cruise(ROOT, ['protocol', 'rules', 'server', 'client']);
    assert.equal(r.status, 0, r.output);
  });

  const bad: [string, Record<string, string>, string][] = [
    ['the language server importing the CLI', { 'server/src/lsp/a.ts': "import { b } from '../cli/b.js';\nexport const a = b;\n", 'server/src/cli/b.ts': 'export const b = 1;\n' }, 'cli-not-imported'],
    ['the engine importing a language', { 'server/src/engine/a.ts': "import { b } from '../lang/js/b.js';\nexport const a = b;\n", 'server/src/lang/js/b.ts': 'export const b = 1;\n' }, 'engine-is-language-neutral'],
    ['the engine importing a rule', { 'server/src/engine/a.ts': "import { b } from '../../../rules/no-x/meta.js';\nexport const a = b;\n", 'rules/no-x/meta.ts': 'export const b = 1;\n' }, 'engine-is-language-neutral'],
    ['one language importing another', { 'server/src/lang/python/a.ts': "import { b } from '../js/b.js';\nexport const a = b;\n", 'server/src/lang/js/b.ts': 'export const b = 1;\n' }, 'languages-are-independent'],
    ['a face reaching a frontend', { 'server/src/cli/a.ts': "import { b } from '../lang/js/b.js';\nexport const a = b;\n", 'server/src/lang/js/b.ts': 'export const b = 1;\n' }, 'faces-are-independent'],
    ['the client importing server source', { 'client/src/a.ts': "import { b } from '../../server/src/lsp/b.js';\nexport const a = b;\n", 'server/src/lsp/b.ts': 'export const b = 1;\n' }, 'client-imports-protocol-only'],
    ['a rule importing the engine', { 'rules/no-x/js.ts': "import { b } from '../../server/src/engine/b.js';\nexport const a = b;\n", 'server/src/engine/b.ts': 'export const b = 1;\n' }, 'rules-import-rules-only'],
    ['protocol importing the server', { 'protocol/a.ts': "import { b } from '../server/src/engine/b.js';\nexport const a = b;\n", 'server/src/engine/b.ts': 'export const b = 1;\n' }, 'protocol-is-a-leaf'],
    ['the CLI importing the ESLint plugin', { 'server/src/cli/a.ts': "import { b } from '../eslint/b.js';\nexport const a = b;\n", 'server/src/eslint/b.ts': 'export const b = 1;\n' }, 'eslint-not-imported'],
    ['the ESLint plugin reaching a frontend', { 'server/src/eslint/a.ts': "import { b } from '../lang/js/b.js';\nexport const a = b;\n", 'server/src/lang/js/b.ts': 'export const b = 1;\n' }, 'faces-are-independent'],
    ['the ESLint plugin importing the language server', { 'server/src/eslint/a.ts': "import { b } from '../lsp/b.js';\nexport const a = b;\n", 'server/src/lsp/b.ts': 'export const b = 1;\n' }, 'lsp-not-imported'],
    ['the runner importing a frontend', { 'server/src/runner/a.ts': "import { b } from '../lang/js/b.js';\nexport const a = b;\n", 'server/src/lang/js/b.ts': 'export const b = 1;\n' }, 'runner-below-faces'],
    ['a cycle', { 'server/src/engine/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n", 'server/src/engine/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n" }, 'no-circular'],
  ];
  for (const [name, files, rule] of bad) {
    it(`fails on ${name} (${rule})`, () => {
      const dir = tree(files);
      dirs.push(dir);
      const r = cruise(dir, ['.']);
      assert.notEqual(r.status, 0, r.output);
      assert.match(r.output, new RegExp(`error ${rule}:`), r.output);
    });
  }

  it('passes the imports the layers allow (negative control)', () => {
    const dir = tree({
      'server/src/lang/js/a.ts': "import { b } from './b.js';\nimport { e } from '../../engine/e.js';\nimport { r } from '../../../../rules/api.js';\nexport const a = [b, e, r];\n",
      'server/src/lang/js/b.ts': 'export const b = 1;\n',
      'server/src/engine/e.ts': "import { r } from '../../../rules/api.js';\nimport { p } from '../../../protocol/p.js';\nexport const e = [r, p];\n",
      'rules/api.ts': "import type { P } from '../protocol/p.js';\nexport const r: P = 1;\n",
      'protocol/p.ts': 'export type P = number;\nexport const p = 1;\n',
      'server/src/runner/x.ts': "import { l } from '../linter/l.js';\nexport const x = l;\n",
      'server/src/linter/l.ts': "import { a } from '../lang/js/a.js';\nexport const l = a;\n",
      'server/src/cli/c.ts': "import { x } from '../runner/x.js';\nexport const c = x;\n",
      'server/src/eslint/p.ts': "import { x } from '../runner/x.js';\nimport { l } from '../linter/l.js';\nimport { e } from '../engine/e.js';\nexport const p = [x, l, e];\n",
      'client/src/k.ts': "import { p } from '../../protocol/p.js';\nexport const k = p;\n",
    });
    dirs.push(dir);
    const r = cruise(dir, ['.']);
    assert.equal(r.status, 0, r.output);
  });
});
