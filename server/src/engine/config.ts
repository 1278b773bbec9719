// Configuration: `.tlslintrc.json` or a "tlslint" key in package.json, found by walking up from a
// file. Configs are data only (strict JSON read with fs): opening a folder must never run its code,
// which is why there is no JS config format and nothing here imports from the workspace.
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { Severity, SeveritySetting } from '../../../rules/api.js';

export interface TlslintConfig {
  rules: Record<string, SeveritySetting>;
  ignore: string[];
  testFiles: string[];
  testFileSeverity: 'lower' | 'same';
  /** Files larger than this many bytes are skipped with a note; absent: DEFAULT_MAX_FILE_SIZE (file-guards.ts). */
  maxFileSize?: number;
  /** Whether minified bundles are skipped with a note; absent: true. */
  skipMinified?: boolean;
}

export interface ResolvedConfig extends TlslintConfig {
  /** Absolute path of the file the settings came from; undefined when only defaults apply. */
  configFile: string | undefined;
  /** The directory `ignore` and `testFiles` globs are relative to: pass it as `root` below. */
  baseDir: string;
}

/** Per-directory lookup results; share one per scan (or per workspace folder) and drop it when a config changes. */
export type ConfigCache = Map<string, ResolvedConfig | ConfigError | null>;

export interface LoadOptions {
  /** Discovery stops after this directory (scan root, workspace folder); filesystem root if absent. */
  root?: string;
  /** `--config FILE`: skips discovery. A file named package.json is read through its "tlslint" key. */
  explicitConfig?: string;
  /** Valid rule ids (the catalog's); anything else in `rules` is an error. */
  ruleIds: readonly string[];
  cache?: ConfigCache;
}

export const CONFIG_FILE_NAME = '.tlslintrc.json';

export const DEFAULT_TEST_FILES: readonly string[] = [
  '**/*.test.*', '**/*.spec.*', '**/test/**', '**/tests/**', '**/__tests__/**', '**/__mocks__/**', '**/e2e/**', '**/fixtures/**',
];

const MAX_FILE_SIZE_LIMIT = 64 * 1024 * 1024;
const TOP_KEYS = ['rules', 'ignore', 'testFiles', 'testFileSeverity', 'maxFileSize', 'skipMinified'];
const SEVERITY_SETTINGS: readonly string[] = ['off', 'info', 'warning', 'error'];

/** A config that cannot be used. `message` names the file and every problem; line/column (1-based) only for JSON syntax errors. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
    readonly line?: number,
    readonly column?: number,
  ) {
    const where = line === undefined ? file : `${file}:${line}:${column}`;
    super(problems.length === 1 ? `${where}: ${problems[0]}` : `${where}:\n  ${problems.join('\n  ')}`);
  }
}

export function defaultConfig(): TlslintConfig {
  return { rules: {}, ignore: [], testFiles: [...DEFAULT_TEST_FILES], testFileSeverity: 'lower' };
}

/** Parses `.tlslintrc.json` text (e.g. an unsaved editor buffer). Throws ConfigError. */
export function parseConfigText(text: string, sourceName: string, ruleIds: readonly string[]): TlslintConfig {
  return validate(parseJson(text, sourceName), '', sourceName, ruleIds);
}

/** Parses package.json text; undefined when it has no "tlslint" key. Throws ConfigError. */
export function parsePackageJsonConfig(text: string, sourceName: string, ruleIds: readonly string[]): TlslintConfig | undefined {
  const pkg = parseJson(text, sourceName);
  if (!isPlainObject(pkg) || !Object.prototype.hasOwnProperty.call(pkg, 'tlslint')) return undefined;
  return validate(pkg['tlslint'], 'tlslint', sourceName, ruleIds);
}

