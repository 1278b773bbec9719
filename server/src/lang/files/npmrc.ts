// .npmrc (npm and pnpm, ini syntax as npm's `ini` package reads it) and .yarnrc (Yarn 1,
// `key value` lines). Only the settings that matter are read: `strict-ssl` (also registry-scoped,
// `//host/:strict-ssl`), and npm's `node-options`, which npm puts in NODE_OPTIONS for scripts.
import type { TextEdit } from '../../../../rules/api.js';
import type { Word } from '../../../../rules/files/api.js';
import { ModelBuilder } from '../../../../rules/files/model.js';
import type { Comment } from '../../engine/language.js';
import { wholeLines, type Built } from './document.js';

interface Line {
  key: string;
  keyStart: number;
  value: Word;
  lineStart: number;
  lineEnd: number;
}

export function buildNpmrc(fileName: string, text: string): Built {
  const yarn = /(^|[\\/])\.yarnrc$/.test(fileName);
  const b = new ModelBuilder(yarn ? 'yarnrc' : 'npmrc');
  const comments: Comment[] = [];
  for (const line of lines(text, yarn, comments)) {
    const key = line.key.replace(/^.*:(?=strict-ssl$)/, '');
    const where = yarn ? '.yarnrc' : '.npmrc';
    const span = wholeLines(text, line.lineStart, line.lineEnd);
    const removal: TextEdit[] = [{ ...span, text: '' }];
    if (key === 'strict-ssl') {
      const newline = text.slice(line.lineStart, span.end).match(/\r?\n$/)?.[0] ?? '';
      b.addSetting({
        tool: yarn ? 'yarn' : 'npm', key, value: line.value, start: line.keyStart, end: line.value.end, where, removal,
        replaceWith: (t) => [{ start: line.lineStart, end: span.end, text: `${t}${newline}` }],
      });
    } else if (key === 'node-options' && !yarn) {
      b.addNodeOptions(line.value, `${where} node-options`, 'node-options', removal);
    }
  }
  return { model: b.model(), comments, syntaxProblems: b.shellErrors };
}

/** The `key=value` (or `key value`) lines, with comments collected on the way. */
function lines(text: string, yarn: boolean, comments: Comment[]): Line[] {
  const out: Line[] = [];
  const re = /[^\n]*(\n|$)/g;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    const start = m.index;
    const raw = m[0].replace(/\r?\n$/, '');
    const lead = /^\s*/.exec(raw)![0].length;
    const body = raw.slice(lead);
    if (body === '' || body.startsWith('[')) continue;
    if (body.startsWith('#') || (!yarn && body.startsWith(';'))) {
      comments.push({ start: start + lead, end: start + raw.length, body: body.slice(1), block: false });
      continue;
    }
    const parsed = yarn ? yarnLine(body) : iniLine(body);
    if (parsed) out.push({ key: parsed.key, keyStart: start + lead, value: shift(parsed.value, start + lead), lineStart: start, lineEnd: start + raw.length });
  }
  return out;
}

function shift(w: Word, by: number): Word {
  return { value: w.value, start: w.start + by, end: w.end + by, ...(w.offsets ? { offsets: w.offsets.map((o) => o + by) } : {}) };
}

/** ini: `key = value`; a quoted value is taken as it is, an unquoted one ends at ` ;` or ` #`. */
function iniLine(body: string): { key: string; value: Word } | undefined {
  const eq = body.indexOf('=');
  if (eq <= 0) return undefined;
  const key = body.slice(0, eq).trim();
  let from = eq + 1;
  while (from < body.length && /\s/.test(body[from]!)) from++;
  const q = body[from];
  if ((q === '"' || q === "'") && body.lastIndexOf(q) > from) {
    const close = body.lastIndexOf(q);
    return { key, value: plain(body, from + 1, close, from, close + 1) };
  }
  let to = from;
  let value = '';
  const offsets: number[] = [];
  for (; to < body.length; to++) {
    const c = body[to]!;
    if ((c === ';' || c === '#') && (to === from || /\s/.test(body[to - 1]!))) break;
    if (c === '\\' && to + 1 < body.length && ';#\\'.includes(body[to + 1]!)) to++;
    value += body[to];
    offsets.push(to);
  }
  const trimmed = value.replace(/\s+$/, '');
  return { key, value: { value: trimmed, start: from, end: (offsets[trimmed.length - 1] ?? from - 1) + 1, offsets: offsets.slice(0, trimmed.length) } };
}

/** Yarn 1: `key value` or `"key" "value"`. */
function yarnLine(body: string): { key: string; value: Word } | undefined {
  const m = /^("(?:[^"\\]|\\.)*"|[^\s"]+)\s+(.*?)\s*$/.exec(body);
  if (!m) return undefined;
  const key = m[1]!.startsWith('"') ? m[1]!.slice(1, -1) : m[1]!;
  const from = body.indexOf(m[2]!, m[1]!.length);
  const quoted = m[2]!.startsWith('"') && m[2]!.endsWith('"') && m[2]!.length >= 2;
  return { key, value: quoted ? plain(body, from + 1, from + m[2]!.length - 1, from, from + m[2]!.length) : plain(body, from, from + m[2]!.length, from, from + m[2]!.length) };
}

function plain(body: string, from: number, to: number, start: number, end: number): Word {
  return { value: body.slice(from, to), start, end, offsets: Array.from({ length: to - from }, (_, i) => from + i) };
}
