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

/**
 * The edit that inserts `// tlslint-disable-next-line <id>` above a line, with the line's
 * indentation; inside JSX children it is `{/* … *\/}`, the only comment JSX allows there.
 */
export function disableNextLineEdit(sf: ts.SourceFile, line: number, ruleId: string): { start: number; end: number; text: string } {
  const lineStart = sf.getPositionOfLineAndCharacter(line, 0);
  const indent = /^[ \t]*/.exec(sf.text.slice(lineStart))![0];
  const first = lineStart + indent.length;
  const directive = `tlslint-disable-next-line ${ruleId}`;
  const text = isInJsxChildren(sf, first) ? `${indent}{/* ${directive} */}\n` : `${indent}// ${directive}\n`;
  return { start: lineStart, end: lineStart, text };
}

function isInJsxChildren(sf: ts.SourceFile, offset: number): boolean {
  let node: ts.Node = sf;
  let inChildren = false;
  for (;;) {
    const next = node.getChildren(sf).find((c) => c.getStart(sf) <= offset && offset < c.end);
    if (!next) return inChildren;
    if (ts.isJsxElement(node) || ts.isJsxFragment(node)) {
      // The children sit in a syntax list between the opening and the closing tag.
      inChildren = next.kind === ts.SyntaxKind.SyntaxList;
    } else if (!(next.kind === ts.SyntaxKind.SyntaxList || ts.isJsxText(next) || ts.isJsxElement(next) || ts.isJsxSelfClosingElement(next) || ts.isJsxFragment(next) || ts.isJsxExpression(next))) {
      inChildren = false;
    }
    node = next;
    if (node.getStart(sf) === offset && inChildren) return true;
  }
}
