// The Python versions a file targets (rules/python/api.ts PythonTarget) against an API's history:
// whether a finding applies, how to say when the target matters, and how severe it is.
import type { Severity } from '../api.js';
import type { PyVersion } from '../data/python/deprecated-apis.js';
import type { PythonTarget } from './api.js';

export const below = (a: readonly [number, number], b: PyVersion) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
export const versionText = (v: PyVersion) => `${v[0]}.${v[1]}`;

/** Whether the oldest targeted version already has the replacement (unknown targets: yes). */
export function replacementAvailable(target: PythonTarget, since: PyVersion | undefined): boolean {
  return !since || !target.min || !below(target.min, since);
}

/**
 * " and removed in 3.12" for the message; when the project's oldest version is already past it,
 * the version and what sets it (`target`) instead, and an error (the code fails on every version
 * it supports).
 */
export function removalOf(target: PythonTarget, removed: PyVersion | undefined): { text: string; severity?: Severity; target?: string } {
  if (!removed) return { text: '' };
  if (!target.min || below(target.min, removed)) return { text: ` and removed in ${versionText(removed)}` };
  return { text: '', severity: 'error', target: `${versionText(target.min)}+ (${target.source ?? 'python.version'})` };
}
