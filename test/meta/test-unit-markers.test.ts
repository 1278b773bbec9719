// scripts/test-unit.mjs runs a test file in a process of its own when its header comment says so
// in a `// test-unit: own process (why)` line; a line it cannot read would put a slow or
// CPU-measuring file into a shared process, so every such line must be in the header and in the
// form it reads.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const TEST_DIR = path.join(ROOT, 'test');
type Marker = { own: true } | { invalid: string } | undefined;

describe('test-unit scheduling lines', () => {
  it('are in the header comment and in one of the forms test-unit.mjs reads', async () => {
    const { readMarker } = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'test-unit-marker.mjs')).href)) as { readMarker: (text: string) => Marker };
    const marked: string[] = [];
    for (const f of readdirSync(TEST_DIR, { recursive: true }).map(String).filter((x) => x.endsWith('.test.ts'))) {
      const lines = readFileSync(path.join(TEST_DIR, f), 'utf8').split('\n');
      const headerEnd = lines.findIndex((l) => !l.startsWith('//'));
      const at = lines.findIndex((l) => /^\/\/\s*test-unit\b/.test(l));
      if (at < 0) continue;
      assert.ok(at < headerEnd, `${f}:${at + 1}: the test-unit line must be in the header comment (test-unit.mjs reads only the first lines)`);
      const marker = readMarker(lines.slice(0, headerEnd).join('\n'));
      assert.ok(marker && !('invalid' in marker) && marker.own, `${f}:${at + 1}: ${lines[at]}`);
      marked.push(f.split(path.sep).join('/'));
    }
    // The long files and the CPU-measuring one are marked (a negative control for the scan above).
    for (const f of ['fuzz/fuzz.test.ts', 'lsp/robustness-server.test.ts', 'engine/limits.test.ts']) assert.ok(marked.includes(f), f);
    // Lines of another form are reported, not taken for "shared".
    assert.deepEqual(readMarker('// x\n// test-unit: own process\n'), { invalid: '// test-unit: own process' });
    assert.deepEqual(readMarker('// test-unit: about 7 s of CPU\n'), { invalid: '// test-unit: about 7 s of CPU' });
    assert.deepEqual(readMarker('// test-unit: own process (starts a server)\n'), { own: true });
    assert.equal(readMarker('// nothing here\n'), undefined);
  });
});
