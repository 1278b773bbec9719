// Which files a scan reads. Streams paths one directory at a time (a scan may cover 100,000 files),
// in a deterministic order, without ever leaving the scanned roots through a symbolic link.
import * as fs from 'node:fs/promises';
import { readdirSync, type Dirent } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { ALWAYS_SKIPPED_DIRS as SKIPPED_DIRS, excludedReason, languageOfFile } from '../../../protocol/languages.js';

export interface DiscoverOptions {
  /** Relative paths are resolved against it. */
  cwd: string;
  /** Config-level ignores; called with absolute paths of files and of directories (prunes them). */
  ignore?: (absPath: string) => boolean;
  /** Why something was not scanned; the path is absolute. Compare `reason` with the SKIP_* constants. */
  onSkip?: (path: string, reason: string) => void;
}

export const SKIP_NOT_FOUND = 'no such file or directory';
export const SKIP_NOT_SOURCE = 'not a file tlslint reads';
export const SKIP_DECLARATION = 'declaration file';
export const SKIP_IGNORED = 'ignored by the configuration';
export const SKIP_DIR_SYMLINK = 'symbolic link to a directory (not followed)';
export const SKIP_OUTSIDE_ROOTS = 'symbolic link to a file outside the scanned directories';
export const SKIP_BROKEN_SYMLINK = 'broken symbolic link';
export const SKIP_SYMLINK_LOOP = 'symbolic link loop';

/** Directories never worth reading: dependencies are someone else's code, .git is not code. */
export const ALWAYS_SKIPPED_DIRS: ReadonlySet<string> = new Set(SKIPPED_DIRS);

/** Whether tlslint reads the file, as some language of the registry (protocol/languages.ts). */
export function isSourceFile(fileName: string): boolean {
  return languageOfFile(fileName) !== undefined;
}

/** The .gitignore files in force for a directory, nearest first. */
interface IgnoreLevel {
  dir: string;
  rules: Ignore;
  parent: IgnoreLevel | undefined;
}

interface Pending {
  abs: string;
  /** The real path, known without a syscall because directory links are never followed. */
  real: string;
  kind: 'file' | 'dir' | 'link';
  gitignore: IgnoreLevel | undefined;
}

/**
 * Yields absolute paths of the files to scan, in argument order, depth first, each directory's
 * entries sorted by name (code-unit order, so the result does not depend on the locale).
 * An empty `paths` means the current directory.
 *
 * Explicitly named files are scanned if they have a JS/TS extension, even when .gitignore'd (the
 * user asked for them) — but not when `options.ignore` rejects them. Each file is yielded once,
 * even if reached through several arguments. Inside directories, symbolic links are never
 * yielded: a link to a directory is not followed, a link to a file outside the scanned directories
 * is reported, and one to a file inside them is dropped silently since its target is scanned
 * under its own name.
 */
