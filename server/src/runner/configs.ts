// The configuration of each file of a batch (or of an editor's documents): looked up once per
// directory, since every entry of a directory has the same one, and kept until a config changes.
import path from 'node:path';
import { rules as catalog } from '../../../rules/index.js';
import { ConfigError, loadConfigForFile, type ConfigCache, type ResolvedConfig } from '../engine/config/index.js';

const RULE_IDS = catalog.map((r) => r.meta.id);

export interface ConfigsOptions {
  /** `--config FILE`: every file gets this one (its globs relative to `root`). */
  explicitConfig?: string;
  /** The directory discovery stops at for a file (scan root, workspace folder); the file system root if none. */
  rootOf?: (file: string) => string | undefined;
  /**
   * Where a file's globs start when no config applies: without it a folder glob such as test/
   * could never match, since the file's own directory would be the base.
   */
  baseOf?: (file: string) => string | undefined;
}

export class DirectoryConfigs {
  private readonly cache: ConfigCache = new Map();
  private readonly byDir = new Map<string, ResolvedConfig | ConfigError>();

  constructor(private readonly options: ConfigsOptions = {}) {}

  /** The config of a file, or why it cannot be used. */
  for(file: string): ResolvedConfig | ConfigError {
    const dir = path.dirname(file);
    let c = this.byDir.get(dir);
    if (!c) {
      try {
        c = loadConfigForFile(file, { explicitConfig: this.options.explicitConfig, ruleIds: RULE_IDS, cache: this.cache, root: this.options.rootOf?.(file), base: this.options.baseOf?.(file) });
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        c = err;
      }
      this.byDir.set(dir, c);
    }
    return c;
  }

  /** Forgets every lookup (a config file changed). */
  clear(): void {
    this.cache.clear();
    this.byDir.clear();
  }
}
