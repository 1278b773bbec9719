// The esbuild plugin every engine bundle is built with (scripts/typescript-once.mjs): all modules
// of a bundle share one typescript object; its enums are there without loading typescript, which
// loads on the first read of a function; and its properties are then plain values, not the
// getters of typescript's own exports (a function call on every `ts.SyntaxKind` of the engine).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('typescript-once (esbuild plugin)', () => {
  it('shares one typescript object, loads typescript on the first function read, then holds plain values', async () => {
    const esbuild = (await import('esbuild')) as typeof import('esbuild');
    const { typescriptOnce, typescriptBeside } = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'typescript-once.mjs')).href)) as { typescriptOnce: import('esbuild').Plugin; typescriptBeside: import('esbuild').Plugin };
    const dir = mkdtempSync(path.join(tmpdir(), 'tlslint-ts-once-'));
    try {
      writeFileSync(path.join(dir, 'a.ts'), "import ts from 'typescript';\nexport const a = ts;\n");
      writeFileSync(
        path.join(dir, 'main.ts'),
        [
          "import ts from 'typescript';",
          "import { a } from './a';",
          "const kind = ts.SyntaxKind.Identifier;",
          "process.stdout.write(`enum ${kind} ${a === ts}\\n`);",
          "if (process.argv[2] === 'function') {",
          "  const sf = ts.createSourceFile('x.ts', 'let x = 1;', ts.ScriptTarget.Latest);",
          "  const plain = ['isIdentifier', 'createSourceFile', 'forEachChild'].every((n) => { const d = Object.getOwnPropertyDescriptor(ts, n); return !!d && 'value' in d && !d.get; });",
          "  process.stdout.write(`function ${sf.statements.length} ${plain}\\n`);",
          '}',
        ].join('\n'),
      );
      const bundle = async (name: string, plugins: import('esbuild').Plugin[]) => {
        const outfile = path.join(dir, `${name}.js`);
        await esbuild.build({ entryPoints: [path.join(dir, 'main.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent', nodePaths: [path.join(ROOT, 'node_modules')], plugins });
        return (arg: string) => spawnSync(process.execPath, [outfile, arg], { encoding: 'utf8', env: { ...process.env, TLSLINT_TRACE_TS_LOAD: '1' } });
      };
      const run = await bundle('with-plugin', [typescriptOnce]);
      const enumOnly = run('enum');
      assert.equal(enumOnly.stdout, `enum ${ts.SyntaxKind.Identifier} true\n`);
      assert.equal(enumOnly.stderr, '', 'reading an enum does not load typescript');
      const withFunction = run('function');
      assert.equal(withFunction.stdout, `enum ${ts.SyntaxKind.Identifier} true\nfunction 1 true\n`);
      assert.match(withFunction.stderr, /^typescript loaded by:/);
      // Negative control: without the plugin the properties are getters and nothing is traced
      // (typescript loads at start-up).
      const without = (await bundle('without-plugin', []))('function');
      assert.equal(without.stdout, `enum ${ts.SyntaxKind.Identifier} true\nfunction 1 false\n`);
      assert.equal(without.stderr, '');
      // The shipped bundles hold no typescript: they require typescript.js from beside them, and
      // only when a function is first read (the bundle runs without one for an enum).
      const beside = await bundle('beside', [typescriptBeside, typescriptOnce]);
      assert.ok(!readFileSync(path.join(dir, 'beside.js'), 'utf8').includes('function createSourceFile('), 'typescript is not bundled');
      const besideEnum = beside('enum');
      assert.equal(besideEnum.stdout, `enum ${ts.SyntaxKind.Identifier} true\n`);
      assert.equal(besideEnum.stderr, '');
      assert.match(beside('function').stderr, /Cannot find module '\.\/typescript\.js'/);
      writeFileSync(path.join(dir, 'typescript.js'), `module.exports = require(${JSON.stringify(require.resolve('typescript'))});`);
      assert.equal(beside('function').stdout, `enum ${ts.SyntaxKind.Identifier} true\nfunction 1 true\n`);
      assert.match(readFileSync(path.join(ROOT, 'esbuild.mjs'), 'utf8'), /plugins: \[typescriptBeside, typescriptOnce[\],]/);
      assert.ok(existsSync(path.join(ROOT, 'dist', 'typescript.js')), 'esbuild.mjs writes dist/typescript.js');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
