// Drops the fixes that could not be built.
import type { Fix } from '../api.js';

export function compact<F extends Fix>(fixes: readonly (F | undefined)[]): F[] {
  return fixes.filter((f): f is F => !!f);
}
