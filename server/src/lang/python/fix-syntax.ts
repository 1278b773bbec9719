// Fixes in a Python file with syntax errors: tree-sitter recovers, but a fix next to the damage
// may land in a statement it misread. A fix is kept when it touches no error and the fixed text
// parses with no more errors than the file had.
import { applyEdits } from '../../engine/fixes.js';
import type { Finding } from '../../engine/types.js';
import type { PyDocument } from './document.js';
import { syntaxProblems } from './document.js';
import { parseTree } from './parser.js';

export function keepFixesThatParse(doc: PyDocument, findings: Finding[]): void {
  const problems = doc.syntaxProblems;
  if (problems.length === 0) return;
  for (const f of findings) {
    f.fixes = f.fixes.filter((fix) => {
      if (fix.edits.some((e) => problems.some((p) => e.start <= p.end && p.start <= e.end))) return false;
      const tree = parseTree(applyEdits(doc.text, fix.edits));
      try {
        return syntaxProblems(tree.rootNode).length <= problems.length;
      } finally {
        tree.delete();
      }
    });
  }
}
