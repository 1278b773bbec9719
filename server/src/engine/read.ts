// Reading a file as source text: too large, binary or not UTF-8 is skipped with a reason. The
// bytes are returned before they are decoded, so the pre-filter can scan them first: a file no
// rule can fire in costs one read and one scan, and is never turned into a string.
import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

// One buffer per thread, reused for every file: reading a tree allocates nothing per file. What
// readSourceBytes returns is a view of it, valid until the next read.
let pool = Buffer.allocUnsafe(0);

export function readSourceBytes(fileName: string, maxBytes: number): { bytes: Buffer } | { skipped: string } {
  if (pool.length <= maxBytes) pool = Buffer.allocUnsafe(maxBytes + 1);
  let fd: number | undefined;
  let n = 0;
  try {
    fd = openSync(fileName, 'r');
    // One byte past the limit tells a file that is too large without a stat call.
    for (let got = -1; got !== 0 && n <= maxBytes; n += got) got = readSync(fd, pool, n, maxBytes + 1 - n, null);
    if (n > maxBytes) return { skipped: `skipped: ${fstatSync(fd).size} bytes is over the ${maxBytes}-byte limit for one file (maxFileSize in .tlslintrc.json)` };
  } catch (err) {
    return { skipped: `could not read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const bytes = pool.subarray(0, n);
  if (bytes.includes(0)) return { skipped: 'skipped: binary file (contains NUL bytes)' };
  if (!isUtf8(bytes)) return { skipped: 'skipped: not valid UTF-8 text' };
  return { bytes };
}

/** UTF-8 to a string without a byte order mark, as TextDecoder gives it. */
export function decode(bytes: Buffer): string {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return bytes.toString('utf8', bom ? 3 : 0);
}

/** Reads a file's text, skipping what is not source text (too large, binary, not UTF-8) with a reason. */
export function readSource(fileName: string, maxBytes: number): { text: string } | { skipped: string } {
  const read = readSourceBytes(fileName, maxBytes);
  return 'skipped' in read ? read : { text: decode(read.bytes) };
}

/**
 * Whether a file surely does not exist (no entry there): a stat says so without the exception a
 * failed read throws, which costs several times the system call. The configuration lookups ask
 * every directory of a tree for files most do not have. Anything else (it exists, or the stat
 * failed otherwise) is false: the read that follows says why.
 */
export function surelyAbsent(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false }) === undefined;
  } catch {
    return false;
  }
}
