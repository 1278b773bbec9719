// How far a batch lets V8's old generation grow between full collections. A batch's live data is
// small (40-70 MB on the TLS-heavy corpus once collected: the bundle, TypeScript, the results, the
// project model's kept trees), but each file's tree and model live long enough to be promoted, and
// V8's default lets the old generation grow to about four times what the last full collection
// kept, so a run's peak RSS was mostly garbage (270-390 MB there). Growing by half at most keeps
// the peak near 300 MB for a few more full collections. A process-wide flag: the CLI's own
// process only (the language server stays with V8's defaults and its idle-time memory reducer).
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

/** Sets the old generation's growth factor, unless the user chose one (NODE_OPTIONS, node's arguments). */
export function boundHeapGrowth(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): boolean {
  if ([...execArgv, nodeOptions].some((a) => /--heap[-_]growing[-_]percent/.test(a))) return false;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}
