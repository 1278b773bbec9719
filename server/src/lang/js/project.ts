// The project model's memory, shared by every file linted with the same project files: each
// project file's tree and scope index, kept by content (a file whose text changed is parsed
// again), and TypeScript's own module resolution (relative specifiers, index files, `.js` naming
// a `.ts` file, tsconfig.json `paths`) over a host that only sees what ProjectFiles allows. The
// values computed from these trees are not kept here: each lint builds its own (session.ts), so
// a result never depends on which file was linted first.
import path from 'node:path';
import { builtinModules } from 'node:module';
import ts from 'typescript';
import type { ProjectFiles } from '../../engine/project.js';
import { sinkModuleNeedles } from '../../../../rules/js/needles.js';
import { NeedleAutomaton } from '../../engine/needle-automaton.js';
import { collect, type FileIndex } from './collect.js';
import { parseSourceFile } from './parse.js';

/** Project files kept parsed, by total text length: more are parsed again when needed. */
const MAX_CACHED_TEXT = 256 * 1024;

export interface ParsedFile {
  text: string;
  sourceFile: ts.SourceFile;
  index: FileIndex;
}

const BUILTINS = new Set(builtinModules);

/** `./x`, `../x`, `.`, `..`: always the project's own. */
export function isRelativeSpecifier(spec: string): boolean {
  return spec === '.' || spec === '..' || spec.startsWith('./') || spec.startsWith('../');
}

const BASE_OPTIONS: ts.CompilerOptions = {
  // Bundler resolution takes what every other mode takes: extensionless and index imports,
  // `.js` naming a `.ts` file, package.json `exports`/`imports`, tsconfig `paths`.
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  module: ts.ModuleKind.ESNext,
  allowJs: true,
  // `import config from './config.json'`, `require('../config/default.json')`.
  resolveJsonModule: true,
};

// tsconfig.base.json: an Nx-style workspace's root config, which its projects extend; the packages
// without a config of their own resolve its `paths` too (a tsconfig.json beside it wins).
const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json', 'tsconfig.base.json'];

export class JsProject {
  private readonly parsed = new Map<string, ParsedFile>();
  private cachedText = 0;
  /** Parsed configurations by path and text. */
  private readonly configs = new Map<string, { text: string; options: ts.CompilerOptions }>();
  /**
   * Module resolutions and each directory's options, kept while the project files are the same
   * (the editor makes new project files when files are created or deleted).
   */
  private readonly resolutions = new Map<string, string | null>();
  readonly optionsByDir = new Map<string, ts.CompilerOptions>();
  /**
   * What the resolver found on disk, kept as long as the resolutions: TypeScript asks whether the
   * same directories exist for every specifier (a `stat` each), and Node's tests share them.
   */
  private readonly filesSeen = new Map<string, boolean>();
  private readonly dirsSeen = new Map<string, boolean>();
  private moduleAutomaton?: NeedleAutomaton;
  /**
   * Whether each text read holds each needle rules asked about (context.ts holds) or names a sink's
   * module (mayPassOnSinkModule), when the texts stay the same for the whole run
   * (ProjectFiles.keepsTexts): every lint that reads a shared helper asks the same questions of it.
   */
  private readonly held = new Map<string, Map<string, boolean>>();

  constructor(readonly files: ProjectFiles) {}

  /** Whether a text read through these project files holds a needle (`key` names it, `has` looks). */
  holds(text: string, key: string, has: (text: string) => boolean): boolean {
    if (!this.files.keepsTexts) return has(text);
    let answers = this.held.get(text);
    if (!answers) this.held.set(text, (answers = new Map()));
    let found = answers.get(key);
    if (found === undefined) answers.set(key, (found = has(text)));
    return found;
  }

  /** The tree and index of a project file's current text, from memory when the text is the same. */
  parse(fileName: string, text: string): ParsedFile {
    const kept = this.parsed.get(fileName);
    if (kept && kept.text === text) {
      // Most recently used last: the oldest goes first when memory is short.
      this.parsed.delete(fileName);
      this.parsed.set(fileName, kept);
      return kept;
    }
    if (kept) this.forget(fileName, kept);
    const sourceFile = parseSourceFile(fileName, text);
    const file: ParsedFile = { text, sourceFile, index: collect(sourceFile) };
    if (text.length <= MAX_CACHED_TEXT / 4) {
      this.parsed.set(fileName, file);
      this.cachedText += text.length;
      for (const [name, old] of this.parsed) {
        if (this.cachedText <= MAX_CACHED_TEXT) break;
        this.forget(name, old);
      }
    }
    return file;
  }

  private forget(fileName: string, file: ParsedFile): void {
    this.parsed.delete(fileName);
    this.cachedText -= file.text.length;
  }

  /** The compiler options in force for a directory: the nearest tsconfig.json/jsconfig.json (else tsconfig.base.json) inside the roots. */
  optionsFor(dir: string, memo: Map<string, ts.CompilerOptions>): ts.CompilerOptions {
    const known = memo.get(dir);
    if (known) return known;
    let options = BASE_OPTIONS;
    const parent = path.dirname(dir);
    const config = CONFIG_NAMES.map((n) => path.join(dir, n)).find((f) => this.files.fileExists(f));
    if (config) options = this.readConfig(config);
    else if (parent !== dir && this.files.directoryExists(parent)) options = this.optionsFor(parent, memo);
    memo.set(dir, options);
    return options;
  }

