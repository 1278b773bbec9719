// Wording of what the status bar and the notifications say: the workspace scan's summary and the
// current problem count. Counts have thousands separators; the notification stays short and the
// full by-rule list goes to the output. No vscode import, so it is unit-tested in plain Node.
import { formatCount, plural } from '../../protocol/counts.js';
import type { ScanSummary } from '../../protocol/protocol.js';

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

/** "2 errors, 1 warning" (non-zero severities only), or "no problems". */
export function severityCounts(c: SeverityCounts): string {
  const parts = [c.error > 0 && plural(c.error, 'error'), c.warning > 0 && plural(c.warning, 'warning'), c.info > 0 && `${formatCount(c.info)} info`].filter((p) => p !== false);
  return parts.length > 0 ? parts.join(', ') : 'no problems';
}

/** The rules, most frequent first: "no-unverified-certificate 3,001", one per line. */
export function ruleCounts(s: ScanSummary): string[] {
  return Object.entries(s.byRule)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, n]) => `${id} ${formatCount(n)}`);
}

/** The notification after a scan: one sentence, without the by-rule list. */
export function summaryMessage(s: ScanSummary): string {
  const head = s.cancelled ? `tlslint: scan cancelled after ${plural(s.files, 'file')}` : `tlslint scanned ${plural(s.files, 'file')}`;
  if (s.findings === 0) return `${head}: no problems.`;
  return `${head}: ${plural(s.findings, 'problem')} in ${plural(s.filesWithFindings, 'file')} (${severityCounts(s.bySeverity)}).`;
}

/** The output's record of a scan: the notification's sentence, the time it took, and every rule's count. */
export function summaryLog(s: ScanSummary): string {
  const lines = [`${summaryMessage(s)} ${(s.durationMs / 1000).toFixed(1)} s.`];
  const rules = ruleCounts(s);
  if (rules.length > 0) lines.push(`By rule: ${rules.join(', ')}`);
  return lines.join('\n');
}

/** The status bar item's text after its icon: "tlslint 6,001". */
export function statusText(problems: number): string {
  return `tlslint ${formatCount(problems)}`;
}

/** The status bar tooltip: the current problems, the last scan, and what a click does. */
export function statusTooltip(problems: SeverityCounts, lastScan: ScanSummary | undefined, configErrors: readonly string[]): string {
  const total = problems.error + problems.warning + problems.info;
  const lines = [`tlslint: ${plural(total, 'problem')} in the Problems panel${total > 0 ? ` (${severityCounts(problems)})` : ''}`];
  for (const file of configErrors) lines.push(`Configuration error in ${file}: files under it use the last valid configuration (or the defaults) until it is fixed`);
  if (lastScan) lines.push(`Last workspace scan${lastScan.cancelled ? ' (cancelled)' : ''}: ${plural(lastScan.files, 'file')} in ${(lastScan.durationMs / 1000).toFixed(1)} s`);
  lines.push('Click for the tlslint menu: scan, clear, output, restart');
  return lines.join('\n');
}
