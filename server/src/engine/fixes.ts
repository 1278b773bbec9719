// Applying fixes to text. Edits are relative to the original text, as in LSP: sorted by start,
// an insertion before a deletion at the same offset, and overlapping edits refused.
import ts from 'typescript';
import type { Fix, TextEdit } from '../../../rules/api.js';
import type { Finding } from './types.js';
import { skipSpace } from '../../../rules/util/edits.js';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = sortEdits(edits);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at || e.end < e.start || e.end > text.length) throw new Error(`overlapping or invalid edit at ${e.start}-${e.end}`);
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start));
}

/**
 * Edits of two fixes touch when their ranges overlap or merely meet: each fix was made for the text
 * around it as it was, so `, servername: 'h'` added right after a property another fix removes
 * would follow nothing (found by fuzzing). The next pass makes the second fix again on the new text.
 */
function touches(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  return a.some((x) => b.some((y) => x.start <= y.end && y.start <= x.end));
}

/**
 * Picks fixes for one pass of fix-all: in order, each fix whose edits touch none of the edits
 * already taken. Two fixes that touch overlapping or adjacent text are never both applied in one
 * pass. A fix without edits changes nothing and is not taken (fix-all would count it and loop on it).
 */
export function selectNonOverlapping(fixes: readonly Fix[]): Fix[] {
  const taken: Fix[] = [];
  const edits: TextEdit[] = [];
  for (const f of fixes) {
    if (f.edits.length === 0 || touches(f.edits, edits)) continue;
    try {
      applyEdits('\u0000'.repeat(Math.max(0, ...f.edits.map((e) => e.end))), f.edits);
    } catch {
      continue;
    }
    taken.push(f);
    edits.push(...f.edits);
  }
  return taken;
}

/**
 * In a file with syntax errors, the parser's recovery decides where nodes end, and an edit made
 * from that guess (`servername` added "at the end" of an object whose string never closes) lands
 * somewhere else and adds errors. Such a fix is dropped when the statement it edits holds a syntax
 * error, or when applying it would add one. Files that parse keep every fix, at no cost.
 */
export function dropUnsafeFixes(sf: ts.SourceFile, findings: Finding[]): void {
  const errors = parseErrorOffsets(sf);
  if (errors.length === 0) return;
  // Each check re-parses the whole file: in a large file being typed into (an edit makes a syntax
  // error, and every finding has fixes) that was hundreds of parses per keystroke. Past this many
  // characters re-parsed, the remaining fixes are dropped, never offered unchecked; they come
  // back once the file parses. The same fix on several findings is checked once.
  let budget = MAX_RECHECK_CHARS;
  const checked = new Map<string, boolean>();
  const addsNoError = (fix: Fix): boolean => {
    const key = JSON.stringify(fix.edits);
    let ok = checked.get(key);
    if (ok !== undefined) return ok;
    if (budget < sf.text.length) return false;
    budget -= sf.text.length;
    try {
      ok = parseErrorOffsets(reparse(sf, applyEdits(sf.text, fix.edits))).length <= errors.length;
    } catch {
      ok = false;
    }
    checked.set(key, ok);
    return ok;
  };
  for (const f of findings) {
    if (f.fixes.length === 0) continue;
    f.fixes = f.fixes.filter((fix) => {
      const start = Math.min(f.start, ...fix.edits.map((e) => e.start));
      const end = Math.max(f.end, ...fix.edits.map((e) => e.end));
      const stmt = enclosingStatement(sf, start, end);
      const from = stmt ? stmt.getStart(sf) : 0;
      // An error right after the statement (at the end of a truncated file, past its trailing
      // line break) is the statement's own: the parser closed it there.
      const to = stmt ? skipSpace(sf.text, stmt.end) : sf.end;
      if (errors.some((e) => e >= from && e <= to)) return false;
      return addsNoError(fix);
    });
  }
}

/** Characters dropUnsafeFixes may re-parse per file: a few parses of a large file, many of a small one. */
const MAX_RECHECK_CHARS = 256 * 1024;

function parseErrorOffsets(sf: ts.SourceFile): number[] {
  const diags = (sf as unknown as { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  return diags.map((d) => d.start);
}

function reparse(sf: ts.SourceFile, text: string): ts.SourceFile {
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
