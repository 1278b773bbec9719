// Every rule's insecure-option tests (JsPart.optionChecks) and missing-option additions
// (JsPart.optionAdditions), gathered once: "Apply safe TLS settings" removes exactly what the
// checks report and adds what the additions ask for; loose member writes are looked for by the
// checks' keys.
import type { OptionAddition, OptionCheck } from '../../../../rules/js/api.js';
import { rules } from '../../../../rules/index.js';

export const OPTION_CHECKS: readonly OptionCheck[] = rules.flatMap((r) => r.parts.js?.optionChecks ?? []);
export const OPTION_ADDITIONS: readonly OptionAddition[] = rules.flatMap((r) => r.parts.js?.optionAdditions ?? []);