export function loadConfigForFile(filePath: string, options: LoadOptions): ResolvedConfig {
  const file = path.resolve(filePath);
  const root = options.root === undefined ? undefined : path.resolve(options.root);
  const cache: ConfigCache = options.cache ?? new Map();
  if (options.explicitConfig !== undefined) {
    const configFile = path.resolve(options.explicitConfig);
    const key = `explicit\0${root ?? ''}\0${configFile}`;
    return fromCache(cache, [key], key, () => {
      const text = readConfigFile(configFile);
      if (text === undefined) throw new ConfigError(configFile, ['cannot read the file: no such file or directory']);
      const config = path.basename(configFile) === 'package.json'
        ? parsePackageJsonConfig(text, configFile, options.ruleIds)
        : parseConfigText(text, configFile, options.ruleIds);
      if (!config) throw new ConfigError(configFile, ['has no "tlslint" key']);
      // Globs in a config named on the command line are about the tree being scanned, not about
      // wherever the config file happens to live (often a shared ci/ folder).
      return { ...config, configFile, baseDir: root ?? path.dirname(configFile) };
    }) ?? unreachable();
  }
  const visited: string[] = [];
  let dir = path.dirname(file);
  for (;;) {
    const key = `${root ?? ''}\0${dir}`;
    visited.push(key);
    const found = fromCache(cache, visited, key, () => configInDir(dir, options.ruleIds) ?? stopOrContinue(dir, root));
    if (found !== undefined) return found ?? { ...defaultConfig(), configFile: undefined, baseDir: root ?? path.dirname(file) };
    dir = path.dirname(dir);
  }
}

/** Returns a copy with `overrides` (CLI `--rule`, editor settings) taking precedence over the file's rules. */
export function mergeRuleOverrides<T extends TlslintConfig>(config: T, overrides: Record<string, SeveritySetting>): T {
  return { ...config, rules: { ...config.rules, ...overrides } };
}

/** `root` is the directory globs are relative to: `ResolvedConfig.baseDir`. */
export function effectiveSeverity(
  config: TlslintConfig, ruleId: string, defaultSeverity: Severity, filePath: string, root: string,
): SeveritySetting {
  const configured = Object.prototype.hasOwnProperty.call(config.rules, ruleId) ? config.rules[ruleId] : defaultSeverity;
  if (configured === 'off' || config.testFileSeverity === 'same' || !isTestFile(config, filePath, root)) return configured;
  return configured === 'error' ? 'warning' : 'info';
}

/** A pattern that matches a directory ignores everything below it, as in .gitignore. */
export function isIgnored(config: TlslintConfig, filePath: string, root: string): boolean {
  return matchesPathOrAncestor(config.ignore, filePath, root);
}

export function isTestFile(config: TlslintConfig, filePath: string, root: string): boolean {
  return matchesPathOrAncestor(config.testFiles, filePath, root);
}

// ---------------------------------------------------------------------------------------------

function unreachable(): never {
  throw new Error('unreachable');
}

/**
 * Looks `key` up, computing it on a miss; the answer (or the ConfigError) is stored for every
 * directory visited on the way, so sibling files cost one map lookup. `undefined` means "go on up".
 */
function fromCache(
  cache: ConfigCache, visited: string[], key: string, compute: () => ResolvedConfig | null | undefined,
): ResolvedConfig | null | undefined {
  let value = cache.get(key);
  if (value === undefined) {
    try {
      value = compute();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      value = error;
    }
    if (value === undefined) return undefined;
  }
  for (const k of visited) cache.set(k, value);
  if (value instanceof ConfigError) throw value;
  return value;
}

/** null: no config anywhere up to the root; undefined: look in the parent. */
function stopOrContinue(dir: string, root: string | undefined): null | undefined {
  return dir === root || path.dirname(dir) === dir ? null : undefined;
}

