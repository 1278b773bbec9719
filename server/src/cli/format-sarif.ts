// SARIF 2.1.0 as GitHub code scanning reads it (upload with github/codeql-action/upload-sarif).
//
// security-severity, which GitHub turns into Critical/High/Medium/Low (≥9, ≥7, ≥4, >0), is read
// from the rule's descriptor, never from a result. It is the rule's own (RuleMeta.securitySeverity)
// for findings at their full level; a finding reported lower (a weaker form, a test file, a
// config) points at a descriptor of its own, `<rule>/warning` (at most 5.3, Medium) or
// `<rule>/info` (no score: information is never a security alert), so it can never show as High.
//
// GitHub rejects a run of more than 25,000 results; past that, the results kept are the most
// severe ones and the run carries a notification naming the limit.
//
// Notes: `config` notes go to toolConfigurationNotifications, every other kind (parse errors,
// rule errors, skipped files, unused directives) to toolExecutionNotifications. The run is
// executionSuccessful unless a rule failed (a file that does not parse is the user's, not ours).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Fix, Rule, Severity } from '../../../rules/api.js';
import { rulePageMarkdown } from '../../../rules/docs-pages.js';
import { docsUrl, REPOSITORY_URL } from '../../../rules/docs-url.js';
import type { FileResult, Finding, Note, Range } from '../engine/types.js';
import { fingerprintsOfFile, readSourceText } from './fingerprints.js';
import { oneBased, relativePath, sortFindings } from './format-json.js';

export interface SarifOptions {
  cwd: string;
  /** The catalog; every rule is described, whether or not it found anything. */
  rules: readonly Rule[];
  toolVersion: string;
  /** Source text for fingerprints; defaults to reading the file. Files that cannot be read get none. */
  readText?: (fileName: string) => string;
  /** `--sarif-category`: the run's automationDetails.id, which code scanning keeps analyses apart by. */
  category?: string;
  /** Results past which a run is cut (GitHub rejects more than 25,000); for tests. */
  maxResults?: number;
  /** Told when results were cut (the CLI prints it on standard error). */
  warn?: (message: string) => void;
}

/** GitHub code scanning rejects a run with more results, and shows only the top 5,000 of one. */
export const GITHUB_MAX_RESULTS = 25_000;
/** The score of a weaker form (RuleMeta.securitySeverity): Medium. A lowered finding scores at most this. */
export const LOWERED_SECURITY_SEVERITY = 5.3;

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function securitySeverity(rule: Rule): string {
  return rule.meta.securitySeverity.toFixed(1);
}

/**
 * The score a finding of `rule` at `severity` carries: the rule's own at error level; at warning
 * level at most a weaker form's (Medium); none for information.
 */
export function findingSecuritySeverity(rule: Rule, severity: Severity): number | undefined {
  if (severity === 'info') return undefined;
  return severity === 'error' ? rule.meta.securitySeverity : Math.min(rule.meta.securitySeverity, LOWERED_SECURITY_SEVERITY);
}

/** The descriptor a finding points at: the rule's, or `<rule>/<severity>` when its score differs. */
function descriptorIdFor(rule: Rule, severity: Severity): string {
  const score = findingSecuritySeverity(rule, severity);
  return score === rule.meta.securitySeverity ? rule.meta.id : `${rule.meta.id}/${severity}`;
}

