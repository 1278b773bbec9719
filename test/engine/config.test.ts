import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ConfigError,
  defaultConfig,
  effectiveSeverity,
  isIgnored,
  isTestFile,
  loadConfigForFile,
  mergeRuleOverrides,
  parseConfigText,
  parsePackageJsonConfig,
  type ConfigCache,
} from '../../server/src/engine/config/index.js';

const IDS = ['no-weak-cipher', 'no-unverified-tls'];

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected ConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a ConfigError');
}

describe('parseConfigText', () => {
  test('an empty object gives the defaults', () => {
    assert.deepEqual(parseConfigText('{}', 'c.json', IDS), defaultConfig());
    assert.equal(defaultConfig().testFileSeverity, 'lower');
    assert.ok(defaultConfig().testFiles.includes('**/__mocks__/**'));
  });

  test('every key', () => {
    const text = JSON.stringify({
      rules: { 'no-weak-cipher': 'off', 'no-unverified-tls': 'info' },
      ignore: ['dist/**'],
      testFiles: ['spec/**'],
      testFileSeverity: 'same',
    });
    assert.deepEqual(parseConfigText(text, 'c.json', IDS), {
      rules: { 'no-weak-cipher': 'off', 'no-unverified-tls': 'info' },
      ignore: ['dist/**'],
      testFiles: ['spec/**'],
      testFileSeverity: 'same',
    });
  });

  test('a byte order mark is not a syntax error', () => {
    assert.deepEqual(parseConfigText('\ufeff{}', 'c.json', IDS), defaultConfig());
  });

  const broken: Array<[string, string, string]> = [
    ['not an object', '[]', 'c.json: expected an object, got an array'],
    ['unknown top-level key', '{"rule": {}}', 'c.json: unknown key "rule" (valid keys: "rules", "ignore", "testFiles", "testFileSeverity", "maxFileSize", "skipMinified", "python")'],
    ['unknown top-level keys', '{"a": 1, "b": 2}', 'c.json: unknown keys "a", "b" (valid keys: "rules", "ignore", "testFiles", "testFileSeverity", "maxFileSize", "skipMinified", "python")'],
    ['rules not an object', '{"rules": ["x"]}', 'c.json: rules: expected an object mapping rule ids to severities, got an array'],
    [
      'unknown rule id',
      '{"rules": {"no-weak-ciphers": "off"}}',
      'c.json: rules: unknown rule "no-weak-ciphers" (valid rule ids: no-weak-cipher, no-unverified-tls)',
    ],
    ['bad severity', '{"rules": {"no-weak-cipher": "high"}}', 'c.json: rules.no-weak-cipher: expected "off", "info", "warning" or "error", got "high"'],
    ['severity as number', '{"rules": {"no-weak-cipher": 2}}', 'c.json: rules.no-weak-cipher: expected "off", "info", "warning" or "error", got 2'],
    ['ignore not an array', '{"ignore": "dist"}', 'c.json: ignore: expected an array of glob strings, got "dist"'],
    ['glob not a string', '{"testFiles": ["a", null]}', 'c.json: testFiles[1]: expected a non-empty glob string, got null'],
    ['empty glob', '{"ignore": [""]}', 'c.json: ignore[0]: expected a non-empty glob string, got ""'],
    ['testFileSeverity', '{"testFileSeverity": "lowest"}', 'c.json: testFileSeverity: expected "lower" or "same", got "lowest"'],
    ['trailing comma', '{\n  "rules": {},\n}', 'c.json:2:14: invalid JSON: trailing commas are not allowed in JSON'],
    ['comment', '{\n  // hi\n}', 'c.json:2:3: invalid JSON: comments are not allowed in JSON'],
    ['missing comma', '{\n  "a": 1\n  "b": 2\n}', 'c.json:3:3: invalid JSON: expected \',\' or \'}\' after a property value, found "\\""'],
    ['single quotes', "{'a': 1}", 'c.json:1:2: invalid JSON: expected a property name in double quotes, found "\'"'],
    ['truncated', '{"rules": {', 'c.json:1:12: invalid JSON: expected a property name in double quotes, found the end of the file'],
    ['empty file', '', 'c.json:1:1: invalid JSON: expected a value, found the end of the file'],
    ['bad literal', '{"a": tru}', 'c.json:1:7: invalid JSON: expected a value, found "t"'],
    ['line break in string', '{"a": "x\ny"}', 'c.json:1:9: invalid JSON: unescaped control character (such as a line break) in string'],
    ['garbage after', '{} x', 'c.json:1:4: invalid JSON: unexpected "x" after the end of the JSON value'],
    ['maxFileSize not a number', '{"maxFileSize": "2MB"}', 'c.json: maxFileSize: expected a whole number of bytes from 1 to 67108864 (64 MB), got "2MB"'],
    ['maxFileSize zero', '{"maxFileSize": 0}', 'c.json: maxFileSize: expected a whole number of bytes from 1 to 67108864 (64 MB), got 0'],
    ['maxFileSize fraction', '{"maxFileSize": 1.5}', 'c.json: maxFileSize: expected a whole number of bytes from 1 to 67108864 (64 MB), got 1.5'],
    ['maxFileSize too large', '{"maxFileSize": 1e10}', 'c.json: maxFileSize: expected a whole number of bytes from 1 to 67108864 (64 MB), got 10000000000'],
    ['skipMinified not a boolean', '{"skipMinified": "no"}', 'c.json: skipMinified: expected true or false, got "no"'],
  ];

  test('maxFileSize and skipMinified are kept only when written', () => {
    assert.deepEqual(parseConfigText('{"maxFileSize": 4194304, "skipMinified": false}', 'c.json', IDS), { ...defaultConfig(), maxFileSize: 4194304, skipMinified: false });
    assert.equal('maxFileSize' in parseConfigText('{}', 'c.json', IDS), false);
  });
  for (const [name, text, message] of broken) {
    test(`broken: ${name}`, () => assert.equal(configError(() => parseConfigText(text, 'c.json', IDS)).message, message));
  }

  test('several problems are all reported, one per line', () => {
    const error = configError(() => parseConfigText('{"x": 1, "rules": {"nope": "error", "no-weak-cipher": true}}', 'c.json', IDS));
    assert.equal(
      error.message,
      'c.json:\n' +
        '  unknown key "x" (valid keys: "rules", "ignore", "testFiles", "testFileSeverity", "maxFileSize", "skipMinified", "python")\n' +
        '  rules: unknown rule "nope" (valid rule ids: no-weak-cipher, no-unverified-tls)\n' +
        '  rules.no-weak-cipher: expected "off", "info", "warning" or "error", got true',
    );
    assert.equal(error.problems.length, 3);
    assert.equal(error.file, 'c.json');
  });

  test('with an empty catalog, unknown rules say so', () => {
    const error = configError(() => parseConfigText('{"rules": {"a": "off", "b": "off"}}', 'c.json', []));
    assert.equal(error.message, 'c.json: rules: unknown rules "a", "b" (no rules are available)');
  });

  test('syntax errors carry line and column', () => {
    const error = configError(() => parseConfigText('{\n  "a": 1,\n}', 'c.json', IDS));
    assert.equal(error.line, 2);
    assert.equal(error.column, 9);
  });
});

