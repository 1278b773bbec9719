// What is not worth (or not safe) analysing as source: files over the size limit, minified
// bundles, files that change while they are read or fixed. Cheap checks on text already in
// memory, used by lint-file.ts for the CLI, the workspace scan and the editor alike.
import { readFileSync, writeFileSync, type Stats } from 'node:fs';
import type { TlslintConfig } from './config/index.js';
import type { Note } from './types.js';

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

/**
 * A bundle is minified when it is at least this large and its lines average this long. Hand-written
 * code averages 30–40 characters a line; a long PEM or data line in an ordinary file does not move
 * a 16 KB file's average near 1,000, while a minifier's output is one or a few lines.
 */
export const MINIFIED_MIN_SIZE = 16 * 1024;
export const MINIFIED_MIN_AVERAGE_LINE = 1000;
const MINIFIED_NAME = /\.min\.[cm]?js$/i;

export function maxFileSizeOf(config: Pick<TlslintConfig, 'maxFileSize'>): number {
  return config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
}

/** Why the text is a minified bundle, or undefined. One pass counting line breaks. */
export function minifiedReason(fileName: string, text: string): string | undefined {
  if (MINIFIED_NAME.test(fileName) && text.length >= 1024) return 'skipped: minified bundle (.min.js); set "skipMinified": false in .tlslintrc.json to check it';
  if (text.length < MINIFIED_MIN_SIZE) return undefined;
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  const average = Math.round(text.length / lines);
  if (average < MINIFIED_MIN_AVERAGE_LINE) return undefined;
  return `skipped: looks minified (${lines === 1 ? 'one line' : `${lines} lines`} averaging ${average} characters); set "skipMinified": false in .tlslintrc.json to check it`;
}

function skipped(message: string): Note {
  return { kind: 'skipped', severity: 'info', message };
}

/** A note when text in memory (an editor buffer, a file already read) must not be analysed. */
export function guardText(fileName: string, text: string, config: Pick<TlslintConfig, 'maxFileSize' | 'skipMinified'>): Note | undefined {
  const max = maxFileSizeOf(config);
  // UTF-16 length bounds the UTF-8 size from below (and 3× from above): count bytes only near the limit.
  if (text.length * 3 > max) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > max) return skipped(`skipped: ${bytes} bytes is over the ${max}-byte limit for one file (maxFileSize in .tlslintrc.json)`);
  }
  if (config.skipMinified !== false) {
    const why = minifiedReason(fileName, text);
    if (why) return skipped(why);
  }
  return undefined;
}

/**
 * Whether a file changed while it was read: its size or modification time moved between the stat
 * before and the one after, or the bytes read are not its size. Such a read mixes two versions.
 */
export function changedWhileRead(before: Pick<Stats, 'size' | 'mtimeMs' | 'ino'>, after: Pick<Stats, 'size' | 'mtimeMs' | 'ino'>, bytesRead: number): boolean {
  return before.size !== after.size || before.mtimeMs !== after.mtimeMs || before.ino !== after.ino || after.size !== bytesRead;
}

export const CHANGED_WHILE_READ = 'skipped: the file changed while it was being read';

/**
 * Writes fixed text only if the file still holds the text the fixes were made for. Someone (an
 * editor, a formatter, git) may have changed it since it was read; writing then would throw their
 * change away. Returns whether it wrote.
 */
export function writeIfUnchanged(fileName: string, original: string, fixed: string): boolean {
  let current: string;
  try {
    current = readFileSync(fileName, 'utf8');
  } catch {
    return false;
  }
  // The text was read without its byte order mark; the file keeps it.
  const bom = current.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  if (current.slice(bom.length) !== original) return false;
  writeFileSync(fileName, bom + fixed);
  return true;
}
