// Settings a module reads from data files: a JSON module it imports (`import settings from
// '../config/default.json'`, `require('./tls.json')`), and node-config's files (`import config from
// 'config'`, then `config.get('fraud.tls')` or `config.fraud.tls`), which the `config` package
// reads from the `config/` directory of the package the process starts in: `default.json` (or
// `.js`, `.cjs`, `.ts`), then the file of the deployment (`production.json`) and the local ones
// (`local.json`, and environment variables by `custom-environment-variables.json`) over it. A value
// a local file may override (it names the setting's top-level key) is unknown; one a deployment's
// file may override holds in the other deployments ("when NODE_ENV is not 'production'").
import path from 'node:path';
import type { ProjectFiles } from '../../engine/project.js';
import { isRelativeSpecifier, type JsProject } from './project.js';

/** node-config's package name, as imported. */
export const NODE_CONFIG = 'config';

/** The methods of node-config's object: `get`, and the others that are not settings. */
const NODE_CONFIG_METHODS = new Set(['get', 'has', 'util', 'set', 'setModuleDefaults', 'makeImmutable', 'makeHidden']);

/** The files node-config reads first, in its order of extensions (its default file). */
const DEFAULT_FILES = ['default.json', 'default.js', 'default.cjs', 'default.ts'];

/** Deployment files that override the default one (node-config merges them over it) in their deployment. */
const DEPLOYMENTS = ['production', 'development', 'staging', 'test', 'qa', 'uat', 'local-production', 'local-development'];
/** Files that override it in every deployment (or from the environment). */
const EVERYWHERE = ['local', 'custom-environment-variables'];
const EXTENSIONS = ['json', 'json5', 'js', 'cjs', 'ts', 'yml', 'yaml', 'toml', 'properties', 'hjson', 'xml'];

/** The setting path a node-config read names: `config.get('a.b')` → a.b, `config.a.b` → a.b; undefined for its methods. */
export function nodeConfigPath(refPath: readonly string[], getKey?: string): string[] | undefined {
  if (refPath.length === 1 && refPath[0] === 'get' && getKey !== undefined) return getKey.split('.').filter((k) => k.length > 0);
  if (refPath.length === 0 || NODE_CONFIG_METHODS.has(refPath[0])) return undefined;
  return [...refPath];
}

interface ConfigDir {
  /** The default file node-config reads. */
  file: string;
  /** The files beside it that override it: their deployment (`production`; undefined: every one) and text. */
  overrides: { deployment: string | undefined; text: string }[];
}

const configDirs = new WeakMap<ProjectFiles, Map<string, ConfigDir | null>>();

/** The node-config directory of the package `fromFile` belongs to (its nearest package.json's `config/`), if it has a default file. */
export function nodeConfigDir(fromFile: string, files: ProjectFiles): ConfigDir | undefined {
  let byDir = configDirs.get(files);
  if (!byDir || !files.keepsTexts) configDirs.set(files, (byDir = new Map()));
  for (let dir = path.dirname(fromFile); files.allows(dir); dir = path.dirname(dir)) {
    if (files.fileExists(path.join(dir, 'package.json'))) {
      let known = byDir.get(dir);
      if (known === undefined) byDir.set(dir, (known = readConfigDir(path.join(dir, 'config'), files) ?? null));
      return known ?? undefined;
    }
    if (path.dirname(dir) === dir) break;
  }
  return undefined;
}

function readConfigDir(dir: string, files: ProjectFiles): ConfigDir | undefined {
  const file = DEFAULT_FILES.map((f) => path.join(dir, f)).find((f) => files.fileExists(f));
  if (!file) return undefined;
  const overrides: ConfigDir['overrides'] = [];
  for (const name of [...DEPLOYMENTS, ...EVERYWHERE]) {
    for (const ext of EXTENSIONS) {
      const f = path.join(dir, `${name}.${ext}`);
      if (!files.fileExists(f)) continue;
      // A file that cannot be read may override anything.
      const deployment = EVERYWHERE.includes(name) ? undefined : name.replace(/^local-/, '');
      overrides.push({ deployment, text: files.readConfig(f) ?? '\u0000' });
    }
  }
  return { file, overrides };
}

/**
 * The deployments whose files may set the setting (they name its top-level key, or cannot be
 * read); 'everywhere' when a local file or the environment may.
 */
export function overridingDeployments(dir: ConfigDir, settingPath: readonly string[]): string[] | 'everywhere' {
  const top = settingPath[0];
  const word = new RegExp(`(^|[^A-Za-z0-9_$])${top.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z0-9_$]|$)`);
  const names = new Set<string>();
  for (const o of dir.overrides) {
    if (!(o.text === '\u0000' || word.test(o.text))) continue;
    if (o.deployment === undefined) return 'everywhere';
    names.add(o.deployment);
  }
  return [...names].sort();
}

/** The specifier of `file` from `fromFile`'s directory (`../config/default.json`). */
export function specifierTo(fromFile: string, file: string): string {
  const rel = path.relative(path.dirname(fromFile), file).split(path.sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** What a text importing a data file holds: a specifier ending `.json`, or node-config's `'config'`. */
export const DATA_NEEDLES: readonly string[] = [".json'", '.json"', '.json`', "'config'", '"config"', '`config`'];

/** `from '…json'`, `require('…json')`, `import('…json')`, and the same of `'config'`. */
const DATA_IMPORT = /(?:\bfrom\s*|\b(?:require|import)\s*\(\s*)(['"`])([^'"`\r\n]+\.json|config)\1/g;

/**
 * The texts of the data a file's imports read: its JSON modules and node-config's default file. A
 * file the pre-filter skips is still linted when they hold TLS settings, which its values carry.
 * The specifiers are found by their words, without a parse (a commented-out import only costs the
 * lint it lets run: the values followed are the file's real imports).
 */
export function dataModuleTexts(fileName: string, text: string, project: JsProject): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DATA_IMPORT)) {
    const spec = m[2];
    let file: string | undefined;
    // Resolved by hand, without loading TypeScript for a file that may not be parsed: a relative
    // path (the lint's values resolve it again), and node-config's directory (a project module named
    // `config` is told apart when a value reads it, SessionLink.nodeConfig).
    if (spec === NODE_CONFIG) file = nodeConfigDir(fileName, project.files)?.file;
    else if (isRelativeSpecifier(spec)) file = path.resolve(path.dirname(fileName), spec);
    const data = file === undefined ? undefined : project.files.read(file);
    if (data !== undefined) out.push(data);
  }
  return out;
}
