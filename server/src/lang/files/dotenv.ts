// .env files as dotenv reads them: its own line pattern (dotenv's lib/main.js LINE, kept as it
// is so that what counts as an assignment, a quoted value or a comment is exactly dotenv's), with
// offsets. Docker's --env-file and compose's env_file read the same lines.
import type { Word } from '../../../../rules/files/api.js';
import { ModelBuilder } from '../../../../rules/files/model.js';
import type { Comment } from '../../engine/language.js';
import { wholeLines, type Built } from './document.js';

// From dotenv 16/17 (lib/main.js), with one group added around the value for its offset.
const LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/gm;

export function buildDotenv(_fileName: string, text: string): Built {
  const b = new ModelBuilder('dotenv');
  const taken: { start: number; end: number }[] = [];
  for (const m of text.matchAll(LINE)) {
    const name = m[1]!;
    const raw = m[2] ?? '';
    const at = m.index! + m[0].indexOf(name) + name.length;
    // Just after the `=` (or `:`): where an empty value is.
    const eq = /^\s*[=:]/.exec(text.slice(at))![0].length + at;
    const rawStart = raw ? text.indexOf(raw, eq) : eq;
    const lead = /^\s*/.exec(raw)![0].length;
    const v = raw.trim();
    const q = v[0];
    const quoted = (q === '"' || q === "'" || q === '`') && v.endsWith(q) && v.length >= 2;
    const inner = quoted ? v.slice(1, -1) : v;
    // dotenv expands \n and \r in double quotes only; the value then no longer maps one to one.
    const value = q === '"' && quoted ? inner.replace(/\\n/g, '\n').replace(/\\r/g, '\r') : inner;
    const from = rawStart + lead + (quoted ? 1 : 0);
    const word: Word = { value, start: rawStart + lead, end: rawStart + lead + v.length, ...(value === inner ? { offsets: Array.from(value, (_, i) => from + i) } : {}) };
    const start = m.index! + /^\s*/.exec(m[0])![0].length;
    const end = Math.max(word.end, eq);
    taken.push({ start, end });
    b.addEnv({ name, value: word, start, end, where: '.env', removal: [{ ...wholeLines(text, start, end), text: '' }] });
  }
  return { model: b.model(), comments: comments(text, taken), syntaxProblems: b.shellErrors };
}

/** `#` comments: whole lines, and what follows ` #` after an unquoted value. */
function comments(text: string, assignments: { start: number; end: number }[]): Comment[] {
  const out: Comment[] = [];
  for (const m of text.matchAll(/#[^\r\n]*/g)) {
    const start = m.index!;
    if (assignments.some((a) => start >= a.start && start < a.end)) continue;
    out.push({ start, end: start + m[0].length, body: m[0].slice(1), block: false });
  }
  return out;
}
