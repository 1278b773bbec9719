// Links to rule pages in the hover's markdown, pointed at the pages bundled in the extension. No
// vscode import, so it is unit-tested in plain Node.
import { ruleIdOfDocsUrl } from '../../protocol/docs.js';
import { ClientCommands } from '../../protocol/protocol.js';

/** `[text](<docs address of a rule>)` → `[text](command:tlslint.showDocumentation?["<id>"])`; other links stay. */
export function localRuleLinks(markdown: string): string {
  return markdown.replace(/\]\((https:\/\/[^)\s]+)\)/g, (whole, url: string) => {
    const id = ruleIdOfDocsUrl(url);
    return id ? `](command:${ClientCommands.showDocumentation}?${encodeURIComponent(JSON.stringify([id]))})` : whole;
  });
}