export async function* discoverFiles(paths: readonly string[], options: DiscoverOptions): AsyncGenerator<string> {
  const skip = options.onSkip ?? (() => {});
  const isIgnored = options.ignore ?? (() => false);
  const args = (paths.length > 0 ? paths : ['.']).map((p) => path.resolve(options.cwd, p));

  // Roots are settled before the walk so containment does not depend on argument order.
  const roots: string[] = [];
  const starts: Array<{ abs: string; real: string; isDir: boolean } | undefined> = [];
  for (const abs of args) {
    try {
      const [stat, real] = await Promise.all([fs.stat(abs), fs.realpath(abs)]);
      starts.push({ abs, real, isDir: stat.isDirectory() });
      if (stat.isDirectory()) roots.push(real);
    } catch (error) {
      skip(abs, reasonFor(error));
      starts.push(undefined);
    }
  }

  // A file can be reached twice only through two arguments (`tlslint src src/a.ts`, overlapping
  // folders): inside one folder every file has one entry, since links are never yielded. With one
  // argument nothing is recorded, so memory does not grow with the tree (about 270 bytes a path).
  const dedupe = starts.filter(Boolean).length > 1;
  const seen = new Set<string>();
  const firstTime = (real: string) => {
    if (!dedupe) return true;
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  };
  const within = (real: string) => roots.some((r) => real === r || real.startsWith(r.endsWith(path.sep) ? r : r + path.sep));

  for (const start of starts) {
    if (!start) continue;
    if (!start.isDir) {
      if (!isSourceFile(start.abs)) skip(start.abs, excludedReason(start.abs) ?? SKIP_NOT_SOURCE);
      else if (isIgnored(start.abs)) skip(start.abs, SKIP_IGNORED);
      else if (firstTime(start.real)) yield start.abs;
      continue;
    }
    const stack: Pending[] = [{ abs: start.abs, real: start.real, kind: 'dir', gitignore: undefined }];
    while (stack.length > 0) {
      const item = stack.pop()!;
      if (item.kind === 'dir') {
        const listed = (await readDir(item, skip)) ?? [];
        // Reversed so popping visits entries in sorted order; a loop, not push(...spread), because
        // a directory may hold more entries than a call takes arguments.
        for (let i = listed.length - 1; i >= 0; i--) stack.push(listed[i]);
        continue;
      }
      if (item.kind === 'link') {
        // A link to a file inside the roots adds nothing: the walk reaches the target under its
        // own name (or the user ignored it there). One outside would leak files nobody asked for.
        const resolved = await resolveFileLink(item.abs, skip);
        if (resolved !== undefined && !within(resolved)) skip(item.abs, SKIP_OUTSIDE_ROOTS);
        continue;
      }
      if (firstTime(item.real)) yield item.abs;
    }
  }

  async function readDir(dir: Pending, onSkip: (p: string, reason: string) => void): Promise<Pending[] | undefined> {
    let entries: Dirent[];
    try {
      // Synchronous: a directory listing takes microseconds, a promise per directory costs more than that.
      entries = readdirSync(dir.abs, { withFileTypes: true });
    } catch (error) {
      onSkip(dir.abs, reasonFor(error));
      return undefined;
    }
    // The listing says whether there is a .gitignore to read (an entry of any kind: a link to one counts).
    const gitignore = entries.some((e) => e.name === '.gitignore') ? await readGitignore(dir.abs, onSkip) : undefined;
    const level = gitignore ? { dir: dir.abs, rules: gitignore, parent: dir.gitignore } : dir.gitignore;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const out: Pending[] = [];
    for (const entry of entries) {
      const name = entry.name;
      const abs = path.join(dir.abs, name);
      const real = path.join(dir.real, name);
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED_DIRS.has(name) || gitignored(level, abs, true) || isIgnored(abs)) continue;
        out.push({ abs, real, kind: 'dir', gitignore: level });
      } else if (entry.isSymbolicLink()) {
        // Git ignores the link itself, whatever it points to; a link to a directory must not be
        // followed (cycles, escaping the roots) but a source-named link may be a file.
        if (gitignored(level, abs, false) || isIgnored(abs)) continue;
        if (isSourceFile(name)) out.push({ abs, real, kind: 'link', gitignore: level });
        else if (await isDirectory(abs)) onSkip(abs, SKIP_DIR_SYMLINK);
      } else if (entry.isFile() && isSourceFile(name)) {
        if (gitignored(level, abs, false) || isIgnored(abs)) continue;
        out.push({ abs, real, kind: 'file', gitignore: level });
      }
    }
    return out;
  }
}

/** The target's real path, or undefined (reported) when it is not a readable regular file. */
async function resolveFileLink(abs: string, onSkip: (p: string, reason: string) => void): Promise<string | undefined> {
  try {
    const stat = await fs.stat(abs);
    if (stat.isDirectory()) {
      onSkip(abs, SKIP_DIR_SYMLINK);
      return undefined;
    }
    if (!stat.isFile()) return undefined;
    return await fs.realpath(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    onSkip(abs, code === 'ENOENT' ? SKIP_BROKEN_SYMLINK : code === 'ELOOP' ? SKIP_SYMLINK_LOOP : reasonFor(error));
    return undefined;
  }
}

async function isDirectory(abs: string): Promise<boolean> {
  try {
    return (await fs.stat(abs)).isDirectory();
  } catch {
    return false;
  }
}

async function readGitignore(dir: string, onSkip: (p: string, reason: string) => void): Promise<Ignore | undefined> {
  const file = path.join(dir, '.gitignore');
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') onSkip(file, reasonFor(error));
    return undefined;
  }
  return ignore().add(text);
}

/**
 * Git's precedence: the nearest .gitignore with a matching pattern decides, and within one file the
 * last matching pattern (so `!keep.js` can re-include). A directory excluded by a parent is never
 * entered, so nothing below it can be re-included — as in Git.
 */
function gitignored(level: IgnoreLevel | undefined, abs: string, isDir: boolean): boolean {
  for (let l = level; l; l = l.parent) {
    const rel = path.relative(l.dir, abs).split(path.sep).join('/') + (isDir ? '/' : '');
    const result = l.rules.test(rel);
    if (result.ignored) return true;
    if (result.unignored) return false;
  }
  return false;
}

function reasonFor(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return SKIP_NOT_FOUND;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return SKIP_SYMLINK_LOOP;
  return (error as Error).message;
}
