// Editor settings (`tlslint.*`, resource scope), pulled per document with workspace/configuration.
import type { Connection } from 'vscode-languageserver/node';
import type { SeveritySetting } from '../../../rules/api.js';
import { DEFAULT_SETTINGS, type Settings } from '../../../protocol/protocol.js';

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  supportsPull = false;
  global: Settings = DEFAULT_SETTINGS;

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<Settings> {
    if (!this.supportsPull) return Promise.resolve(this.global);
    let s = this.cache.get(uri);
    if (!s) {
      s = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'tlslint' })
        .then((raw: unknown) => normalise(raw), () => this.global);
      this.cache.set(uri, s);
    }
    return s;
  }

  /** Settings pushed with didChangeConfiguration by clients that do not support pull. */
  update(raw: unknown): void {
    this.cache.clear();
    const section = raw && typeof raw === 'object' && 'tlslint' in raw ? (raw as { tlslint: unknown }).tlslint : undefined;
    if (!this.supportsPull && section !== undefined) this.global = normalise(section);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}

/** Anything the client sends becomes valid settings: unknown values fall back to defaults. */
export function normalise(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Settings['rules'] = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, v] of Object.entries(r.rules as Record<string, unknown>)) {
      if (v === 'off' || v === 'info' || v === 'warning' || v === 'error') rules[id] = v;
    }
  }
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    run: r.run === 'onSave' ? 'onSave' : 'onType',
    rules,
    testFiles: Array.isArray(r.testFiles) ? r.testFiles.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [],
    includeInfo: r.includeInfo === true,
  };
}

export function severityOverrides(s: Settings): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const [id, v] of Object.entries(s.rules)) if (v !== 'default') out[id] = v;
  return out;
}
