// Where a rule's documentation lives; diagnostics (codeDescription.href) and SARIF (helpUri) link
// here. Defined in protocol/ because the VS Code client maps these addresses to the bundled pages.
export { docsUrl, REPOSITORY_URL } from '../protocol/docs.js';
