// Validating a configuration: every problem is collected so one run shows them all.
import type { SeveritySetting } from '../../../../rules/api.js';
import { parseJson } from './json.js';
import { ConfigError, defaultConfig, type ConfigLocation, type TlslintConfig } from './types.js';

const MAX_FILE_SIZE_LIMIT = 64 * 1024 * 1024;
const TOP_KEYS = ['rules', 'ignore', 'testFiles', 'testFileSeverity', 'maxFileSize', 'skipMinified', 'python'];
const SEVERITY_SETTINGS: readonly string[] = ['off', 'info', 'warning', 'error'];
const PYTHON_VERSION = /^[23]\.\d{1,2}$/;

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


function validate(raw: unknown, prefix: string, file: string, ruleIds: readonly string[]): TlslintConfig {
  const problems: string[] = [];
  const locations: (ConfigLocation | undefined)[] = [];
  const base = prefix ? [prefix] : [];
  const report = (message: string, path: (string | number)[], target: ConfigLocation['target'] = 'value') => {
    problems.push(message);
    locations.push({ path: [...base, ...path], target });
  };
  const at = (key: string) => (prefix ? `${prefix}.${key}` : key);
  const config = defaultConfig();
  if (!isPlainObject(raw)) throw new ConfigError(file, [`${prefix ? `${prefix}: ` : ''}expected an object, got ${describe(raw)}`], undefined, undefined, [{ path: base, target: 'value' }]);
  const unknownKeys = Object.keys(raw).filter((k) => !TOP_KEYS.includes(k));
  if (unknownKeys.length > 0) {
    report(`${prefix ? `${prefix}: ` : ''}unknown ${plural(unknownKeys.length, 'key')} ${quoteList(unknownKeys, ', ')} (valid keys: ${quoteList(TOP_KEYS, ', ')})`, [unknownKeys[0]], 'key');
  }
  if ('rules' in raw) {
    const rules = raw['rules'];
    if (!isPlainObject(rules)) {
      report(`${at('rules')}: expected an object mapping rule ids to severities, got ${describe(rules)}`, ['rules']);
    } else {
      const unknownRules = Object.keys(rules).filter((id) => !ruleIds.includes(id));
      if (unknownRules.length > 0) {
        const valid = ruleIds.length > 0 ? `valid rule ids: ${ruleIds.join(', ')}` : 'no rules are available';
        report(`${at('rules')}: unknown ${plural(unknownRules.length, 'rule')} ${quoteList(unknownRules, ', ')} (${valid})`, ['rules', unknownRules[0]], 'key');
      }
      for (const [id, value] of Object.entries(rules)) {
        if (typeof value === 'string' && SEVERITY_SETTINGS.includes(value)) config.rules[id] = value as SeveritySetting;
        else report(`${at('rules')}.${id}: expected ${quoteList(SEVERITY_SETTINGS, ' or ')}, got ${describe(value)}`, ['rules', id]);
      }
    }
  }
  for (const key of ['ignore', 'testFiles'] as const) {
    if (!(key in raw)) continue;
    const globs = raw[key];
    if (!Array.isArray(globs)) {
      report(`${at(key)}: expected an array of glob strings, got ${describe(globs)}`, [key]);
      continue;
    }
    globs.forEach((g: unknown, i) => {
      if (typeof g !== 'string' || g.trim() === '') report(`${at(key)}[${i}]: expected a non-empty glob string, got ${describe(g)}`, [key, i]);
    });
    config[key] = globs.filter((g): g is string => typeof g === 'string');
  }
  if ('testFileSeverity' in raw) {
    const value = raw['testFileSeverity'];
    if (value === 'lower' || value === 'same') config.testFileSeverity = value;
    else report(`${at('testFileSeverity')}: expected "lower" or "same", got ${describe(value)}`, ['testFileSeverity']);
  }
  if ('maxFileSize' in raw) {
    const value = raw['maxFileSize'];
    // The CLI reads each file into one buffer of this size: a bound keeps a typo from costing gigabytes.
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0 && value <= MAX_FILE_SIZE_LIMIT) config.maxFileSize = value;
    else report(`${at('maxFileSize')}: expected a whole number of bytes from 1 to ${MAX_FILE_SIZE_LIMIT} (64 MB), got ${describe(value)}`, ['maxFileSize']);
  }
  if ('skipMinified' in raw) {
    const value = raw['skipMinified'];
    if (typeof value === 'boolean') config.skipMinified = value;
    else report(`${at('skipMinified')}: expected true or false, got ${describe(value)}`, ['skipMinified']);
  }
  if ('python' in raw) {
    const value = raw['python'];
    const version = isPlainObject(value) ? value['version'] : undefined;
    const extra = isPlainObject(value) ? Object.keys(value).filter((k) => k !== 'version') : [];
    if (!isPlainObject(value)) report(`${at('python')}: expected an object such as {"version": "3.8"}, got ${describe(value)}`, ['python']);
    else if (extra.length > 0) report(`${at('python')}: unknown ${plural(extra.length, 'key')} ${quoteList(extra, ', ')} (valid keys: "version")`, ['python', extra[0]], 'key');
    else if (version !== undefined && !(typeof version === 'string' && PYTHON_VERSION.test(version))) report(`${at('python.version')}: expected the lowest Python version the code runs on, such as "3.8", got ${describe(version)}`, ['python', 'version']);
    else if (version !== undefined) config.python = { version: version as string };
  }
  if (problems.length > 0) throw new ConfigError(file, problems, undefined, undefined, locations);
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
