// Every rule's insecure-option tests (JsPart.optionChecks), gathered once: "Apply safe TLS
// settings" removes exactly what they report, and loose member writes are looked for by their keys.
import type { OptionCheck } from '../../../../rules/js/api.js';
import { rules } from '../../../../rules/index.js';

export const OPTION_CHECKS: readonly OptionCheck[] = rules.flatMap((r) => r.parts.js?.optionChecks ?? []);
