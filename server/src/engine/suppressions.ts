// Inline suppressions, in every language's comment syntax: `tlslint-disable-next-line <id>[, <id>]
// -- reason`, `tlslint-disable-line <id>`, and file-level `tlslint-disable <id>` (in a block
// comment where the language has them, so that a line comment typo cannot silence a whole file).
// The frontend finds the real comments; what they say is read here.
import { LANGUAGES } from '../../../protocol/languages.js';
import type { Frontend, ParsedDocument } from './language.js';
import type { Note, Range } from './types.js';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  ruleIds: string[];
  /** The comment's range. */
  start: number;
  end: number;
  /** The zero-based line the directive applies to (-1 for the whole file). */
  line: number;
  /** Rule ids (or '*') that suppressed at least one finding. */
  used: Set<string>;
}

/** Every directive starts so: the pre-filter's needle for files worth analysing for directive notes. */
export const DIRECTIVE_NEEDLE = 'tlslint-disable';

const DIRECTIVE = /^\s*tlslint-(disable-next-line|disable-line|disable)(?=\s|$)([^]*)$/;

export function parseDirectives<D extends ParsedDocument>(frontend: Frontend<D>, doc: D): Directive[] {
  const hasBlocks = !!LANGUAGES.find((l) => l.id === frontend.id)?.comments?.block;
  const out: Directive[] = [];
  for (const comment of frontend.commentsHolding(doc, DIRECTIVE_NEEDLE)) {
    const m = DIRECTIVE.exec(comment.body);
    if (!m) continue;
    const kind = m[1] as DirectiveKind;
    if (kind === 'disable' && hasBlocks && !comment.block) continue;
    const body = m[2].split(/\s--\s|\s--$/)[0];
    const ruleIds = body.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
    const startLine = doc.positionAt(comment.start).line;
    const endLine = doc.positionAt(comment.end).line;
    const line = kind === 'disable' ? -1 : kind === 'disable-line' ? startLine : endLine + 1;
    out.push({ kind, ruleIds, start: comment.start, end: comment.end, line, used: new Set() });
  }
  return out;
}

/** Whether a finding of `ruleId` starting on `line` is suppressed; marks the directive used. */
export function isSuppressed(directives: readonly Directive[], ruleId: string, line: number): boolean {
  let hit = false;
  for (const d of directives) {
    if (d.line !== -1 && d.line !== line) continue;
    if (d.ruleIds.length === 0) {
      d.used.add('*');
      hit = true;
    } else if (d.ruleIds.includes(ruleId)) {
      d.used.add(ruleId);
      hit = true;
    }
  }
  return hit;
}

/** Notes for directives that suppressed nothing, and for rule ids no rule has. */
export function unusedDirectiveNotes(directives: readonly Directive[], knownRuleIds: readonly string[], rangeOf: (s: number, e: number) => Range): Note[] {
  const out: Note[] = [];
  for (const d of directives) {
    const range = rangeOf(d.start, d.end);
    for (const id of d.ruleIds) {
      if (!knownRuleIds.includes(id)) out.push({ kind: 'unused-directive', severity: 'error', range, message: `Unknown rule '${id}' in tlslint-${d.kind} directive.` });
      else if (!d.used.has(id)) out.push({ kind: 'unused-directive', severity: 'error', range, message: `Unused tlslint-${d.kind} directive (no ${id} finding to suppress here).` });
    }
    if (d.ruleIds.length === 0 && !d.used.has('*')) out.push({ kind: 'unused-directive', severity: 'error', range, message: `Unused tlslint-${d.kind} directive (no finding to suppress here).` });
  }
  return out;
}
