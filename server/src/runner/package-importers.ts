// Exported options judged by their importers for one file (the editor): a batch has linted the
// whole tree and knows every importer (runner/importer-uses.ts); an editor linting one document
// looks for them in its package. The files of the package whose text names the document's file are
// linted as importers, and the same judgement applies. A package too big to look through, or with
// too many such files, is not looked through: the findings stay, as when the file is linted alone.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { languageOfFile } from '../../../protocol/languages.js';
import type { ProjectFiles } from '../engine/project.js';
import type { FileResult } from '../engine/types.js';
import { merge } from '../linter/placement.js';
import { ImportedUses, isPackageEntry, packageDirOf, quietSafelyImported } from './importer-uses.js';

/** Files of a package looked at for importers, and importers linted, at most. */
export const MAX_PACKAGE_FILES = 2000;
export const MAX_IMPORTERS = 32;

export interface PackageImporterOptions {
  roots: readonly string[];
  /** The project's files (open documents first). */
  project: ProjectFiles;
  /** Lints a file's text as an importer (it reads the files it imports). */
  lint: (fileName: string, text: string) => FileResult;
}

/** The result without the findings on exported options every importer in its package uses safely; `importers`: the files read. */
export function judgeByPackageImporters(result: FileResult, options: PackageImporterOptions): { result: FileResult; importers: string[] } {
  const strip = (r: FileResult): FileResult => {
    const { exportedOptions: _e, importUses: _u, ...rest } = r;
    return rest;
  };
  const file = result.fileName;
  if (!result.exportedOptions || isPackageEntry(file, options.roots)) return { result: strip(result), importers: [] };
  const candidates = namingFiles(file, options);
  if (!candidates) return { result: strip(result), importers: [] };
  const uses = new ImportedUses();
  const linted = candidates.map(({ fileName, text }) => options.lint(fileName, text));
  for (const r of linted) uses.add(r);
  const [judged] = quietSafelyImported([result, ...linted], { uses, isEntry: () => false, unlintedUse: () => false });
  // The uses that keep a finding join it as related information, as a batch shows them.
  const back = linted.flatMap((r) => r.elsewhere ?? []).filter((p) => p.fileName === file && judged.findings.some((f) => f.ruleId === p.ruleId && f.start === p.start && f.end === p.end));
  const findings = back.length > 0 ? merge(file, judged.findings, back, (_f, _rule, own) => own) : judged.findings;
  return { result: { ...judged, findings }, importers: candidates.map((c) => c.fileName) };
}

/**
 * The package's other source files whose text names the file (its name without extension, or its
 * directory's for an index file): any importer does. Undefined when there are too many to tell.
 */
function namingFiles(file: string, options: PackageImporterOptions): { fileName: string; text: string }[] | undefined {
  const stem = path.basename(file).replace(/\.[cm]?[jt]sx?$/, '');
  const name = stem === 'index' ? path.basename(path.dirname(file)) : stem;
  const out: { fileName: string; text: string }[] = [];
  let seen = 0;
  const walk = (dir: string): boolean => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return true;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
        if (!walk(full)) return false;
      } else if (e.isFile() && full !== file && languageOfFile(full)?.id === 'js') {
        if (++seen > MAX_PACKAGE_FILES) return false;
        if (!options.project.allows(full)) continue;
        const text = options.project.read(full);
        if (text === undefined || !text.includes(name)) continue;
        if (out.length >= MAX_IMPORTERS) return false;
        out.push({ fileName: full, text });
      }
    }
    return true;
  };
  return walk(packageDirOf(file, options.roots)) ? out : undefined;
}
