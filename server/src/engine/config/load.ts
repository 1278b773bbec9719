// Finding the configuration of a file: `.tlslintrc.json`, or a "tlslint" key in package.json, in
// the nearest directory above it. Configs are data only (strict JSON read with fs): opening a
// folder must never run its code, which is why there is no JS config format and nothing here
// imports from the workspace.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { surelyAbsent } from '../read.js';
import { pyprojectPython, type PyprojectCache } from './pyproject.js';
import { parseConfigText, parsePackageJsonConfig } from './validate.js';
import { CONFIG_FILE_NAME, ConfigError, defaultConfig, type ResolvedConfig } from './types.js';

/** Per-directory lookup results; share one per scan (or per workspace folder) and drop it when a config changes. */
export type ConfigCache = Map<string, ResolvedConfig | ConfigError | null>;

export interface LoadOptions {
  /** Discovery stops after this directory (scan root, workspace folder); filesystem root if absent. */
  root?: string;
  /**
   * The directory globs are relative to when no config applies (the CLI: the directory it runs in
   * or the scan root holding the file); `root`, else the file's own directory, if absent.
   */
  base?: string;
  /** `--config FILE`: skips discovery. A file named package.json is read through its "tlslint" key. */
  explicitConfig?: string;
  /** Valid rule ids (the catalog's); anything else in `rules` is an error. */
  ruleIds: readonly string[];
  cache?: ConfigCache;
}


export function loadConfigForFile(filePath: string, options: LoadOptions): ResolvedConfig {
  const config = findConfig(filePath, options);
  if (config.python?.version) return config;
  // The Python version comes from the project when the config does not name one.
  let pyCache = options.cache && pyprojectCaches.get(options.cache);
  if (!pyCache) {
    pyCache = new Map();
    if (options.cache) pyprojectCaches.set(options.cache, pyCache);
  }
  const root = options.root === undefined ? undefined : path.resolve(options.root);
  const python = pyprojectPython(path.dirname(path.resolve(filePath)), root, pyCache);
  return python ? { ...config, python } : config;
}

const pyprojectCaches = new WeakMap<ConfigCache, PyprojectCache>();

function findConfig(filePath: string, options: LoadOptions): ResolvedConfig {
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
    if (found !== undefined) return found ?? { ...defaultConfig(), configFile: undefined, baseDir: root ?? options.base ?? path.dirname(file) };
    dir = path.dirname(dir);
  }
}


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
  if (surelyAbsent(file)) return undefined;
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new ConfigError(file, [`cannot read the file: ${(error as Error).message}`]);
  }
}
