// The plugin as a user runs it: the built dist/eslint-plugin.js in real ESLint 10 and 9 with a flat
// config, on examples/: the same (file, line, rule) set as `tlslint examples/` on its JavaScript and
// TypeScript files (project files are the CLI's, not ESLint's), with typescript-eslint's parser for
// the TypeScript files (`configs.recommended`) and with the plugin's own (`configs.standalone`).
// Then what the editor and `eslint --fix` rely on: fixes, eslint-disable comments, one analysis
// for all rules, a broken .tlslintrc.json.
// test-unit: own process (loads ESLint twice and typescript-eslint, lints examples/ four times)
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import * as linter from '../../server/src/linter/index.js';
import sourcePlugin = require('../../server/src/eslint/index.js');
import { tree } from '../helpers/cli.js';
import { cliJsKeys } from './cli-keys.js';
import { ESLINTS, ROOT, tsParser, type Any } from './eslint-tools.js';

const bundled: Any = require(path.join(ROOT, 'dist', 'eslint-plugin.js'));
const EXAMPLES = path.join(ROOT, 'examples');

/** (file, line, rule) of ESLint's results, relative to `cwd`; fatal messages (parse errors) fail the test. */
function keys(results: Any[], cwd: string): string[] {
  const out: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      assert.ok(m.ruleId, `${r.filePath}:${m.line}: ${m.message}`);
      out.push(`${path.relative(cwd, r.filePath).split(path.sep).join('/')}:${m.line}:${m.ruleId.replace(/^tlslint\//, '')}`);
    }
  }
  return out.sort();
}