function configInDir(dir: string, ruleIds: readonly string[]): ResolvedConfig | undefined {
  const rc = path.join(dir, CONFIG_FILE_NAME);
  const rcText = readConfigFile(rc);
  if (rcText !== undefined) return { ...parseConfigText(rcText, rc, ruleIds), configFile: rc, baseDir: dir };
  const pkg = path.join(dir, 'package.json');
  const pkgText = readConfigFile(pkg);
  if (pkgText === undefined) return undefined;
  try {
    const config = parsePackageJsonConfig(pkgText, pkg, ruleIds);
    return config && { ...config, configFile: pkg, baseDir: dir };
  } catch (error) {
    // A broken package.json that never mentions tlslint (test fixtures are full of them) is not
    // ours to complain about; one that does is most likely a typo in the user's config.
    if (error instanceof ConfigError && error.line !== undefined && !pkgText.includes('"tlslint"')) return undefined;
    throw error;
  }
}

function readConfigFile(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new ConfigError(file, [`cannot read the file: ${(error as Error).message}`]);
  }
}

// ---------------------------------------------------------------------------------------------
// Validation. Every problem is collected so one run shows them all.

function validate(raw: unknown, prefix: string, file: string, ruleIds: readonly string[]): TlslintConfig {
  const problems: string[] = [];
  const at = (key: string) => (prefix ? `${prefix}.${key}` : key);
  const config = defaultConfig();
  if (!isPlainObject(raw)) throw new ConfigError(file, [`${prefix ? `${prefix}: ` : ''}expected an object, got ${describe(raw)}`]);
  const unknownKeys = Object.keys(raw).filter((k) => !TOP_KEYS.includes(k));
  if (unknownKeys.length > 0) {
    problems.push(`${prefix ? `${prefix}: ` : ''}unknown ${plural(unknownKeys.length, 'key')} ${quoteList(unknownKeys, ', ')} (valid keys: ${quoteList(TOP_KEYS, ', ')})`);
  }
  if ('rules' in raw) {
    const rules = raw['rules'];
    if (!isPlainObject(rules)) {
      problems.push(`${at('rules')}: expected an object mapping rule ids to severities, got ${describe(rules)}`);
    } else {
      const unknownRules = Object.keys(rules).filter((id) => !ruleIds.includes(id));
      if (unknownRules.length > 0) {
        const valid = ruleIds.length > 0 ? `valid rule ids: ${ruleIds.join(', ')}` : 'no rules are available';
        problems.push(`${at('rules')}: unknown ${plural(unknownRules.length, 'rule')} ${quoteList(unknownRules, ', ')} (${valid})`);
      }
      for (const [id, value] of Object.entries(rules)) {
        if (typeof value === 'string' && SEVERITY_SETTINGS.includes(value)) config.rules[id] = value as SeveritySetting;
        else problems.push(`${at('rules')}.${id}: expected ${quoteList(SEVERITY_SETTINGS, ' or ')}, got ${describe(value)}`);
      }
    }
  }
  for (const key of ['ignore', 'testFiles'] as const) {
    if (!(key in raw)) continue;
    const globs = raw[key];
    if (!Array.isArray(globs)) {
      problems.push(`${at(key)}: expected an array of glob strings, got ${describe(globs)}`);
      continue;
    }
    globs.forEach((g: unknown, i) => {
      if (typeof g !== 'string' || g.trim() === '') problems.push(`${at(key)}[${i}]: expected a non-empty glob string, got ${describe(g)}`);
    });
    config[key] = globs.filter((g): g is string => typeof g === 'string');
  }
  if ('testFileSeverity' in raw) {
    const value = raw['testFileSeverity'];
    if (value === 'lower' || value === 'same') config.testFileSeverity = value;
    else problems.push(`${at('testFileSeverity')}: expected "lower" or "same", got ${describe(value)}`);
  }
  if ('maxFileSize' in raw) {
    const value = raw['maxFileSize'];
    // The CLI reads each file into one buffer of this size: a bound keeps a typo from costing gigabytes.
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0 && value <= MAX_FILE_SIZE_LIMIT) config.maxFileSize = value;
    else problems.push(`${at('maxFileSize')}: expected a whole number of bytes from 1 to ${MAX_FILE_SIZE_LIMIT} (64 MB), got ${describe(value)}`);
  }
  if ('skipMinified' in raw) {
    const value = raw['skipMinified'];
    if (typeof value === 'boolean') config.skipMinified = value;
    else problems.push(`${at('skipMinified')}: expected true or false, got ${describe(value)}`);
  }
  if (problems.length > 0) throw new ConfigError(file, problems);
  return config;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/** `"a", "b" or "c"` with last = ' or '; `"a", "b", "c"` with last = ', '. */
