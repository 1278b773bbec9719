// One lint's view of the project: the models of the other files its values come from, built for
// this lint only (values across files depend on each other, so keeping them between lints would
// make a result depend on the order files were linted in), what was read, and the limits reached.
// Files are read only when a value needs them: resolvers call ImportLink when they meet an import
// of a project file while evaluating an option, a sink's callee or a call's arguments.
import path from 'node:path';
import ts from 'typescript';
import type { ModuleRef, Value } from '../../../../rules/js/api.js';
import type { Note } from '../../engine/types.js';
import { ValueChain } from '../../engine/value-chain.js';
import { FileModel } from './context.js';
import { NODE_CONFIG, nodeConfigDir, overridingDeployments, specifierTo } from './data-modules.js';
import { either } from './value-ops.js';
import { exportRef, exportValue } from './exports.js';
import type { ImportLink } from './link.js';
import type { JsProject } from './project.js';
import type { ImportForm } from './scope.js';
import { sourceFileOf } from './syntax.js';

/** Other files one lint may read; values from more are unknown. */
export const MAX_FILES = 48;
/** Files a value may pass through before it is given up (a.ts uses b.ts, which uses c.ts, …). */
export const MAX_CHAIN = 6;

export class ProjectSession {
  /**
   * The files this lint read, by name: the text (undefined when it could not be read) and, once a
   * value needed it, the model (parsed then: an importer pass reads its exporters for their texts,
   * and most of a barrel's files are never evaluated).
   */
  private readonly files = new Map<string, { text: string | undefined; model?: FileModel | null }>();
  private readonly bySourceFile = new Map<ts.SourceFile, FileModel>();
  private readonly limits = new Set<string>();
  private readonly chain = new ValueChain(MAX_CHAIN, 'files', (m) => this.limits.add(m));
  private readonly mainFile: string;

  constructor(
    readonly project: JsProject,
    private readonly main: () => FileModel,
    mainFile: string,
    readonly followsCalls = false,
  ) {
    this.mainFile = path.normalize(mainFile);
  }

  /** The files read besides the main one, sorted. */
  dependencies(): string[] {
    return [...this.files.keys()].filter((f) => f !== this.mainFile).sort();
  }

  /** The texts of the other files read so far. */
  texts(): string[] {
    const out: string[] = [];
    for (const [file, f] of this.files) if (f.text !== undefined && file !== this.mainFile) out.push(f.text);
    return out;
  }

  notes(): Note[] {
    return [...this.limits].map((message) => ({ kind: 'limit', severity: 'info', message }));
  }

  /** The link a file's resolvers follow its imports through. */
  linkFor(fileName: string): ImportLink {
    return new SessionLink(this, path.normalize(fileName));
  }

  /** The model of the file a node belongs to: the main file's, or another one this lint read. */
  modelOfNode(node: ts.Node): FileModel | undefined {
    const sf = sourceFileOf(node);
    const main = this.main();
    return sf === main.sourceFile ? main : this.bySourceFile.get(sf);
  }

  resolve(fromFile: string, specifier: string): string | undefined {
    return this.project.resolve(specifier, fromFile);
  }

  /** The model of a project file for this lint, or undefined when it cannot be read (or too many were). */
  model(fileName: string): FileModel | undefined {
    if (fileName === this.mainFile) return this.main();
    const file = this.read(fileName);
    if (!file) return undefined;
    if (file.model === undefined) {
      file.model = null;
      if (file.text !== undefined) {
        const parsed = this.project.parse(fileName, file.text);
        file.model = new FileModel(parsed.sourceFile, { index: parsed.index, link: this.linkFor(fileName) });
        this.bySourceFile.set(parsed.sourceFile, file.model);
      }
    }
    return file.model ?? undefined;
  }

  /**
   * Reads a project file for this lint without parsing it (model() parses it when a value needs
   * it); it counts as read: its text widens the rules run, and towards the limit of files.
   */
  read(fileName: string): { text: string | undefined; model?: FileModel | null } | undefined {
    const known = this.files.get(fileName);
    if (known) return known;
    if (this.files.size >= MAX_FILES) {
      this.limits.add(`values from more than ${MAX_FILES} other project files are not followed (the project model's limit per file)`);
      return undefined;
    }
    const file = { text: this.project.files.read(fileName) };
    this.files.set(fileName, file);
    return file;
  }

  /** Reads the project files a file imports directly (import and export declarations, `require`, `import()`). */
  readImports(sf: ts.SourceFile): void {
    for (const spec of importedSpecifiers(sf.text)) {
      const file = this.resolve(sf.fileName, spec);
      if (file !== undefined) this.read(file);
    }
  }

  /** Runs `work` one file further along the chain of files a value passes through. */
  within<T>(fileName: string, work: () => T, fallback: T): T {
    return this.chain.within(fileName, work, fallback);
  }
}

class SessionLink implements ImportLink {
  constructor(
    private readonly session: ProjectSession,
    private readonly fileName: string,
  ) {}

  get followsCalls(): boolean {
    return this.session.followsCalls;
  }

  private target(specifier: string): FileModel | undefined {
    const file = this.session.resolve(this.fileName, specifier);
    return file === undefined ? undefined : this.session.model(file);
  }

  resolves(specifier: string): boolean {
    return this.session.resolve(this.fileName, specifier) !== undefined;
  }

  value(specifier: string, as: ImportForm, path: readonly string[], node: ts.Node): Value | undefined {
    const model = this.target(specifier);
    if (!model) return undefined;
    return this.session.within(model.sourceFile.fileName, () => exportValue(model, as, path, node), { kind: 'unknown', node });
  }

  ref(specifier: string, as: ImportForm, path: readonly string[]): ModuleRef | undefined {
    // A file that names no sink's module cannot pass one of its exports on: not worth parsing.
    const file = this.session.resolve(this.fileName, specifier);
    const text = file === undefined ? undefined : this.session.project.files.read(file);
    if (text === undefined || !this.session.project.mayPassOnSinkModule(text)) return undefined;
    const model = this.target(specifier);
    if (!model) return undefined;
    return this.session.within(model.sourceFile.fileName, () => exportRef(model, as, path), undefined);
  }

  nodeConfig(settingPath: readonly string[], node: ts.Node): Value | undefined {
    if (this.resolves(NODE_CONFIG)) return undefined;
    const dir = nodeConfigDir(this.fileName, this.session.project.files);
    const over = dir && overridingDeployments(dir, settingPath);
    if (!dir || over === 'everywhere') return undefined;
    const value = this.value(specifierTo(this.fileName, dir.file), 'default', settingPath, node);
    if (!value || over!.length === 0) return value;
    // The default holds in every other deployment; in these, their file's value, not followed.
    const names = over!.map((d) => `'${d}'`).join(' or ');
    return either(node, [
      { value, condition: `when NODE_ENV is not ${names}` },
      { value: { kind: 'unknown', node }, condition: `when NODE_ENV is ${names}` },
    ]);
  }

  modelOfNode(node: ts.Node): FileModel | undefined {
    return this.session.modelOfNode(node);
  }
}

/** The module specifiers a file names: import and export declarations, `import x = require`, `require('…')`, `import('…')`. */
export function importedSpecifiers(text: string): string[] {
  // TypeScript's own pre-processor finds them without a walk of the tree.
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}
