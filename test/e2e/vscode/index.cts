// The suite's entry point (--extensionTestsPath), the same for @vscode/test-electron and for the
// code-server runner. Writes a result file (E2E_RESULT_FILE) that the runners check, so a run in
// which no test ran, or a file registered no test, cannot pass.
import fs from 'node:fs';
import path from 'node:path';

/** In the order they run: the scan compares the whole workspace after the other tests changed it. */
const FILES = ['diagnostics.test.cjs', 'project-files.test.cjs', 'python.test.cjs', 'docs.test.cjs', 'quick-fix-menu.test.cjs', 'fix-all.test.cjs', 'settings.test.cjs', 'suppression.test.cjs', 'config.test.cjs', 'output.test.cjs', 'scan.test.cjs'];

export interface SuiteResult {
  files: string[];
  tests: string[];
  passed: string[];
  failed: { title: string; error: string }[];
}

export function run(): Promise<void> {
  return runFiles(FILES);
}

/** Runs `files` (compiled test files next to this one) with mocha; also the entry of restricted-index.cts. */
export async function runFiles(files: string[]): Promise<void> {
  // mocha 12 is an ES module; import() also works where require() of ESM does not (older Electron).
  const { default: Mocha } = await import('mocha');
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 90_000, reporter: 'spec' });
  for (const file of files) mocha.addFile(path.join(__dirname, file));

  const result: SuiteResult = { files, tests: [], passed: [], failed: [] };
  const testsPerFile = new Map<string, number>();
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run((n) => resolve(n));
    runner.on('test end', (t) => {
      result.tests.push(t.fullTitle());
      const file = t.file ? path.basename(t.file) : '?';
      testsPerFile.set(file, (testsPerFile.get(file) ?? 0) + 1);
    });
    runner.on('pass', (t) => result.passed.push(t.fullTitle()));
    runner.on('fail', (t, err: Error) => result.failed.push({ title: t.fullTitle(), error: String(err?.stack ?? err) }));
  });
  for (const file of files) {
    if (!testsPerFile.get(file)) result.failed.push({ title: file, error: `${file} ran no test` });
  }
  const resultFile = process.env.E2E_RESULT_FILE;
  if (resultFile) fs.writeFileSync(resultFile, JSON.stringify(result, null, 2));
  console.log(`E2E_SUITE_RESULT tests=${result.tests.length} passed=${result.passed.length} failed=${result.failed.length}`);
  if (failures > 0 || result.failed.length > 0) throw new Error(`${result.failed.length} of ${result.tests.length} tests failed`);
}
