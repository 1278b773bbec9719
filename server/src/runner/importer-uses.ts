// Exported options judged by their importers. An options object a file exports without using it
// (`export const baseTls = { rejectUnauthorized: false }`) is reported where it is written when
// the file is linted alone: nothing says where it goes. With the project model its importers say:
// when every use of the export is one their own analysis follows (a sink, a spread into a literal
// that a later `rejectUnauthorized: true` overrides, a server's options, a read) and none of them
// placed the finding back in the file (an unsafe use does: there it stays, with the use as related
// information), the finding is dropped. It stays whenever the project may not see every use: no
// importer at all (the export is for code outside what was linted, or for nobody yet: one file
// alone says the same), the file is what its package gives others (package.json `main`,
// `exports`, `bin`…), an importer hands the value on (an unknown call, a re-export), or a file
// importing it was not linted.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileResult, ImportUse, PlacedFinding } from '../engine/types.js';

/** The uses of each file's exports by the files linted, each importer's last lint winning. */
export class ImportedUses {
  private readonly byImporter = new Map<string, ImportUse[]>();

  add(result: FileResult): void {
    if (result.importUses?.length) this.byImporter.set(result.fileName, result.importUses);
    else this.byImporter.delete(result.fileName);
  }

  /** The uses of `exporter`'s exports. */
  of(exporter: string): ImportUse[] {
    const out: ImportUse[] = [];
    for (const uses of this.byImporter.values()) for (const u of uses) if (u.file === exporter) out.push(u);
    return out;
  }
}

export interface ExportedCheck {
  uses: ImportedUses;
  /** Whether the package gives the file to others (its uses are outside the project). */
  isEntry(file: string): boolean;
  /** Whether a file that was not linted may use one of the names. */
  unlintedUse(exporter: string, names: readonly string[]): boolean;
}

/**
 * The results without the findings on exported options that every importer uses safely (see
 * above); `placed`: the findings all files linted placed in others (by default those of
 * `results`). The fields that carried the evidence are left out.
 */
export function quietSafelyImported(results: readonly FileResult[], check: ExportedCheck, placed = placedByFile(results)): FileResult[] {
  return results.map((r) => {
    if (!r.exportedOptions && !r.importUses) return r;
    const { exportedOptions, importUses: _uses, ...rest } = r;
    if (!exportedOptions || check.isEntry(r.fileName)) return rest;
    const quiet = exportedOptions.filter((s) => safelyUsed(r.fileName, s.names, check));
    if (quiet.length === 0) return rest;
    const back = placed.get(r.fileName) ?? [];
    const findings = r.findings.filter(
      (f) => !quiet.some((s) => f.start >= s.start && f.end <= s.end) || back.some((p) => p.ruleId === f.ruleId && p.start === f.start && p.end === f.end),
    );
    return findings.length === r.findings.length ? rest : { ...rest, findings };
  });
}

/** The findings results placed in other files, by file. */
export function placedByFile(results: readonly FileResult[]): Map<string, PlacedFinding[]> {
  const placed = new Map<string, PlacedFinding[]>();
  for (const r of results) for (const p of r.elsewhere ?? []) placed.set(p.fileName, [...(placed.get(p.fileName) ?? []), p]);
  return placed;
}

function safelyUsed(exporter: string, names: readonly string[], check: ExportedCheck): boolean {
  const uses = check.uses.of(exporter).filter((u) => (u.name === '*' ? wholeUseReaches(u.member, names) : names.includes(u.name)));
  if (!uses.some((u) => names.includes(u.name))) return false;
  if (uses.some((u) => u.handedOn)) return false;
  return !check.unlintedUse(exporter, names);
}

/**
 * Whether a use of the whole module reaches settings exported under `names`: always, unless it
 * reads one member (`brokers.kafka`) and the settings sit under another key (`mqtt`) of a
 * `module.exports = { kafka, mqtt }` (names of their own beside `default` and `*`).
 */
function wholeUseReaches(member: string | undefined, names: readonly string[]): boolean {
  if (member === undefined || names.includes(member)) return true;
  return keysOf(names).length === 0;
}

/** The export names among `names` that are a key of the module, not the module itself (`*`, `default`). */
export function keysOf(names: readonly string[]): string[] {
  return names.filter((n) => n !== '*' && n !== 'default');
}

/** Reads a package.json (undefined when there is none): the disk's by default. */
export type ReadPackageJson = (fileName: string) => string | undefined;

const fromDisk: ReadPackageJson = (f) => (existsSync(f) ? readFileSync(f, 'utf8') : undefined);

/**
 * Whether a file is one its package gives to others: package.json's `main`, `module`, `browser`,
 * `exports` and `bin` targets (with or without their extension, or a directory's index), `index`
 * at the package's top when `main` is not set. A package.json that cannot be parsed makes every
 * file of its package one; without one, `index` at the top of the roots is.
 */
export function isPackageEntry(file: string, roots: readonly string[], read: ReadPackageJson = fromDisk): boolean {
  if (TOOL_CONFIG.test(path.basename(file))) return true;
  const { dir, json } = packageOf(file, roots, read);
  const rel = stem(path.relative(dir, file));
  if (json === undefined) return rel === 'index';
  const entries = entriesOf(json);
  return entries.has(ANY) || entries.has(rel);
}

/**
 * Configuration files a tool reads (the knex CLI's knexfile, TypeORM's ormconfig, Sequelize's
 * .sequelizerc, `*.config.js` of bundlers and dev servers): what they export is used outside the
 * project's own imports (every environment of a knexfile, for migrations), so an importer that
 * reads one entry says nothing of the others.
 */
const TOOL_CONFIG = /^(knexfile|ormconfig|\.sequelizerc|[\w.-]+\.config)\.[cm]?[jt]s$/;

/** The directory of the file's package: the nearest with a package.json inside the roots, else its root. */
export function packageDirOf(file: string, roots: readonly string[], read: ReadPackageJson = fromDisk): string {
  return packageOf(file, roots, read).dir;
}

function packageOf(file: string, roots: readonly string[], read: ReadPackageJson): { dir: string; json?: string } {
  const root = roots.filter((r) => file === r || file.startsWith(r + path.sep)).sort((a, b) => b.length - a.length)[0];
  let dir = path.dirname(file);
  while (root && (dir === root || dir.startsWith(root + path.sep))) {
    const json = read(path.join(dir, 'package.json'));
    if (json !== undefined) return { dir, json };
    if (dir === root) break;
    dir = path.dirname(dir);
  }
  return { dir: root ?? path.dirname(file) };
}

function entriesOf(json: string): Set<string> {
  let pkg: Record<string, unknown>;
  try {
    pkg = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return new Set([ANY]);
  }
  if (!pkg || typeof pkg !== 'object') return new Set([ANY]);
  const targets: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') targets.push(v);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) collect(x);
  };
  for (const key of ['main', 'module', 'browser', 'exports', 'bin']) collect(pkg[key]);
  if (typeof pkg.main !== 'string') targets.push('index.js');
  const out = new Set(targets.map((t) => stem(path.normalize(t))));
  for (const t of targets) out.add(stem(path.join(path.normalize(t), 'index')));
  return out;
}

/** Any file: the package's entries are not known. */
const ANY = '\0any';

function stem(rel: string): string {
  return rel.replace(/\.[cm]?[jt]sx?$/, '').split(path.sep).join('/');
}
