// The CLI's JSON and SARIF reports of fuzzed files must be valid: well-formed JSON with the shape
// the formatters promise, positions inside the files, rule indexes that point at their rule.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { languageOfFile } from '../../protocol/languages.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rules as catalog } from '../../rules/index.js';
import { formatJson } from '../../server/src/cli/format-json.js';
import { formatSarif } from '../../server/src/cli/format-sarif.js';
import { runLint } from '../../server/src/cli/run.js';
import { parseArgs, type Format } from '../../server/src/cli/args.js';
import type { FileResult } from '../../server/src/engine/types.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const LEVELS = new Set(['error', 'warning', 'note']);
const SEVERITIES = new Set(['error', 'warning', 'info']);

function lineCount(text: string): number {
  // The engine counts \r\n, \r, \n, U+2028 and U+2029 as line breaks, as TypeScript does.
  return text.split(/\r\n|[\r\n\u2028\u2029]/).length;
}

function isPos(n: unknown): boolean {
  return Number.isInteger(n) && (n as number) >= 1;
}

/** Problems in a JSON report of `results` (whose texts are in `texts`, keyed by file name). */
export function validateJson(report: string, texts: ReadonlyMap<string, string>, relative: (f: string) => string): string[] {
  const problems: string[] = [];
  let data: Json;
  try {
    data = JSON.parse(report);
  } catch (err) {
    return [`JSON report does not parse: ${(err as Error).message}`];
  }
  if (!Array.isArray(data)) return ['JSON report is not an array'];
  const byRel = new Map([...texts].map(([f, t]) => [relative(f), t]));
  for (const file of data) {
    const text = byRel.get(file.filePath);
    if (typeof file.filePath !== 'string' || text === undefined) {
      problems.push(`JSON report names an unknown file ${JSON.stringify(file.filePath)}`);
      continue;
    }
    const lines = lineCount(text);
    for (const f of file.findings ?? []) {
      if (typeof f.ruleId !== 'string' || !SEVERITIES.has(f.severity) || typeof f.message !== 'string') problems.push(`JSON finding malformed: ${JSON.stringify(f).slice(0, 200)}`);
      if (![f.line, f.column, f.endLine, f.endColumn].every(isPos) || f.line > lines || f.endLine > lines || f.endLine < f.line || (f.endLine === f.line && f.endColumn < f.column)) {
        problems.push(`JSON finding position ${f.line}:${f.column}-${f.endLine}:${f.endColumn} is not inside ${file.filePath} (${lines} lines)`);
      }
      for (const fix of f.fixes ?? []) {
        if (typeof fix.title !== 'string' || (fix.kind !== 'safe' && fix.kind !== 'suggestion')) problems.push(`JSON fix malformed: ${JSON.stringify(fix).slice(0, 200)}`);
        for (const e of fix.edits ?? []) {
          if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= text.length && typeof e.text === 'string')) problems.push(`JSON fix edit out of range: ${JSON.stringify(e).slice(0, 200)}`);
        }
      }
    }
    for (const n of file.notes ?? []) {
      if (typeof n.kind !== 'string' || !SEVERITIES.has(n.severity) || typeof n.message !== 'string') problems.push(`JSON note malformed: ${JSON.stringify(n).slice(0, 200)}`);
      const pos = [n.line, n.column, n.endLine, n.endColumn];
      if (!(pos.every((p) => p === null) || (pos.every(isPos) && n.line <= lines && n.endLine <= lines))) problems.push(`JSON note position malformed: ${JSON.stringify(pos)}`);
    }
  }
  return problems;
}

