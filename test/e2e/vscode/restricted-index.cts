// The Restricted Mode suite's entry (--extensionTestsPath of test/e2e/run-restricted-mode.mjs): the
// one file that expects an untrusted folder. The main suite (index.cts) runs with trust off.
import { runFiles } from './index.cjs';

export function run(): Promise<void> {
  return runFiles(['restricted-mode.test.cjs']);
}
