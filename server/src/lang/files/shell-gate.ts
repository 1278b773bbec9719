// Whether a command line a project file runs (a package.json script, a RUN line, a CI `run:` block)
// may hold anything a rule's project-file part reads: the parts' own needles, asked of the line's
// text alone. Most scripts (`tsc -p .`, `jest`) hold none, and the shell parser (mvdan-sh) is the
// largest cost of a package.json; a line that holds none is not parsed, so its shell syntax is
// not checked either (tlslint reports syntax only where it reads TLS settings).
import { rules } from '../../../../rules/index.js';
import { prefilterFor } from '../../engine/prefilter.js';

let everyLine = false;

export function shellMayMatter(text: string): boolean {
  return everyLine || prefilterFor(rules, 'files').mayFire(text);
}

/** For the gate's soundness test (test/engine/shell-gate.test.ts): parse every command line. */
export function parseEveryCommandLine(on: boolean): void {
  everyLine = on;
}
