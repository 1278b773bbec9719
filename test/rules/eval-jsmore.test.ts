// The evaluation set of issue 16's process-wide knobs, browser switches, libraries and precision
// fixes (test/fixtures/eval-jsmore/, README there): every expected finding is found and nothing
// else, linted as the CLI does (pre-filter on, every rule). Prints recall and false positives.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { defaultConfig } from '../../server/src/engine/config/index.js';
import { lintText } from '../../server/src/linter/index.js';

const DIR = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'eval-jsmore');
// The files live under test/: lint them as sources, not as test files (which are one level lower).
const CONFIG = { ...defaultConfig(), testFiles: [], configFile: undefined, baseDir: DIR };

/** `line:rule` for each `// expect: a, b` comment. */
function expected(text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const m = /\/\/ expect: ([\w, -]+)$/.exec(line);
    return m ? m[1].split(',').map((r) => `${i + 1}:${r.trim()}`) : [];
  });
}

describe('evaluation set: issue 16 (process-wide knobs, browsers, libraries, precision)', () => {
  const files = readdirSync(DIR).filter((f) => /\.[cm]?[jt]s$/.test(f)).sort();
  let want = 0;
  let found = 0;
  let extra = 0;
  it('holds at least 20 files', () => {
    assert.ok(files.length >= 20, `${files.length} files`);
  });
  for (const file of files) {
    it(file, () => {
      const text = readFileSync(path.join(DIR, file), 'utf8');
      const result = lintText(path.join(DIR, file), text, { config: CONFIG });
      const got = [...new Set(result.findings.map((f) => `${text.slice(0, f.start).split('\n').length}:${f.ruleId}`))];
      const exp = expected(text);
      want += exp.length;
      found += exp.filter((e) => got.includes(e)).length;
      extra += got.filter((g) => !exp.includes(g)).length;
      assert.deepEqual(got.sort(), exp.sort());
    });
  }
  it('recall and false positives', () => {
    process.stdout.write(`# eval-jsmore: ${found}/${want} expected findings (recall ${((100 * found) / Math.max(want, 1)).toFixed(1)}%), ${extra} false positive(s) in ${files.length} files\n`);
    assert.ok(want > 0);
  });
});
