// The rule pages shipped beside the server (docs/rules/<id>.md, one folder up from dist/server.js,
// in the vsix and the npm package), read for hovers: why a finding matters, without a network.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { absoluteDocLinks } from '../../../rules/docs-pages.js';

export class RuleDocs {
  private readonly cache = new Map<string, string | undefined>();

  /** `dir`: the folder holding the pages; undefined or missing: hovers go without them. */
  constructor(private readonly dir: string | undefined) {}

  /** The first paragraph of the rule page's "Why it matters" section. */
  why(ruleId: string): string | undefined {
    if (!this.cache.has(ruleId)) this.cache.set(ruleId, this.read(ruleId));
    return this.cache.get(ruleId);
  }

  private read(ruleId: string): string | undefined {
    if (!this.dir || !/^[a-z0-9-]+$/.test(ruleId)) return undefined;
    try {
      return whyParagraph(readFileSync(path.join(this.dir, `${ruleId}.md`), 'utf8'), ruleId);
    } catch {
      return undefined;
    }
  }
}

/** The first paragraph under "## Why it matters", on one line, its relative links made absolute. */
export function whyParagraph(markdown: string, ruleId: string): string | undefined {
  const lines = markdown.split(/\r?\n/);
  const heading = lines.findIndex((l) => /^##\s+Why it matters\s*$/.test(l));
  if (heading < 0) return undefined;
  const paragraph: string[] = [];
  for (const line of lines.slice(heading + 1)) {
    if (line.trim() === '') {
      if (paragraph.length > 0) break;
      continue;
    }
    if (line.startsWith('#')) break;
    paragraph.push(line.trim());
  }
  if (paragraph.length === 0) return undefined;
  return absoluteDocLinks(paragraph.join(' '), ruleId);
}
