// scripts/test-unit.mjs schedules a test file by the `// test-unit:` line of its header comment
// (its own process, and how long it runs); a line it cannot read would silently put a slow or
// CPU-measuring file into a shared process, so every such line must be one of the two forms.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const TEST_DIR = path.resolve(__dirname, '..', '..', '..', 'test');
const FORMS = /^\/\/ test-unit: (?:about \d+ s of CPU|own process \(.+\))$/;

describe('test-unit scheduling lines', () => {
  const files = readdirSync(TEST_DIR, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.test.ts'));

  it('are in the header comment and in one of the forms test-unit.mjs reads', () => {
    const marked: string[] = [];
    for (const f of files) {
      const lines = readFileSync(path.join(TEST_DIR, f), 'utf8').split('\n');
      const header = lines.slice(0, lines.findIndex((l) => !l.startsWith('//')));
      lines.forEach((line, i) => {
        if (!/^\/\/\s*test-unit\b/.test(line)) return;
        assert.ok(i < header.length, `${f}:${i + 1}: the test-unit line must be in the header comment (test-unit.mjs reads only the first lines)`);
        assert.match(line, FORMS, `${f}:${i + 1}`);
        marked.push(f.split(path.sep).join('/'));
      });
    }
    // The long files and the CPU-measuring one are marked (a negative control for the scan above).
    for (const f of ['fuzz/fuzz.test.ts', 'lsp/robustness-server.test.ts', 'engine/limits.test.ts']) assert.ok(marked.includes(f), f);
  });
});
