// Several conditions a finding holds under (a conditional spread, a branch of the value), as one.

/** The conditions that are set, joined: "when a is truthy and when b is falsy"; undefined when none is. */
export function joinConditions(...conditions: (string | undefined)[]): string | undefined {
  const parts = conditions.filter((c): c is string => !!c);
  return parts.length ? parts.join(' and ') : undefined;
}

/** The longest condition a message shows: a Problems panel shows about 100 characters in all. */
const MAX = 56;

/**
 * " (when a is truthy and b is falsy)" for messages, or "": each condition once, "when" said once,
 * and the conditions past the length a message can spare given way to "…".
 */
export function conditionsSuffix(...conditions: (string | undefined)[]): string {
  const parts = [...new Set(conditions.filter((c): c is string => !!c).flatMap((c) => c.split(/ and (?=when )/)))];
  if (parts.length === 0) return '';
  let text = parts[0];
  for (const p of parts.slice(1)) {
    const next = `${text} and ${p.replace(/^when /, '')}`;
    if (next.length > MAX) {
      text += ' and …';
      break;
    }
    text = next;
  }
  return ` (${text})`;
}
