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

/** The rule id of a docs address (`docsUrl(id)`), or the id itself; undefined for anything else. */
export function ruleIdOfDocs(urlOrId: string): string | undefined {
  const prefix = `${REPOSITORY_URL}/blob/main/${RULE_DOCS_DIR}/`;
  const id = urlOrId.startsWith(prefix) && urlOrId.endsWith('.md') ? urlOrId.slice(prefix.length, -'.md'.length) : urlOrId;
  return RULE_ID.test(id) ? id : undefined;
}