export function validateSarif(report: string, texts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  let data: Json;
  try {
    data = JSON.parse(report);
  } catch (err) {
    return [`SARIF report does not parse: ${(err as Error).message}`];
  }
  if (data.version !== '2.1.0' || !Array.isArray(data.runs) || data.runs.length !== 1) return ['SARIF report lacks version 2.1.0 or its single run'];
  const run = data.runs[0];
  const rules: Json[] = run.tool?.driver?.rules;
  if (!Array.isArray(rules) || typeof run.tool.driver.name !== 'string') return ['SARIF run lacks tool.driver.name or rules'];
  const maxLines = Math.max(1, ...[...texts.values()].map(lineCount));
  for (const r of run.results ?? []) {
    if (typeof r.ruleId !== 'string' || rules[r.ruleIndex]?.id !== r.ruleId) problems.push(`SARIF result's ruleIndex ${r.ruleIndex} does not name ${r.ruleId}`);
    if (!LEVELS.has(r.level) || typeof r.message?.text !== 'string' || r.message.text === '') problems.push(`SARIF result level or message malformed: ${JSON.stringify(r).slice(0, 200)}`);
    const loc = r.locations?.[0]?.physicalLocation;
    const reg = loc?.region;
    if (typeof loc?.artifactLocation?.uri !== 'string' || !reg || ![reg.startLine, reg.startColumn, reg.endLine, reg.endColumn].every(isPos) || reg.endLine < reg.startLine || reg.startLine > maxLines) {
      problems.push(`SARIF result location malformed: ${JSON.stringify(loc).slice(0, 200)}`);
    }
    for (const fix of r.fixes ?? []) {
      for (const ch of fix.artifactChanges ?? []) {
        for (const rep of ch.replacements ?? []) {
          const d = rep.deletedRegion;
          if (!(Number.isInteger(d?.charOffset) && d.charOffset >= 0 && Number.isInteger(d.charLength) && d.charLength >= 0)) problems.push(`SARIF replacement malformed: ${JSON.stringify(rep).slice(0, 200)}`);
        }
      }
    }
  }
  for (const n of run.invocations?.[0]?.toolExecutionNotifications ?? []) {
    if (!LEVELS.has(n.level) || typeof n.message?.text !== 'string') problems.push(`SARIF notification malformed: ${JSON.stringify(n).slice(0, 200)}`);
  }
  return problems;
}

/** The formatters on results linted in memory. */
export function checkFormatters(results: readonly FileResult[], texts: ReadonlyMap<string, string>, cwd: string): string[] {
  const rel = (f: string) => path.relative(cwd, f).split(path.sep).join('/');
  const json = formatJson(results, { cwd });
  const sarif = formatSarif(results, { cwd, rules: catalog, toolVersion: '0.0.0-fuzz', readText: (f) => texts.get(f) ?? '' });
  return [...validateJson(json, texts, rel), ...validateSarif(sarif, texts)];
}

const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/**
 * The files of a JSON report with a rule error: the CLI exits 2 for one (an internal error, as for
 * JavaScript), so the failure names the file, and the harness the input, instead of the batch.
 */
function ruleErrorsIn(out: string): string {
  try {
    const files = (JSON.parse(out) as { filePath: string; notes?: { kind: string }[] }[]).filter((f) => f.notes?.some((n) => n.kind === 'rule-error'));
    return files.length > 0 ? ` (a rule error in ${files.map((f) => f.filePath).join(', ')})` : '';
  } catch {
    return '';
  }
}

/** The whole CLI path (discovery, reading, analysis, formatting) on the files written to a temporary folder. */
export async function checkCli(files: readonly { fileName: string; text: string }[]): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tlslint-fuzz-'));
  try {
    const texts = new Map<string, string>();
    files.forEach((f, i) => {
      // Code by its extension; a project file keeps its name (a Dockerfile, a package.json), in a folder of its own.
      const base = path.basename(f.fileName);
      const abs = SOURCE.test(base) || !languageOfFile(base) ? path.join(dir, `f${i}${path.extname(f.fileName) || '.ts'}`) : path.join(dir, `f${i}`, base);
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, f.text);
      texts.set(abs, f.text);
    });
    const problems: string[] = [];
    for (const format of ['json', 'sarif'] as Format[]) {
      let out = '';
      let err = '';
      const options = parseArgs([dir, '--format', format, '--report-unused-disable-directives', '--no-color'], catalog.map((r) => r.meta.id));
      const code = await runLint(options, { cwd: dir, stdout: (t) => (out += t), stderr: (t) => (err += t), isTty: false, version: '0.0.0-fuzz' });
      if (code === 2 || err !== '') problems.push(`CLI --format ${format} exited ${code}${format === 'json' ? ruleErrorsIn(out) : ''}: ${err.slice(0, 500)}`);
      const rel = (f: string) => path.relative(dir, f).split(path.sep).join('/');
      problems.push(...(format === 'json' ? validateJson(out, texts, rel) : validateSarif(out, texts)));
      if (format === 'json') {
        const listed = (JSON.parse(out) as Json[]).length;
        // Each file is reported, even when skipped (with a note); none is lost.
        if (listed !== files.length) problems.push(`CLI JSON lists ${listed} of ${files.length} files`);
      }
    }
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
