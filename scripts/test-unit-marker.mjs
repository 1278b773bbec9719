// The `// test-unit: …` line a test file's header comment may hold, telling scripts/test-unit.mjs
// how to run it: `// test-unit: about N s of CPU` (its own process, started by length) or
// `// test-unit: own process (why)`. One reader for the script and for the test that checks every
// such line (test/meta/test-unit-markers.test.ts).

const LINE = /^\/\/\s*test-unit\b.*$/m;
const FORMS = [/^\/\/ test-unit: about (\d+) s of CPU$/, /^\/\/ test-unit: own process \(.+\)$/];

/**
 * What the first `// test-unit` line of `text` (a file's head) asks for: `undefined` when there is
 * none, `{ own, seconds }` when it has one of the two forms, `{ invalid }` (the line) otherwise.
 */
export function readMarker(text) {
  const line = LINE.exec(text)?.[0];
  if (line === undefined) return undefined;
  const [cpu, own] = FORMS.map((f) => f.exec(line));
  if (cpu) return { own: true, seconds: Number(cpu[1]) };
  if (own) return { own: true, seconds: 0 };
  return { invalid: line };
}
