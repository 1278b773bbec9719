// `--cache` (`--cache-location FILE`, default .tlslintcache): each file's result is kept with the
// sha256 of its bytes and the configuration it was linted with, so a second run on an unchanged
// tree reads no file and parses nothing: a file whose size and modification time are those
// recorded is taken as unchanged; one whose time moved (a checkout, a restored CI cache) is read
// and hashed, and its result is reused when the hash is the same. The whole cache is thrown away
// when anything else that decides results differs: the tlslint build (a hash of the running
// bundle, so a rebuilt engine never reuses old results), the rule catalog, --rule overrides and
// --report-unused-disable-directives.
//
// The cache is data only (JSON); a cache that cannot be read is ignored and written anew. It holds
// one entry per file, so its keys are short (a tree of 20,000 files makes a 3 MB cache):
//   { "tlslintCache": 1, "run": "<run key>", "configs": ["<config key>", …],
//     "files": { "<path relative to the cache>": { "s": size, "m": mtimeMs, "h": sha256 (128 bits),
//                "c": index in configs, "f": [findings] (absent: none), "n": [notes] (absent: none) } } }
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { SeveritySetting } from '../../../rules/api.js';
import type { ResolvedConfig } from '../engine/config/index.js';
import type { FileResult } from '../engine/types.js';
import { VERSION } from '../engine/version.js';

interface Entry {
  /** Size in bytes, modification time, sha256 of the bytes (the first 32 hex digits). */
  s: number;
  m: number;
  h: string;
  /** The index in CacheFile.configs of the config it was linted with. */
  c: number;
  f?: FileResult['findings'];
  n?: FileResult['notes'];
}

interface CacheFile {
  tlslintCache: number;
  run: string;
  /** configKey() of each config entries were linted with. */
  configs: string[];
  /** By path relative to the cache file's folder, forward slashes. */
  files: Record<string, Entry>;
}

const FORMAT = 2;

export interface RunKeyInput {
  ruleIds: readonly string[];
  overrides: Record<string, SeveritySetting>;
  reportUnusedDirectives: boolean;
  /** Results are stored as shown: without information findings unless --include-info. */
  includeInfo: boolean;
}

/** What the whole cache depends on, the tlslint build among it. */
export function runKey(input: RunKeyInput, build = buildId()): string {
  return JSON.stringify({ version: VERSION, build, rules: input.ruleIds, overrides: sortedEntries(input.overrides), unused: input.reportUnusedDirectives, info: input.includeInfo });
}

/** A hash of the sources, defined by esbuild.mjs in the bundles. */
declare const TLSLINT_BUILD_ID: string | undefined;
let ownId: string | undefined;
/** The bundle's build id; unbundled (tsc's out/, in tests), a hash of this module's file. */
function buildId(): string {
  ownId ??= typeof TLSLINT_BUILD_ID === 'string' ? TLSLINT_BUILD_ID : createHash('sha256').update(readFileSync(__filename)).digest('hex').slice(0, 16);
  return ownId;
}

/** What of a file's config decides its result (not `ignore`: discovery applies it before the cache). */
const configKeys = new WeakMap<ResolvedConfig, string>();
function configKey(c: ResolvedConfig): string {
  let key = configKeys.get(c);
  if (key === undefined) {
    // `python`: the targeted Python version (python.version or pyproject.toml's requires-python) decides findings too.
    key = JSON.stringify([sortedEntries(c.rules), c.testFiles, c.testFileSeverity, c.maxFileSize ?? null, c.skipMinified ?? null, c.baseDir, c.python ?? null]);
    configKeys.set(c, key);
  }
  return key;
}

export class ResultCache {
  private readonly dir: string;
  private files: Record<string, Entry> = {};
  private configs: string[] = [];
  private configIndex = new Map<string, number>();
  /** Files looked up this run that missed, with what their bytes were then. */
  private readonly pending = new Map<string, { s: number; m: number; h: string }>();
  private readonly seen = new Set<string>();
  private dirty = false;
  hits = 0;
  misses = 0;

