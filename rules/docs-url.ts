// Where a rule's documentation lives; diagnostics (codeDescription.href) and SARIF (helpUri) link here.
export const REPOSITORY_URL = 'https://github.com/tlslint/tlslint';

export function docsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
