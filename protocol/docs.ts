// Where a rule's documentation lives: on the web (diagnostics' codeDescription.href, SARIF helpUri)
// and in the package (docs/rules/<id>.md, shipped in the vsix and the npm package), so the editor
// can show the page offline. Shared by the client, the server and the rules.
export const REPOSITORY_URL = 'https://github.com/tlslint/tlslint';

/** The rule pages' folder, relative to the package root. */
export const RULE_DOCS_DIR = 'docs/rules';

export function docsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/${RULE_DOCS_DIR}/${ruleId}.md`;
}

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DOCS_PREFIX = `${REPOSITORY_URL}/blob/main/${RULE_DOCS_DIR}/`;

/** The rule id of a docs address (`docsUrl(id)`), or undefined for any other address. */
export function ruleIdOfDocsUrl(url: string): string | undefined {
  if (!url.startsWith(DOCS_PREFIX) || !url.endsWith('.md')) return undefined;
  const id = url.slice(DOCS_PREFIX.length, -'.md'.length);
  return RULE_ID.test(id) ? id : undefined;
}

/** The rule id of a docs address, or the argument itself when it looks like a rule id. */
export function ruleIdOfDocs(urlOrId: string): string | undefined {
  return ruleIdOfDocsUrl(urlOrId) ?? (RULE_ID.test(urlOrId) ? urlOrId : undefined);
}