/** `no-weak-cipher` → `NoWeakCipher`: SARIF wants a name that reads as an identifier. */
export function pascalCase(ruleId: string): string {
  return ruleId.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

/** The rule's descriptor, or with `lowered`, that of its findings reported at that level. */
function describeRule(rule: Rule, lowered?: Severity) {
  const { id, description, rationale, defaultSeverity, cwe, precision } = rule.meta;
  const url = docsUrl(id);
  const score = lowered ? findingSecuritySeverity(rule, lowered) : rule.meta.securitySeverity;
  return {
    id: lowered ? `${id}/${lowered}` : id,
    name: pascalCase(lowered ? `${id}-${lowered}` : id),
    shortDescription: { text: description },
    fullDescription: { text: rationale },
    help: {
      text: `${description}\n\n${rationale}\n\nSee ${url}`,
      // The rule's page (why, bad and good examples, the fix), carried in the bundle.
      markdown: rulePageMarkdown(id) ?? `${description}\n\n${rationale}\n\nSee [${id}](${url}).`,
    },
    helpUri: url,
    defaultConfiguration: { level: LEVEL[lowered ?? defaultSeverity] },
    properties: {
      tags: ['security', ...cwe.map((n) => `external/cwe/cwe-${n}`)],
      precision,
      ...(score !== undefined ? { 'security-severity': score.toFixed(1) } : {}),
    },
  };
}

export function formatSarif(results: readonly FileResult[], options: SarifOptions): string {
  const readText = options.readText ?? readSourceText;
  const descriptors: Array<Record<string, unknown>> = options.rules.map((r) => describeRule(r));
  const index = new Map(options.rules.map((r, i) => [r.meta.id, i]));
  const byId = new Map(options.rules.map((r) => [r.meta.id, r]));
  // A finding from a rule outside the catalog (a plugin, a stale cache) still needs a valid ruleIndex.
  const indexOf = (ruleId: string): number => {
    let i = index.get(ruleId);
    if (i === undefined) {
      i = descriptors.push({ id: ruleId, name: pascalCase(ruleId) }) - 1;
      index.set(ruleId, i);
    }
    return i;
  };
  /** The descriptor id and index of a finding, adding a lowered descriptor the first time one is needed. */
  const descriptorOf = (f: Finding): { id: string; index: number } => {
    const rule = byId.get(f.ruleId);
    if (!rule) return { id: f.ruleId, index: indexOf(f.ruleId) };
    const id = descriptorIdFor(rule, f.severity);
    if (id !== rule.meta.id && !index.has(id)) index.set(id, descriptors.push(describeRule(rule, f.severity)) - 1);
    return { id, index: index.get(id)! };
  };

  const sarifResults: Array<{ severity: Severity; result: unknown }> = [];
  const execution: unknown[] = [];
  const configuration: unknown[] = [];
  let ruleFailed = false;

  for (const file of results) {
    const artifactLocation = artifactFor(file.fileName, options.cwd);
    const findings = sortFindings(file.findings);
    const fingerprints = fingerprintsOfFile(findings, file.fileName, readText);
    findings.forEach((f, i) => {
      const safeFixes = f.fixes.filter((x) => x.kind === 'safe');
      const descriptor = descriptorOf(f);
      const rule = byId.get(f.ruleId);
      const score = rule && findingSecuritySeverity(rule, f.severity);
      sarifResults.push({
        severity: f.severity,
        result: {
          ruleId: descriptor.id,
          ruleIndex: descriptor.index,
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation, region: region(f.range) } }],
          ...(f.related?.length
            ? { relatedLocations: f.related.map((r, id) => ({ id, physicalLocation: { artifactLocation: artifactFor(r.fileName, options.cwd), region: region(r.range) }, message: { text: r.message } })) }
            : {}),
          ...(fingerprints ? { partialFingerprints: { primaryLocationLineHash: fingerprints[i] } } : {}),
          ...(safeFixes.length > 0 ? { fixes: safeFixes.map((x) => sarifFix(x, artifactLocation)) } : {}),
          // The descriptor's score, repeated for readers that look at results (GitHub reads the descriptor's).
          ...(score !== undefined ? { properties: { 'security-severity': score.toFixed(1) } } : {}),
        },
      });
    });
    for (const note of file.notes) {
      if (note.kind === 'rule-error') ruleFailed = true;
      (note.kind === 'config' ? configuration : execution).push(notification(note, artifactLocation, indexOf));
    }
  }

  const max = options.maxResults ?? GITHUB_MAX_RESULTS;
  const kept = mostSevere(sarifResults, max);
  if (kept.length < sarifResults.length) {
    const text = `tlslint found ${sarifResults.length} results; GitHub code scanning rejects a run of more than ${max}, so only the ${max} most severe are included (GitHub shows the top 5,000 of those).`;
    options.warn?.(text);
    execution.push({ level: 'warning', message: { text }, properties: { kind: 'results-capped' } });
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
        // What upload-sarif's `category` input would write (it keeps one that is already there).
        ...(options.category ? { automationDetails: { id: options.category.endsWith('/') ? options.category : `${options.category}/` } } : {}),
        invocations: [invocation],
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(options.cwd) } },
        // TextEdit offsets and LSP characters are UTF-16 units; say so rather than rely on the default.
        columnKind: 'utf16CodeUnits',
        results: kept,
      },
    ],
  }, null, 2);
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The `max` most severe results, in their original (discovery) order. */
function mostSevere(results: ReadonlyArray<{ severity: Severity; result: unknown }>, max: number): unknown[] {
  if (results.length <= max) return results.map((r) => r.result);
  const keep = new Set(results.map((r, i) => ({ rank: SEVERITY_RANK[r.severity], i })).sort((a, b) => a.rank - b.rank || a.i - b.i).slice(0, max).map((x) => x.i));
  return results.filter((_, i) => keep.has(i)).map((r) => r.result);
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
