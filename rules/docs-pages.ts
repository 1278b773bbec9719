// Each rule's documentation page (docs/rules/<id>.md) as Markdown, for SARIF's help.markdown (and
// any face that shows the page offline). The bundles carry the pages: esbuild.mjs defines
// TLSLINT_RULE_PAGES from docs/rules/ at build time, so the tool never reads docs/ at run time,
// wherever it is installed. Only the unbundled build (tsc's out/, which the tests run) reads the
// pages from this repository's docs/rules/, next to its sources.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { docsUrl } from './docs-url.js';

declare const TLSLINT_RULE_PAGES: Record<string, string> | undefined;

/** The pages the bundle was built with; undefined when running unbundled. */
function bundledPages(): Record<string, string> | undefined {
  return typeof TLSLINT_RULE_PAGES === 'undefined' ? undefined : TLSLINT_RULE_PAGES;
}

/** The repository's docs/rules/, from out/rules/ (tsc) — never the user's tree. */
function unbundledPage(ruleId: string): string | undefined {
  try {
    return readFileSync(path.join(__dirname, '..', '..', 'docs', 'rules', `${ruleId}.md`), 'utf8');
  } catch {
    return undefined;
  }
}

const cache = new Map<string, string | undefined>();

/**
 * The rule's page as Markdown that reads the same anywhere (a GitHub alert): its relative links
 * made absolute (absoluteDocLinks). Undefined for an id without a page.
 */
export function rulePageMarkdown(ruleId: string): string | undefined {
  if (cache.has(ruleId)) return cache.get(ruleId);
  const bundled = bundledPages();
  const raw = bundled ? bundled[ruleId] : unbundledPage(ruleId);
  const page = raw === undefined ? undefined : absoluteDocLinks(raw, ruleId);
  cache.set(ruleId, page);
  return page;
}

/**
 * A rule page's relative links (`other-rule.md`, `#references`) made absolute, for text shown
 * outside the repository (a hover, a SARIF alert): there is no folder to resolve them against.
 */
export function absoluteDocLinks(markdown: string, ruleId: string): string {
  return markdown.replace(/\]\(([^)\s]*)\)/g, (whole, target: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return whole;
    const [file, anchor] = target.split('#', 2) as [string, string | undefined];
    const id = file === '' ? ruleId : /^([a-z0-9-]+)\.md$/.exec(file)?.[1];
    return id ? `](${docsUrl(id)}${anchor === undefined ? '' : `#${anchor}`})` : whole;
  });
}
