// Fix checks for files with syntax errors: TypeScript's parser recovers, and where a broken
// statement ends is its guess. A fix made from that guess may land elsewhere and add errors, so
// in such files fixes that edit a broken statement or would add an error are dropped.
import ts from 'typescript';
import { skipSpace } from '../../../../rules/js/edits.js';
import { keepFixesThatParse as keepCheckedFixes } from '../../engine/fix-checks.js';
import type { Finding } from '../../engine/types.js';

/**
 * In a file with syntax errors, the parser's recovery decides where nodes end, and an edit made
 * from that guess (`servername` added "at the end" of an object whose string never closes) lands
 * somewhere else and adds errors. Such a fix is dropped when the statement it edits holds a syntax
 * error, or when applying it would add one (engine/fix-checks.ts: the budget and the sharing).
 */
export function keepFixesThatParse(sf: ts.SourceFile, findings: Finding[]): void {
  const errors = parseErrorOffsets(sf);
  keepCheckedFixes(
    {
      text: sf.text,
      errors: errors.length,
      editsBrokenText: (f, fix) => {
        const start = Math.min(f.start, ...fix.edits.map((e) => e.start));
        const end = Math.max(f.end, ...fix.edits.map((e) => e.end));
        const stmt = enclosingStatement(sf, start, end);
        const from = stmt ? stmt.getStart(sf) : 0;
        // An error right after the statement (at the end of a truncated file, past its trailing
        // line break) is the statement's own: the parser closed it there.
        const to = stmt ? skipSpace(sf.text, stmt.end) : sf.end;
        return errors.some((e) => e >= from && e <= to);
      },
      errorsIn: (fixed) => parseErrorOffsets(parseAgain(sf, fixed)).length,
    },
    findings,
  );
}

function parseErrorOffsets(sf: ts.SourceFile): number[] {
  const diags = (sf as unknown as { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  return diags.map((d) => d.start);
}

function parseAgain(sf: ts.SourceFile, text: string): ts.SourceFile {
  const kind = (sf as unknown as { scriptKind?: ts.ScriptKind }).scriptKind;
  return ts.createSourceFile(sf.fileName, text, sf.languageVersion, false, kind);
}

/** The innermost statement (or class member) holding [start, end]; undefined at file level. Iterative. */
export function enclosingStatement(sf: ts.SourceFile, start: number, end: number): ts.Node | undefined {
  let found: ts.Node | undefined;
  let node: ts.Node = sf;
  for (;;) {
    const next = childHolding(sf, node, start, end);
    if (!next) return found;
    if (isStatementLike(next)) found = next;
    node = next;
  }
}

/**
 * The child of `node` holding [start, end]. Called for every fix of every finding of a file with a
 * syntax error, so a list of statements (a file, a block: thousands in a large file) is searched
 * by halves; other children in order, stopping at the first that starts after `start`.
 */
function childHolding(sf: ts.SourceFile, node: ts.Node, start: number, end: number): ts.Node | undefined {
  const holds = (c: ts.Node) => end <= c.end && c.getStart(sf) <= start;
  const statements = (node as { statements?: ts.NodeArray<ts.Node> }).statements;
  if (statements && statements.length > 0 && (ts.isSourceFile(node) || ts.isBlock(node) || ts.isModuleBlock(node))) {
    // The last statement whose full range begins at or before `start`: the only one that can hold it.
    let lo = 0;
    let hi = statements.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (statements[mid].pos <= start) lo = mid;
      else hi = mid - 1;
    }
    // An empty range where one statement ends and the next begins is held by the earlier one, as
    // a walk in order would find. A SourceFile's other child, its end-of-file token, holds no fix.
    if (lo > 0 && holds(statements[lo - 1])) return statements[lo - 1];
    return holds(statements[lo]) ? statements[lo] : undefined;
  }
  let next: ts.Node | undefined;
  ts.forEachChild(node, (c) => {
    if (c.pos > start) return true;
    if (holds(c)) next = c;
    return next !== undefined;
  });
  return next;
}

export function isStatementLike(n: ts.Node): boolean {
  return ts.isClassElement(n) || (n.kind >= ts.SyntaxKind.FirstStatement && n.kind <= ts.SyntaxKind.LastStatement) || ts.isVariableStatement(n) || ts.isFunctionDeclaration(n) || ts.isClassDeclaration(n);
}
