// The chain of files one value passes through while a frontend's project model follows it (a.ts
// uses b.ts, which uses c.ts; a.py imports b.py, …): past its length the value is given up, with
// one note naming the chain. Shared by every language's project session.
import path from 'node:path';

export class ValueChain {
  private readonly files: string[] = [];

  constructor(
    private readonly max: number,
    /** What a file is called in the note ('files', 'modules'). */
    private readonly noun: string,
    private readonly note: (message: string) => void,
  ) {}

  /** Runs `work` one file further along the chain, or gives `fallback` past its length. */
  within<T>(fileName: string, work: () => T, fallback: T): T {
    if (this.files.length >= this.max) {
      this.note(`values passing through more than ${this.max} ${this.noun} are not followed (${[...this.files, fileName].map((f) => path.basename(f)).join(' → ')})`);
      return fallback;
    }
    this.files.push(fileName);
    try {
      return work();
    } finally {
      this.files.pop();
    }
  }
}
