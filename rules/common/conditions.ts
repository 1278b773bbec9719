// Several conditions a finding holds under (a conditional spread, a branch of the value), as one.

/** The conditions that are set, joined: "when `a` is truthy and when `b` is falsy"; undefined when none is. */
export function joinConditions(...conditions: (string | undefined)[]): string | undefined {
  const parts = conditions.filter((c): c is string => !!c);
  return parts.length ? parts.join(' and ') : undefined;
}

/** " (when `a` is truthy and …)" for messages, or "". */
export function conditionsSuffix(...conditions: (string | undefined)[]): string {
  const c = joinConditions(...conditions);
  return c ? ` (${c})` : '';
}
