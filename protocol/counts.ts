// How counts are written wherever tlslint shows one (status bar, notifications, progress, logs):
// with thousands separators, in English like the rest of the wording.
const NUMBER = new Intl.NumberFormat('en-US');

/** `6001` → "6,001". */
export function formatCount(n: number): string {
  return NUMBER.format(n);
}

/** "1 file", "6,001 files". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
