// The demo app in examples/ (what `npm run scan` shows a new user) produces exactly the findings
// below, with its own .tlslintrc.json applied as a scan would: a regression in any rule, in
// suppressions or in test-file severities changes this table.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { rules } from '../../rules/index.js';
import { analyzeText } from '../helpers/lint.js';
import { loadConfigForFile } from '../../server/src/engine/config/index.js';
import type { FileResult } from '../../server/src/engine/types.js';
import { ready } from '../../server/src/linter/index.js';
import { EXAMPLES, exampleFiles, scanExample } from '../helpers/examples.js';

const ruleIds = rules.map((r) => r.meta.id);

/** Findings per file, as `ruleId: count` with their severities after the config is applied. */
const EXPECTED: Record<string, Record<string, { count: number; severity: string }>> = {
  // Project files: a dev script and a partner script, an image and a compose file with the switches.
  'package.json': {
    'no-global-tls-bypass': { count: 1, severity: 'error' },
    'no-legacy-tls-version': { count: 1, severity: 'error' },
  },
  Dockerfile: {
    'no-global-tls-bypass': { count: 2, severity: 'error' },
    'no-unverified-certificate': { count: 1, severity: 'error' },
  },
  // The mock's setting is suppressed with a reason.
  'docker-compose.yml': {
    'no-global-tls-bypass': { count: 1, severity: 'error' },
  },
  'src/ops.js': {
    'no-deprecated-tls-api': { count: 1, severity: 'warning' },
    'no-plaintext-downgrade': { count: 2, severity: 'warning' },
    'no-tls-key-logging': { count: 1, severity: 'warning' },
    'no-unsafe-secure-options': { count: 1, severity: 'warning' },
    'no-weak-key-exchange': { count: 1, severity: 'warning' },
  },
  'src/legacy-gateway.js': {
    'no-weak-cipher': { count: 1, severity: 'error' },
  },
  'src/bootstrap.mjs': {
    'no-global-tls-bypass': { count: 1, severity: 'error' },
    'no-legacy-tls-version': { count: 1, severity: 'error' },
  },
  'src/clients/ledger.js': {
    'no-legacy-tls-version': { count: 1, severity: 'error' },
    'require-servername': { count: 1, severity: 'warning' },
  },
  'src/clients/payments.ts': {
    'no-unverified-certificate': { count: 1, severity: 'error' },
  },
  'src/db.js': {
    'no-unverified-certificate': { count: 2, severity: 'error' },
    'no-unverified-hostname': { count: 1, severity: 'error' },
    'require-servername': { count: 1, severity: 'warning' },
  },
  'src/desktop/main.js': {
    'no-unverified-certificate': { count: 1, severity: 'error' },
  },
  // The one finding here is suppressed with a reason.
  'src/dev-proxy.js': {},
  'src/mail.ts': {
    'no-unverified-certificate': { count: 1, severity: 'error' },
  },
  'src/safe.ts': {},
  'src/server.ts': {
    'no-unverified-certificate': { count: 1, severity: 'error' },
    'no-legacy-tls-version': { count: 1, severity: 'error' },
  },
  // A test file: reported one level lower.
  'test/payments.test.js': {
    'no-unverified-certificate': { count: 1, severity: 'warning' },
  },
  // A Python service (examples/python, requires-python >= 3.9).
  'python/inventory/__init__.py': {},
  'python/inventory/db.py': {},
  'python/inventory/probe.py': {
    // The second probe's check_hostname = False is suppressed with a reason.
    'no-unverified-certificate': { count: 1, severity: 'error' },
  },
  'python/inventory/report.py': {
    'no-unverified-certificate': { count: 1, severity: 'error' },
  },
  'python/inventory/safe.py': {},
  'python/inventory/settings.py': {
    // sslmode=require: a warning, it verifies when a root.crt happens to exist.
    'no-unverified-certificate': { count: 1, severity: 'warning' },
  },
  'python/inventory/warehouse.py': {
    'no-unverified-certificate': { count: 1, severity: 'error' },
  },
  // A pytest file: reported one level lower.
  'python/tests/test_warehouse.py': {
    'no-unverified-certificate': { count: 1, severity: 'warning' },
  },
};

describe('examples/', () => {
  const files = exampleFiles();
  const results = new Map<string, FileResult>();
  // The Python files need the WebAssembly parser before they are linted.
  before(async () => {
    await ready();
    for (const rel of files) results.set(rel, scanExample(rel));
  });

  it('is a small app whose dependencies are listed but not installed', () => {
    const pkg = JSON.parse(readFileSync(path.join(EXAMPLES, 'package.json'), 'utf8')) as { private?: boolean; dependencies?: object };
    assert.equal(pkg.private, true);
    assert.ok(Object.keys(pkg.dependencies ?? {}).length > 0);
    assert.ok(!existsSync(path.join(EXAMPLES, 'node_modules')), 'examples/node_modules must not exist');
  });

  it('has exactly the files of the table', () => {
    assert.deepEqual(files, Object.keys(EXPECTED).sort());
  });

  for (const [rel, expected] of Object.entries(EXPECTED)) {
    it(`${rel} has the expected findings`, () => {
      const result = results.get(rel);
      assert.ok(result, `${rel} is missing`);
      assert.deepEqual(result.notes, [], 'no parse errors, rule errors or unused suppressions');
      const actual: Record<string, { count: number; severity: string }> = {};
      for (const f of result.findings) {
        const entry = (actual[f.ruleId] ??= { count: 0, severity: f.severity });
        entry.count++;
        if (entry.severity !== f.severity) entry.severity = 'mixed';
      }
      assert.deepEqual(actual, expected, result.findings.map((f) => `${rel}:${f.range.start.line + 1} ${f.severity} ${f.ruleId}: ${f.message}`).join('\n'));
    });
  }

  it('safe.ts and safe.py have no findings', () => {
    assert.deepEqual(results.get('src/safe.ts')?.findings, []);
    assert.deepEqual(results.get('python/inventory/safe.py')?.findings, []);
  });

  it('the Python service targets the version its pyproject.toml requires', () => {
    const config = loadConfigForFile(path.join(EXAMPLES, 'python', 'inventory', 'probe.py'), { root: EXAMPLES, ruleIds });
    assert.deepEqual(config.python, { version: '3.9', source: 'requires-python ">=3.9" in pyproject.toml' });
  });

  it('dev-proxy.js has its finding suppressed, and only by the directive', () => {
    const rel = 'src/dev-proxy.js';
    const text = readFileSync(path.join(EXAMPLES, rel), 'utf8');
    assert.ok(text.includes('// tlslint-disable-next-line no-unverified-certificate -- local dev proxy'));
    const unsuppressed = analyzeText(rel, text.replace('tlslint-disable-next-line', 'note:'), { rules });
    assert.deepEqual(unsuppressed.findings.map((f) => f.ruleId), ['no-unverified-certificate']);
  });

  it('every rule fires at least once', () => {
    const fired = new Set([...results.values()].flatMap((r) => r.findings.map((f) => f.ruleId)));
    assert.deepEqual(ruleIds.filter((id) => !fired.has(id)), []);
  });
});
