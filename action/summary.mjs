// What the GitHub Action makes of tlslint's SARIF (action/scan.mjs): counts by severity and by
// rule, the top findings as a Markdown job summary, annotations for the run's page and the pull
// request's diff (which pull requests from forks get too, unlike code scanning), and whether the
// job fails under `fail-on`. Reads the SARIF only: the same file code scanning gets.

const SEVERITY_OF_LEVEL = { error: 'error', warning: 'warning', note: 'info' };
const RANK = { error: 0, warning: 1, info: 2 };
export const FAIL_ON = ['error', 'warning', 'info', 'none'];
/** Rows of the top-findings table. */
const TOP = 20;
/** GitHub shows at most 10 annotations of each kind per step. */
const ANNOTATIONS_PER_KIND = 10;

/** Each result of the run as { severity, rule, file, line, message }, most severe first, then by place. */
export function findingsOf(sarif) {
  const run = sarif.runs?.[0] ?? {};
  const rules = run.tool?.driver?.rules ?? [];
  return (run.results ?? [])
    .map((r) => {
      const loc = r.locations?.[0]?.physicalLocation;
      // A finding reported lower points at `<rule>/<severity>`: the rule is the first part.
      const rule = (r.ruleId ?? rules[r.ruleIndex]?.id ?? '?').split('/')[0];
      return { severity: SEVERITY_OF_LEVEL[r.level] ?? 'warning', rule, file: decodeURIComponent(loc?.artifactLocation?.uri ?? '?'), line: loc?.region?.startLine ?? 1, column: loc?.region?.startColumn ?? 1, message: r.message?.text ?? '' };
    })
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line);
}

/** Whether findings of these severities fail the job under `failOn`, and why. */
export function verdict(findings, failOn) {
  if (failOn === 'none') return { failed: false };
  const failing = findings.filter((f) => RANK[f.severity] <= RANK[failOn]);
  if (failing.length === 0) return { failed: false };
  const what = failOn === 'info' ? 'finding' : `${failOn}-level finding`;
  return { failed: true, reason: `tlslint reported ${failing.length} ${what}${failing.length === 1 ? '' : 's'}${failOn === 'info' ? '' : ' or worse'} (fail-on: ${failOn})` };
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function cell(text) {
  return String(text).replace(/\|/g, '\\|').replace(/\s*\r?\n\s*/g, ' ');
}

/**
 * The job summary. `options`: { failOn, baseline, changedSince, link(file, line) → URL or undefined }.
 */
export function summaryMarkdown(findings, options) {
  const counts = { error: 0, warning: 0, info: 0 };
  const byRule = new Map();
  for (const f of findings) {
    counts[f.severity]++;
    const row = byRule.get(f.rule) ?? { error: 0, warning: 0, info: 0 };
    row[f.severity]++;
    byRule.set(f.rule, row);
  }
  const scope = [
    options.baseline ? `only findings not in \`${options.baseline}\`` : undefined,
    options.changedSince ? `only lines changed since \`${options.changedSince}\`` : undefined,
  ].filter(Boolean);
  const out = [`## tlslint: ${findings.length === 0 ? 'no findings' : `${plural(findings.length, 'finding')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info)`}`, ''];
  if (scope.length > 0) out.push(`Scope: ${scope.join('; ')}.`, '');
  if (findings.length === 0) return `${out.join('\n')}\n`;
  out.push('| rule | error | warning | info |', '|---|---:|---:|---:|');
  for (const [rule, row] of [...byRule].sort((a, b) => b[1].error - a[1].error || b[1].warning - a[1].warning || (a[0] < b[0] ? -1 : 1))) {
    out.push(`| \`${rule}\` | ${row.error} | ${row.warning} | ${row.info} |`);
  }
  out.push('', `### Top findings${findings.length > TOP ? ` (${TOP} of ${findings.length})` : ''}`, '', '| severity | rule | where | message |', '|---|---|---|---|');
  for (const f of findings.slice(0, TOP)) {
    const where = `${f.file}:${f.line}`;
    const url = options.link?.(f.file, f.line);
    out.push(`| ${f.severity} | \`${f.rule}\` | ${url ? `[${cell(where)}](${url})` : cell(where)} | ${cell(f.message)} |`);
  }
  return `${out.join('\n')}\n`;
}

/** Workflow commands (`::error file=…::…`) for the first findings of each kind. */
export function annotations(findings) {
  const seen = { error: 0, warning: 0, info: 0 };
  const command = { error: 'error', warning: 'warning', info: 'notice' };
  const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const out = [];
  for (const f of findings) {
    if (seen[f.severity]++ >= ANNOTATIONS_PER_KIND) continue;
    out.push(`::${command[f.severity]} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(`tlslint ${f.rule}`)}::${escapeData(f.message)}`);
  }
  return out;
}
