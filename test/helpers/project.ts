// Linting several files as one project in tests, without a disk: the project model reads them
// through an in-memory ProjectFiles, each file is linted as the CLI lints it (an importer when the
// pre-filter would skip it), exported options every importer uses safely are quiet
// (runner/importer-uses.ts), and findings placed in other files join those files' results.
import path from 'node:path';
import type { Rule } from '../../rules/api.js';
import { languageOfFile } from '../../protocol/languages.js';
import { isJsonModule, type ProjectFiles } from '../../server/src/engine/project.js';
import type { FileResult, Finding } from '../../server/src/engine/types.js';
import { placedDataFiles, placeFindings } from '../../server/src/linter/placement.js';
import { ImportedUses, isPackageEntry, quietSafelyImported } from '../../server/src/runner/importer-uses.js';
import { analyzeText } from './lint.js';

/** Where the files of a test project live (nothing is written there). */
export const PROJECT_ROOT = path.resolve('/virtual-project');

export function projectPath(name: string): string {
  return path.join(PROJECT_ROOT, name);
}

/** Project files held in memory: `files` by path relative to PROJECT_ROOT. */
export function memoryProject(files: Readonly<Record<string, string>>): ProjectFiles & { reads: string[] } {
  const texts = new Map(Object.entries(files).map(([name, text]) => [projectPath(name), text]));
  const dirs = new Set<string>([PROJECT_ROOT]);
  for (const f of texts.keys()) for (let d = path.dirname(f); d.startsWith(PROJECT_ROOT) && !dirs.has(d); d = path.dirname(d)) dirs.add(d);
  const allows = (f: string) => (f === PROJECT_ROOT || f.startsWith(PROJECT_ROOT + path.sep)) && !f.split(path.sep).includes('node_modules');
  const reads: string[] = [];
  return {
    reads,
    allows,
    read(f) {
      if (!allows(f) || !(languageOfFile(f) || isJsonModule(f))) return undefined;
      const t = texts.get(f);
      if (t !== undefined) reads.push(path.relative(PROJECT_ROOT, f));
      return t;
    },
    readConfig: (f) => (allows(f) ? texts.get(f) : undefined),
    fileExists: (f) => allows(f) && texts.has(f),
    directoryExists: (d) => allows(d) && dirs.has(d),
  };
}

export interface ProjectLint {
  /** Each source file's findings (its own and those placed in it), by name relative to the root. */
  findings: Map<string, Finding[]>;
  results: FileResult[];
}

/** Lints every source file of a project with the given rules (all by default), and places findings. */
export function lintProject(files: Readonly<Record<string, string>>, rules?: readonly Rule[]): ProjectLint {
  const project = memoryProject(files);
  const names = Object.keys(files).filter((n) => languageOfFile(n)).sort();
  const results = names.map((n) => analyzeText(projectPath(n), files[n], { project, importer: true, ...(rules ? { rules } : {}) }));
  // As the CLI does: exported options every importer uses safely are quiet, then findings are placed.
  const uses = new ImportedUses();
  for (const r of results) uses.add(r);
  const read = (f: string) => (f.startsWith(PROJECT_ROOT + path.sep) ? files[path.relative(PROJECT_ROOT, f)] : undefined);
  const judged = quietSafelyImported(results, { uses, isEntry: (f) => isPackageEntry(f, [PROJECT_ROOT], read), unlintedUse: () => false });
  const placed = placeFindings([...judged, ...placedDataFiles(judged, () => true)], (_file, _rule, own) => own);
  return { findings: new Map(placed.map((r) => [path.relative(PROJECT_ROOT, r.fileName), r.findings])), results: placed };
}
