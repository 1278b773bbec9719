// Machine-readable output. The shape below is a public interface (scripts and CI parse it): add
// fields only at the end of an object, never rename or drop one.
//
// [
//   {
//     "filePath": "src/client.ts",          // relative to cwd, forward slashes ("../x.ts" outside it)
//     "findings": [                          // sorted by position, then rule id
//       {
//         "ruleId": "no-weak-cipher",
//         "severity": "error",               // "error" | "warning" | "info" (after config and test-file lowering)
//         "message": "…",
//         "line": 3, "column": 5,            // 1-based; columns count UTF-16 code units
//         "endLine": 3, "endColumn": 20,     // 1-based, exclusive end (as ESLint)
//         "fixes": [
//           {
//             "title": "…",
//             "kind": "safe",                // "safe" (applied by --fix) | "suggestion" (--fix-suggestions)
//             "edits": [{ "start": 40, "end": 52, "text": "…" }]   // 0-based UTF-16 offsets into the file text
//           }
//         ],
//         "related": [                       // other places the finding involves (may be empty)
//           {
//             "filePath": "src/client.ts",   // as filePath above
//             "message": "used by https.request",
//             "line": 12, "column": 10, "endLine": 12, "endColumn": 23
//           }
//         ]
//       }
//     ],
//     "notes": [                             // parse errors, rule errors, skipped files, unused directives, config problems
//       {
//         "kind": "parse-error",             // Note['kind']
//         "severity": "error",
//         "message": "…",
//         "ruleId": null,                    // string for rule errors and unused directives, else null
//         "line": 1, "column": 1, "endLine": 1, "endColumn": 2   // all four null when the note has no range
//       }
//     ],
//     "errorCount": 1,                       // as ESLint's: problems by severity (unused directives
//     "warningCount": 0,                     // count at theirs), and the findings --fix fixes
//     "infoCount": 0,
//     "fixableCount": 0
//   }
// ]
//
// `--format json-with-metadata` (as ESLint's) wraps the same array with the totals:
// { "results": [ … ], "metadata": { "errorCount": 1, "warningCount": 0, "infoCount": 0, "fixableCount": 0 } }
//
// Every FileResult passed in appears, in the order given (the CLI passes discovery order). The
// string has no trailing newline.
import * as path from 'node:path';
import type { FileResult, Finding, Range } from '../engine/types.js';
import { countsOf, totalCounts } from './counts.js';

export interface JsonOptions {
  cwd: string;
}

/** `fileName` relative to `cwd` with forward slashes, as every formatter shows paths. */
export function relativePath(fileName: string, cwd: string): string {
  return path.relative(cwd, path.resolve(cwd, fileName)).split(path.sep).join('/');
}

/** Findings in reading order; the tie-break on rule id keeps output identical between runs. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/** Editors count from 0, people and report formats from 1. */
export function oneBased(range: Range) {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

export function formatJson(results: readonly FileResult[], options: JsonOptions): string {
  return jsonArray(results, options);
}

/** The JSON array and the totals, for `--format json-with-metadata`. */
export function formatJsonWithMetadata(results: readonly FileResult[], options: JsonOptions): string {
  return `{"results":${jsonArray(results, options)},"metadata":${JSON.stringify(totalCounts(results))}}`;
}

/**
 * The same text as JSON.stringify of the whole array, one file at a time: a scan of 100,000 files
 * never holds every file's output object at once (the CLI's main thread runs in a capped heap).
 */
function jsonArray(results: readonly FileResult[], options: JsonOptions): string {
  return `[${results.map((r) => JSON.stringify(jsonResult(r, options))).join(',')}]`;
}

function jsonResult(result: FileResult, options: JsonOptions) {
  return {
    filePath: relativePath(result.fileName, options.cwd),
    findings: sortFindings(result.findings).map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      ...oneBased(f.range),
      fixes: f.fixes.map((fix) => ({
        title: fix.title,
        kind: fix.kind,
        edits: fix.edits.map((e) => ({ start: e.start, end: e.end, text: e.text })),
      })),
      related: (f.related ?? []).map((r) => ({ filePath: relativePath(r.fileName, options.cwd), message: r.message, ...oneBased(r.range) })),
    })),
    notes: result.notes.map((n) => ({
      kind: n.kind,
      severity: n.severity,
      message: n.message,
      ruleId: n.ruleId ?? null,
      ...(n.range ? oneBased(n.range) : { line: null, column: null, endLine: null, endColumn: null }),
    })),
    ...countsOf(result),
  };
}
