// Comments in a TypeScript tree, for suppression directives: only real comments count (the same
// text inside a string, a template or JSX text is not one), and a directive inserted inside JSX
// children takes the only comment form JSX allows there, `{/* … */}`.
import ts from 'typescript';
import type { Comment } from '../../engine/language.js';

/** The comments of the file that hold `needle`, in order. */
export function commentsHolding(sf: ts.SourceFile, needle: string): Comment[] {
  const text = sf.text;
  const out: Comment[] = [];
  for (let from = 0; ; ) {
    const at = text.indexOf(needle, from);
    if (at < 0) break;
    from = at + needle.length;
    const c = commentAt(sf, at);
    if (!c || out.some((d) => d.start === c.pos)) continue;
    const block = c.kind === ts.SyntaxKind.MultiLineCommentTrivia;
    const raw = text.slice(c.pos, c.end);
    out.push({ start: c.pos, end: c.end, block, body: block ? raw.slice(2, raw.endsWith('*/') ? -2 : undefined) : raw.slice(2) });
  }
  return out;
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
 * The edit that inserts a directive comment: above `line` with the line's indentation (inside JSX
 * children as `{/* … *\/}`), or as a block comment at the top of the file.
 */
export function directiveEdit(sf: ts.SourceFile, directive: string, placement: { line: number } | 'file'): { start: number; end: number; text: string } {
  if (placement === 'file') {
    // After a shebang, which must stay the first line.
    if (!sf.text.startsWith('#!')) return { start: 0, end: 0, text: `/* ${directive} */\n` };
    const lineEnd = sf.text.indexOf('\n');
    if (lineEnd < 0) return { start: sf.text.length, end: sf.text.length, text: `\n/* ${directive} */\n` };
    return { start: lineEnd + 1, end: lineEnd + 1, text: `/* ${directive} */\n` };
  }
  const lineStart = sf.getPositionOfLineAndCharacter(placement.line, 0);
  const indent = /^[ \t]*/.exec(sf.text.slice(lineStart))![0];
  const first = lineStart + indent.length;
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