  /** A tsconfig.json read with TypeScript's own reader (comments, `extends` inside the roots); never its file list. */
  private readConfig(file: string): ts.CompilerOptions {
    const text = this.files.readConfig(file);
    if (text === undefined) return BASE_OPTIONS;
    const kept = this.configs.get(file);
    if (kept && kept.text === text) return kept.options;
    const json = ts.parseConfigFileTextToJson(file, text);
    let options = BASE_OPTIONS;
    if (json.config && typeof json.config === 'object') {
      const host: ts.ParseConfigHost = {
        useCaseSensitiveFileNames: ts.sys?.useCaseSensitiveFileNames ?? true,
        readDirectory: () => [],
        fileExists: (f) => this.files.fileExists(f),
        readFile: (f) => this.files.readConfig(f),
      };
      const parsed = ts.parseJsonConfigFileContent(json.config, host, path.dirname(file), undefined, file);
      const { paths, baseUrl, pathsBasePath, customConditions } = parsed.options;
      options = { ...BASE_OPTIONS, paths, baseUrl, pathsBasePath, customConditions };
    }
    this.configs.set(file, { text, options });
    return options;
  }

  /**
   * The project file a specifier names from `fromFile`, or undefined: a package, a built-in, a
   * declaration file, or anything outside what ProjectFiles allows.
   */
  resolve(specifier: string, fromFile: string): string | undefined {
    const key = `${path.dirname(fromFile)}\u0000${specifier}`;
    let r = this.resolutions.get(key);
    if (r === undefined) this.resolutions.set(key, (r = this.resolveNow(specifier, fromFile, this.optionsByDir) ?? null));
    return r ?? undefined;
  }

  /**
   * The specifier openings tsconfig `paths` map into the project for files of `dir` (`'@net/` for
   * `"@net/*"`), quoted: a file the pre-filter skips is worth an importer pass with one of them.
   */
  aliasNeedles(dir: string): readonly string[] {
    const options = this.optionsFor(dir, this.optionsByDir);
    let needles = this.aliasNeedlesOf.get(options);
    if (!needles) {
      const prefixes = Object.keys(options.paths ?? {}).map((p) => (p.includes('*') ? p.slice(0, p.indexOf('*')) : p)).filter((p) => p.length > 0);
      needles = [...new Set(prefixes)].flatMap((p) => [`'${p}`, `"${p}`, `\`${p}`]);
      this.aliasNeedlesOf.set(options, needles);
    }
    return needles;
  }

  private readonly aliasNeedlesOf = new WeakMap<ts.CompilerOptions, readonly string[]>();

  /**
   * Whether a text may pass on a module export a sink can be (it names a sink's module): a file
   * that does not is not parsed to find out what a callee imported from it is.
   */
  mayPassOnSinkModule(text: string): boolean {
    // Asked of a shared helper (Node's test/common/index.js) by every lint that reads a callee from it.
    return this.holds(text, 'm:sink modules', (t) => {
      this.moduleAutomaton ??= new NeedleAutomaton(sinkModuleNeedles().map((n) => ({ text: n, groups: [0], specifier: true })), 1);
      return this.moduleAutomaton.groupsIn(t)[0] === 1;
    });
  }

  private exists(seen: Map<string, boolean>, name: string, ask: (name: string) => boolean): boolean {
    let found = seen.get(name);
    if (found === undefined) seen.set(name, (found = ask(name)));
    return found;
  }

  private resolveNow(specifier: string, fromFile: string, memo: Map<string, ts.CompilerOptions>): string | undefined {
    if (specifier.startsWith('node:') || BUILTINS.has(specifier)) return undefined;
    const options = this.optionsFor(path.dirname(fromFile), memo);
    // A bare specifier is the project's only through `paths` (or baseUrl); without them it is a package.
    if (!isRelativeSpecifier(specifier) && !mayMap(specifier, options)) return undefined;
    const host: ts.ModuleResolutionHost = {
      fileExists: (f) => this.exists(this.filesSeen, f, (x) => this.files.fileExists(x)),
      readFile: (f) => this.files.readConfig(f),
      directoryExists: (d) => this.exists(this.dirsSeen, d, (x) => this.files.directoryExists(x)),
      realpath: (p) => p,
      getCurrentDirectory: () => path.dirname(fromFile),
    };
    const resolved = ts.resolveModuleName(specifier, fromFile, options, host).resolvedModule;
    const file = resolved?.resolvedFileName;
    if (!file || resolved.isExternalLibraryImport || /\.d\.[cm]?ts$/i.test(file) || /\.d\.[^./\\]+\.[cm]?ts$/i.test(file)) return undefined;
    return this.files.allows(file) ? path.normalize(file) : undefined;
  }
}

/** Whether `paths` (or baseUrl) might map a bare specifier into the project. */
function mayMap(specifier: string, options: ts.CompilerOptions): boolean {
  if (options.paths) {
    for (const pattern of Object.keys(options.paths)) {
      const star = pattern.indexOf('*');
      if (star < 0 ? specifier === pattern : specifier.startsWith(pattern.slice(0, star)) && specifier.endsWith(pattern.slice(star + 1))) return true;
    }
  }
  return options.baseUrl !== undefined;
}

const projects = new WeakMap<ProjectFiles, JsProject>();

/** The JS project model of a set of project files, made once. */
export function jsProjectOf(files: ProjectFiles): JsProject {
  let p = projects.get(files);
  if (!p) projects.set(files, (p = new JsProject(files)));
  return p;
}
