// Human output in the shape ESLint's "stylish" made familiar, so eyes and terminal link detectors
// already know it:
//
//   src/client.ts
//     3:5   error    rejectUnauthorized: false disables …  no-unverified-tls
//    12:10  warning  …                                     no-legacy-protocol
//
//   ✖ 2 problems (1 error, 1 warning)
//     1 fixable with `--fix`; 1 more with `--fix-suggestions` (changes what connects: review the diff).
import type { FileResult, Note, Range } from '../engine/types.js';
import type { Severity } from '../../../rules/api.js';
import { isProblemNote, totalCounts } from './counts.js';
import { relativePath, sortFindings } from './format-json.js';

export interface TextOptions {
  cwd: string;
  /** ANSI colours; the CLI decides from TTY, NO_COLOR and FORCE_COLOR. */
  color: boolean;
  /** Some paths could not be read: no problems among the rest is not "No problems found". */
  incomplete?: boolean;
}

const NOTE_LABELS: Record<Note['kind'], string> = {
  'parse-error': 'parse error',
  'rule-error': 'rule error',
  skipped: 'skipped',
  'unused-directive': 'unused directive',
  'unused-baseline': 'unused baseline entry',
  config: 'config',
  limit: 'project model limit',
};

interface Row {
  line: string;
  column: string;
  severity: Severity;
  message: string;
  tail: string;
  /** Lines under the row: the finding's related places ("used by https.request at client.ts:12"). */
  more?: string[];
}

/** Returns the report without a trailing newline; empty results give only the summary line. */
export function formatText(results: readonly FileResult[], options: TextOptions): string {
  const c = colors(options.color);
  const out: string[] = [];
  let notes = 0;
  let safe = 0;
  let suggestionOnly = 0;

  for (const result of results) {
    if (result.findings.length === 0 && result.notes.length === 0) continue;
    const rows: Array<Row & { order: [number, number] }> = [];
    for (const n of result.notes) {
      if (!isProblemNote(n)) notes++;
      const label = NOTE_LABELS[n.kind];
      rows.push({ ...position(n.range), severity: n.severity, message: n.message, tail: n.ruleId ? `${n.ruleId} (${label})` : label, order: order(n.range) });
    }
    for (const f of sortFindings(result.findings)) {
      if (f.fixes.some((x) => x.kind === 'safe')) safe++;
      else if (f.fixes.length > 0) suggestionOnly++;
      const more = f.related?.map((r) => `${r.message} at ${relativePath(r.fileName, options.cwd)}:${r.range.start.line + 1}`);
      rows.push({ ...position(f.range), severity: f.severity, message: f.message, tail: f.ruleId, order: order(f.range), ...(more?.length ? { more } : {}) });
    }
    // Stable sort: at equal positions notes (pushed first) precede findings.
    rows.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
    out.push(c.underline(relativePath(result.fileName, options.cwd)));
    out.push(...table(rows, c));
    out.push('');
  }

  const t = totalCounts(results);
  const problems = t.errorCount + t.warningCount + t.infoCount;
  const notesLine = notes > 0 ? `  ${count(notes, 'note')} about files that were not fully checked (listed above).` : undefined;
  if (problems === 0) {
    if (!options.incomplete) out.push(c.green('✔ No problems found.'));
    if (notesLine) out.push(notesLine);
    return out.join('\n');
  }
  const tint = t.errorCount > 0 ? c.red : t.warningCount > 0 ? c.yellow : c.cyan;
  // Information findings are shown only when asked for (--include-info): so is their count.
  const infos = t.infoCount > 0 ? `, ${count(t.infoCount, 'info')}` : '';
  out.push(c.bold(tint(`✖ ${count(problems, 'problem')} (${count(t.errorCount, 'error')}, ${count(t.warningCount, 'warning')}${infos})`)));
  if (notesLine) out.push(notesLine);
  const fixable: string[] = [];
  if (safe > 0) fixable.push(`${safe} fixable with \`--fix\``);
  if (suggestionOnly > 0) {
    fixable.push(`${suggestionOnly} ${safe > 0 ? 'more ' : ''}with \`--fix-suggestions\` (changes what connects: review the diff)`);
  }
  if (fixable.length > 0) out.push(`  ${fixable.join('; ')}.`);
  return out.join('\n');
}

function position(range: Range | undefined): { line: string; column: string } {
  return range ? { line: String(range.start.line + 1), column: String(range.start.character + 1) } : { line: '', column: '' };
}

/** Notes without a range are about the whole file and go first. */
function order(range: Range | undefined): [number, number] {
  return range ? [range.start.line, range.start.character] : [-1, -1];
}

function table(rows: readonly Row[], c: Colors): string[] {
  const width = (pick: (r: Row) => string) => Math.max(0, ...rows.map((r) => pick(r).length));
  const wLine = width((r) => r.line);
  const wCol = width((r) => r.column);
  const wSev = width((r) => r.severity);
  const wMsg = width((r) => oneLine(r.message));
  return rows.flatMap((r) => {
    // Line numbers right-aligned and columns left-aligned, so the colons line up.
    const pos = r.line ? `${r.line.padStart(wLine)}:${r.column.padEnd(wCol)}` : ' '.repeat(wLine + 1 + wCol);
    const sev = c[SEVERITY_COLOR[r.severity]](r.severity) + ' '.repeat(wSev - r.severity.length);
    const msg = oneLine(r.message).padEnd(wMsg);
    const row = `  ${c.dim(pos)}  ${sev}  ${msg}  ${c.dim(r.tail)}`.trimEnd();
    // Related places go under the message, where a terminal still finds `file:line` to link.
    const indent = ' '.repeat(2 + wLine + 1 + wCol + 2 + wSev + 2);
    return [row, ...(r.more ?? []).map((m) => c.dim(`${indent}${oneLine(m)}`))];
  });
}

/** Multi-line messages would break the columns; the JSON output keeps them intact. */
function oneLine(message: string): string {
  return message.replace(/\s*\r?\n\s*/g, ' ');
}

function count(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

const SEVERITY_COLOR = { error: 'red', warning: 'yellow', info: 'cyan' } as const;

type Colors = Record<'red' | 'yellow' | 'cyan' | 'green' | 'dim' | 'bold' | 'underline', (s: string) => string>;

function colors(enabled: boolean): Colors {
  const wrap = (open: number, close: number) => (s: string) => (enabled ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    underline: wrap(4, 24),
  };
}
