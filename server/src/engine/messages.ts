// Fills `{name}` placeholders of a rule's message template.

/**
 * No message is longer than this: a Problems panel shows about 100 characters of one line, and
 * the templates are written to about that with realistic data (test/meta/docs.test.ts checks).
 */
export const MAX_MESSAGE_LENGTH = 160;

/** The shortest a value gets when a message must be shortened to fit. */
const MIN_VALUE = 12;

/**
 * The message for a report. Values quoted from the code (a host name, a condition, a writer) can
 * be any length; when they make the message longer than MAX_MESSAGE_LENGTH, the longest of them
 * are cut with "…" until it fits. The template's own words are never cut.
 */
export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  const values = new Map(Object.entries(data).map(([k, v]) => [k, String(v)]));
  const fill = () => template.replace(/\{(\w+)\}/g, (whole, name: string) => values.get(name) ?? whole);
  let text = fill();
  const used = [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].filter((k) => values.has(k));
  while (text.length > MAX_MESSAGE_LENGTH) {
    const longest = used.reduce((a, b) => (values.get(b)!.length > values.get(a)!.length ? b : a), used[0]);
    const value = longest === undefined ? '' : values.get(longest)!;
    if (value.length <= MIN_VALUE) break;
    const uses = template.split(`{${longest}}`).length - 1;
    const keep = Math.max(MIN_VALUE, value.length - Math.ceil((text.length - MAX_MESSAGE_LENGTH) / uses));
    values.set(longest, `${value.slice(0, keep - 1)}…`);
    text = fill();
  }
  return text;
}
