// What a configuration decides about one file: whether it is ignored, whether it is a test file,
// and so the severity of each finding in it.
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { Severity, SeveritySetting } from '../../../../rules/api.js';
import type { TlslintConfig } from './types.js';

/** Returns a copy with `overrides` (CLI `--rule`, editor settings) taking precedence over the file's rules. */
export function mergeRuleOverrides<T extends TlslintConfig>(config: T, overrides: Record<string, SeveritySetting>): T {
  return { ...config, rules: { ...config.rules, ...overrides } };
}

/**
 * `root` is the directory globs are relative to: `ResolvedConfig.baseDir`. `testFile` answers
 * isTestFile for the file: a caller asking for every rule of one file passes a memo (matching the
 * globs against the path and each of its folders, per rule, was 2 % of a Python corpus run).
 */
export function effectiveSeverity(
  config: TlslintConfig, ruleId: string, defaultSeverity: Severity, filePath: string, root: string,
  testFile: () => boolean = () => isTestFile(config, filePath, root),
): SeveritySetting {
  const configured = Object.prototype.hasOwnProperty.call(config.rules, ruleId) ? config.rules[ruleId] : defaultSeverity;
  if (configured === 'off' || config.testFileSeverity === 'same' || !testFile()) return configured;
  return configured === 'error' ? 'warning' : 'info';
}

/** A pattern that matches a directory ignores everything below it, as in .gitignore. */
export function isIgnored(config: TlslintConfig, filePath: string, root: string): boolean {
  return matchesPathOrAncestor(config.ignore, filePath, root);
}

export function isTestFile(config: TlslintConfig, filePath: string, root: string): boolean {
  return matchesPathOrAncestor(config.testFiles, filePath, root);
}


const matchers = new WeakMap<readonly string[], (p: string) => boolean>();
/** By the patterns themselves: each directory's config holds its own copy of the same list (`testFiles`). */
const compiled = new Map<string, (p: string) => boolean>();
const NO_PATTERN = (): boolean => false;

function matcherFor(globs: readonly string[]): (p: string) => boolean {
  let m = matchers.get(globs);
  if (!m) {
    // "./src/**", "/src/**" and "build/" all mean what a user writing them expects: anchored at the base.
    const patterns = globs.map((g) => g.trim().replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '')).filter((g) => g !== '');
    const key = patterns.join('\u0000');
    m = compiled.get(key);
    if (!m) compiled.set(key, (m = patterns.length === 0 ? NO_PATTERN : picomatch(patterns, { dot: true, windows: false })));
    matchers.set(globs, m);
  }
  return m;
}

function matchesPathOrAncestor(globs: readonly string[], filePath: string, root: string): boolean {
  const match = matcherFor(globs);
  // No pattern (`ignore` by default): no path to make relative for every file and directory of a scan.
  if (match === NO_PATTERN) return false;
  const rel = path.relative(path.resolve(root), path.resolve(filePath)).split(path.sep).join('/');
  // Outside the base nothing is relative to it; matching absolute paths would let "**/test/**" hit
  // a project that merely lives in someone's ~/test folder.
  if (rel === '' || rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) return false;
  if (match(rel)) return true;
  for (let i = rel.indexOf('/'); i !== -1; i = rel.indexOf('/', i + 1)) {
    if (match(rel.slice(0, i))) return true;
  }
  return false;
}
