import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules as catalog } from '../../rules/index.js';
import type { Fix, Rule, RuleMeta, Severity } from '../../rules/api.js';
import type { FileResult, Finding, Note, Range } from '../../server/src/engine/types.js';
import { formatText } from '../../server/src/cli/format-text.js';
import { formatJson, formatJsonWithMetadata } from '../../server/src/cli/format-json.js';
import { formatSarif, pascalCase, securitySeverity } from '../../server/src/cli/format-sarif.js';

const cwd = path.resolve('/work/project');
const file = (rel: string) => path.join(cwd, rel);

const SOURCE = [
  "import tls from 'node:tls';",
  "tls.connect({ rejectUnauthorized: false });",
  "tls.connect({ ciphers: 'RC4' });",
  "tls.connect({ rejectUnauthorized: false });",
].join('\n');

/** Offsets → LSP-style range, the way the engine fills Finding.range. */
function rangeOf(text: string, start: number, end: number): Range {
  const pos = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  return { start: pos(start), end: pos(end) };
}

function finding(text: string, ruleId: string, needle: string, severity: Severity, fixes: Fix[] = [], nth = 0): Finding {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `${needle} not in text`);
  const end = start + needle.length;
  return { ruleId, messageId: 'm', message: `${ruleId} message`, severity, start, end, range: rangeOf(text, start, end), fixes };
}

function fakeRule(id: string, defaultSeverity: Severity, cwe: number[], securitySeverity = defaultSeverity === 'error' ? 8.1 : 5.3): Rule {
  const meta: RuleMeta = {
    id,
    securitySeverity,
    description: `${id} description`,
    rationale: `${id} rationale`,
    category: 'certificate',
    defaultSeverity,
    cwe,
    messages: { m: 'x' },
    fixKinds: ['safe', 'suggestion'],
    precision: 'high',
  };
  return { meta, parts: { js: { needles: [], check() {} } } };
}

const RULES = [fakeRule('no-unverified-tls', 'error', [295]), fakeRule('no-weak-cipher', 'warning', [327])];

const RC4 = SOURCE.indexOf("'RC4'");
const FALSE = SOURCE.indexOf('false');
const safeFix: Fix = { title: 'Use a modern cipher list', kind: 'safe', edits: [{ start: RC4, end: RC4 + 5, text: "'TLS_AES_128_GCM_SHA256'" }] };
const suggestion: Fix = { title: 'Verify certificates', kind: 'suggestion', edits: [{ start: FALSE, end: FALSE + 5, text: 'true' }] };

function sample(text = SOURCE): FileResult[] {
  const parseNote: Note = { kind: 'parse-error', message: "')' expected.", range: rangeOf(text, 10, 11), severity: 'error' };
  const ruleNote: Note = { kind: 'rule-error', message: 'rule crashed: boom', ruleId: 'no-weak-cipher', severity: 'warning' };
  return [
    {
      fileName: file('src/client.ts'),
      findings: [
        finding(text, 'no-unverified-tls', 'false', 'error', [suggestion], 1),
        finding(text, 'no-weak-cipher', "'RC4'", 'warning', [safeFix]),
        finding(text, 'no-unverified-tls', 'false', 'error', [suggestion], 0),
      ],
      notes: [],
    },
    { fileName: file('src/clean.ts'), findings: [], notes: [] },
    { fileName: file('test/broken.ts'), findings: [], notes: [parseNote, ruleNote] },
  ];
}

