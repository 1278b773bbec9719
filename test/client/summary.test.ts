// The wording of the scan summary the extension shows (notification, output, status tooltip).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleCounts, severityCounts, summaryMessage, summaryTooltip } from '../../client/src/summary.js';
import type { ScanSummary } from '../../protocol/protocol.js';

const summary = (over: Partial<ScanSummary> = {}): ScanSummary => ({
  files: 42,
  filesWithFindings: 3,
  findings: 5,
  bySeverity: { error: 3, warning: 1, info: 1 },
  byRule: { 'require-servername': 1, 'no-unverified-certificate': 3, 'no-legacy-tls-version': 1 },
  cancelled: false,
  durationMs: 1234,
  ...over,
});

describe('scan summary wording', () => {
  it('names the findings by severity and by rule, most frequent rule first', () => {
    assert.equal(
      summaryMessage(summary()),
      'TLS Lint scanned 42 files: 5 findings in 3 files (3 errors, 1 warning, 1 info). By rule: no-unverified-certificate 3, no-legacy-tls-version 1, require-servername 1.',
    );
  });

  it('says when the scan was cancelled, and when it found nothing', () => {
    const none = summary({ files: 1, filesWithFindings: 0, findings: 0, bySeverity: { error: 0, warning: 0, info: 0 }, byRule: {}, cancelled: true });
    assert.equal(summaryMessage(none), 'TLS Lint scan cancelled after 1 file: no findings.');
    assert.equal(severityCounts(none), 'no findings');
    assert.equal(ruleCounts(none), '');
  });

  it('keeps only non-zero severities', () => {
    assert.equal(severityCounts(summary({ bySeverity: { error: 0, warning: 2, info: 0 } })), '2 warnings');
  });

  it('has a tooltip with duration and counts', () => {
    assert.equal(summaryTooltip(summary()), 'Last workspace scan: 42 files in 1.2 s\n5 findings: 3 errors, 1 warning, 1 info\nBy rule: no-unverified-certificate 3, no-legacy-tls-version 1, require-servername 1');
  });
});
