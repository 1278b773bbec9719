// A realistic evaluation set (test/fixtures/python-eval/): Python services written like real
// ones (requests/httpx/aiohttp clients, mail and FTP code, raw ssl sockets, settings modules,
// database, queue, search and cloud clients, asyncio streams, pyOpenSSL), with traps (verify=True,
// CA paths, server-side CERT_NONE, comparisons, comments, docstrings, contexts hardened after
// _create_unverified_context(), later safe overrides). Each expected finding is marked on its
// line with `# expect: <rule-id>`; this test reports recall and false positives for the rules
// those marks cover, and fails on any difference.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { analyzeText } from '../../helpers/lint.js';
import { ready } from '../../../server/src/linter/index.js';

const DIR = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'python-eval');
const RULES = new Set(['no-unverified-certificate', 'no-unverified-hostname', 'no-global-tls-bypass']);

function expected(text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/# expect: ([\w-]+)/g)) out.push(`${i + 1} ${m[1]}`);
  });
  return out;
}

describe('Python evaluation set', () => {
  before(() => ready());
  const files = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();

  it(`has at least 25 files (${files.length})`, () => assert.ok(files.length >= 25));

  it('finds every marked problem and nothing else', (t) => {
    let want = 0;
    let found = 0;
    const misses: string[] = [];
    const extra: string[] = [];
    for (const f of files) {
      const text = readFileSync(path.join(DIR, f), 'utf8');
      const exp = expected(text);
      const got = analyzeText(f, text).findings.filter((x) => RULES.has(x.ruleId)).map((x) => `${x.range.start.line + 1} ${x.ruleId}`);
      want += exp.length;
      for (const e of exp) if (got.includes(e)) found++; else misses.push(`${f}:${e}`);
      for (const g of new Set(got)) if (!exp.includes(g)) extra.push(`${f}:${g}`);
    }
    t.diagnostic(`recall ${found}/${want} (${((100 * found) / want).toFixed(1)} %), false positives ${extra.length}`);
    assert.deepEqual({ misses, extra }, { misses: [], extra: [] });
  });
});
