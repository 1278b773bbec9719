// Drops the fixes that could not be built.
import type { Fix } from '../api.js';

export function compact(fixes: readonly (Fix | undefined)[]): Fix[] {
  return fixes.filter((f): f is Fix => !!f);
}
