// Inputs the Python model's equivalence tests share (python-calls, python-slots): the `.py` files
// of a folder, and the fuzzer's Python seeds, their truncations and random inputs.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { makeInput, plannedInputs } from '../fuzz/harness.js';

/** Every `.py` file below `dir`. */
export function pyFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? pyFiles(p) : p.endsWith('.py') ? [p] : [];
  });
}

/** Calls `check` with each of the fuzzer's Python inputs of seed 20261206 (`count` random ones after the seeds and their truncations). */
export function forEachFuzzInput(count: number, check: (text: string, id: string) => void): void {
  const opts = { lang: 'python', truncateAllUpTo: 0, maxChars: 16 * 1024, count } as const;
  const total = plannedInputs(opts);
  for (let i = 0; i < total; i++) {
    const input = makeInput(20261206, i, opts);
    check(input.text, input.id);
  }
}