  constructor(
    readonly file: string,
    private readonly run: string,
  ) {
    this.dir = path.dirname(file);
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (data && data.tlslintCache === FORMAT && data.run === run && data.files && typeof data.files === 'object' && Array.isArray(data.configs)) {
        this.files = data.files;
        this.configs = data.configs;
        this.configIndex = new Map(data.configs.map((c, i) => [c, i]));
      } else {
        this.dirty = true;
      }
    } catch {
      this.dirty = true; // none yet, or unreadable: start afresh
    }
  }

  /** The recorded result of an unchanged file linted with the same config; undefined otherwise. */
  lookup(fileName: string, config: ResolvedConfig): FileResult | undefined {
    const key = this.keyOf(fileName);
    this.seen.add(key);
    let stat;
    try {
      stat = statSync(fileName);
    } catch {
      this.misses++;
      return undefined;
    }
    const entry = Object.prototype.hasOwnProperty.call(this.files, key) ? this.files[key] : undefined;
    const sameConfig = entry !== undefined && this.configs[entry.c] === configKey(config);
    if (entry && sameConfig && entry.s === stat.size && entry.m === stat.mtimeMs) return this.hit(fileName, entry);
    let h: string;
    try {
      h = createHash('sha256').update(readFileSync(fileName)).digest('hex').slice(0, 32);
    } catch {
      this.misses++;
      return undefined;
    }
    if (entry && sameConfig && entry.h === h) {
      this.files[key] = { ...entry, s: stat.size, m: stat.mtimeMs };
      this.dirty = true;
      return this.hit(fileName, entry);
    }
    this.pending.set(key, { s: stat.size, m: stat.mtimeMs, h });
    this.misses++;
    return undefined;
  }

  /** Records the result of a file that missed. A result with a rule error (a crash) is not kept. */
  store(fileName: string, config: ResolvedConfig, result: FileResult): void {
    const key = this.keyOf(fileName);
    const bytes = this.pending.get(key);
    if (!bytes) return;
    this.pending.delete(key);
    if (result.notes.some((n) => n.kind === 'rule-error')) return;
    this.files[key] = { ...bytes, c: this.indexOf(configKey(config)), ...(result.findings.length ? { f: result.findings } : {}), ...(result.notes.length ? { n: result.notes } : {}) };
    this.dirty = true;
  }

  /**
   * Writes the cache when it changed; entries of files that no longer exist are dropped. Returns
   * why it could not be written (the run's results stand; the next run is cold).
   */
  save(): string | undefined {
    for (const key of Object.keys(this.files)) {
      if (!this.seen.has(key) && !existsSync(path.resolve(this.dir, key))) {
        delete this.files[key];
        this.dirty = true;
      }
    }
    if (!this.dirty) return undefined;
    const data: CacheFile = { tlslintCache: FORMAT, run: this.run, configs: this.configs, files: this.files };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(tmp, JSON.stringify(data));
      renameSync(tmp, this.file);
    } catch (err) {
      return `cannot write the cache ${this.file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`;
    }
    this.dirty = false;
    return undefined;
  }

  private hit(fileName: string, entry: Entry): FileResult {
    this.hits++;
    return { fileName, findings: entry.f ?? [], notes: entry.n ?? [] };
  }

  private indexOf(config: string): number {
    let i = this.configIndex.get(config);
    if (i === undefined) {
      i = this.configs.push(config) - 1;
      this.configIndex.set(config, i);
    }
    return i;
  }

  private keyOf(fileName: string): string {
    // Discovery gives absolute paths, most of them under the cache's folder.
    const prefix = this.dir.endsWith(path.sep) ? this.dir : this.dir + path.sep;
    const rel = fileName.startsWith(prefix) ? fileName.slice(prefix.length) : path.relative(this.dir, path.resolve(fileName));
    return path.sep === '/' ? rel : rel.split(path.sep).join('/');
  }
}

function sortedEntries(o: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
