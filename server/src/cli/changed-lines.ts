// `--changed-since <ref>`: only findings on lines changed since a git ref. The base is the merge
// base of the ref and HEAD (what a pull request changed, even when its target moved on since),
// or the ref itself when there is none.
//
// git only reads objects here: `rev-parse`, `merge-base` and `cat-file --batch` (the file as it
// was at the base). It never looks at the working tree, so no filter, textconv, external diff or
// fsmonitor command a repository's configuration names can run; the text on disk is compared with
// the old one in this process (jsdiff). A file the base does not have (new, untracked, renamed)
// is changed everywhere. A finding counts when any of its lines is added or changed.
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import { diffArrays } from 'diff';
import type { FileResult, Finding } from '../engine/types.js';
import { InputError } from './usage-error.js';

/** Lines of a file that changed: 'all', or 0-based line numbers. */
type Changed = 'all' | ReadonlySet<number>;

/** Past this the in-process diff gives up and the whole file counts as changed (the safe side). */
const DIFF_TIMEOUT_MS = 5000;

export class ChangedLines {
  private constructor(
    /** The repository's top folder (real path). */
    private readonly top: string,
    /** The commit compared with. */
    readonly base: string,
  ) {}

  /** Resolves the ref; an error names what is wrong (no git, not a repository, unknown ref). */
  static since(ref: string, cwd: string): ChangedLines {
    if (ref.startsWith('-')) throw new InputError(`--changed-since: '${ref}' is not a git ref`);
    const top = git(['rev-parse', '--show-toplevel'], cwd, (why) => `--changed-since needs a git repository: ${why}`).trim();
    const commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], top, () => `--changed-since: unknown git ref '${ref}' (fetch it first if it is a remote branch)`).trim();
    const mergeBase = run(['merge-base', commit, 'HEAD'], top);
    return new ChangedLines(realpathSync(top), mergeBase.status === 0 ? mergeBase.stdout.trim() : commit);
  }

  /**
   * The results with only the findings on changed lines. `readText` gives a file's text as the
   * engine saw it (line numbers must agree with the findings').
   */
  keep(results: readonly FileResult[], readText: (f: string) => string): FileResult[] {
    const changed = this.changedLines(results.filter((r) => r.findings.length > 0).map((r) => r.fileName), readText);
    return results.map((r) => {
      if (r.findings.length === 0) return r;
      const lines = changed.get(r.fileName);
      const findings = lines ? r.findings.filter((f) => touches(f, lines)) : [];
      return findings.length === r.findings.length ? r : { ...r, findings };
    });
  }

  private changedLines(files: readonly string[], readText: (f: string) => string): Map<string, Changed | undefined> {
    const out = new Map<string, Changed | undefined>();
    const asked: Array<{ file: string; rel: string }> = [];
    for (const file of files) {
      const rel = this.relative(file);
      // Outside the repository nothing changed "since a ref"; a name git's batch input cannot carry
      // (a line break) counts as changed everywhere.
      if (rel === undefined) out.set(file, undefined);
      else if (/[\n\r]/.test(rel)) out.set(file, 'all');
      else asked.push({ file, rel });
    }
    const old = this.blobs(asked.map((a) => a.rel));
    asked.forEach(({ file, rel }) => {
      const before = old.get(rel);
      let now: string;
      try {
        now = readText(file);
      } catch {
        out.set(file, 'all');
        return;
      }
      out.set(file, before === undefined ? 'all' : addedLines(before, now));
    });
    return out;
  }

  private relative(file: string): string | undefined {
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      return undefined;
    }
    const rel = path.relative(this.top, real);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  }

  /** The files' text at the base (undefined where the base has no such file), in one git process. */
  private blobs(rels: readonly string[]): Map<string, string | undefined> {
    const out = new Map<string, string | undefined>();
    if (rels.length === 0) return out;
    const r = spawnSync('git', [...SAFE_CONFIG, 'cat-file', '--batch'], { cwd: this.top, env: gitEnv(), input: rels.map((rel) => `${this.base}:${rel}\n`).join(''), maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new InputError(`--changed-since: git cat-file failed: ${(r.stderr?.toString() || r.error?.message || '').trim()}`);
    const buf = r.stdout;
    let at = 0;
    for (const rel of rels) {
      const eol = buf.indexOf(0x0a, at);
      const header = buf.toString('utf8', at, eol).split(' ');
      at = eol + 1;
      if (header.length !== 3) {
        out.set(rel, undefined); // "<name> missing" (or ambiguous): the base has no such file
        continue;
      }
      const size = Number(header[2]);
      const content = buf.subarray(at, at + size);
      at += size + 1;
      out.set(rel, header[1] === 'blob' ? stripBom(content.toString('utf8')) : undefined);
    }
    return out;
  }
}

/** The 0-based lines of `now` that `before` does not have, as `git diff` would mark them with `+`. */
export function addedLines(before: string, now: string): Changed {
  const changes = diffArrays(lines(before), lines(now), { timeout: DIFF_TIMEOUT_MS });
  if (!changes) return 'all';
  const added = new Set<number>();
  let line = 0;
  for (const c of changes) {
    if (c.removed) continue;
    if (c.added) for (let i = 0; i < c.count; i++) added.add(line + i);
    line += c.count;
  }
  return added;
}

/** Lines as the engine counts them (TypeScript's line breaks), so numbers agree with findings. */
function lines(text: string): string[] {
  return text.split(/\r\n|[\r\n\u2028\u2029]/);
}

function touches(f: Finding, changed: Changed): boolean {
  if (changed === 'all') return true;
  for (let l = f.range.start.line; l <= f.range.end.line; l++) if (changed.has(l)) return true;
  return false;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Configuration that could make git run a command is switched off for every call. */
const SAFE_CONFIG = ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null'];

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
  delete env.GIT_EXTERNAL_DIFF;
  return env;
}

function run(args: string[], cwd: string) {
  return spawnSync('git', [...SAFE_CONFIG, ...args], { cwd, env: gitEnv(), encoding: 'utf8' });
}

/** git's standard output, or an InputError with `message(why)`. */
function git(args: string[], cwd: string, message: (why: string) => string): string {
  const r = run(args, cwd);
  if (r.error) throw new InputError(message((r.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed (or not on PATH)' : r.error.message));
  if (r.status !== 0) throw new InputError(message(r.stderr.trim() || `git ${args[0]} exited with ${r.status}`));
  return r.stdout;
}
