// The rule catalog: every rule, in the order they are documented. Adding a rule means adding its
// file here, its doc page and its test table (test/meta checks all three).
import type { Rule } from './api.js';

export const rules: readonly Rule[] = [];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
