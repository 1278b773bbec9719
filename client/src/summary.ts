// Wording of a workspace scan's summary, for the notification, the output and the status bar.
// No vscode import, so it is unit-tested in plain Node.
import type { ScanSummary } from '../../protocol/protocol.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "2 errors, 1 warning" (non-zero severities only), or "no findings". */
export function severityCounts(s: ScanSummary): string {
  const { error, warning, info } = s.bySeverity;
  const parts = [error > 0 && plural(error, 'error'), warning > 0 && plural(warning, 'warning'), info > 0 && `${info} info`].filter((p) => p !== false);
  return parts.length > 0 ? parts.join(', ') : 'no findings';
}

/** "no-unverified-certificate 3, require-servername 1", most frequent first. */
export function ruleCounts(s: ScanSummary): string {
  return Object.entries(s.byRule)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, n]) => `${id} ${n}`)
    .join(', ');
}

export function summaryMessage(s: ScanSummary): string {
  const head = s.cancelled ? `TLS Lint scan cancelled after ${plural(s.files, 'file')}` : `TLS Lint scanned ${plural(s.files, 'file')}`;
  if (s.findings === 0) return `${head}: no findings.`;
  return `${head}: ${plural(s.findings, 'finding')} in ${plural(s.filesWithFindings, 'file')} (${severityCounts(s)}). By rule: ${ruleCounts(s)}.`;
}

/** Status bar tooltip lines for the last scan. */
export function summaryTooltip(s: ScanSummary): string {
  const when = `${(s.durationMs / 1000).toFixed(1)} s`;
  const lines = [`Last workspace scan${s.cancelled ? ' (cancelled)' : ''}: ${plural(s.files, 'file')} in ${when}`, `${plural(s.findings, 'finding')}: ${severityCounts(s)}`];
  if (s.findings > 0) lines.push(`By rule: ${ruleCounts(s)}`);
  return lines.join('\n');
}
