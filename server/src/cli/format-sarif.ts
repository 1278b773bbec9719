// SARIF 2.1.0 as GitHub code scanning reads it (upload with github/codeql-action/upload-sarif).
//
// security-severity, which GitHub turns into Critical/High/Medium/Low (≥9, ≥7, ≥4, >0), is the
// rule's own (RuleMeta.securitySeverity), not per finding.
//
// Notes: `config` notes go to toolConfigurationNotifications, every other kind (parse errors,
// rule errors, skipped files, unused directives) to toolExecutionNotifications. The run is
// executionSuccessful unless a rule failed (a file that does not parse is the user's, not ours).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Fix, Rule, Severity } from '../../../rules/api.js';
import { docsUrl, REPOSITORY_URL } from '../../../rules/docs-url.js';
import type { FileResult, Finding, Note, Range } from '../engine/types.js';
import { oneBased, relativePath, sortFindings } from './format-json.js';

export interface SarifOptions {
  cwd: string;
  /** The catalog; every rule is described, whether or not it found anything. */
  rules: readonly Rule[];
  toolVersion: string;
  /** Source text for fingerprints; defaults to reading the file. Files that cannot be read get none. */
  readText?: (fileName: string) => string;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function securitySeverity(rule: Rule): string {
  return rule.meta.securitySeverity.toFixed(1);
}

/** `no-weak-cipher` → `NoWeakCipher`: SARIF wants a name that reads as an identifier. */
export function pascalCase(ruleId: string): string {
  return ruleId.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

function describeRule(rule: Rule) {
  const { id, description, rationale, defaultSeverity, cwe, precision } = rule.meta;
  const url = docsUrl(id);
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: description },
    fullDescription: { text: rationale },
    help: {
      text: `${description}\n\n${rationale}\n\nSee ${url}`,
      markdown: `${description}\n\n${rationale}\n\nSee [${id}](${url}).`,
    },
    helpUri: url,
    defaultConfiguration: { level: LEVEL[defaultSeverity] },
    properties: {
      tags: ['security', ...cwe.map((n) => `external/cwe/cwe-${n}`)],
      precision,
      'security-severity': securitySeverity(rule),
    },
  };
}

export function formatSarif(results: readonly FileResult[], options: SarifOptions): string {
  const readText = options.readText ?? ((f: string) => fs.readFileSync(f, 'utf8'));
  const descriptors: Array<Record<string, unknown>> = options.rules.map(describeRule);
  const index = new Map(options.rules.map((r, i) => [r.meta.id, i]));
  // A finding from a rule outside the catalog (a plugin, a stale cache) still needs a valid ruleIndex.
  const indexOf = (ruleId: string): number => {
    let i = index.get(ruleId);
    if (i === undefined) {
      i = descriptors.push({ id: ruleId, name: pascalCase(ruleId) }) - 1;
      index.set(ruleId, i);
    }
    return i;
  };

  const sarifResults: unknown[] = [];
  const execution: unknown[] = [];
  const configuration: unknown[] = [];
  let ruleFailed = false;

  for (const file of results) {
    const artifactLocation = artifactFor(file.fileName, options.cwd);
    const findings = sortFindings(file.findings);
    const fingerprints = fingerprintsFor(findings, file.fileName, readText);
    findings.forEach((f, i) => {
      const safeFixes = f.fixes.filter((x) => x.kind === 'safe');
      sarifResults.push({
        ruleId: f.ruleId,
        ruleIndex: indexOf(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(f.range) } }],
        ...(f.related?.length
          ? { relatedLocations: f.related.map((r, id) => ({ id, physicalLocation: { artifactLocation: artifactFor(r.fileName, options.cwd), region: region(r.range) }, message: { text: r.message } })) }
          : {}),
        ...(fingerprints ? { partialFingerprints: { primaryLocationLineHash: fingerprints[i] } } : {}),
        ...(safeFixes.length > 0 ? { fixes: safeFixes.map((x) => sarifFix(x, artifactLocation)) } : {}),
      });
    });
    for (const note of file.notes) {
      if (note.kind === 'rule-error') ruleFailed = true;
      (note.kind === 'config' ? configuration : execution).push(notification(note, artifactLocation, indexOf));
    }
  }

  const invocation = {
    executionSuccessful: !ruleFailed,
    ...(execution.length > 0 ? { toolExecutionNotifications: execution } : {}),
    ...(configuration.length > 0 ? { toolConfigurationNotifications: configuration } : {}),
  };
  return JSON.stringify({
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'tlslint', version: options.toolVersion, informationUri: REPOSITORY_URL, rules: descriptors } },
        invocations: [invocation],
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(options.cwd) } },
        // TextEdit offsets and LSP characters are UTF-16 units; say so rather than rely on the default.
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  }, null, 2);
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(path.resolve(dir)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * Relative to %SRCROOT% when under cwd (what GitHub maps onto the repository); an absolute file URI
 * otherwise, since "../x.ts" would point outside the checkout.
 */
function artifactFor(fileName: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relativePath(fileName, cwd);
  if (rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) return { uri: pathToFileURL(path.resolve(cwd, fileName)).href };
  // Per segment, so '#', '?', '%' and spaces in names cannot change what the URI means.
  const uri = rel.split('/').map((s) => encodeURIComponent(s).replace(/%(40|24|26|2B|2C|3B|3D)/g, (m) => decodeURIComponent(m))).join('/');
  return { uri, uriBaseId: '%SRCROOT%' };
}

/** SARIF regions are 1-based and the end column is exclusive, exactly LSP's range plus one. */
function region(range: Range) {
  const { line, column, endLine, endColumn } = oneBased(range);
  return { startLine: line, startColumn: column, endLine, endColumn };
}

function sarifFix(fix: Fix, artifactLocation: object) {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation,
        // deletedRegion offsets refer to the original file file, as TextEdit offsets do.
        replacements: edits.map((e) => ({
          deletedRegion: { charOffset: e.start, charLength: e.end - e.start },
          ...(e.text !== '' ? { insertedContent: { text: e.text } } : {}),
        })),
      },
    ],
  };
}

function notification(note: Note, artifactLocation: object, indexOf: (id: string) => number) {
  return {
    level: LEVEL[note.severity],
    message: { text: note.message },
    locations: [{ physicalLocation: { artifactLocation, ...(note.range ? { region: region(note.range) } : {}) } }],
    ...(note.ruleId ? { associatedRule: { id: note.ruleId, index: indexOf(note.ruleId) } } : {}),
    properties: { kind: note.kind },
  };
}

/**
 * GitHub's own `hash:occurrence` form: a hash of the rule and the trimmed text of the finding's
 * line, plus which occurrence of that pair in the file this is. Moving code up or down keeps the
 * alert; editing the flagged line makes it a new one, which it is.
 */
function fingerprintsFor(findings: readonly Finding[], fileName: string, readText: (f: string) => string): string[] | undefined {
  if (findings.length === 0) return undefined;
  let text: string;
  try {
    text = readText(fileName);
  } catch {
    return undefined;
  }
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.ruleId}\0${lineAt(text, f.start).trim()}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return `${createHash('sha256').update(key).digest('hex').slice(0, 16)}:${occurrence}`;
  });
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** By offset rather than by range.line, so it cannot disagree with how the engine counted lines. */
function lineAt(text: string, offset: number): string {
  let start = Math.min(Math.max(offset, 0), text.length);
  while (start > 0 && !LINE_BREAK.test(text[start - 1])) start--;
  let end = start;
  while (end < text.length && !LINE_BREAK.test(text[end])) end++;
  return text.slice(start, end);
}
