// Findings one file's analysis places in another (where an imported value was written) join that
// file's result: its configuration decides their severity, a finding it already has gains the use
// sites as related locations instead of being reported twice. Every face places them the same
// way, in an order that does not depend on which file was linted first (or in which thread).
import type { Severity, SeveritySetting } from '../../../rules/api.js';
import { effectiveSeverity, type ResolvedConfig } from '../engine/config/index.js';
import { isJsonModule } from '../engine/project.js';
import type { FileResult, Finding, PlacedFinding, RelatedLocation } from '../engine/types.js';

/** The severity a rule's finding gets in a file (its config, test-file lowering, overrides), or 'off'. */
export type SeverityIn = (fileName: string, ruleId: string, own: Severity) => SeveritySetting;

/** SeverityIn from each file's configuration and the run's overrides. */
export function severityIn(configOf: (fileName: string) => ResolvedConfig | undefined, overrides: Record<string, SeveritySetting> = {}): SeverityIn {
  return (fileName, ruleId, own) => {
    if (overrides[ruleId]) return overrides[ruleId];
    const config = configOf(fileName);
    return config ? effectiveSeverity(config, ruleId, own, fileName, config.baseDir) : own;
  };
}

/**
 * The data files (JSON modules, node-config's `config/default.json`) findings were placed in that
 * the results do not hold: tlslint reads them only for the modules that import them, so they get a
 * result of their own when they lie where the run looks (`wanted`: inside its paths, not ignored).
 */
export function placedDataFiles(results: readonly FileResult[], wanted: (fileName: string) => boolean): FileResult[] {
  const have = new Set(results.map((r) => r.fileName));
  const out = new Set<string>();
  for (const r of results) for (const p of r.elsewhere ?? []) if (!have.has(p.fileName) && isJsonModule(p.fileName) && wanted(p.fileName)) out.add(p.fileName);
  return [...out].sort(compare).map((fileName) => ({ fileName, findings: [], notes: [] }));
}

/**
 * The results with every placed finding in the result of the file it sits in. A finding placed in
 * a file the results do not hold (not scanned, ignored) is dropped: tlslint reports only on the
 * files it was asked about. Returns new result objects for the files that changed.
 */
export function placeFindings(results: readonly FileResult[], severityOf: SeverityIn): FileResult[] {
  const byFile = new Map<string, PlacedFinding[]>();
  for (const r of [...results].sort((a, b) => compare(a.fileName, b.fileName))) {
    for (const p of r.elsewhere ?? []) {
      let list = byFile.get(p.fileName);
      if (!list) byFile.set(p.fileName, (list = []));
      list.push(p);
    }
  }
  return results.map((r) => {
    const placed = byFile.get(r.fileName);
    const { elsewhere, ...rest } = r;
    if (!placed) return elsewhere ? rest : r;
    return { ...rest, findings: merge(r.fileName, r.findings, placed, severityOf) };
  });
}

/** A file's own findings with those other files placed in it. */
export function merge(fileName: string, own: readonly Finding[], placed: readonly PlacedFinding[], severityOf: SeverityIn): Finding[] {
  const findings = own.map((f) => ({ ...f }));
  const at = (f: Finding) => `${f.ruleId}:${f.start}:${f.end}`;
  const index = new Map(findings.map((f) => [at(f), f]));
  for (const p of placed) {
    const severity = severityOf(fileName, p.ruleId, p.ownSeverity);
    if (severity === 'off') continue;
    const existing = index.get(at(p));
    if (existing) {
      // The file's own finding stands with its fixes (made for its text); the uses elsewhere join
      // it, and the first use's message, which knows the sink and the key it was read under (a
      // server's options asking client certificates: "any client certificate").
      if (!existing.related?.length) {
        existing.message = p.message;
        existing.messageId = p.messageId;
      }
      existing.related = addRelated(existing.related, p.related);
      continue;
    }
    const { fileName: _file, ownSeverity: _own, ...finding } = p;
    const f: Finding = { ...finding, severity };
    findings.push(f);
    index.set(at(f), f);
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || compare(a.ruleId, b.ruleId));
  return findings;
}

function addRelated(to: RelatedLocation[] | undefined, more: readonly RelatedLocation[] | undefined): RelatedLocation[] | undefined {
  if (!more?.length) return to;
  const out = [...(to ?? [])];
  const key = (r: RelatedLocation) => `${r.fileName}:${r.range.start.line}:${r.range.start.character}:${r.message}`;
  const seen = new Set(out.map(key));
  for (const r of more) {
    if (seen.has(key(r))) continue;
    seen.add(key(r));
    out.push(r);
  }
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
