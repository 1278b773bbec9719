// The esbuild plugin every engine bundle is built with (scripts/typescript-once.mjs): all modules
// of a bundle share one typescript object, and its properties are plain values, not the getters of
// typescript's own exports (a function call on every `ts.SyntaxKind` of the engine's hot loops).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('typescript-once (esbuild plugin)', () => {
  it('gives every module of a bundle the same typescript object, with plain properties', async () => {
    const esbuild = (await import('esbuild')) as typeof import('esbuild');
    const { typescriptOnce } = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'typescript-once.mjs')).href)) as { typescriptOnce: import('esbuild').Plugin };
    const dir = mkdtempSync(path.join(tmpdir(), 'tlslint-ts-once-'));
    try {
      writeFileSync(path.join(dir, 'a.ts'), "import ts from 'typescript';\nexport const a = ts;\n");
      writeFileSync(path.join(dir, 'main.ts'), "import ts from 'typescript';\nimport { a } from './a';\nexport const same = a === ts;\nexport { ts };\n");
      const bundle = async (name: string, plugins: import('esbuild').Plugin[]) => {
        const outfile = path.join(dir, `${name}.js`);
        await esbuild.build({ entryPoints: [path.join(dir, 'main.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent', nodePaths: [path.join(ROOT, 'node_modules')], plugins });
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return require(outfile) as { same: boolean; ts: Record<string, unknown> };
      };
      const withPlugin = await bundle('with-plugin', [typescriptOnce]);
      assert.equal(withPlugin.same, true);
      for (const name of ['SyntaxKind', 'isIdentifier', 'createSourceFile', 'forEachChild']) {
        const d = Object.getOwnPropertyDescriptor(withPlugin.ts, name);
        assert.ok(d && 'value' in d && d.get === undefined, `${name} is a plain property`);
      }
      assert.equal(typeof withPlugin.ts.isIdentifier, 'function');
      assert.equal((withPlugin.ts.SyntaxKind as Record<string, number>).Identifier, ts.SyntaxKind.Identifier);
      // Negative control: without the plugin the same properties are getters.
      const plain = await bundle('without-plugin', []);
      assert.ok(Object.getOwnPropertyDescriptor(plain.ts, 'SyntaxKind')?.get, 'without the plugin, SyntaxKind is a getter');
      assert.match(readFileSync(path.join(ROOT, 'esbuild.mjs'), 'utf8'), /plugins: \[typescriptOnce\]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
