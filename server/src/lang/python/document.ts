// A parsed Python file: its tree-sitter tree, a line index for positions, and the syntax errors
// the parser recovered from (ERROR and MISSING nodes).
import type { Node, Tree } from 'web-tree-sitter';
import type { ParsedDocument, SyntaxProblem } from '../../engine/language.js';
import { lineStarts, positionAt } from '../../engine/lines.js';
import { invalidSpaces } from './spaces.js';
import type { Position } from '../../engine/types.js';

export interface PyDocument extends ParsedDocument {
  readonly tree: Tree;
  /** Set once the tree was deleted: the document must not be read any more. */
  disposed: boolean;
}

export function pyDocument(fileName: string, text: string, tree: Tree): PyDocument {
  // The line index only when a position is asked for: most parsed files end with no finding.
  let starts: number[] | undefined;
  const lines = () => (starts ??= lineStarts(text));
  let problems: SyntaxProblem[] | undefined;
  return {
    fileName,
    text,
    tree,
    disposed: false,
    positionAt: (offset: number): Position => positionAt(lines(), offset),
    lineStart: (line: number) => {
      const s = lines();
      return s[Math.max(0, Math.min(line, s.length - 1))];
    },
    get syntaxProblems() {
      return (problems ??= syntaxProblems(tree.rootNode, text));
    },
  };
}

/**
 * ERROR and MISSING nodes, in order (subtrees without errors are not entered), and the characters
 * tree-sitter skips as space where Python does not (spaces.ts).
 */
export function syntaxProblems(root: Node, text: string): SyntaxProblem[] {
  const out = invalidSpaces(root, text);
  if (!root.hasError) return out;
  // An explicit stack: broken input can nest deeper than the JS stack allows recursion.
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.isMissing) out.push({ start: node.startIndex, end: node.endIndex, message: `missing ${JSON.stringify(node.type)}` });
    else if (node.isError) out.push({ start: node.startIndex, end: Math.max(node.endIndex, node.startIndex), message: errorMessage(node) });
    else {
      const children = node.children;
      let explained = false;
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        if (child && (child.hasError || child.isMissing)) {
          stack.push(child);
          explained = true;
        }
      }
      const runTogether = node.type === 'module' || node.type === 'block' ? runTogetherStatements(children) : [];
      out.push(...runTogether);
      // The error is a hidden node (`_newline`, `_indent`): the tree holds it, its children do not show it.
      if (!explained && runTogether.length === 0) out.push({ start: node.startIndex, end: node.endIndex, message: 'invalid syntax' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Two statements on one line without a `;` (`import sslimport ssl`, or lines ending in a lone
 * `\r`): tree-sitter reads them with a MISSING newline that is a hidden node, absent from `children`.
 */
function runTogetherStatements(statements: readonly (Node | null)[]): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  let previous: Node | undefined;
  for (const child of statements) {
    if (!child || child.type === 'comment') continue;
    // A row is a `\n` line: statements apart only by a lone `\r` run together, as tree-sitter reads them.
    if (previous && parsedStatement(previous) && parsedStatement(child) && previous.endPosition.row === child.startPosition.row) {
      out.push({ start: previous.endIndex, end: child.startIndex, message: 'missing newline' });
    }
    previous = child;
  }
  return out;
}

/** Not a `;`, and no ERROR inside: an ERROR beside a statement is reported as itself. */
const parsedStatement = (n: Node) => n.type !== ';' && !n.isError && !n.hasError;

function errorMessage(node: Node): string {
  const text = node.text.split('\n')[0].trim();
  return text ? `unexpected ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)}` : 'invalid syntax';
}
