// Pre-filter needles for module specifiers. The engine resolves a module reference only from a
// specifier written as a string literal (import, require, import(), import x = require), so a
// rule that fires through one needs the specifier's bytes, quotes included: `'tls'`, `"node:tls"`.
import { SINKS } from '../data/node/sinks.js';

const QUOTES = ["'", '"', '`'];

/** The quoted forms of each specifier, with and without `node:` (harmless for packages, which never have it). */
export function moduleNeedles(specifiers: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const s of specifiers) {
    for (const q of QUOTES) {
      out.add(`${q}${s}${q}`);
      out.add(`${q}node:${s}${q}`);
    }
  }
  return [...out];
}

/** Quoted specifiers of every module in the sink table, for the pre-filter's tests and the benchmark's statistics. */
export function sinkModuleNeedles(): string[] {
  return moduleNeedles(SINKS.flatMap((s) => s.modules));
}
