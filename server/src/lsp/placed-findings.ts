// Findings a document's analysis placed in other files (where an imported value was written), kept
// per document that placed them, so a file's diagnostics are its own plus those the documents
// using its values placed in it, and they leave when those documents change or close.
import type { PlacedFinding } from '../engine/types.js';

export class PlacedFindings {
  /** By the file whose analysis placed them. */
  private readonly byConsumer = new Map<string, PlacedFinding[]>();

  /** Replaces what a file's analysis placed; returns the files whose placed findings changed. */
  set(consumer: string, placed: readonly PlacedFinding[]): string[] {
    const before = this.byConsumer.get(consumer) ?? [];
    if (placed.length === 0) this.byConsumer.delete(consumer);
    else this.byConsumer.set(consumer, [...placed]);
    const changed = new Set<string>();
    const key = (p: PlacedFinding) => JSON.stringify([p.ruleId, p.start, p.end, p.message, p.related]);
    const was = new Map<string, Set<string>>();
    for (const p of before) {
      let s = was.get(p.fileName);
      if (!s) was.set(p.fileName, (s = new Set()));
      s.add(key(p));
    }
    const now = new Map<string, Set<string>>();
    for (const p of placed) {
      let s = now.get(p.fileName);
      if (!s) now.set(p.fileName, (s = new Set()));
      s.add(key(p));
    }
    for (const file of new Set([...was.keys(), ...now.keys()])) {
      const a = was.get(file);
      const b = now.get(file);
      if (!a || !b || a.size !== b.size || [...a].some((k) => !b.has(k))) changed.add(file);
    }
    return [...changed].sort();
  }

  /** What other files placed in `file`, in the order of the files that placed them. */
  in(file: string): PlacedFinding[] {
    const out: PlacedFinding[] = [];
    for (const consumer of [...this.byConsumer.keys()].sort()) for (const p of this.byConsumer.get(consumer)!) if (p.fileName === file) out.push(p);
    return out;
  }

  /** Whether any file placed findings in `file`. */
  has(file: string): boolean {
    for (const list of this.byConsumer.values()) if (list.some((p) => p.fileName === file)) return true;
    return false;
  }
}
