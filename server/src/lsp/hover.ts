// Hovering a finding shows why its rule matters (from the rule's page shipped with the server) and
// links the page; the editor's own hover already shows the finding's message.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { docsUrl } from '../../../protocol/docs.js';
import { ruleById } from '../../../rules/index.js';
import type { FileResult, Range } from '../engine/types.js';
import type { RuleDocs } from './rule-docs.js';

/** The hover for `position`, from the findings of the document's current version; null off them. */
export function findingHover(result: FileResult | undefined, position: Position, docs: RuleDocs, markdown: boolean): Hover | null {
  const here = (result?.findings ?? []).filter((f) => contains(f.range, position));
  if (here.length === 0) return null;
  const ids = [...new Set(here.map((f) => f.ruleId))];
  const sections = ids.map((id) => {
    const description = ruleById(id)?.meta.description ?? '';
    const why = docs.why(id);
    if (!markdown) return [`tlslint ${id}: ${description}`, why && plainText(why), `Documentation: ${docsUrl(id)}`].filter(Boolean).join('\n\n');
    return [`**tlslint: ${id}**: ${description}`, why, `[Documentation for ${id}](${docsUrl(id)})`].filter(Boolean).join('\n\n');
  });
  const start = here.reduce((a, f) => (before(f.range.start, a) ? f.range.start : a), here[0].range.start);
  const end = here.reduce((a, f) => (before(a, f.range.end) ? f.range.end : a), here[0].range.end);
  return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: sections.join(markdown ? '\n\n---\n\n' : '\n\n') }, range: { start, end } };
}

function contains(range: Range, p: Position): boolean {
  return !before(p, range.start) && !before(range.end, p);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Markdown links and code spans as plain text: `[text](url)` → "text", `` `x` `` → "x". */
function plainText(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1');
}