for (const { major, eslint } of ESLINTS) {
  const { ESLint, Linter } = eslint;

  describe(`ESLint ${major} with dist/eslint-plugin.js`, () => {
    it('meta, one rule per tlslint rule with docs, type, fixable and suggestions', () => {
      assert.deepEqual(bundled.meta, { name: 'tlslint', version: JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version });
      const meta = bundled.rules['no-weak-cipher'].meta;
      assert.deepEqual([meta.type, meta.fixable, meta.hasSuggestions, meta.docs.url], ['problem', 'code', true, 'https://github.com/tlslint/tlslint/blob/main/docs/rules/no-weak-cipher.md']);
      assert.equal(bundled.rules['no-unverified-certificate'].meta.fixable, undefined, 'suggestions only: never applied by --fix');
      assert.equal(bundled.rules['no-unverified-certificate'].meta.hasSuggestions, true);
    });

    for (const [name, configs] of [
      ['configs.recommended + typescript-eslint', [bundled.configs.recommended, { files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser: tsParser } }]],
      ['configs.standalone (no other parser)', bundled.configs.standalone],
    ] as const) {
      it(`${name}: the same findings on examples/ as tlslint's CLI`, async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'tlslint-eslint-examples-'));
        cpSync(EXAMPLES, dir, { recursive: true });
        const engine = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: configs });
        const results = await engine.lintFiles(['.']);
        const got = keys(results, dir);
        const want = await cliJsKeys(dir);
        assert.ok(want.length >= 15, `examples/ has findings of every rule (${want.length})`);
        assert.deepEqual(got, want);
        // Files ESLint linted: every JS/TS file tlslint reads, TypeScript too.
        assert.ok(results.some((r: Any) => r.filePath.endsWith('payments.ts') && r.messages.length > 0));
      });
    }

    it('eslint --fix applies the safe fixes only; suggestions are offered with their titles', async () => {
      const code = "const tls = require('tls');\ntls.connect({ host: 'h.example', servername: 'h.example', enableTrace: true, rejectUnauthorized: false });\n";
      const engine = new ESLint({ cwd: tree({}), overrideConfigFile: true, overrideConfig: [bundled.configs.recommended], fix: true });
      const [r] = await engine.lintText(code, { filePath: 'a.js' });
      assert.equal(r.output, "const tls = require('tls');\ntls.connect({ host: 'h.example', servername: 'h.example', rejectUnauthorized: false });\n");
      assert.deepEqual(r.messages.map((m: Any) => [m.ruleId, m.line, m.column, m.suggestions.map((s: Any) => s.desc)]), [
        ['tlslint/no-unverified-certificate', 2, 59, ['Remove rejectUnauthorized: false (verify certificates)', 'Trust a specific CA instead (ca: readFileSync(…), edit the path)', 'Apply safe TLS settings to these options']],
      ]);
    });

    it('eslint-disable comments work as for any rule, in JavaScript and through the standalone parser in TypeScript', async () => {
      const line = "new (require('https').Agent)({ rejectUnauthorized: false });\n";
      for (const [config, file] of [[[bundled.configs.recommended], 'a.js'], [bundled.configs.standalone, 'a.ts']] as const) {
        const engine = new ESLint({ cwd: tree({}), overrideConfigFile: true, overrideConfig: config });
        const [plain] = await engine.lintText(line, { filePath: file });
        assert.deepEqual(plain.messages.map((m: Any) => m.ruleId), ['tlslint/no-unverified-certificate'], file);
        const [disabled] = await engine.lintText(`// eslint-disable-next-line tlslint/no-unverified-certificate -- reviewed\n${line}`, { filePath: file });
        assert.deepEqual(disabled.messages, [], file);
        const [other] = await engine.lintText(`// eslint-disable-next-line tlslint/no-weak-cipher\n${line}`, { filePath: file });
        // Another rule's directive suppresses nothing, and ESLint says so as for any rule.
        assert.deepEqual(other.messages.map((m: Any) => m.ruleId ?? m.message.replace(/ \(.*$/, '')), ['Unused eslint-disable directive', 'tlslint/no-unverified-certificate'], file);
        const [inString] = await engine.lintText(`const s = '// eslint-disable-next-line tlslint/no-unverified-certificate';\n${line}`, { filePath: file });
        assert.equal(inString.messages.length, 1, `${file}: a directive inside a string is not one`);
      }
    });

    it('a broken .tlslintrc.json stops ESLint with a message naming the file', async () => {
      const dir = tree({ '.tlslintrc.json': '{ "rules": { "no-such-rule": "off" } }', 'a.js': 'x;\n' });
      const engine = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [bundled.configs.recommended] });
      await assert.rejects(engine.lintFiles(['a.js']), /tlslint: configuration error: .*\.tlslintrc\.json/);
    });

    it('eleven rules cost one analysis of a text; a changed text another', () => {
      const calls: string[] = [];
      const original = linter.lintText;
      (linter as Any).lintText = (fileName: string, text: string, ...rest: Any[]) => {
        calls.push(text);
        return (original as Any)(fileName, text, ...rest);
      };
      try {
        const dir = tree({});
        const l = new Linter({ configType: 'flat', cwd: dir });
        const config = [{ files: ['**/*.js'], plugins: { tlslint: sourcePlugin }, rules: (sourcePlugin.configs.recommended as Any).rules }];
        const code = "require('tls').connect({ host: 'h.example', minVersion: 'TLSv1', ciphers: 'RC4' });\n";
        const messages = l.verify(code, config, { filename: path.join(dir, 'memo.js') });
        assert.deepEqual(messages.map((m: Any) => m.ruleId).sort(), ['tlslint/no-legacy-tls-version', 'tlslint/no-weak-cipher', 'tlslint/require-servername']);
        assert.equal(Object.keys((sourcePlugin.configs.recommended as Any).rules).length, 11);
        assert.equal(calls.length, 1);
        l.verify(`${code}// changed\n`, config, { filename: path.join(dir, 'memo.js') });
        assert.equal(calls.length, 2);
      } finally {
        (linter as Any).lintText = original;
      }
    });
  });
}

describe('the npm package exposes the plugin', () => {
  it('package.json exports ./eslint-plugin as the bundle, keeping bin and main', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.exports['./eslint-plugin'], './dist/eslint-plugin.js');
    assert.equal(pkg.main, './dist/extension.js');
    assert.equal(pkg.bin.tlslint, 'dist/cli.js');
  });
});