function quoteList(items: readonly string[], last: string): string {
  const quoted = items.map((s) => JSON.stringify(s));
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')}${last}${quoted[quoted.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------
// Strict JSON. JSON.parse does the work; on failure a small scanner finds where and why, because
// V8's messages differ between versions and some carry no position at all.

function parseJson(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    const found = locateJsonError(body);
    if (!found) throw new ConfigError(file, [`invalid JSON: ${(error as Error).message}`]);
    const before = body.slice(0, found.offset).split(/\r\n|\r|\n/);
    throw new ConfigError(file, [`invalid JSON: ${found.message}`], before.length, before[before.length - 1].length + 1);
  }
}

function locateJsonError(text: string): { offset: number; message: string } | undefined {
  let i = 0;
  class Stop {
    constructor(readonly offset: number, readonly message: string) {}
  }
  const found = () => (i >= text.length ? 'the end of the file' : JSON.stringify(text[i]));
  const fail = (message: string, at = i): never => {
    throw new Stop(at, text.startsWith('//', at) || text.startsWith('/*', at) ? 'comments are not allowed in JSON' : message);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = () => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) fail('unterminated string');
      if (c === '"') return void i++;
      if (c === '\\') {
        if ('"\\/bfnrt'.includes(text[i + 1] ?? '')) i += 2;
        else if (/^u[0-9a-fA-F]{4}/.test(text.slice(i + 1, i + 6))) i += 6;
        else fail('invalid escape sequence in string');
      } else if (c.charCodeAt(0) < 0x20) fail('unescaped control character (such as a line break) in string');
      else i++;
    }
  };
  const list = (close: string, item: () => void, what: string) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') fail(`expected ',' or '${close}' after ${what}, found ${found()}`);
      const comma = i++;
      ws();
      if (text[i] === close) fail('trailing commas are not allowed in JSON', comma);
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      return list('}', () => {
        ws();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${found()}`);
        string();
        ws();
        if (text[i] !== ':') fail(`expected ':' after the property name, found ${found()}`);
        i++;
        value();
      }, 'a property value');
    }
    if (c === '[') return list(']', value, 'an array element');
    if (c === '"') return string();
    const num = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    num.lastIndex = i;
    if ((c === '-' || (c !== undefined && c >= '0' && c <= '9')) && num.test(text)) return void (i = num.lastIndex);
    const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
    if (word) return void (i += word.length);
    fail(`expected a value, found ${found()}`);
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected ${found()} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, message: error.message };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------

const matchers = new WeakMap<readonly string[], (p: string) => boolean>();

function matcherFor(globs: readonly string[]): (p: string) => boolean {
  let m = matchers.get(globs);
  if (!m) {
    // "./src/**", "/src/**" and "build/" all mean what a user writing them expects: anchored at the base.
    const patterns = globs.map((g) => g.trim().replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '')).filter((g) => g !== '');
    m = patterns.length === 0 ? () => false : picomatch(patterns, { dot: true, windows: false });
    matchers.set(globs, m);
  }
  return m;
}

function matchesPathOrAncestor(globs: readonly string[], filePath: string, root: string): boolean {
  const rel = path.relative(path.resolve(root), path.resolve(filePath)).split(path.sep).join('/');
  // Outside the base nothing is relative to it; matching absolute paths would let "**/test/**" hit
  // a project that merely lives in someone's ~/test folder.
  if (rel === '' || rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) return false;
  const match = matcherFor(globs);
  if (match(rel)) return true;
  for (let i = rel.indexOf('/'); i !== -1; i = rel.indexOf('/', i + 1)) {
    if (match(rel.slice(0, i))) return true;
  }
  return false;
}
