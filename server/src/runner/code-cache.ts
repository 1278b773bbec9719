// V8's code cache for the command's own bundles (dist/cli-main.js and dist/typescript.js, 15 MB of
// JavaScript): compiling them is about half of what a run on a small project costs (0.25 of 0.5 s
// of CPU). The first run compiles them as usual, takes V8's cache of each right after the compile
// (`vm.Script#createCachedData`: the scripts' top level, what the whole 15 MB had to be read for;
// not the functions the run compiles later, whose bytecode would all be loaded back eagerly: 18 MB
// more heap, and no faster on a large tree), and writes it into the user's cache directory when it
// ends; later runs hand it back to V8, which checks it (its own version, the flags, the source's
// length) and uses it or compiles anew.
// What it holds is only tlslint's own code: nothing of the workspace is ever compiled or cached.
//
// V8 checks a cache against its own version, its flags and the source's length only, and a release
// build does not verify the cache's checksum: a damaged cache file crashes the process. So each
// cache file is named by the bundle's content (its CRC-32 and length) and node's version and
// platform, and holds the CRC-32 of what it hands to V8, checked before V8 sees it. The directory
// must be the user's own and writable by nobody else (the cache is code V8 runs), else it is not
// read. It is off unless asked for (TLSLINT_CODE_CACHE=on: the platform's cache directory; a path:
// that directory): measured, it halves a small run's start-up but makes a large tree's run 5-8 %
// slower with 10-18 MB more peak memory (BENCHMARKS.md, session 16). Node without zlib.crc32
// (before 20.15) runs without it.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as zlib from 'node:zlib';

/** Node's module object as the loader calls it (not in @types/node). */
interface CompilingModule {
  _compile(content: string, filename: string): unknown;
  exports: unknown;
}

const OFF = new Set(['off', '0', 'false', 'no']);
const ON = new Set(['on', '1', 'true', 'yes']);

/** Where the cache lives: TLSLINT_CODE_CACHE's directory, the platform's cache directory for `on`; undefined: none (the default). */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string | undefined {
  if (typeof crc32 !== 'function') return undefined;
  const chosen = env.TLSLINT_CODE_CACHE;
  if (chosen === undefined || chosen === '' || OFF.has(chosen.toLowerCase())) return undefined;
  if (!ON.has(chosen.toLowerCase())) return path.resolve(chosen);
  if (platform === 'win32') return env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, 'tlslint', 'code-cache') : undefined;
  if (!home) return undefined;
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'tlslint', 'code-cache');
  return path.join(env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(home, '.cache'), 'tlslint', 'code-cache');
}

/** zlib.crc32 (node 20.15 and later): 10 ms for the two bundles, a third of a SHA-256. */
const crc32 = (zlib as { crc32?: (data: string | Uint8Array) => number }).crc32;

/** The cache file of a bundle's content under this node. */
export function cacheFileName(bundle: string, content: string): string {
  const hash = createHash('sha256').update(`${process.version}\0${process.platform}\0${process.arch}\0${content.length}\0${crc32!(content)}`).digest('hex').slice(0, 24);
  return `${path.basename(bundle, '.js')}-${hash}.v8`;
}

/** A cache file: the CRC-32 of the data (4 bytes, big-endian), then the data V8 made. */
export function sealCache(data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(crc32!(data) >>> 0);
  return Buffer.concat([head, data]);
}

/** The data of a cache file, or undefined when it is damaged (too short, or its CRC-32 differs). */
export function openCache(file: Buffer): Buffer | undefined {
  if (file.length < 5) return undefined;
  const data = file.subarray(4);
  return file.readUInt32BE(0) === crc32!(data) >>> 0 ? data : undefined;
}

/** Whether a directory may be trusted with code: the user's own, writable by nobody else (POSIX). */
export function trustedDir(dir: string): boolean {
  try {
    const st = fs.statSync(dir);
    if (!st.isDirectory()) return false;
    if (process.platform === 'win32' || typeof process.getuid !== 'function') return true;
    return st.uid === process.getuid() && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** What one run compiled without a usable cache, to be written when it ends. */
interface Pending {
  file: string;
  data: Buffer;
}

export interface CodeCache {
  /** Writes the caches the run lacked (never throws: a cache that cannot be written is only slower). */
  save(): void;
  /** What happened to each bundle: `used`, `made` (none or rejected: written by save), or `off`. */
  readonly status: ReadonlyMap<string, 'used' | 'made' | 'off'>;
}

/**
 * Compiles the named bundles of `bundleDir` through the cache from now on (Node's loader calls
 * Module#_compile for each script it loads; only these files take the other way). Call it before
 * anything sets V8 flags no more: a cache is valid only under the flags it was made with.
 */
export function useCodeCache(bundleDir: string, bundles: readonly string[], dir = codeCacheDir()): CodeCache {
  const status = new Map<string, 'used' | 'made' | 'off'>();
  const pending: Pending[] = [];
  const wanted = new Set(bundles.map((b) => path.join(bundleDir, b)));
  const proto = Module.prototype as unknown as CompilingModule;
  const original = proto._compile;
  proto._compile = function (this: CompilingModule, content: string, filename: string) {
    if (!wanted.has(filename)) return original.call(this, content, filename);
    wanted.delete(filename);
    if (!dir) {
      status.set(path.basename(filename), 'off');
      return original.call(this, content, filename);
    }
    const file = path.join(dir, cacheFileName(filename, content));
    const cachedData = trustedDir(dir) ? readCache(file) : undefined;
    // The wrapper Node itself puts around a CommonJS script, so the cache is of the same source.
    const source = content.startsWith('#!') ? `//${content.slice(2)}` : content;
    const script = new vm.Script(Module.wrap(source), { filename, cachedData });
    if (cachedData && !script.cachedDataRejected) status.set(path.basename(filename), 'used');
    else {
      status.set(path.basename(filename), 'made');
      pending.push({ file, data: script.createCachedData() });
    }
    const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => unknown;
    return run.call(this.exports, this.exports, Module.createRequire(filename), this, filename, path.dirname(filename));
  };
  return {
    status,
    save() {
      if (!dir || pending.length === 0) return;
      try {
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        if (!trustedDir(dir)) return;
        for (const { file, data } of pending.splice(0)) writeCache(dir, file, sealCache(data));
      } catch {
        // A read-only home, a full disk: the next run compiles again.
      }
    },
  };
}

function readCache(file: string): Buffer | undefined {
  try {
    return openCache(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

/** Writes one cache atomically and removes the same bundle's caches of other builds. */
function writeCache(dir: string, file: string, data: Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, data, { mode: 0o600 });
  fs.renameSync(temp, file);
  const stem = path.basename(file).replace(/-[0-9a-f]+\.v8$/, '-');
  for (const other of fs.readdirSync(dir)) {
    if (other.startsWith(stem) && other.endsWith('.v8') && other !== path.basename(file) && /^[0-9a-f]+\.v8$/.test(other.slice(stem.length))) {
      fs.rmSync(path.join(dir, other), { force: true });
    }
  }
}
