// The files a project model may read beside the one being linted: a frontend follows a file's
// imports of the project's own modules through this, and nothing else. Only inside the roots (the
// scanned directories, the editor's workspace folders), never under node_modules or .git, never
// past the size limit; an open editor buffer wins over its copy on disk. Files are only read.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ALWAYS_SKIPPED_DIRS, languageOfFile } from '../../../protocol/languages.js';

export interface ProjectFiles {
  /** The text of a source file the model may read, or undefined (outside the roots, missing, too large, not UTF-8). */
  read(fileName: string): string | undefined;
  /** Whether any file (a source file, a package.json, a tsconfig.json) exists where the model may look. */
  fileExists(fileName: string): boolean;
  /** The text of a configuration file the model may read (tsconfig.json, package.json). */
  readConfig(fileName: string): string | undefined;
  directoryExists(dir: string): boolean;
  /** Whether a path lies where the model may look: inside a root, not under a skipped directory. */
  allows(fileName: string): boolean;
  /**
   * Whether what is read stays the same for as long as these project files are used (one batch
   * run that writes nothing): then what is learnt from a file's text may be kept with it.
   */
  readonly keepsTexts?: boolean;
}

export interface DiskProjectOptions {
  /** Directories (and single files) the model may read; absolute. */
  roots: readonly string[];
  maxFileSize: number;
  /** The text of a file open in an editor, which wins over the disk. */
  overlay?: (fileName: string) => string | undefined;
  /**
   * Read each path once (one batch run that writes nothing, runner/job.ts): every lint of the run
   * reads the same helpers and configs, each with a realpath, a stat and a read.
   */
  keepTexts?: boolean;
}

/** Project files read from disk (through `overlay` first), within the roots. */
export function diskProject(options: DiskProjectOptions): ProjectFiles {
  // Each root as given and as its real path: files arrive under the first, links resolve to the second.
  const given = options.roots.map((r) => path.resolve(r));
  const all = [...new Set([...given, ...given.map(realOrSame)])];
  const roots = all.map(withSep);
  const exact = new Set(all);
  const inside = (p: string) => exact.has(p) || roots.some((r) => p.startsWith(r));
  const holdsRoot = (dir: string): boolean => {
    const d = withSep(path.resolve(dir));
    return all.some((r) => r.startsWith(d));
  };
  const allows = (fileName: string): boolean => {
    const abs = path.resolve(fileName);
    if (abs.split(path.sep).some((seg) => ALWAYS_SKIPPED_DIRS.includes(seg))) return false;
    return inside(abs);
  };
  /** Inside the roots once links are resolved: a link must not lead the model out of them. */
  const allowsReal = (fileName: string): boolean => {
    if (!allows(fileName)) return false;
    try {
      const real = realpathSync(fileName);
      return !real.split(path.sep).some((seg) => ALWAYS_SKIPPED_DIRS.includes(seg)) && inside(real);
    } catch {
      return false;
    }
  };
  const readText = (fileName: string, limit: number): string | undefined => {
    if (!allowsReal(fileName)) return undefined;
    try {
      if (statSync(fileName).size > limit) return undefined;
      const bytes = readFileSync(fileName);
      if (bytes.includes(0)) return undefined;
      const text = bytes.toString('utf8');
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch {
      return undefined;
    }
  };
  const files: ProjectFiles = {
    allows,
    read(fileName) {
      if (!(languageOfFile(fileName) || isJsonModule(fileName)) || !allows(fileName)) return undefined;
      const open = options.overlay?.(path.resolve(fileName));
      return open ?? readText(fileName, options.maxFileSize);
    },
    readConfig: (fileName) => readText(fileName, options.maxFileSize),
    fileExists(fileName) {
      if (!allows(fileName)) return false;
      if (options.overlay?.(path.resolve(fileName)) !== undefined) return true;
      try {
        return statSync(fileName).isFile();
      } catch {
        return false;
      }
    },
    directoryExists(dir) {
      // A directory holding a root counts: the resolver asks for it before the file it holds
      // (`tlslint src/client.ts src/env.ts` resolving './env' from client.ts).
      if (!allows(dir) && !holdsRoot(dir)) return false;
      try {
        return statSync(dir).isDirectory();
      } catch {
        return false;
      }
    },
  };
  // An editor's open buffers change under a lint: never kept.
  return options.keepTexts && !options.overlay ? readOnce(files) : files;
}

/** The same answers, each asked of `files` once per path. */
function readOnce(files: ProjectFiles): ProjectFiles {
  const once = <T>(ask: (name: string) => T) => {
    const known = new Map<string, T>();
    return (name: string): T => {
      if (known.has(name)) return known.get(name)!;
      const answer = ask(name);
      known.set(name, answer);
      return answer;
    };
  };
  return { allows: files.allows, read: once(files.read), readConfig: once(files.readConfig), fileExists: once(files.fileExists), directoryExists: once(files.directoryExists), keepsTexts: true };
}

/** A JSON file a module imports (`import config from './config.json'`): data the model may read. */
export function isJsonModule(fileName: string): boolean {
  return /\.json$/i.test(fileName);
}

function withSep(dir: string): string {
  return dir.endsWith(path.sep) ? dir : dir + path.sep;
}

function realOrSame(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
