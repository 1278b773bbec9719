// The wording of the scan summary and the status bar (notification, output, status item, tooltip):
// one name, thousands separators, and a notification that does not list every rule.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleCounts, severityCounts, statusText, statusTooltip, summaryLog, summaryMessage } from '../../client/src/summary.js';
import { formatCount, plural } from '../../protocol/counts.js';
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

const big = summary({
  files: 12345,
  filesWithFindings: 1002,
  findings: 6001,
  bySeverity: { error: 5000, warning: 1001, info: 0 },
  byRule: { 'no-weak-cipher': 3000, 'require-servername': 2001, 'no-unverified-certificate': 1000 },
});

describe('counts', () => {
  it('have thousands separators', () => {
    assert.equal(formatCount(6001), '6,001');
    assert.equal(formatCount(1234567), '1,234,567');
    assert.equal(formatCount(999), '999');
    assert.equal(plural(1, 'file'), '1 file');
    assert.equal(plural(6001, 'problem'), '6,001 problems');
  });
});

describe('scan summary wording', () => {
  it('is one sentence with the counts by severity, without the by-rule list', () => {
    assert.equal(summaryMessage(summary()), 'tlslint scanned 42 files: 5 problems in 3 files (3 errors, 1 warning, 1 info).');
    assert.equal(summaryMessage(big), 'tlslint scanned 12,345 files: 6,001 problems in 1,002 files (5,000 errors, 1,001 warnings).');
    assert.doesNotMatch(summaryMessage(big), /no-weak-cipher/);
  });

  it('says when the scan was cancelled, and when it found nothing', () => {
    const none = summary({ files: 1, filesWithFindings: 0, findings: 0, bySeverity: { error: 0, warning: 0, info: 0 }, byRule: {}, cancelled: true });
    assert.equal(summaryMessage(none), 'tlslint: scan cancelled after 1 file: no problems.');
    assert.equal(severityCounts(none.bySeverity), 'no problems');
    assert.deepEqual(ruleCounts(none), []);
  });

  it('keeps only non-zero severities', () => {
    assert.equal(severityCounts({ error: 0, warning: 2, info: 0 }), '2 warnings');
  });

  it('logs every rule, most frequent first, with the time it took', () => {
    assert.equal(summaryLog(big), 'tlslint scanned 12,345 files: 6,001 problems in 1,002 files (5,000 errors, 1,001 warnings). 1.2 s.\nBy rule: no-weak-cipher 3,000, require-servername 2,001, no-unverified-certificate 1,000');
  });
});

describe('status bar wording', () => {
  it('shows the current count with separators', () => {
    assert.equal(statusText(6001), 'tlslint 6,001');
    assert.equal(statusText(0), 'tlslint 0');
  });

  it('has a tooltip with the problems by severity, broken configurations, the last scan and what a click does', () => {
    assert.equal(
      statusTooltip({ error: 1, warning: 1, info: 0 }, big, ['/w/.tlslintrc.json']),
      [
        'tlslint: 2 problems in the Problems panel (1 error, 1 warning)',
        'Configuration error in /w/.tlslintrc.json: files under it use the last valid configuration (or the defaults) until it is fixed',
        'Last workspace scan: 12,345 files in 1.2 s',
        'Click for the tlslint menu: scan, clear, output, restart',
      ].join('\n'),
    );
    assert.equal(statusTooltip({ error: 0, warning: 0, info: 0 }, undefined, []), 'tlslint: 0 problems in the Problems panel\nClick for the tlslint menu: scan, clear, output, restart');
  });
});