describe('formatText', () => {
  test('stylish layout, notes, summary and fix counts', () => {
    assert.equal(
      formatText(sample(), { cwd, color: false }),
      [
        'src/client.ts',
        '  2:35  error    no-unverified-tls message  no-unverified-tls',
        '  3:24  warning  no-weak-cipher message     no-weak-cipher',
        '  4:35  error    no-unverified-tls message  no-unverified-tls',
        '',
        'test/broken.ts',
        '        warning  rule crashed: boom  no-weak-cipher (rule error)',
        '  1:11  error    \')\' expected.       parse error',
        '',
        // No information findings: their count is left out (they show only with --include-info).
        '✖ 3 problems (2 errors, 1 warning)',
        '  2 notes about files that were not fully checked (listed above).',
        '  1 fixable with `--fix`; 2 more with `--fix-suggestions` (changes what connects: review the diff).',
      ].join('\n'),
    );
  });

  test('nothing found', () => {
    assert.equal(formatText([{ fileName: file('a.ts'), findings: [], notes: [] }], { cwd, color: false }), '✔ No problems found.');
    assert.equal(formatText([], { cwd, color: false }), '✔ No problems found.');
  });

  test('nothing found, but a path could not be read: no "No problems found"', () => {
    assert.equal(formatText([], { cwd, color: false, incomplete: true }), '');
  });

  test('unused disable directives are problems at their severity, not notes about unchecked files', () => {
    const unused: Note = { kind: 'unused-directive', severity: 'error', message: 'Unused tlslint-disable-next-line directive (no finding to suppress here).', range: rangeOf(SOURCE, 0, 6) };
    const out = formatText([{ fileName: file('a.ts'), findings: [], notes: [unused] }], { cwd, color: false });
    assert.match(out, /\n✖ 1 problem \(1 error, 0 warnings\)$/);
    assert.doesNotMatch(out, /not fully checked/);
  });

  test('multi-line messages stay on one row; singular counts', () => {
    const f = { ...finding(SOURCE, 'no-weak-cipher', "'RC4'", 'info'), message: 'first\n  second' };
    assert.equal(
      formatText([{ fileName: file('a.ts'), findings: [f], notes: [] }], { cwd, color: false }),
      'a.ts\n  3:24  info  first second  no-weak-cipher\n\n✖ 1 problem (0 errors, 0 warnings, 1 info)',
    );
  });

  test('colour only when asked', () => {
    assert.doesNotMatch(formatText(sample(), { cwd, color: false }), /\u001b\[/);
    const coloured = formatText(sample(), { cwd, color: true });
    assert.match(coloured, /\u001b\[31merror\u001b\[39m/);
    assert.match(coloured, /\u001b\[4msrc\/client.ts\u001b\[24m/);
    // Colour codes must not disturb the alignment of what is visible.
    assert.equal(coloured.replace(/\u001b\[\d+m/g, ''), formatText(sample(), { cwd, color: false }));
  });
});

/** A finding in config.ts used by a sink in client.ts (the project model's placement). */
function placed(): FileResult[] {
  const config = 'export const tlsOptions = { rejectUnauthorized: false };\n';
  const f = finding(config, 'no-unverified-tls', 'rejectUnauthorized: false', 'error');
  const related = [{ fileName: file('src/client.ts'), range: { start: { line: 11, character: 9 }, end: { line: 11, character: 22 } }, message: 'used by https.request' }];
  return [{ fileName: file('src/config.ts'), findings: [{ ...f, related }], notes: [] }];
}

describe('related locations', () => {
  test('text: one line under the finding, "used by https.request at client.ts:12"', () => {
    assert.equal(
      formatText(placed(), { cwd, color: false }),
      ['src/config.ts', '  1:29  error  no-unverified-tls message  no-unverified-tls', '               used by https.request at src/client.ts:12', '', '✖ 1 problem (1 error, 0 warnings)'].join('\n'),
    );
  });

  test('JSON: related, after fixes, with the same path and position conventions', () => {
    const out = JSON.parse(formatJson(placed(), { cwd }));
    assert.deepEqual(out[0].findings[0].related, [{ filePath: 'src/client.ts', message: 'used by https.request', line: 12, column: 10, endLine: 12, endColumn: 23 }]);
    assert.deepEqual(Object.keys(out[0].findings[0]).slice(-2), ['fixes', 'related']);
  });

  test('SARIF: relatedLocations with their own artifact and message', () => {
    const sarif = JSON.parse(formatSarif(placed(), { cwd, rules: RULES, toolVersion: '0.0.0', readText: () => 'x' }));
    assert.deepEqual(sarif.runs[0].results[0].relatedLocations, [
      { id: 0, physicalLocation: { artifactLocation: { uri: 'src/client.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 10, endLine: 12, endColumn: 23 } }, message: { text: 'used by https.request' } },
    ]);
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'src/config.ts');
  });
});

describe('formatJson', () => {
  test('documented shape, sorted findings, 1-based positions, relative paths', () => {
    const out = JSON.parse(formatJson(sample(), { cwd }));
    assert.equal(out.length, 3);
    assert.deepEqual(out.map((r: { filePath: string }) => r.filePath), ['src/client.ts', 'src/clean.ts', 'test/broken.ts']);
    assert.deepEqual(out[0].findings[0], {
      ruleId: 'no-unverified-tls',
      severity: 'error',
      message: 'no-unverified-tls message',
      line: 2,
      column: 35,
      endLine: 2,
      endColumn: 40,
      fixes: [{ title: 'Verify certificates', kind: 'suggestion', edits: [{ start: FALSE, end: FALSE + 5, text: 'true' }] }],
      related: [],
    });
    assert.deepEqual(out[0].findings.map((f: { line: number }) => f.line), [2, 3, 4]);
    assert.deepEqual(out[2].notes, [
      { kind: 'parse-error', severity: 'error', message: "')' expected.", ruleId: null, line: 1, column: 11, endLine: 1, endColumn: 12 },
      { kind: 'rule-error', severity: 'warning', message: 'rule crashed: boom', ruleId: 'no-weak-cipher', line: null, column: null, endLine: null, endColumn: null },
    ]);
    // The counts come last: fields are only ever added at the end (the header's promise).
    assert.deepEqual(Object.keys(out[0]), ['filePath', 'findings', 'notes', 'errorCount', 'warningCount', 'infoCount', 'fixableCount']);
    assert.deepEqual([out[0].errorCount, out[0].warningCount, out[0].infoCount, out[0].fixableCount], [2, 1, 0, 1]);
    // A parse error is a note about the file, not a problem in it.
    assert.deepEqual([out[2].errorCount, out[2].warningCount], [0, 0]);
  });

  test('json-with-metadata: the same array and the totals', () => {
    const unused: Note = { kind: 'unused-directive', severity: 'error', message: 'Unused directive.', range: rangeOf(SOURCE, 0, 6) };
    const results = [...sample(), { fileName: file('b.ts'), findings: [finding(SOURCE, 'no-weak-cipher', "'RC4'", 'info')], notes: [unused] }];
    const out = JSON.parse(formatJsonWithMetadata(results, { cwd }));
    assert.deepEqual(out.results, JSON.parse(formatJson(results, { cwd })));
    assert.deepEqual(out.metadata, { errorCount: 3, warningCount: 1, infoCount: 1, fixableCount: 1 });
  });

  test('files outside cwd keep a relative path', () => {
    const out = JSON.parse(formatJson([{ fileName: path.resolve('/work/other/x.ts'), findings: [], notes: [] }], { cwd }));
    assert.equal(out[0].filePath, '../other/x.ts');
  });
});

// ---------------------------------------------------------------------------------------------

// Parsed output is checked structurally; a full SARIF type would only restate the assertions.
type Json = Record<string, any>;

function sarif(results: FileResult[], text = SOURCE): Json {
  return JSON.parse(formatSarif(results, { cwd, rules: RULES, toolVersion: '1.2.3', readText: () => text }));
}

function assertRegion(region: Json) {
  for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) {
    assert.ok(Number.isInteger(region[key]) && region[key] >= 1, `${key} must be a 1-based integer, got ${region[key]}`);
  }
  assert.ok(region.endLine > region.startLine || (region.endLine === region.startLine && region.endColumn >= region.startColumn));
}

describe('formatSarif', () => {
  test('log, run and driver', () => {
    const log = sarif(sample());
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: pathToFileURL(cwd).href + '/' } });
    assert.equal(run.tool.driver.name, 'tlslint');
    assert.equal(run.tool.driver.version, '1.2.3');
    assert.match(run.tool.driver.informationUri, /^https:\/\//);
  });

  test('rule descriptors', () => {
    const rules: Json[] = sarif(sample()).runs[0].tool.driver.rules;
    assert.deepEqual(rules.map((r) => r.id), ['no-unverified-tls', 'no-weak-cipher']);
    const [r] = rules;
    assert.equal(r.name, 'NoUnverifiedTls');
    assert.deepEqual(r.shortDescription, { text: 'no-unverified-tls description' });
    assert.deepEqual(r.fullDescription, { text: 'no-unverified-tls rationale' });
    assert.equal(r.helpUri, 'https://github.com/tlslint/tlslint/blob/main/docs/rules/no-unverified-tls.md');
    assert.equal(r.help.text, `no-unverified-tls description\n\nno-unverified-tls rationale\n\nSee ${r.helpUri}`);
    assert.match(r.help.markdown, /\[no-unverified-tls\]\(https:\/\/github\.com\/tlslint\/tlslint\/blob\/main\/docs\/rules\/no-unverified-tls\.md\)/);
    assert.deepEqual(r.defaultConfiguration, { level: 'error' });
    assert.deepEqual(r.properties, { tags: ['security', 'external/cwe/cwe-295'], precision: 'high', 'security-severity': '8.1' });
    assert.equal(rules[1].defaultConfiguration.level, 'warning');
    assert.equal(rules[1].properties['security-severity'], '5.3');
  });

  test('security-severity is the rule\'s own, with one decimal as GitHub shows it, and names', () => {
    assert.equal(securitySeverity(fakeRule('a', 'error', [297], 8.1)), '8.1');
    assert.equal(securitySeverity(fakeRule('a', 'error', [327], 7.5)), '7.5');
    assert.equal(securitySeverity(fakeRule('a', 'warning', [295], 5)), '5.0');
    // Every rule of the catalog says its own, and impersonation ranks highest.
    for (const r of catalog) assert.ok(r.meta.securitySeverity > 0 && r.meta.securitySeverity < 10, r.meta.id);
    const top = Math.max(...catalog.map((r) => r.meta.securitySeverity));
    for (const r of catalog.filter((x) => x.meta.securitySeverity === top)) assert.ok(r.meta.cwe.some((c) => c === 295 || c === 297), r.meta.id);
    assert.equal(pascalCase('no-weak-cipher'), 'NoWeakCipher');
  });

  test('results: levels, indexes, regions, relative uris', () => {
    const run = sarif(sample()).runs[0];
    const results: Json[] = run.results;
    assert.equal(results.length, 3);
    for (const r of results) {
      assert.equal(typeof r.message.text, 'string');
      assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
      const loc = r.locations[0].physicalLocation;
      assert.deepEqual(loc.artifactLocation, { uri: 'src/client.ts', uriBaseId: '%SRCROOT%' });
      assertRegion(loc.region);
      assert.match(r.partialFingerprints.primaryLocationLineHash, /^[0-9a-f]{16}:\d+$/);
    }
    assert.deepEqual(results.map((r) => r.level), ['error', 'warning', 'error']);
    assert.deepEqual(results[0].locations[0].physicalLocation.region, { startLine: 2, startColumn: 35, endLine: 2, endColumn: 40 });
  });

  test('info is "note"; unknown rules get a descriptor; odd names are encoded; outside cwd is absolute', () => {
    const f = finding(SOURCE, 'not-in-catalog', "'RC4'", 'info');
    const run = sarif([
      { fileName: file('my dir/a#1.ts'), findings: [f], notes: [] },
      { fileName: path.resolve('/elsewhere/b.ts'), findings: [f], notes: [] },
    ]).runs[0];
    assert.equal(run.results[0].level, 'note');
    assert.equal(run.tool.driver.rules[run.results[0].ruleIndex].id, 'not-in-catalog');
    assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'my%20dir/a%231.ts');
    assert.deepEqual(run.results[1].locations[0].physicalLocation.artifactLocation, { uri: pathToFileURL(path.resolve('/elsewhere/b.ts')).href });
  });

  test('fingerprints: identical lines differ by occurrence and survive a line shift', () => {
    const before = sarif(sample()).runs[0].results.map((r: Json) => r.partialFingerprints.primaryLocationLineHash);
    assert.equal(new Set(before).size, 3);
    assert.equal(before[0].split(':')[0], before[2].split(':')[0], 'same rule and line text, same hash');
    assert.deepEqual([before[0].split(':')[1], before[2].split(':')[1]], ['1', '2']);
    const shifted = '// a new first line\n\n' + SOURCE;
    const after = sarif(sample(shifted), shifted).runs[0].results;
    assert.equal(after[0].locations[0].physicalLocation.region.startLine, 4);
    assert.deepEqual(after.map((r: Json) => r.partialFingerprints.primaryLocationLineHash), before);
  });

  test('no text, no fingerprints (GitHub computes its own)', () => {
    const log = JSON.parse(formatSarif(sample(), { cwd, rules: RULES, toolVersion: '1', readText: () => { throw new Error('gone'); } }));
    assert.equal(log.runs[0].results[0].partialFingerprints, undefined);
  });

  test('only safe fixes are included, as artifactChanges with char offsets', () => {
    const results: Json[] = sarif(sample()).runs[0].results;
    assert.equal(results[0].fixes, undefined, 'suggestions change behaviour and are not offered');
    assert.deepEqual(results[1].fixes, [
      {
        description: { text: 'Use a modern cipher list' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'src/client.ts', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { charOffset: RC4, charLength: 5 }, insertedContent: { text: "'TLS_AES_128_GCM_SHA256'" } }],
          },
        ],
      },
    ]);
  });

  test('notes become tool notifications; a rule error makes the run unsuccessful', () => {
    const run = sarif(sample()).runs[0];
    assert.equal(run.invocations.length, 1);
    const inv = run.invocations[0];
    assert.equal(inv.executionSuccessful, false);
    assert.equal(inv.toolExecutionNotifications.length, 2);
    const [parse, crash] = inv.toolExecutionNotifications;
    assert.equal(parse.level, 'error');
    assert.deepEqual(parse.message, { text: "')' expected." });
    assert.deepEqual(parse.locations[0].physicalLocation.artifactLocation, { uri: 'test/broken.ts', uriBaseId: '%SRCROOT%' });
    assertRegion(parse.locations[0].physicalLocation.region);
    assert.deepEqual(crash.associatedRule, { id: 'no-weak-cipher', index: 1 });
    assert.equal(crash.locations[0].physicalLocation.region, undefined);

    const clean = sarif([{ fileName: file('a.ts'), findings: [], notes: [{ kind: 'config', message: 'bad config', severity: 'error' }] }]).runs[0];
    assert.equal(clean.invocations[0].executionSuccessful, true);
    assert.equal(clean.invocations[0].toolExecutionNotifications, undefined);
    assert.equal(clean.invocations[0].toolConfigurationNotifications[0].message.text, 'bad config');
    assert.deepEqual(clean.results, []);
  });
});
