// Small helpers the rules' `files` parts share.
import type { Word } from './api.js';

/** A value for a message: quoted when empty or spaced, shortened when long. */
export function shown(w: Word | undefined): string {
  const v = w?.value ?? '';
  const short = v.length > 40 ? `${v.slice(0, 39)}…` : v;
  return v === '' || /\s/.test(v) ? `"${short}"` : short;
}