describe('parsePackageJsonConfig', () => {
  test('reads the tlslint key, paths are prefixed', () => {
    assert.equal(parsePackageJsonConfig('{"name": "x"}', 'package.json', IDS), undefined);
    assert.deepEqual(parsePackageJsonConfig('{"tlslint": {"ignore": ["a"]}}', 'package.json', IDS)?.ignore, ['a']);
    assert.equal(
      configError(() => parsePackageJsonConfig('{"tlslint": {"rules": {"no-weak-cipher": "high"}}}', 'package.json', IDS)).message,
      'package.json: tlslint.rules.no-weak-cipher: expected "off", "info", "warning" or "error", got "high"',
    );
    assert.equal(
      configError(() => parsePackageJsonConfig('{"tlslint": true}', 'package.json', IDS)).message,
      'package.json: tlslint: expected an object, got true',
    );
    assert.equal(
      configError(() => parsePackageJsonConfig('{"tlslint": {"foo": 1}}', 'package.json', IDS)).message,
      'package.json: tlslint: unknown key "foo" (valid keys: "rules", "ignore", "testFiles", "testFileSeverity", "maxFileSize", "skipMinified", "python")',
    );
  });
});

describe('loadConfigForFile', () => {
  let tmp: string;
  const write = (rel: string, text: string) => {
    const file = path.join(tmp, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };

  before(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tlslint-config-')));
    write('.tlslintrc.json', '{"rules": {"no-weak-cipher": "off"}}');
    write('package.json', '{"tlslint": {"rules": {"no-weak-cipher": "info"}}}');
    write('a/b/c.ts', '');
    write('pkg/package.json', '{"name": "pkg", "tlslint": {"rules": {"no-weak-cipher": "warning"}}}');
    write('pkg/src/x.ts', '');
    write('plain/package.json', '{"name": "plain"}');
    write('plain/x.ts', '');
    write('fixture/package.json', '{ this is a broken fixture');
    write('fixture/x.ts', '');
    write('typo/package.json', '{"tlslint": {"rules": {}},}');
    write('typo/x.ts', '');
    write('bad/.tlslintrc.json', '{"rules": {"no-weak-cipher": "high"}}');
    write('bad/x.ts', '');
    write('ci/shared.json', '{"ignore": ["gen/**"]}');
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const load = (rel: string, extra: { root?: string; explicitConfig?: string; cache?: ConfigCache } = {}) =>
    loadConfigForFile(path.join(tmp, rel), { root: tmp, ruleIds: IDS, ...extra });

  test('.tlslintrc.json beats package.json in the same directory', () => {
    const resolved = load('a/b/c.ts');
    assert.equal(resolved.configFile, path.join(tmp, '.tlslintrc.json'));
    assert.equal(resolved.baseDir, tmp);
    assert.equal(resolved.rules['no-weak-cipher'], 'off');
  });

  test('nearest wins, including a package.json key', () => {
    const resolved = load('pkg/src/x.ts');
    assert.equal(resolved.configFile, path.join(tmp, 'pkg/package.json'));
    assert.equal(resolved.baseDir, path.join(tmp, 'pkg'));
    assert.equal(resolved.rules['no-weak-cipher'], 'warning');
  });

  test('a package.json without the key is passed over', () => {
    assert.equal(load('plain/x.ts').configFile, path.join(tmp, '.tlslintrc.json'));
  });

  test('a broken package.json that never mentions tlslint is passed over; one that does is an error', () => {
    assert.equal(load('fixture/x.ts').configFile, path.join(tmp, '.tlslintrc.json'));
    const error = configError(() => load('typo/x.ts'));
    assert.equal(error.message, `${path.join(tmp, 'typo/package.json')}:1:26: invalid JSON: trailing commas are not allowed in JSON`);
  });

  test('a broken config names its file, and the error is cached', () => {
    const cache: ConfigCache = new Map();
    const expected = `${path.join(tmp, 'bad/.tlslintrc.json')}: rules.no-weak-cipher: expected "off", "info", "warning" or "error", got "high"`;
    assert.equal(configError(() => load('bad/x.ts', { cache })).message, expected);
    assert.equal(configError(() => load('bad/x.ts', { cache })).message, expected);
  });

  test('discovery stops at the root: defaults, globs relative to the root', () => {
    const root = path.join(tmp, 'a');
    const resolved = loadConfigForFile(path.join(tmp, 'a/b/c.ts'), { root, ruleIds: IDS });
    assert.equal(resolved.configFile, undefined);
    assert.equal(resolved.baseDir, root);
    assert.deepEqual(resolved.rules, {});
  });

  test('the cache answers sibling directories without reading again', () => {
    const cache: ConfigCache = new Map();
    const first = load('a/b/c.ts', { cache });
    assert.ok(cache.size >= 3);
    assert.equal(load('a/b/other.ts', { cache }), first);
  });

  test('an explicit config overrides discovery; its globs are relative to the root', () => {
    const resolved = load('pkg/src/x.ts', { explicitConfig: path.join(tmp, 'ci/shared.json') });
    assert.equal(resolved.configFile, path.join(tmp, 'ci/shared.json'));
    assert.equal(resolved.baseDir, tmp);
    assert.deepEqual(resolved.rules, {});
    assert.ok(isIgnored(resolved, path.join(tmp, 'gen/a.ts'), resolved.baseDir));
  });

  test('an explicit package.json is read through its key', () => {
    assert.equal(load('a/b/c.ts', { explicitConfig: path.join(tmp, 'pkg/package.json') }).rules['no-weak-cipher'], 'warning');
    const error = configError(() => load('a/b/c.ts', { explicitConfig: path.join(tmp, 'plain/package.json') }));
    assert.equal(error.message, `${path.join(tmp, 'plain/package.json')}: has no "tlslint" key`);
  });

  test('a missing explicit config is an error', () => {
    const missing = path.join(tmp, 'nope.json');
    assert.equal(configError(() => load('a/b/c.ts', { explicitConfig: missing })).message, `${missing}: cannot read the file: no such file or directory`);
  });
});

describe('globs and severities', () => {
  const base = path.resolve('/project');
  const at = (rel: string) => path.join(base, rel);
  const config = { ...defaultConfig(), ignore: ['dist', './generated/**', 'vendor/'] };

  test('ignore: files, directories and everything below them', () => {
    assert.ok(isIgnored(config, at('dist/a.js'), base));
    assert.ok(isIgnored(config, at('dist/deep/a.js'), base));
    assert.ok(isIgnored(config, at('generated/x.ts'), base));
    assert.ok(isIgnored(config, at('vendor/lib/x.js'), base));
    assert.ok(!isIgnored(config, at('src/dist.ts'), base));
    assert.ok(!isIgnored(config, at('src/a.ts'), base));
    assert.ok(!isIgnored(config, path.resolve('/elsewhere/dist/a.js'), base), 'outside the base nothing matches');
  });

  test('default test files', () => {
    for (const rel of ['a.test.ts', 'src/a.spec.js', 'test/a.ts', 'x/tests/y/z.ts', '__tests__/a.js', '__mocks__/tls.js', 'e2e/a.ts', 'test/fixtures/x.js', '.hidden/test/a.ts']) {
      assert.ok(isTestFile(config, at(rel), base), rel);
    }
    for (const rel of ['src/a.ts', 'src/testing.ts', 'contest/a.ts', 'latest.ts']) {
      assert.ok(!isTestFile(config, at(rel), base), rel);
    }
  });

  test('a project inside a folder named test is not all test files', () => {
    assert.ok(!isTestFile(config, path.resolve('/home/test/project/src/a.ts'), path.resolve('/home/test/project')));
  });

  test('severity: override, then lowering in test files', () => {
    const c = { ...defaultConfig(), rules: { 'no-weak-cipher': 'warning', 'no-unverified-tls': 'off' } as const };
    assert.equal(effectiveSeverity(c, 'other', 'error', at('src/a.ts'), base), 'error');
    assert.equal(effectiveSeverity(c, 'no-weak-cipher', 'error', at('src/a.ts'), base), 'warning');
    assert.equal(effectiveSeverity(c, 'no-unverified-tls', 'error', at('src/a.ts'), base), 'off');
    assert.equal(effectiveSeverity(c, 'other', 'error', at('a.test.ts'), base), 'warning');
    assert.equal(effectiveSeverity(c, 'no-weak-cipher', 'error', at('a.test.ts'), base), 'info');
    assert.equal(effectiveSeverity(c, 'other', 'info', at('a.test.ts'), base), 'info');
    assert.equal(effectiveSeverity(c, 'no-unverified-tls', 'error', at('a.test.ts'), base), 'off');
    assert.equal(effectiveSeverity({ ...c, testFileSeverity: 'same' }, 'other', 'error', at('a.test.ts'), base), 'error');
    // A caller's memo of isTestFile decides in place of the globs, and is not asked when nothing depends on it.
    let asked = 0;
    const memo = (answer: boolean) => () => (asked++, answer);
    assert.equal(effectiveSeverity(c, 'other', 'error', at('src/a.ts'), base, memo(true)), 'warning');
    assert.equal(effectiveSeverity(c, 'other', 'error', at('a.test.ts'), base, memo(false)), 'error');
    assert.equal(effectiveSeverity(c, 'no-unverified-tls', 'error', at('src/a.ts'), base, memo(true)), 'off');
    assert.equal(asked, 2);
  });

  test('mergeRuleOverrides: overrides win, the original is untouched, extra fields survive', () => {
    const resolved = { ...defaultConfig(), rules: { a: 'error', b: 'info' } as const, configFile: 'x', baseDir: base };
    const merged = mergeRuleOverrides(resolved, { b: 'off', c: 'warning' });
    assert.deepEqual(merged.rules, { a: 'error', b: 'off', c: 'warning' });
    assert.equal(merged.baseDir, base);
    assert.deepEqual(resolved.rules, { a: 'error', b: 'info' });
  });
});
