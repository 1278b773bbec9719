// The project-file evaluation set (test/fixtures/project-files/): 32 files written like real
// projects' (apps, a monorepo, infrastructure, CI), with traps (comments, echoes, values that keep
// verification on, interpolations). Every expected finding is listed as `line rule-id`; the test
// fails on a miss or an unexpected finding, and prints recall and false positives.
// Findings at `info` severity (a cipher list that is merely like Node's default) are not counted.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { languageOfFile } from '../../../protocol/languages.js';
import { analyzeText } from '../../helpers/lint.js';

const DIR = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'project-files');
const G = 'no-global-tls-bypass';
const L = 'no-legacy-tls-version';
const C = 'no-weak-cipher';
const K = 'no-tls-key-logging';
const U = 'no-unverified-certificate';

export const EXPECTED: Record<string, string[]> = {
  'next-app/package.json': [`5 ${G}`],
  'next-app/.env.local': [`4 ${G}`],
  'next-app/.env.example': [],
  'next-app/.npmrc': [],
  'api-service/package.json': [`6 ${L}`, `7 ${G}`, `10 ${K}`],
  'api-service/Dockerfile': [`5 ${G}`, `13 ${G}`],
  'api-service/docker-compose.yml': [`9 ${G}`],
  'api-service/.github/workflows/ci.yml': [`25 ${G}`],
  'api-service/.github/workflows/release.yml': [`12 ${G}`],
  'monorepo/package.json': [`9 ${G}`],
  'monorepo/.yarnrc.yml': [`3 ${G}`],
  'monorepo/.yarnrc': [],
  'monorepo/.github/workflows/nightly.yml': [`9 ${K}`, `13 ${G}`, `15 ${G}`],
  'monorepo/packages/web/package.json': [],
  'monorepo/packages/web/.env.development': [`2 ${G}`],
  'infra/k8s/deployment.yaml': [`26 ${G}`],
  'infra/k8s/cronjob.yaml': [`16 ${L}`],
  'infra/k8s/configmap.yaml': [`6 ${C}`],
  'infra/helm/values.yaml': [`7 ${G}`],
  'infra/helm/templates/deployment.yaml': [],
  'gitlab/.gitlab-ci.yml': [`4 ${G}`, `16 ${G}`, `23 ${U}`],
  'python-worker/Dockerfile': [`4 ${U}`],
  'python-worker/.env': [`1 ${G}`],
  'legacy-gateway/Dockerfile.prod': [`2 ${G}`, `3 ${L}`, `4 ${G}`, `6 ${G}`, `7 ${C}`, `7 ${C}`],
  // Line 9: --tls-max-v1.2 turns TLS 1.3 off (a warning, as NODE_OPTIONS in code gives).
  'legacy-gateway/compose.yaml': [`7 ${L}`, `9 ${L}`],
  'legacy-gateway/ecosystem.config.json': [`6 ${L}`, `8 ${G}`],
  'cli-tool/package.json': [`8 ${U}`],
  'cli-tool/.npmrc': [`3 ${G}`],
  'cli-tool/.env.test': [],
  'docs-site/package.json': [],
  'docs-site/.github-actions-example.yml': [],
  'docs-site/docker-compose.override.yml': [],
};

function filesUnder(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel)).sort().flatMap((name) => {
    const child = rel ? `${rel}/${name}` : name;
    return statSync(path.join(dir, child)).isDirectory() ? filesUnder(dir, child) : [child];
  });
}

describe('project-file evaluation set', () => {
  const files = filesUnder(DIR);
  const results = new Map(files.map((rel) => [rel, analyzeText(path.join(DIR, rel), readFileSync(path.join(DIR, rel), 'utf8'))]));
  const found = new Map([...results].map(([rel, r]) => [rel, r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.range.start.line + 1} ${f.ruleId}`)]));

  it('says each project-file finding in one sentence a Problems panel shows whole (at most 160 characters)', () => {
    const own = new Set(['envVar', 'toolSetting', 'toolSwitch', 'nodeFlag']);
    const long = [...results.values()].flatMap((r) => r.findings).filter((f) => own.has(f.messageId) && f.message.length > 160).map((f) => `${f.message.length}: ${f.message}`);
    assert.deepEqual(long, []);
  });

  it('has at least 30 files, each read by tlslint and listed here', () => {
    assert.ok(files.length >= 30, `${files.length} files`);
    assert.deepEqual(files.filter((f) => !languageOfFile(f)), [], 'files tlslint does not read');
    assert.deepEqual(files, Object.keys(EXPECTED).sort());
  });

  it('finds every expected finding and nothing else', () => {
    let expected = 0;
    let hits = 0;
    const misses: string[] = [];
    const extra: string[] = [];
    for (const [rel, want] of Object.entries(EXPECTED)) {
      const got = [...(found.get(rel) ?? [])];
      expected += want.length;
      for (const w of want) {
        const i = got.indexOf(w);
        if (i >= 0) (hits++, got.splice(i, 1));
        else misses.push(`${rel}:${w}`);
      }
      extra.push(...got.map((g) => `${rel}:${g}`));
    }
    console.log(`project-file evaluation: ${hits}/${expected} expected findings (recall ${((100 * hits) / expected).toFixed(1)} %), ${extra.length} unexpected`);
    assert.deepEqual({ misses, extra }, { misses: [], extra: [] });
  });
});
