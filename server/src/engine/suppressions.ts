// Inline suppressions: `// tlslint-disable-next-line <id>[, <id>] -- reason`,
// `// tlslint-disable-line <id>`, and file-level `/* tlslint-disable <id> */`. Only real comments
// count: the same text inside a string or template is not a directive.
import ts from 'typescript';

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

const DIRECTIVE = /^(?:\/\/|\/\*)\s*tlslint-(disable-next-line|disable-line|disable)(?=[\s*]|$)([^]*?)(?:\*\/)?$/;

export function parseDirectives(sf: ts.SourceFile): Directive[] {
  const text = sf.text;
  const out: Directive[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf('tlslint-disable', from);
    if (at < 0) break;
    from = at + 15;
    const comment = commentAt(sf, at);
    if (!comment || out.some((d) => d.start === comment.pos)) continue;
    const raw = text.slice(comment.pos, comment.end);
    const m = DIRECTIVE.exec(raw);
    if (!m) continue;
    const kind = m[1] as DirectiveKind;
    if (kind === 'disable' && comment.kind !== ts.SyntaxKind.MultiLineCommentTrivia) continue;
    const body = m[2].split(/\s--\s|\s--$/)[0];
    const ruleIds = body.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
    const startLine = sf.getLineAndCharacterOfPosition(comment.pos).line;
    const endLine = sf.getLineAndCharacterOfPosition(comment.end).line;
    const line = kind === 'disable' ? -1 : kind === 'disable-line' ? startLine : endLine + 1;
    out.push({ kind, ruleIds, start: comment.pos, end: comment.end, line, used: new Set() });
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

/** The comment containing `offset`: found in the trivia before the token that follows it. */
function commentAt(sf: ts.SourceFile, offset: number): ts.CommentRange | undefined {
  let node: ts.Node = sf;
  for (;;) {
    const next = node.getChildren(sf).find((c) => c.pos <= offset && offset < c.end);
    if (!next) break;
    node = next;
  }
  // Inside the token itself (a string, a template, JSX text) it is not a comment.
  if (node.kind !== ts.SyntaxKind.EndOfFileToken && offset >= node.getStart(sf)) return undefined;
  const ranges = [...(ts.getTrailingCommentRanges(sf.text, node.pos) ?? []), ...(ts.getLeadingCommentRanges(sf.text, node.pos) ?? [])];
  return ranges.find((r) => r.pos <= offset && offset < r.end);
}
