// Fixes in a Python file with syntax errors: tree-sitter recovers, but a fix next to the damage
// may land in a statement it misread. A fix is kept when it touches no error and the fixed text
// parses with no more errors than the file had (engine/fix-checks.ts: the budget and the sharing).
import { keepFixesThatParse as keepCheckedFixes } from '../../engine/fix-checks.js';
import type { Finding } from '../../engine/types.js';
import type { PyDocument } from './document.js';
import { syntaxProblems } from './document.js';
import { parseTree } from './parser.js';

/**
 * Past this many syntax errors a file is mostly noise to the parser: its fixes are dropped
 * unchecked. Each check re-parses the file and counts its errors again, and a 56 KB fuzz input with
 * 18,000 errors spent a second of CPU on four checks.
 */
export const MAX_ERRORS_CHECKED = 1000;

export function keepFixesThatParse(doc: PyDocument, findings: Finding[]): void {
  const problems = doc.syntaxProblems;
  if (problems.length > MAX_ERRORS_CHECKED) {
    for (const f of findings) f.fixes = [];
    return;
  }
  keepCheckedFixes(
    {
      text: doc.text,
      errors: problems.length,
      // A finding inside an ERROR node too: its statement is the parser's guess (`self.pop.pass_(x):` read as part of a `def` line).
      editsBrokenText: (f, fix) => problems.some((p) => {
        // A missing token (`string_end` of a string never closed) is a point; what it breaks runs
        // to the end of its line at least: a statement added there lands inside the open string.
        const end = p.end > p.start ? p.end : lineEnd(doc.text, p.end);
        return (p.start <= f.start && f.end <= end) || fix.edits.some((e) => e.start <= end && p.start <= e.end);
      }),
      errorsIn: (fixed) => {
        const tree = parseTree(fixed);
        try {
          return syntaxProblems(tree.rootNode, fixed).length;
        } finally {
          tree.delete();
        }
      },
    },
    findings,
  );
}

function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}
