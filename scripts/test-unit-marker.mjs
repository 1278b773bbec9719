// The `// test-unit: own process (why)` line a test file's header comment may hold, telling
// scripts/test-unit.mjs to run it in a process of its own (it is long, measures the process's CPU
// time, or starts servers) rather than in a process shared with the short files. One reader for
// the script and for the test that checks every such line (test/meta/test-unit-markers.test.ts).

const LINE = /^\/\/\s*test-unit\b.*$/m;
const FORM = /^\/\/ test-unit: own process \(.+\)$/;

/**
 * What the first `// test-unit` line of `text` (a file's head) asks for: `undefined` when there is
 * none, `{ own: true }` in the one form, `{ invalid }` (the line) otherwise.
 */
export function readMarker(text) {
  const line = LINE.exec(text)?.[0];
  if (line === undefined) return undefined;
  return FORM.test(line) ? { own: true } : { invalid: line };
}
